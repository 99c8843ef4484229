"""A participle clause opening the sentence dates its own act, not the main clause's
(events/participles.py). Invented sentences only."""

from __future__ import annotations

import pytest

from casewatch.model import PartialDate

from .conftest import found_in, kinds_and_dates

PAGE_DATE = PartialDate(2031, 6, 20)
NAMES = {"Ivo Brant": "person"}


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Released on 3 May 2031, Ivo Brant was arrested again by the police.", "release"),
        ("Libéré le 17 mars 2031, Ivo Brant a été de nouveau arrêté par la police.", "release"),
        ("Liberado el 3 de mayo de 2031, Ivo Brant fue detenido de nuevo por la policía.", "release"),
        ("Arrested on 3 May 2031 in the port, Ivo Brant was released without charge.", "arrest"),
    ],
)
def test_the_participle_clause_date_is_its_own_act_s_only(text: str, first: str) -> None:
    told = dict(kinds_and_dates(found_in(text, PAGE_DATE, NAMES)))
    assert told[first] is not None and told[first].startswith("2031-0")
    second = next(kind for kind in told if kind != first)
    assert told[second] is None


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2031, the police arrested Ivo Brant in the port.",
        "Le 3 mai 2031, la police a arrêté Ivo Brant.",
        "Released on 3 May 2031, Ivo Brant was arrested again on 9 May 2031.",
    ],
)
def test_an_opening_date_or_the_act_s_own_date_still_dates_it(text: str) -> None:
    arrests = [d for kind, d in kinds_and_dates(found_in(text, PAGE_DATE, NAMES)) if kind == "arrest"]
    assert arrests in (["2031-05-03"], ["2031-05-09"])
