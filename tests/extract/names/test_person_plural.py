"""Persons after a plural honorific, and capitalised prepositions that open no name (invented texts)."""

from __future__ import annotations

import pytest

from casewatch.extract.names.mentions import extract_mentions
from casewatch.model import EntityType


def person_names(text: str) -> list[str]:
    return [e.name for e in extract_mentions(text)[1] if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MM. Thabane Molefi et Retšelisitsoe Nkhahle ont été arrêtés.",
            ["Thabane Molefi", "Retšelisitsoe Nkhahle"],
        ),
        ("Los Sres. Ovidio Quispe y Teodoro Mamani fueron liberados.", ["Ovidio Quispe", "Teodoro Mamani"]),
        (
            "Messrs Tunde Balogun, Emeka Obi and Yakubu Danjuma were charged.",
            ["Tunde Balogun", "Emeka Obi", "Yakubu Danjuma"],
        ),
        ("MM. Jean de la Croix et Pierre du Mont", ["Jean de la Croix", "Pierre du Mont"]),
    ],
)
def test_each_name_after_a_plural_honorific_is_a_person(text: str, expected: list[str]) -> None:
    assert person_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Según Ovidio Quispe, presidente del sindicato, la ley es injusta.", ["Ovidio Quispe"]),
        ("Selon Thabane Molefi, secrétaire général, la grève continue.", ["Thabane Molefi"]),
    ],
)
def test_a_capitalised_preposition_opens_no_name(text: str, expected: list[str]) -> None:
    assert person_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El vocero de la central, Rafael (Pepe) Quintanilla, denunció los despidos.",
            ["Rafael (Pepe) Quintanilla"],
        ),
        ('Le délégué Jean "Jojo" Marcotte a été licencié.', ['Jean "Jojo" Marcotte']),
        ("the Ministry of Labour (MoL) Office replied", []),
    ],
)
def test_a_nickname_stays_inside_the_name(text: str, expected: list[str]) -> None:
    assert person_names(text) == expected


def test_a_street_word_makes_an_address_line_no_person() -> None:
    assert person_names("the embassy, 3 Ebbing Crescent Newton NW1 0XX, at noon") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the release of Abdelkrim al-Mansouri, former president of the union", ["Abdelkrim al-Mansouri"]),
        ("Hassan el-Amin was detained on Monday.", ["Hassan el-Amin"]),
        ("the al-Noor Mosque was closed", []),
    ],
)
def test_an_arabic_article_in_lower_case_opens_a_surname(text: str, expected: list[str]) -> None:
    assert person_names(text) == expected


def test_a_heading_with_a_doubled_letter_is_no_person() -> None:
    assert person_names("A. A. Allégations des organisations plaignantes\n\n12. Le comité note ...") == []
