"""Offices named by a common noun: which of them name a body (invented documents)."""

from __future__ import annotations

import pytest

from casewatch.extract.names.mentions import extract_mentions
from casewatch.model import EntityType


def org_names(text: str) -> list[str]:
    return [e.name for e in extract_mentions(text)[1] if e.type is EntityType.ORGANIZATION]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of armed riot police were present at the Valdor rally on Saturday.",
        "La policía de Puerto Arden detuvo a cuatro personas frente a la planta.",
        "Le parquet a fait appel du jugement rendu à Valdor.",
        "Witnesses said that security forces had cleared the Valdor site.",
    ],
)
def test_a_kind_of_officers_or_a_lower_case_common_noun_names_no_body(text: str) -> None:
    assert org_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los obreros fueron golpeados por la Policía durante la marcha.", "Policía"),
        ("The Namibian police detained the union's treasurer.", "Namibian police"),
    ],
)
def test_a_capitalised_force_or_a_country_s_force_names_the_body(text: str, expected: str) -> None:
    assert expected in org_names(text)
