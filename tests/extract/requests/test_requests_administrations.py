"""An administration, and a country's office written with its initials, are whom a request addresses."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

SETTING = Setting(PartialDate(2020, 10, 1), ("Union",), ("Government",), reported=True)


@pytest.mark.parametrize(
    ("text", "ask", "to"),
    [
        (
            "The letter urges the administration to convey these concerns to the Valdorian authorities.",
            "convey these concerns to the Valdorian authorities",
            "administration",
        ),
        (
            "The union urged the U.K. government to raise the case of the jailed dockers.",
            "raise the case of the jailed dockers",
            "U.K. government",
        ),
    ],
)
def test_addressed(text: str, ask: str, to: str) -> None:
    [request] = find_requests(text, SETTING)
    assert (request.text, request.addressees) == (ask, (to,))
