"""The organisation a person holds an office of ("Mr X, president of the Y", "the general secretary
of the Y, Mr X", FR "secrétaire général du Y", ES "presidente del Y") undergoes nothing done to the
person; whose premises were raided ("raided the headquarters of the Y and arrested its president")
does not arrest anyone."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import PartialDate

from .conftest import mentions_of


def roles(text: str, names: dict[str, str]) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    found = find_events(text, PartialDate(2020, 6), mentions_of(text, names))
    return [(e.type.value, e.actors, e.targets) for e in found]


@pytest.mark.parametrize(
    ("text", "union"),
    [
        ("The president of the Teachers' Union of Borduria, Mr Aron Feld, had been released on bail on "
         "12 March 2019.", "Teachers' Union of Borduria"),
        ("Mr Aron Feld, president of the Teachers' Union of Borduria, was arrested on 2 February 2019.",
         "Teachers' Union of Borduria"),
        ("M. Aron Feld, secrétaire général du Syndicat des enseignants, a été arrêté le 2 février 2019.",
         "Syndicat des enseignants"),
        ("El Sr. Aron Feld, presidente del Sindicato de Docentes, fue detenido el 2 de febrero de 2019.",
         "Sindicato de Docentes"),
    ],
)  # fmt: skip
def test_the_organisation_of_the_office_undergoes_nothing(text: str, union: str) -> None:
    [(_, actors, targets)] = roles(text, {"Aron Feld": "person", union: "organization"})
    assert targets == ("Aron Feld",)
    assert union not in actors


def test_members_of_an_organisation_arrested_with_a_person_stay_targets() -> None:
    text = "The police arrested members of the Teachers' Union and Mr Aron Feld on 2 February 2019."
    [(_, _, targets)] = roles(text, {"Aron Feld": "person", "Teachers' Union": "organization"})
    assert "Aron Feld" in targets and len(targets) == 2


@pytest.mark.parametrize(
    "text",
    [
        "On 20 June 2020 the police raided the headquarters of the Confederation of Labour (CL) and "
        "arrested its president, Mr Oskar Brenn.",
        "On 20 June 2020 the police raided the offices of the Confederation of Labour and arrested its "
        "president, Mr Oskar Brenn.",
        "Le 20 juin 2020, la police a perquisitionné le siège de la Confederation of Labour et a arrêté "
        "son président, M. Oskar Brenn.",
    ],
)
def test_whose_premises_were_raided_arrests_no_one(text: str) -> None:
    names = {"Oskar Brenn": "person", "Confederation of Labour": "organization", "CL": "organization"}
    arrest = next(a for t, a, _ in roles(text, names) if t == "arrest")
    assert not {"Confederation of Labour", "CL"} & set(arrest)
