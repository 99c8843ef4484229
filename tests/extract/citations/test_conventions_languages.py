"""ILO conventions by number and by title in Russian; UN instruments by title in every language."""

from __future__ import annotations

import pytest

from casewatch.extract.citations.find import find_citations


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Правительство ратифицировало Конвенции МОТ № 87 и № 98.", {"ILO C087", "ILO C098"}),
        ("нарушение конвенций МОТ № 87 и 98", {"ILO C087", "ILO C098"}),
        ("согласно Конвенции о свободе ассоциации и защите права на организацию", {"ILO C087"}),
        ("Конвенцию о применении принципов права на организацию и на ведение коллективных переговоров",
         {"ILO C098"}),
        ("la Déclaration universelle des droits de l'homme", {"UDHR"}),
        ("el Pacto Internacional de Derechos Económicos, Sociales y Culturales", {"ICESCR"}),
    ],
)  # fmt: skip
def test_instruments_named_in_other_languages(text: str, keys: set[str]) -> None:
    assert {c.key for c in find_citations(text, ("RUT",))} == keys
