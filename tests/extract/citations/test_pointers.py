"""Pointing phrases found where their nouns are give the matches of a scan of every position."""

from __future__ import annotations

import pytest

from casewatch.extract.citations.pointers import ANAPHOR, FOREIGN_ANAPHOR, ROMANCE, pointer_matches

TEXTS = [
    "Zembla ratified the Convention; the said  Convention applies, as does this\nLaw and the Act of 2030.",
    "Le Code du travail de Velmar et la même convention ; cette loi et l’ordonnance, et du décret n° 4.",
    "La ley de Kestrel y dicho  decreto, del mismo decreto y la misma ley; el Código y la Carta.",
    "The present Recommendation, that Protocol, the Law on unions and the lawyer's exact action.",
    "No pointer here: the union met the minister in Port Miran.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_pointers_are_those_of_a_full_scan(text: str) -> None:
    scanned = [m.span() for m in ANAPHOR.finditer(text)]
    if any(w in text for w in ROMANCE):
        scanned += [m.span() for m in FOREIGN_ANAPHOR.finditer(text)]
    assert [m.span() for m in pointer_matches(text)] == scanned


def test_pointers_are_found() -> None:
    found = [m.group(0) for text in TEXTS for m in pointer_matches(text)]
    assert "said  Convention" in found and "la même convention" in found and "dicho  decreto" in found
