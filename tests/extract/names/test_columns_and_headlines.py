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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both the Port Workers Union and the Port Workers Union of the South protested.", 2),
        ("The Union of Miners, the Union of Miners of the North and the Teachers Union wrote.", 3),
        ("Le Syndicat des dockers et le Syndicat des dockers du Nord ont protesté.", 2),
    ],
)
def test_two_bodies_named_side_by_side_stay_two(text: str, expected: int) -> None:
    assert len(names(text, EntityType.ORGANIZATION)) == expected


def test_a_short_name_said_later_joins_the_long_one() -> None:
    text = "The Port Workers Union of the South protested. Later the Port Workers Union appealed."
    assert names(text, EntityType.ORGANIZATION) == ["Port Workers Union of the South"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He wrote to the Ministry of Labour and\nSocial Security last year.",
            "Ministry of Labour and Social Security",
        ),
        ("The case went to the Supreme Court of\nRuritania in May.", "Supreme Court of Ruritania"),
        ("A strike called by the Confederation of\n  Port Workers in June.", "Confederation of Port Workers"),
    ],
)
def test_a_name_broken_over_two_lines_reads_as_one(text: str, expected: str) -> None:
    assert expected in names(text, EntityType.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fueron arrestados Ana Quispe, el pastor Luis Rojas, Marta Salas y Pedro Ibarra.",
            {"Marta Salas", "Pedro Ibarra"},
        ),
        (
            "Ont été arrêtés Jean Mbeki, le pasteur Paul Ndiaye, Aline Sow et Omar Fall.",
            {"Aline Sow", "Omar Fall"},
        ),
        (
            "Arrested were Kofi Mensah, the pastor John Doe, Ama Owusu and Yaw Boateng.",
            {"Ama Owusu", "Yaw Boateng"},
        ),
    ],
)
def test_a_conjunction_is_never_inside_a_person_s_name(text: str, expected: set[str]) -> None:
    found = names(text, EntityType.PERSON)
    assert expected <= set(found)
    assert not any(f" {word} " in name for name in found for word in ("y", "et", "and"))


@pytest.mark.parametrize(
    "text",
    [
        "Dear Dr Kyaw Win, the court sentenced Kyaw Kyaw and Wai Lin.",
        "U Aung Min wrote; Aung Aung was held with Min Min.",
        "Daw Hla Myint and Daw Hla Hla were arrested.",
    ],
)
def test_a_name_saying_a_word_twice_is_another_person(text: str) -> None:
    found = names(text, EntityType.PERSON)
    assert len(found) == len(set(found)) and len(found) >= 2
    assert any(name.split()[0] == name.split()[-1] for name in found)
