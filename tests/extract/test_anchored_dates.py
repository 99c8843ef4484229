"""Dates read against the document's own date (the anchor)."""

from __future__ import annotations

import pytest

from casewatch.extract.anchored_dates import ago, bare_month, day_month, month_number, weekday
from casewatch.extract.dates import find_dates
from casewatch.model import PartialDate

ANCHOR = PartialDate(2021, 1, 20)  # a Wednesday


@pytest.mark.parametrize(
    ("raw", "number"), [("janvier", 1), ("Sept.", 9), ("декабре", 12), ("7", 7), (None, None)]
)
def test_month_number_in_four_languages(raw: str | None, number: int | None) -> None:
    assert month_number(raw) == number


@pytest.mark.parametrize(
    ("day", "month", "expected"),
    [
        ("5", "January", PartialDate(2021, 1, 5)),
        ("20", "December", PartialDate(2020, 12, 20)),
        ("3", "mars", PartialDate(2021, 3, 3)),
    ],
)
def test_a_day_and_month_take_the_year_that_puts_them_before_the_report(
    day: str, month: str, expected: PartialDate
) -> None:
    assert day_month({"day": day, "month": month}, ANCHOR) == expected


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        (
            {"n": "three", "unit": "weeks", "n_es": None, "unit_es": None, "n_fr": None, "unit_fr": None},
            PartialDate(2020, 12, 30),
        ),
        (
            {"n": None, "unit": None, "n_es": "dos", "unit_es": "meses", "n_fr": None, "unit_fr": None},
            PartialDate(2020, 11),
        ),
        (
            {"n": None, "unit": None, "n_es": None, "unit_es": None, "n_fr": "deux", "unit_fr": "jours"},
            PartialDate(2021, 1, 18),
        ),
    ],
)
def test_a_count_back_from_the_report(groups: dict[str, str | None], expected: PartialDate) -> None:
    assert ago(groups, ANCHOR) == expected


@pytest.mark.parametrize(("name", "expected"), [("monday", 18), ("mercredi", 20), ("jueves", 14)])
def test_a_weekday_is_the_last_such_day_on_or_before_the_report(name: str, expected: int) -> None:
    assert weekday({"weekday": name}, ANCHOR) == PartialDate(2021, 1, expected)


def test_an_abbreviated_month_alone_is_no_date() -> None:
    assert bare_month({"month": "mar"}, ANCHOR) is None
    assert bare_month({"month": "March"}, PartialDate(2021, 5)) == PartialDate(2021, 3)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Vallby den 5 maj 2031", "2031-05-05"),
        ("Osterfeld, den 3. Juni 2031", "2031-06-03"),
        ("Montevalle, 12 giugno 2031", "2031-06-12"),
        ("den 1 februari 2031", "2031-02-01"),
        ("am 14. März 2031 wurde", "2031-03-14"),
        ("14. March 2031 saw a strike", "2031-03"),  # a paragraph's number before an English month
    ],
)
def test_german_swedish_and_italian_month_names_give_the_day(text: str, iso: str) -> None:
    assert [found.date.iso for found in find_dates(text)] == [iso]
