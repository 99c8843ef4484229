"""Wordings of news, alerts and other languages: a report says when a call was made, between the party
asked and the ask ("urged Iceland on Monday to release ..."); an alert's "Please act!" tells its readers to
act and asks nothing of a party; a German demand may carry its contrast ("fordert aber")."""

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


@pytest.mark.parametrize(
    "text",
    [
        "Please act!",
        "PLEASE WRITE IMMEDIATELY to the authorities.",
        "Please act now.",
        "Please take action today.",
    ],
)
def test_an_alert_telling_its_readers_to_act_asks_nothing_of_a_party(text: str) -> None:
    assert find_requests(text, NEWS) == []


def test_a_letter_asking_its_addressee_to_act_on_a_remedy_still_asks() -> None:
    asks = find_requests("Please act swiftly to release the detained dockworkers.", NEWS)
    assert [r.text for r in asks] == ["act swiftly to release the detained dockworkers"]


@pytest.mark.parametrize("adverb", ["aber", "jedoch"])
def test_a_german_demand_with_its_contrast_is_an_ask(adverb: str) -> None:
    text = f"Der Bund fordert {adverb} die sofortige Freilassung der verhafteten Hafenarbeiter."
    asks = find_requests(text, NEWS)
    assert [r.text.split(" (")[0] for r in asks] == [
        "die sofortige Freilassung der verhafteten Hafenarbeiter"
    ]
