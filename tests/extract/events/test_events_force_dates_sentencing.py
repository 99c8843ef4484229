"""Classes of wording met on fresh pages: the use of force on workers as an assault, the basis of
a sentence ("on false charges") as no act of its own, a bracketed date opening a release as the
date of the telling, a sentencing written as a noun, and acts done "later that same day"."""

from __future__ import annotations

import pytest

from casewatch.model import Event, PartialDate

from .conftest import found_in, kinds_and_dates

PAGE_DATE = PartialDate(2019, 3, 4)


def events(
    text: str, names: dict[str, str] | None = None, anchor: PartialDate | None = PAGE_DATE
) -> list[Event]:
    return found_in(text, anchor, names)


def told(text: str, anchor: PartialDate | None = PAGE_DATE) -> list[tuple[str, str | None]]:
    return kinds_and_dates(events(text, anchor=anchor))


@pytest.mark.parametrize(
    "text",
    [
        "Allegations: the complainant denounces the use of military force on striking workers.",
        "Allegations: the union alleges the use of excessive force against the dock workers.",
        "Alegatos: la organización querellante denuncia el uso de la fuerza militar contra los huelguistas.",
    ],
)
def test_the_use_of_force_on_workers_is_an_assault(text: str) -> None:
    assert "assault" in [t for t, _ in told(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Ivo Rall, a union leader, was sentenced to six years in jail on false charges in May 2018.",
        "Ms Dora Pell was convicted on fabricated charges in June 2017.",
        "Mr Ivo Rall fue condenado a tres años por falsas acusaciones en mayo de 2018.",
    ],
)
def test_the_basis_of_a_sentence_is_no_legal_action_of_its_own(text: str) -> None:
    types = [t for t, _ in told(text)]
    assert "conviction" in types
    assert "legal_action" not in types


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("(4 March 2019) The federation condemns the arrest of Ivo Rall on 2 March.", "2019-03-02"),
        ("(4 March 2019) The unions protest at the detention of Dora Pell on 1 March.", "2019-03-01"),
        ("(4 March 2019) We condemn the arrest of three union leaders on 28 February.", "2019-02-28"),
    ],
)
def test_a_bracketed_date_opening_a_release_dates_the_telling(text: str, day: str) -> None:
    assert told(text, anchor=None) == [("arrest", day)]


@pytest.mark.parametrize(
    "text",
    [
        "The sentencing on 1 March 2019 of Ivo Rall to three months in prison was condemned.",
        "The union denounced the sentencing of Dora Pell, a teacher, to two years in jail.",
        "The sentencing in March 2019 of the union leader to life imprisonment shocked the movement.",
    ],
)
def test_a_sentencing_written_as_a_noun_is_a_conviction(text: str) -> None:
    assert "conviction" in [t for t, _ in told(text)]


def test_a_sentencing_hearing_is_no_conviction() -> None:
    assert "conviction" not in [t for t, _ in told("The sentencing hearing of the case was postponed.")]


@pytest.mark.parametrize(
    "later",
    [
        "Later that same day at least 20 union members were arrested.",
        "Later that day the police arrested 20 union members.",
        "Later the same day 20 union members were detained.",
    ],
)
def test_an_act_later_that_same_day_takes_the_day_before(later: str) -> None:
    text = "The police arrested Ivo Rall on 2 March 2019 during a rally. " + later
    found = events(text, {"Ivo Rall": "person"})
    assert [(e.type.value, e.date.iso if e.date else None) for e in found if "ater" in e.quote] == [
        ("arrest", "2019-03-02")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Global Union Centre expressed its full support to the call of the Regional Office to "
        "President Malvo for the unconditional release of 30 trade unionists arrested yesterday.",
        "The Global Union Centre backs the letter of the Regional Office to President Malvo for the "
        "release of the union leaders detained on 2 March.",
        "La Global Union Centre apoya el llamamiento de la Regional Office al presidente Malvo por la "
        "liberación de los sindicalistas detenidos el 2 de marzo.",
    ],
)
def test_who_calls_on_whom_for_a_release_takes_no_part_in_the_arrest(text: str) -> None:
    names = {"Global Union Centre": "organization", "Regional Office": "organization", "Malvo": "person"}
    (arrest,) = [e for e in events(text, names) if e.type.value == "arrest"]
    assert not {"Global Union Centre", "Regional Office", "Malvo"} & set(arrest.actors + arrest.targets)
