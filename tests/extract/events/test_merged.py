"""Retellings merged: an act told again with no date, in other words, is one act; acts on other
persons, and acts that come in series, stay apart."""

from __future__ import annotations

from casewatch.model import Event, PartialDate

from .conftest import found_in, kinds_and_dates

PAGE_DATE = PartialDate(2022, 3, 9)


def events(text: str, names: dict[str, str] | None = None) -> list[Event]:
    return found_in(text, PAGE_DATE, names)


def test_an_undated_arrest_told_again_in_other_words_is_one_arrest() -> None:
    page = (
        "Three organisers of the Velmar Dockers Union were detained by the police after a picket. "
        "The union says the charges are baseless. "
        "They had come to the station to give a statement when they were detained and photographed."
    )
    found = events(page, {"Velmar Dockers Union": "organization"})
    assert kinds_and_dates(found) == [("arrest", None)]


def test_an_undated_strike_told_again_is_one_strike() -> None:
    page = (
        "Workers of the Orlen Tile plant have been on strike for a week. "
        "The company refuses to negotiate. "
        "The strike began when the management dismissed two shop stewards."
    )
    assert [k for k, _ in kinds_and_dates(events(page, {"Orlen Tile": "organization"}))].count("protest") == 1


def test_undated_arrests_of_different_persons_stay_apart() -> None:
    page = (
        "Police arrested Tomas Rellik at his home. "
        "The federation condemned the raid. "
        "Police also arrested Mira Osterlund at the union office."
    )
    names = {"Tomas Rellik": "person", "Mira Osterlund": "person"}
    assert kinds_and_dates(events(page, names)) == [("arrest", None), ("arrest", None)]


def test_undated_appeals_come_in_series_and_stay_apart() -> None:
    page = (
        "Ms Ana Vetrova lodged an appeal against the verdict. "
        "The regional court heard the case. "
        "Ms Ana Vetrova then lodged an appeal with the Supreme Court."
    )
    found = [k for k, _ in kinds_and_dates(events(page, {"Ana Vetrova": "person"}))]
    assert found.count("appeal") == 2
