"""Persons found from a known given name and a capitalised surname, without title or cue (invented texts)."""

from __future__ import annotations

import pytest

from casewatch.extract.names.mentions import extract_mentions
from casewatch.extract.names.person_given import given_names, with_given_name
from casewatch.model import EntityType


def person_names(text: str) -> list[str]:
    return [e.name for e in extract_mentions(text)[1] if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La carta fue enviada a la presidenta Marcela Quintana Robles ayer.", ["Marcela Quintana Robles"]),
        ("Le texte, signé par Etienne Vaubert, dénonce la répression.", ["Etienne Vaubert"]),
        ("Profits were denied, said Priya Raghunathan in a statement.", ["Priya Raghunathan"]),
        ("Проверку инициировал юрист Андрей Сухоруков.", ["Андрей Сухоруков"]),
        (
            "Members: Elena Varkas (Chair), Tomasz Rybicki, Amara Okonkwo.",
            ["Elena Varkas", "Tomasz Rybicki", "Amara Okonkwo"],
        ),
        # two persons coordinated in one run of capitalised words
        (
            "A los delegados Rodrigo Ibarra y Lucía Menchaca los detuvieron.",
            ["Rodrigo Ibarra", "Lucía Menchaca"],
        ),
        (
            "Les militants Pascal Oudin et Sylvie Marchal ont été menottés.",
            ["Pascal Oudin", "Sylvie Marchal"],
        ),
    ],
)
def test_a_given_name_opens_a_person(text: str, expected: list[str]) -> None:
    assert person_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The story ran in the Sunday Times and in Le Monde.",
        "The meeting was held in Rio de Janeiro and later in Abu Dhabi.",
        "Protesters gathered on Rosa Parks Street and at Nelson Mandela Bay.",
        "Delegates flew to Hong Kong and then to Costa Rica.",
        "He spoke to the Maria Foundation about the strike.",
    ],
)
def test_places_and_titles_are_no_person(text: str) -> None:
    assert [f.text for f in with_given_name(text)] == []


def test_the_list_is_small_and_holds_names_of_many_cultures() -> None:
    names = given_names()
    assert 5_000 < len(names) < 30_000
    assert {"Ahmed", "María", "Olga", "Chidi", "Sergei", "Kwame", "Fatima"} <= names
    assert "Sunday" not in names and "Hope" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Police in the northern state of Maria Luisa detained dozens of striking workers.",
        "Los trabajadores de la provincia de Santa Lucía marcharon el lunes.",
    ],
)
def test_a_region_named_after_state_of_or_provincia_de_is_no_person(text: str) -> None:
    assert person_names(text) == []


def test_a_plural_role_after_a_title_is_no_person() -> None:
    text = "The Government arrested Mr Ravi Kamal, one of the union's State General Secretaries."
    assert person_names(text) == ["Ravi Kamal"]
