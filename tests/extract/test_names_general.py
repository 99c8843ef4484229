"""Names beyond the seeds' shapes: commas inside organisation names, persons marked by context only."""

from __future__ import annotations

import pytest

from casewatch.extract.mentions import extract_mentions
from casewatch.model import Entity, EntityType


def entities(text: str, kind: EntityType) -> list[Entity]:
    return [e for e in extract_mentions(text)[1] if e.type is kind and not e.board]


def org_names(text: str) -> list[str]:
    return [e.name for e in entities(text, EntityType.ORGANIZATION)]


def person_names(text: str) -> list[str]:
    return [e.name for e in entities(text, EntityType.PERSON)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Belarus the Union of Workers in Education, Science and Culture was dissolved.",
            ["Union of Workers in Education, Science and Culture"],
        ),
        (
            "The Federation of Trade Unions of Food, Agriculture and Tobacco Workers of Zimbabwe protested.",
            ["Federation of Trade Unions of Food, Agriculture and Tobacco Workers of Zimbabwe"],
        ),
        (
            "The Ministry of Labour, Invalids and Social Affairs replied on 2 June.",
            ["Ministry of Labour, Invalids and Social Affairs"],
        ),
        (
            "The Union of Food, Beverage & Hotel Workers (UFBHW) of Cambodia went on strike.",
            ["Union of Food, Beverage & Hotel Workers"],
        ),
    ],
)
def test_a_comma_between_coordinated_complements_stays_inside_the_name(
    text: str, expected: list[str]
) -> None:
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Confederation of Public Servants, the Union of Teachers and the Federation of Miners met.",
            ["Confederation of Public Servants", "Union of Teachers", "Federation of Miners"],
        ),
        (
            "The Federation of Miners of Oruro, Potosí and Sucre called a strike.",
            ["Federation of Miners of Oruro"],
        ),
        (
            "The Confederation of Workers of Peru, Chile and Bolivia met.",
            ["Confederation of Workers of Peru"],
        ),
        ("The Ministry of Health, KCTU and FKTU met in Seoul.", ["Ministry of Health"]),
        (
            "The Ministry of Labour, Ana Quispe and Luis Rojas signed the agreement.",
            ["Ministry of Labour"],
        ),
        (
            "The Ministry of Labour, Employment and Social Protection, the police and the courts",
            ["Ministry of Labour, Employment and Social Protection"],
        ),
    ],
)
def test_lists_of_separate_names_are_not_glued(text: str, expected: list[str]) -> None:
    assert org_names(text) == expected
