"""Names announced by a noun before them: a trade, an affiliation (invented documents)."""

from __future__ import annotations

import pytest

from casewatch.extract.names.mentions import extract_mentions
from casewatch.model import EntityType


def org_names(text: str) -> list[str]:
    return [e.name for e in extract_mentions(text)[1] if e.type is EntityType.ORGANIZATION]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Workers wrote to the glass packaging manufacturer Vantrell Glassworks about the dismissals.",
            "Vantrell Glassworks",
        ),
        ("The union protested against the furniture maker Kordana at its Valdor site.", "Kordana"),
        ("The federation backs its Namibian affiliate Petrolsen in the dispute.", "Petrolsen"),
    ],
)
def test_a_trade_or_an_affiliation_noun_announces_a_name(text: str, expected: str) -> None:
    assert expected in org_names(text)


def test_a_description_before_a_cued_company_and_its_possessive_are_no_part_of_it() -> None:
    text = (
        "At least twelve workers at Kordana and another Vantrell-supplying factory lost their jobs. "
        "The Ruritania-based Orlen Group's factories employ 9,000 workers."
    )
    names = org_names(text)
    assert not any("supplying" in n or "based" in n or n.endswith("'s") for n in names)
    assert "Orlen Group" in names


def test_a_country_s_possessive_before_a_cued_company_is_no_part_of_it() -> None:
    names = org_names("Workers at Namibia's Hotel Kordana went on strike on Monday.")
    assert "Hotel Kordana" in names
    assert not any("Namibia" in n for n in names)
