"""Acts told person by person in one long sentence, as complaints list them ("X, treasurer,
detained on 9 October; Y and Z, detained on 10 October; ..."), in Spanish and French as in
English, and the year such a list takes in a page that has no date of its own."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import Event, Mention


def _mentions(text: str, names: list[str]) -> list[Mention]:
    return [Mention("person", n, text.index(n), text.index(n) + len(n), n) for n in names]


def events(text: str, names: list[str]) -> list[Event]:
    return find_events(text, None, _mentions(text, names))


def test_each_listed_person_undergoes_only_the_act_of_their_part() -> None:
    text = (
        "La federación denuncia la detención en mayo de 1998 de los dirigentes siguientes: "
        "Mario Ledesma, tesorero del sindicato, detenido el 9 de mayo de 1998; Inés Paredo, secretaria, "
        "detenida el 12 de mayo de 1998; Tomás Urquiza, delegado, detenido en su casa el 15 de mayo de 1998."
    )
    names = ["Mario Ledesma", "Inés Paredo", "Tomás Urquiza"]
    # the group the list opens with may stand beside the first person; no other person may
    found = {
        e.date.iso: (e.actors, tuple(k for k in e.targets if k in names))
        for e in events(text, names)
        if e.date
    }
    assert found == {
        "1998-05-09": ((), ("Mario Ledesma",)),
        "1998-05-12": ((), ("Inés Paredo",)),
        "1998-05-15": ((), ("Tomás Urquiza",)),
    }


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("El 12 de agosto de 1998 la policía allanó el local sindical, deteniendo a cinco militantes.",
         ["harassment", "arrest"]),
        ("Los dirigentes fueron capturados por miembros de la policía el 9 de agosto de 1998.", ["arrest"]),
        ("El 20 de agosto de 1998 el juez los puso en libertad.", ["release"]),
    ],
)  # fmt: skip
def test_spanish_raids_captures_and_releases(sentence: str, kinds: list[str]) -> None:
    assert sorted(e.type.value for e in events(sentence, [])) == sorted(kinds)


def test_a_day_and_month_take_the_year_written_before_them_in_an_undated_page() -> None:
    text = (
        "393. The complainant alleges that on 12 August 1998 the police raided the union's premises. "
        "394. The Government states that the persons were detained by the police on 9 August under "
        "Decree No. 507 of 3 December 1990."
    )
    arrest = next(e for e in events(text, []) if e.type.value == "arrest")
    assert arrest.date is not None and arrest.date.iso == "1998-08-09"


def test_a_day_and_month_after_a_told_date_fall_in_the_year_nearest_it() -> None:
    text = (
        "Workers went on strike in December 2016. Arrests are growing: nine more union organizers "
        "were arrested on February 10."
    )
    arrest = next(e for e in events(text, []) if e.type.value == "arrest")
    assert arrest.date is not None and arrest.date.iso == "2017-02-10"


def test_an_act_takes_the_date_before_it_when_the_one_after_follows_the_next_act() -> None:
    text = (
        "The federation alleges that on 3 May 2021 its president, Mr Omar Teale, was arrested by the police "
        "and that the city court sentenced him on 9 June 2021 to two years in prison."
    )
    found = {e.type.value: e.date.iso if e.date else None for e in events(text, ["Omar Teale"])}
    assert found == {"arrest": "2021-05-03", "conviction": "2021-06-09"}


def test_shooting_kills_and_injures() -> None:
    text = (
        "Security forces opened fire on striking miners on 3 May 2021, killing three workers and injuring 20."
    )
    assert {e.type.value for e in events(text, [])} >= {"assault", "killing"}
