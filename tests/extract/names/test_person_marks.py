"""Persons marked by honorifics of several traditions, roles in brackets or before a comma, regnal numbers."""

from __future__ import annotations

import pytest

from casewatch.extract.names.mentions import extract_mentions
from casewatch.model import EntityType


def person_names(text: str) -> list[str]:
    return [e.name for e in extract_mentions(text)[1] if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The labour activist U Thwe Naing was detained in Yangon.", ["Thwe Naing"]),
        ("Daw Khin Marlar Oo addressed the workers.", ["Khin Marlar Oo"]),
        ("La défense est assurée par Me Ndoubam Kolingar.", ["Ndoubam Kolingar"]),
        ("Doña Ramona Ituarte recibió la carta.", ["Ramona Ituarte"]),
        ("Заявление подписал г-н Ткаченков.", ["Ткаченков"]),
        ("The decree was signed by King Mbandzeni IV in March.", ["Mbandzeni IV"]),
    ],
)
def test_honorifics_and_regnal_names(text: str, expected: list[str]) -> None:
    assert person_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Signed: Ayodeji Nwaokolo (Chair-Rapporteur), Tamsir Ndour (Vice-Chair), working group.",
            ["Ayodeji Nwaokolo", "Tamsir Ndour"],
        ),
        (
            "the Special Rapporteur on the independence of judges and lawyers, Ngozika Ubaldo; and others",
            ["Ngozika Ubaldo"],
        ),
        (
            "les dirigeants Kwong Siu-lam (secrétaire général) et Tse Ho-yin (directeur exécutif) sont visés",
            ["Kwong Siu-lam", "Tse Ho-yin"],
        ),
    ],
)
def test_roles_in_brackets_and_before_a_comma(text: str, expected: list[str]) -> None:
    assert person_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A. Previous examination of the case\n\nThe Committee examined the case.",
        "B. Alegatos de los querellantes\n\nEn su comunicación la organización alega...",
        "Le procès a eu lieu devant le tribunal. Le procureur Lyonnais a requis.",
        "La plainte a été transmise au procureur Marseille.",
    ],
)
def test_headings_and_places_after_titles_are_no_person(text: str) -> None:
    assert person_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three leaders, namely Ngozika Ubaldo, Tamsir Ndour and Kwabla Mensimah, were named.",
            ["Ngozika Ubaldo", "Tamsir Ndour", "Kwabla Mensimah"],
        ),
        (
            "les dirigeants, à savoir Ndoubam Kolingar et Tchere Abakar,",
            ["Ndoubam Kolingar", "Tchere Abakar"],
        ),
        ("the unions, namely Trade Union Alpha and the Union of Beta", []),
    ],
)
def test_a_list_announced_by_namely(text: str, expected: list[str]) -> None:
    assert person_names(text) == expected
