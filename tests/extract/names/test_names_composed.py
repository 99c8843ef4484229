"""Names in texts with decomposed accents, and bodies that a chain runs on into a person (invented texts)."""

from __future__ import annotations

import unicodedata

import pytest

from casewatch.extract.names.mentions import extract_mentions, find_names
from casewatch.model import EntityType


def names(text: str) -> list[tuple[str, str]]:
    return [(e.type.value, e.name) for e in extract_mentions(text)[1]]


@pytest.mark.parametrize(
    "text",
    [
        "La Fiscalía Pública abrió una causa contra Inés Quiñónez Páez, dirigente del sindicato.",
        "Le Syndicat général des employés a saisi la Cour suprême.",
    ],
)
def test_decomposed_accents_give_the_same_names(text: str) -> None:
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    assert names(decomposed) == names(text)
    for found in find_names(decomposed):  # each name keeps its place in the text as given
        assert unicodedata.normalize("NFC", decomposed[found.start : found.end]) == found.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El Ministerio Público y Rodrigo Ibarra Soto, dirigente sindical, fueron citados.",
            [("organization", "Ministerio Público"), ("person", "Rodrigo Ibarra Soto")],
        ),
        (
            "the Federation of Metal and Mining Workers protested",
            [("organization", "Federation of Metal and Mining Workers")],
        ),
    ],
)
def test_a_body_ends_before_a_coordinated_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert [n for n in names(text) if n[0] != EntityType.PLACE.value] == expected
