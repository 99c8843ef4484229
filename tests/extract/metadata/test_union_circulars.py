"""A union's circulars and statements to its members (invented documents): greeted as comrades, numbered and
dated in two columns, signed without a courtesy formula over a blog's comment prompts, or stating in Spanish
and Portuguese with the body's name set off by dashes."""

from __future__ import annotations

from casewatch.extract.metadata.party_names import person_name
from casewatch.extract.pipeline import extract
from casewatch.model import Genre, Text


def _meta(text: str):  # type: ignore[no-untyped-def]
    return extract(Text(text, "text/plain")).meta


CIRCULAR = (
    "Monday, March 10, 2031\n\n"
    "ANNUAL CONVENTION OF DOCK CLERKS\n\n"
    "OSTRAVIAN DOCK CLERKS’ ASSOCIATION\n"
    "PORT BUILDING  HARBOUR ROAD  VALDOR\n\n"
    "Cir. No. 7 /2031                                                          6th March, 2031\n\n"
    "To\nAll the Branch Units,\n\n"
    "Dear Comrades,\n\n"
    "The annual convention was held at Valdor on 1st March 2031 as decided by the executive.\n"
)


def test_a_circular_numbered_and_dated_in_two_columns_is_the_union_s_letter() -> None:
    meta = _meta(CIRCULAR)
    assert meta.genre is Genre.UNION_LETTER
    assert meta.reference == "7 /2031"
    assert meta.date is not None and meta.date.iso == "2031-03-06"  # the letter's date, not the post's


def test_a_letter_to_comrades_signed_without_a_courtesy_formula() -> None:
    letter = (
        "Friday, April 4, 2031\n\n"
        "To\nAll Branch Secretaries\n\n"
        "Dear Comrades,\n"
        "As decided by the executive, a sit-in will be held before all regional offices on 12 April 2031. "
        "All branches are requested to make it a success.\n\n"
        "(Jane Roe)\n"
        "General Secretary, PDU\n"
        "Secretary General, OFPW\n\n"
        "No comments:\n\n"
        "Post a Comment\n"
    )
    meta = _meta(letter)
    assert meta.genre is Genre.UNION_LETTER
    assert [p.name for p in meta.signatories] == ["Jane Roe"]
    assert [p.name for p in meta.senders] == ["PDU", "OFPW"]  # the officer signs for both bodies


def test_a_federation_named_with_its_acronym_between_hyphens_states_in_its_voice() -> None:
    page = (
        "La Federación Portuaria Ostraviana -FPO- condena enérgicamente la detención arbitraria de su "
        "secretario general.\nExigimos su inmediata liberación.\n"
    )
    assert [p.name for p in _meta(page).senders] == ["Federación Portuaria Ostraviana"]


def test_a_portuguese_centre_named_in_capitals_with_a_dashed_description_states_in_its_voice() -> None:
    page = (
        "Nota: liberdade imediata para os estivadores de Valdor\n\n"
        "A PORTUSINDICAL – Central dos Estivadores, manifesta publicamente sua indignação com a prisão de "
        "dois dirigentes sindicais do porto de Valdor.\n"
    )
    meta = _meta(page)
    assert meta.genre is Genre.UNION_LETTER
    assert [p.name for p in meta.senders] == ["PORTUSINDICAL"]


def test_an_initial_before_a_lone_surname_is_a_name_not_a_french_honorific() -> None:
    assert person_name("K. Varadan") == "K. Varadan"
    assert person_name("K.Varadan") == "K. Varadan"
    assert person_name("M. Jean Varadan") == "Jean Varadan"  # "Monsieur" before a whole name


def test_a_site_banner_s_temperature_and_date_are_the_visit_s_not_the_story_s() -> None:
    page = (
        "12.4 C\nSunday, March 9, 2031\n\nDockers threaten strike\n\n"
        "Dock workers' unions have threatened a general strike at Port Valdor if the police do not release "
        "the workers arrested today, a union official told reporters.\n"
    )
    assert _meta(page).date is None
