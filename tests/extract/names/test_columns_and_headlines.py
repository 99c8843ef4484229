"""Signatures side by side, headlines with a verb, national bodies opened by 'All', country names
(invented documents)."""

from __future__ import annotations

import pytest

from casewatch.extract.names.mentions import extract_mentions
from casewatch.model import EntityType


def names(text: str, kind: EntityType) -> list[str]:
    return [e.name for e in extract_mentions(text)[1] if e.type is kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We condemn the arrests.\n\nRosa Mendel      K. Tanaka\nPresident    GenSecretary\n",
            {"Rosa Mendel", "K. Tanaka"},
        ),
        ("In solidarity,\n\nLena Varga\t\tOmar Quist\nChair\t\tTreasurer\n", {"Lena Varga", "Omar Quist"}),
        ("Signed:\nDr. Ana Belli        Mr. Tomas Reyl\n", {"Ana Belli", "Tomas Reyl"}),
    ],
)
def test_signatures_side_by_side_are_two_persons(text: str, expected: set[str]) -> None:
    found = set(names(text, EntityType.PERSON))
    assert expected <= found
    assert not any("  " in name or "\t" in name for name in found)
    assert "GenSecretary" not in found


@pytest.mark.parametrize(
    "text",
    [
        "GWTF Condemns Arrest of Union Leaders by Port Police\n\nThe GWTF said the arrests were illegal.\n",
        "Teachers Union Demands Release of Detained Members\n\nThe union wrote again.\n",
        "Federación Minera Denuncia Despido de Dirigentes Sindicales\n\nLa federación protestó.\n",
    ],
)
def test_a_headline_with_its_verb_is_no_organisation(text: str) -> None:
    headline = text.split("\n", 1)[0]
    assert not any(
        len(name.split()) > 2 and name in headline for name in names(text, EntityType.ORGANIZATION)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Members of the All Chile Dock Workers Congress joined the protest.",
            "All Chile Dock Workers Congress",
        ),
        ("The All Nepal Teachers Federation and others wrote.", "All Nepal Teachers Federation"),
        (
            "Leaders of the All Kenya Federation of Port Workers were held.",
            "All Kenya Federation of Port Workers",
        ),
    ],
)
def test_all_before_a_country_opens_a_national_body(text: str, expected: str) -> None:
    assert expected in names(text, EntityType.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Case No. 1240 (Central African Republic): Complaint against the Government.",
            "Central African Republic",
        ),
        ("Case No. 1250 (Dominican Republic): Complaint against the Government.", "Dominican Republic"),
        ("Case No. 1260 (Republic of Korea): Complaint against the Government.", "Republic of Korea"),
    ],
)
def test_a_country_s_name_is_a_place_not_an_organisation(text: str, country: str) -> None:
    assert country not in names(text, EntityType.ORGANIZATION)
