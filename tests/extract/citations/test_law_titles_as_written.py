"""Law titles in every language (invented texts): titles kept as written, Romance codes and
decrees, acronyms after an article, a title that runs into the sentence."""

from __future__ import annotations

import pytest

from tests.extract.citations.conftest import cited


def test_an_english_act_keeps_its_own_title() -> None:
    text = "The Trade Unions Act, 1990 requires 50 members. Section 3 of the Trade Unions Act applies."
    assert cited(text) == {"RUT Trade Unions Act": {"s 3"}}


def test_a_translated_law_on_trade_unions_is_still_one_law() -> None:
    text = "The Law on Trade Unions and the Trade Union Law were both cited by the union."
    assert cited(text) == {"RUT Law on Trade Unions": set()}


def test_a_romance_code_titled_by_adjectives_and_its_acronym() -> None:
    text = (
        "Aunque el Código Orgánico Procesal Militar (COPM) establece un lapso de 45 días, la audiencia se "
        "aplazó. El COPM exige que la Fiscalía presente los actos conclusivos."
    )
    assert cited(text) == {"RUT Código Orgánico Procesal Militar": set()}


@pytest.mark.parametrize("opening", ["El", "La", "Selon"])
def test_an_article_before_a_law_s_acronym_is_no_place(opening: str) -> None:
    text = (
        f"Según la Ley Orgánica del Trabajo Portuario (LOTP), el paro es ilegal. {opening} LOTP lo prohíbe."
    )
    assert cited(text) == {"RUT Ley Orgánica del Trabajo Portuario": set()}


def test_a_capitalised_adjective_after_and_opens_the_sentence_s_phrase() -> None:
    text = "Who ordered them to violate the Law about Trade Unions and International standards?"
    assert cited(text) == {"RUT Law about Trade Unions": set()}


def test_a_title_ending_in_a_noun_after_and_keeps_it() -> None:
    text = "The Law on Employers and Workers was adopted in March."
    assert cited(text) == {"RUT Law on Employers and Workers": set()}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Le décret N° 2015/456 du 12 mai 2015 portant statut des agents a été abrogé.",
            "RUT Decree No. 2015/456",
        ),
        (
            "Le Dahir n° 1-58-376 du 15 novembre 1958 réglemente le droit d'association.",
            "RUT Dahir No. 1-58-376",
        ),
        (
            "Le Décret du 24 novembre 2005 sur le droit syndical a été invoqué.",
            "RUT Décret sur le droit syndical",
        ),
        ("El Decreto 57-2008 fue citado por el sindicato.", "RUT Decree No. 57-2008"),
    ],
)
def test_romance_decrees_by_number_or_by_date_and_subject(text: str, key: str) -> None:
    assert list(cited(text)) == [key]


def test_a_law_named_in_brackets_after_a_decree_is_the_decree() -> None:
    text = (
        "El Decreto 57-2008 (Ley de Acceso a la Información Pública) fue citado. "
        "La Ley de Acceso a la Información Pública rige."
    )
    assert list(cited(text)) == ["RUT Decree No. 57-2008"]


def test_a_country_heading_an_item_of_a_list_owns_the_item_s_laws() -> None:
    text = (
        "  • Cambodia: Foreign activists detained\n    Police detained five activists.\n"
        "  • Thailand: Labour activists charged\n    The prosecutor charged them under Section 215 of the "
        "Criminal Code."
    )
    assert cited(text, ("KHM",)) == {"THA Criminal Code": {"s 215"}}


@pytest.mark.parametrize(
    "text",
    [
        "Valdora a ratifié la convention (no 98). La convention collective contenait, en son article 39, X.",
        "Valdora ratificó el Convenio núm. 98. El convenio colectivo, en su artículo 12, lo prevé.",
    ],
)
def test_a_collective_agreement_s_article_is_no_convention_s(text: str) -> None:
    assert cited(text) == {"ILO C098": set()}
