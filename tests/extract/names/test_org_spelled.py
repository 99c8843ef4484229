"""Organisations whose bracketed acronym the initials of their content words spell (invented texts)."""

from __future__ import annotations

import pytest

from casewatch.extract.names.mentions import extract_mentions
from casewatch.extract.names.org_spelled import spelled_names
from casewatch.model import EntityType


def org_names(text: str) -> list[str]:
    return [e.name for e in extract_mentions(text)[1] if e.type is EntityType.ORGANIZATION]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La queja fue presentada por el Frente Sindical, Obrero y Campesino Ruritano (FSOCR) en mayo.",
            "Frente Sindical, Obrero y Campesino Ruritano",
        ),
        (
            "une communication de l'Alliance syndicale ruritanienne (ASR) datée du 5 mai",
            "Alliance syndicale ruritanienne",
        ),
        (
            "la Confédération latino-américaine des dockers (CLAD) dénonce",
            "Confédération latino-américaine des dockers",
        ),
        (
            "жалоба, представленная Конфедерацией свободных профсоюзов Руритании (КСПР),",
            "Конфедерацией свободных профсоюзов Руритании",
        ),
    ],
)
def test_the_acronym_says_where_the_name_starts(text: str, expected: str) -> None:
    assert [f.text for f in spelled_names(text)] == [expected]
    assert expected in org_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "the Law on Public Assemblies and Associations (LPAA) was adopted",  # a law, not a body
        "Ruritania (RU) and its neighbours",  # one word spells nothing
        "La comisión revisó el informe anual (XYZ) del sindicato.",  # initials that do not spell it
    ],
)
def test_no_body_without_an_exact_spelling(text: str) -> None:
    assert list(spelled_names(text)) == []
