"""Persons whose surname (or whole name) is written in capitals (invented texts)."""

from __future__ import annotations

import pytest

from casewatch.extract.names.mentions import extract_mentions
from casewatch.model import EntityType


def person_names(text: str) -> list[str]:
    return [e.name for e in extract_mentions(text)[1] if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le secrétaire général, Jean MARCOTTE, a été interpellé hier.", ["Jean MARCOTTE"]),
        (
            "El compañero RODRIGO ALBERTO DE LA VEGA IBARRA fue detenido.",
            ["RODRIGO ALBERTO DE LA VEGA IBARRA"],
        ),
        ("La carta está firmada por PEDRO QUINTEROS.\nSecretario General", ["PEDRO QUINTEROS"]),
        ("Nous exigeons la libération de VAUBERT Etienne, délégué syndical.", ["VAUBERT Etienne"]),
        ("La fiscal Marcela ROBLES Y ROBLES presentó cargos.", ["Marcela ROBLES Y ROBLES"]),
    ],
)
def test_a_surname_in_capitals_is_read_as_a_person(text: str, expected: list[str]) -> None:
    assert person_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "GRACE PERIOD FOR UNIONS ENDS\nThe grace period for registration ended in March.",
        "Maria ITUC and Pedro CGT (CGT) were listed.",  # acronyms of bodies are no surnames
        "Contact: Bd du Roi Albert II, 5, Bte 1",  # a regnal number is no surname in capitals
        "URGENT ACTION NEEDED",
    ],
)
def test_capitals_that_name_no_one(text: str) -> None:
    assert not any(n.isupper() or n.split()[-1].isupper() for n in person_names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yours sincerely,\n\nMarlow TEMBE\nGeneral Secretary", ["Marlow TEMBE"]),
        ("Atentamente,\nTeodoro QUISPE MAMANI\n", ["Teodoro QUISPE MAMANI"]),
        # a line of capitals above a title that names a body is no person
        ("CONFEDERATION GENERALE DU TRAVAIL\nGeneral Secretary", []),
    ],
)
def test_a_signature_line_in_capitals_names_a_person(text: str, expected: list[str]) -> None:
    assert person_names(text) == expected
