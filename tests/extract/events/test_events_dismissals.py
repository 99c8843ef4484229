"""Dismissals as records tell them: a person set off by commas ("its president, Mr X, was later
dismissed") and an employer dismissing workers in the active ("the company dismissed 40 workers");
a court dismissing an appeal or a ministry a complaint dismisses no one."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import PartialDate

from .conftest import mentions_of


def told(text: str) -> list[tuple[str, tuple[str, ...]]]:
    found = find_events(text, PartialDate(2016, 1), mentions_of(text, {"Tomas Velk": "person"}))
    return [(e.type.value, e.targets) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "The Government states that its president, Mr Tomas Velk, was later dismissed.",
        "The union adds that its treasurer, Tomas Velk, had been dismissed.",
        "According to the complainant, the shop steward, Mr Tomas Velk, was summarily dismissed.",
    ],
)
def test_a_person_set_off_by_commas_was_dismissed(text: str) -> None:
    assert told(text) == [("harassment", ("Tomas Velk",))]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The complainant alleges that the company dismissed 40 workers.", ("workers",)),
        ("The union states that the factory management fired all union members.", ("union members",)),
        # the union's office named with no holder is one person dismissed
        (
            "It adds that the employer laid off the union's president and two members.",
            ("president", "members"),
        ),
    ],
)
def test_an_employer_dismissing_workers_is_harassment(text: str, who: tuple[str, ...]) -> None:
    assert told(text) == [("harassment", who)]


@pytest.mark.parametrize(
    "text",
    [
        "The court dismissed the appeal of the union on 3 May 2015.",
        "The Ministry dismissed the complaint of the union.",
        "Mr Tomas Velk, the union president, was dismissed by the court as a witness.",
    ],
)
def test_a_claim_dismissed_is_no_dismissal(text: str) -> None:
    assert "harassment" not in [t for t, _ in told(text)]
