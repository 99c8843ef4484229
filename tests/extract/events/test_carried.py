"""The date a dateless act takes from the sentence before it (events/carried.py): the full day
of a sentence opening with it, for the act told right after it in the same paragraph. Invented
sentences only."""

from __future__ import annotations

import pytest

from casewatch.model import PartialDate

from .conftest import found_in, kinds_and_dates

PAGE_DATE = PartialDate(2031, 6, 20)
NAMES = {"Ivo Brant": "person", "Olek Sarn": "person"}


def arrest_date(text: str) -> str | None:
    return next(d for kind, d in kinds_and_dates(found_in(text, PAGE_DATE, NAMES)) if kind == "arrest")


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday 28 May 2031, police raided the offices of the dockers' union. "
        "Ivo Brant and Olek Sarn were arrested.",
        "Le jeudi 28 mai 2031, la police a perquisitionné le siège du syndicat. Ivo Brant a été arrêté.",
        "El 28 de mayo de 2031, la policía allanó la sede del sindicato. Ivo Brant fue detenido.",
    ],
)
def test_the_day_opening_the_sentence_before_dates_the_act_that_goes_on(text: str) -> None:
    assert arrest_date(text) == "2031-05-28"


@pytest.mark.parametrize(
    "text",
    [
        # the date closes the sentence: the month only, as before
        "Police raided the offices of the dockers' union on 28 May 2031. Ivo Brant was arrested.",
        # another time is told
        "On 28 May 2031, police raided the offices of the union. The next day Ivo Brant was arrested.",
        # another paragraph
        "On 28 May 2031, police raided the offices of the union.\n\nIvo Brant was arrested.",
    ],
)
def test_no_day_is_carried_otherwise(text: str) -> None:
    assert arrest_date(text) != "2031-05-28"
