"""Whom a sentence naming no one speaks of, in records: the teller opening it ("It goes on to report
that", "The complainant adds that", "Il ajoute que") is not whom the told act befalls, and a
paragraph's bare number ("12. 302.") is no sentence naming anyone."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import PartialDate

from .conftest import mentions_of

NAMES = {
    "Federation of Mill Workers": "organization",
    "FMW": "organization",
    "Karel Dusek": "person",
    "Mira Bonev": "person",
}


def release_targets(text: str) -> tuple[str, ...]:
    found = find_events(text, PartialDate(2016, 6), mentions_of(text, NAMES))
    return next(e.targets for e in found if e.type.value == "release")


@pytest.mark.parametrize(
    "told",
    [
        "It goes on to report that several of them have been freed.",
        "In its reply, the Government indicates that many of them were freed.",
        "The complainant adds that some of them were released.",
    ],
)
def test_the_teller_is_not_whom_the_release_befalls(told: str) -> None:
    text = (
        "In its communication, the Federation of Mill Workers (FMW) states that trade unionists were "
        f"arrested after the strike. {told}"
    )
    targets = release_targets(text)
    assert targets
    assert not {"Federation of Mill Workers", "FMW"} & set(targets)


@pytest.mark.parametrize("label", ["12. 302.", "4.", "(b) 17."])
def test_a_bare_paragraph_number_is_passed_over(label: str) -> None:
    text = (
        "11. The FMW states that the police arrested Karel Dusek and Mira Bonev on 4 May 2015.\n"
        f"{label} The FMW adds that some of them were released on 20 May 2015."
    )
    assert set(release_targets(text)) == {"Karel Dusek", "Mira Bonev"}
