"""Organisation shapes of news pages on union rights (invented documents)."""

from __future__ import annotations

from casewatch.extract.names.mentions import extract_mentions
from casewatch.model import EntityType


def org_names(text: str) -> list[str]:
    return [e.name for e in extract_mentions(text)[1] if e.type is EntityType.ORGANIZATION]


def test_a_name_in_single_quotes_keeps_its_first_word() -> None:
    text = "Members of the 'Arden Cement Works Permanent Workers Local Union' staged a protest."
    assert "Arden Cement Works Permanent Workers Local Union" in org_names(text)


def test_a_word_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = 'The workers wrote, "Inspite of Arden Dockworkers Union being the majority union, they refused."'
    assert org_names(text) == ["Arden Dockworkers Union"]


def test_a_plural_subject_and_its_verb_in_a_headline_name_no_body() -> None:
    text = "Workers Protest Against Stalling of Registration of Workers' Unions in Valdor\n\nThe workers met."
    assert not any("Protest" in n for n in org_names(text))


def test_a_company_and_its_workers_union_stay_two_bodies() -> None:
    text = (
        "Arden Cement Factory\n\nMembers of the Arden Cement Factory Permanent Workers Local Union protested "
        "at the gate of Arden Cement Factory on Monday."
    )
    names = org_names(text)
    assert "Arden Cement Factory Permanent Workers Local Union" in names
    assert "Arden Cement Factory" in names


def test_workers_union_alone_names_no_one_body() -> None:
    text = "Workers' Union President from the Valdor unit, Tomas Brell, spoke to the press."
    assert "Workers' Union" not in org_names(text)


def test_a_union_run_on_into_a_police_force_is_two_bodies() -> None:
    text = "During a strike by the Arden Voices of the Dock Union Metropolitan Police arrested an official."
    names = org_names(text)
    assert "Arden Voices of the Dock Union" in names
    assert "Metropolitan Police" in names


def test_a_body_described_in_lower_case_is_named_by_its_bracketed_acronym() -> None:
    text = "Arno Vell, Vice President of the sectoral organization of teachers (FEDA), was arrested."
    assert "FEDA" in org_names(text)


def test_a_common_noun_abbreviated_in_brackets_names_no_body() -> None:
    assert org_names("Every trade union (TU) must register with the registrar.") == []


def test_a_company_before_a_plural_possessive_keeps_its_last_word() -> None:
    text = "More than 700 workers of Kestrel Power Technologies' Avran unit protested on Tuesday."
    assert "Kestrel Power Technologies" in org_names(text)


def test_an_officer_abbreviated_after_an_article_is_no_body() -> None:
    text = "The workers met outside the DC office in Valdor and urged the DC to act. The DGM refused."
    assert org_names(text) == []


def test_a_local_keeps_its_number() -> None:
    text = "A worker filed charges against the Arden Bakers Union Local 19 today."
    assert org_names(text) == ["Arden Bakers Union Local 19"]


def test_a_role_after_a_head_is_no_part_of_a_name() -> None:
    assert org_names("The plan was praised, said Foundation Vice President Tomas Brell.") == []


def test_a_headline_with_a_participle_or_an_adverb_names_no_body() -> None:
    text = (
        "Arden Union Forced to Abandon Valdor Bus Facility\n"
        "Union Hit with Charges for Unlawfully Ordering Company to Fire Worker\n"
        "The union left the site."
    )
    assert org_names(text) == []


def test_various_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = "Various International trade unions and local organizations launch the day of action."
    assert org_names(text) == []


def test_an_acronym_before_a_ranked_office_names_its_body() -> None:
    text = "Letters were presented by ARWU Assistant General Secretary Tomas Brell on Monday."
    assert "ARWU" in org_names(text)


def test_a_brotherhood_is_a_body() -> None:
    text = "He was charged with belonging to the Arden Brotherhood group, a charge the prosecution rejected."
    assert org_names(text) == ["Arden Brotherhood"]


def test_a_plants_numbered_unit_is_a_workplace_not_a_body() -> None:
    text = "The Arden Employees Union is the majority union at Dapora Unit II, the workers said."
    assert org_names(text) == ["Arden Employees Union"]
