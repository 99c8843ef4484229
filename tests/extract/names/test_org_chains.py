"""Chains of capitalised words around a head noun: where a name starts and ends (invented documents)."""

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
            "The Geneva-based Centre for Dockers' Rights said on Tuesday that he was held.",
            "Centre for Dockers' Rights",
        ),
        (
            "A Port Valdor-affiliated Federation of Ferry Workers joined the march.",
            "Federation of Ferry Workers",
        ),
    ],
)
def test_a_place_made_an_adjective_before_the_name_is_no_part_of_it(text: str, expected: str) -> None:
    names = org_names(text)
    assert expected in names
    assert not any("based" in n or "affiliated" in n for n in names)


def test_a_body_named_for_a_cause_keeps_the_country_of_the_cause() -> None:
    text = "The Centre for Teachers' Rights in Namibia condemned the verdict of the court."
    assert "Centre for Teachers' Rights in Namibia" in org_names(text)


def test_a_ministry_for_a_portfolio_leaves_the_country_out() -> None:
    text = "The Ministry for Labour Affairs in Namibia refused to register the union."
    assert "Ministry for Labour Affairs in Namibia" not in org_names(text)


def test_a_name_cut_at_at_runs_on_to_the_acronym_that_closes_it() -> None:
    text = (
        "The complaint was sent by the Union of Workers at Kestrel Polytechnic University (SINTRAKPU) "
        "and by the National Union of Workers in Non-Profit and Charitable Foundations (SINTRAFUN) "
        "and the Joint Union of Staff in Local Offices of the Municipality of Porto Arden (SINTRALOM)."
    )
    names = org_names(text)
    assert "Union of Workers at Kestrel Polytechnic University" in names
    assert "National Union of Workers in Non-Profit and Charitable Foundations" in names
    assert "Joint Union of Staff in Local Offices of the Municipality of Porto Arden" in names
    assert "Union of Workers" not in names


def test_a_workplace_head_before_and_lists_the_fields_of_a_union() -> None:
    text = "A letter from the Arden Public Service and Transport Workers' Union (APSTU) reached the ministry."
    names = org_names(text)
    assert "Arden Public Service and Transport Workers' Union" in names
    assert "Arden Public Service" not in names


def test_a_nationality_after_a_possessive_tells_what_the_body_has() -> None:
    text = "Members of the Kestrel Metal Federation's Namibian affiliate walked out on Monday."
    names = org_names(text)
    assert "Kestrel Metal Federation" in names
    assert not any("Namibian" in n for n in names)


def test_a_count_before_a_name_is_no_part_of_it() -> None:
    text = "Ten Kestrel Dockers Union members were fined by the court in Valdor on Monday."
    names = org_names(text)
    assert "Kestrel Dockers Union" in names
    assert not any(n.startswith("Ten") for n in names)


def test_what_a_body_owns_after_its_possessive_is_no_part_of_its_name() -> None:
    text = "Workers at the Orlen Group's Kestrel and Arden factories went on strike in May."
    names = org_names(text)
    assert "Orlen Group" in names
    assert not any("Kestrel" in n for n in names if "Orlen" in n)


def test_two_bodies_joined_by_und_stay_two() -> None:
    text = "Streik: die Arden Metal Workers Federation und Kestrel Dock Workers Union riefen dazu auf."
    names = org_names(text)
    assert "Arden Metal Workers Federation" in names
    assert "Kestrel Dock Workers Union" in names


def test_a_body_s_executive_after_its_name_is_an_organ_of_it() -> None:
    text = "Jane Marlow of the National Union of Dockers Executive Committee sent a protest letter."
    names = org_names(text)
    assert "National Union of Dockers" in names
    assert not any("Executive" in n for n in names)


def test_a_nationality_after_in_the_opens_a_phrase_of_the_sentence() -> None:
    text = "Police in the Namibian state of Arden detained over a hundred striking workers."
    assert not any(n.startswith("Police in") for n in org_names(text))


def test_a_chain_whose_head_is_in_a_complement_after_for_is_a_topic() -> None:
    text = "Kordana's Contempt for Trade Unions\n\nThe statement was issued on Monday."
    assert not any("Contempt" in n for n in org_names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das teilten die Borvian Dockers Unity Council der Nachrichtenagentur Kestrel mit.",
            ["Borvian Dockers Unity Council"],
        ),
        (
            "Die Gewerkschaft der Bergleute Borviens hat protestiert.",
            ["Gewerkschaft der Bergleute Borviens"],
        ),
    ],
)
def test_a_german_article_joins_german_words_only_and_opens_no_name(text: str, expected: list[str]) -> None:
    assert org_names(text) == expected
