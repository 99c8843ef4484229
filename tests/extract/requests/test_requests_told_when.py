"""A news report says when a call was made, between the party asked and the ask ("urged Iceland on
Monday to release ..."): the call is the same ask, made of the same party."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2023, 5, 2), (), (), reported=True)


@pytest.mark.parametrize(
    "text",
    [
        "The federation urged Iceland on Monday to release the detained dockworkers.",
        "The federation called on the Paraguay authorities yesterday to release the detained dockworkers.",
        "The federation called on Minister Ana Orlov on 12 May to release the detained dockworkers.",
        "The federation urged the Government of Luxembourg this week to release the detained dockworkers.",
    ],
)
def test_a_call_told_with_its_day_is_an_ask(text: str) -> None:
    asks = find_requests(text, NEWS)
    assert [r.text for r in asks] == ["release the detained dockworkers"]


def test_a_day_alone_is_no_addressee() -> None:
    text = "The strike went on on Monday to the end of the week."
    assert find_requests(text, NEWS) == []
