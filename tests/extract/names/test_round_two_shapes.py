"""Abbreviations, numbered headings and bodies that run on into a person or a city (invented documents)."""

from __future__ import annotations

import pytest

from casewatch.extract.names.mentions import extract_mentions
from casewatch.model import EntityType


def names(text: str, kind: EntityType) -> list[str]:
    return [e.name for e in extract_mentions(text)[1] if e.type is kind]


def test_initials_alone_are_no_person() -> None:
    text = "The arrests prompted the U.N. Human Rights Office to call for the release of Ms Lena Orvik."
    assert "U.N." not in names(text, EntityType.PERSON)


def test_numbered_roman_heading_is_no_person() -> None:
    text = "Contents\n  1. I. Submission of the representation and procedure\n  2. II. Examination\n"
    assert not any("Submission" in n for n in names(text, EntityType.PERSON))


def test_person_after_a_body_head_is_cut_off() -> None:
    text = "The General Secretary of Congress Patricia Dorlan has written to the Minister of Labour."
    assert not any("Patricia" in n for n in names(text, EntityType.ORGANIZATION))


def test_city_after_a_union_head_is_cut_off() -> None:
    text = "Police arrested ARDW Union Belfast branch secretary Tom Keely at the port gate."
    orgs = names(text, EntityType.ORGANIZATION)
    assert "ARDW Union Belfast" not in orgs


def test_a_procedure_with_an_acronym_is_no_body() -> None:
    text = (
        "The Arden Federation of Dock Workers (AFDW) wrote before the Universal Periodic Review (UPR).\n"
        "It also wrote to the Working Group on the Universal Periodic Review."
    )
    orgs = names(text, EntityType.ORGANIZATION)
    assert "Universal Periodic Review" not in orgs
    assert "Working Group on the Universal Periodic Review" in orgs


def test_a_news_outlet_named_as_a_source_is_a_body() -> None:
    text = "The Arden Federation of Dock Workers told Harbour Daily News that the strike would go on."
    assert "Harbour Daily News" in names(text, EntityType.ORGANIZATION)
    text = "Marlow Bay News reported that three organisers were detained."
    assert "Marlow Bay News" in names(text, EntityType.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("According to the Daily Courier, three leaders were held.", "Daily Courier"),
        ("Speaking to the Arden Observer, the union said it would appeal.", "Arden Observer"),
        ("The Harbour Chronicle reported that the union was banned.", "Harbour Chronicle"),
    ],
)
def test_an_outlet_cued_at_a_sentence_s_start_or_by_other_press_words(text: str, outlet: str) -> None:
    assert any(name.endswith(outlet) for name in names(text, EntityType.ORGANIZATION))
