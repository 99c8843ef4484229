"""Two days running written together ("on 14 and 15 October") are one stretch of time: the acts told
with them are dated by their month, not split into an act a day (events/timing.py). Invented
sentences only."""

from __future__ import annotations

import pytest

from casewatch.model import PartialDate

from .conftest import found_in, kinds_and_dates

PAGE_DATE = PartialDate(2021, 6, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Une grève des enseignants les 14 et 15 octobre 2020 avait entraîné l'arrestation de militants.",
            [("protest", "2020-10"), ("arrest", "2020-10")],
        ),
        ("Teachers went on strike on 14 and 15 October 2020.", [("protest", "2020-10")]),
        (
            "Los trabajadores realizaron un paro los días 14 y 15 de octubre de 2020.",
            [("protest", "2020-10")],
        ),
    ],
)
def test_two_days_running_are_one_stretch(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_dates(found_in(text, PAGE_DATE)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dockers were arrested on 3 and 9 May 2020.", [("arrest", "2020-05-03"), ("arrest", "2020-05-09")]),
        ("Des grèves ont eu lieu les 4, 5 et 9 mars 2020.", None),
        ("Teachers went on strike between 3 and 4 May 2020.", [("protest", "2020-05")]),
    ],
)
def test_days_apart_stay_apart(text: str, expected: list[tuple[str, str]] | None) -> None:
    told = kinds_and_dates(found_in(text, PAGE_DATE))
    if expected is None:  # a list with a comma is days apart, each dated
        assert all(len(date or "") == 10 for _, date in told)
    else:
        assert told == expected
