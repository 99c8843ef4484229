"""Whose law a title is, and which law a listed provision belongs to (invented texts)."""

from __future__ import annotations

import pytest

from tests.extract.citations.conftest import cited


def test_a_law_takes_the_country_named_earlier_on_its_line() -> None:
    text = (
        "Bhutan: three organisers were dismissed.\n"
        "Namibia: on 3 May the prosecutor charged Ms Vela Ruun under section 215 of the Criminal Code.\n"
    )
    assert cited(text, ("BTN", "NAM")) == {"NAM Criminal Code": {"s 215"}}


def test_a_territory_named_before_the_law_is_its_country() -> None:
    text = (
        "The Macao authorities banned the march of the Arden Dock Workers Union.\n"
        "The organisers cited article 12 of the Public Gatherings Law.\n"
    )
    assert cited(text, ("CHN", "MAC")) == {"MAC Public Gatherings Law": {"art 12"}}


def test_a_page_that_names_no_country_keeps_a_laws_own_title() -> None:
    text = "The organisers were charged under the Public Gatherings Act and the Criminal Code."
    assert cited(text, ()) == {"Public Gatherings Act": set()}


def test_sections_listed_under_a_line_that_names_the_law() -> None:
    text = (
        "The Committee asked to amend the following provisions of the Harbour Workers Act of 2006 (HWA):\n"
        "  • -Section 18 (time taken to register a union).\n"
        "  • -Section 23(1) (suspension of officers by the Registrar).\n"
    )
    assert cited(text) == {"RUT Harbour Workers Act": {"s 18", "s 23(1)"}}


def test_a_spanish_convention_title_with_its_number_after_the_year() -> None:
    text = (
        "en el marco del Convenio sobre la política del empleo, 1964 (núm. 122) "
        "y del Convenio sobre las horas de trabajo, 1975 (núm. 142)."
    )
    assert cited(text) == {"ILO C122": set(), "ILO C142": set()}


def test_a_representation_under_article_24_cites_no_national_constitution() -> None:
    text = (
        "Report on the representation presented by the Arden Dock Workers Union under article 24 of the "
        "Constitution alleging non-observance of the Convention.\n"
    )
    assert not any(
        key.endswith(" Constitution") and key != "ILO Constitution" for key in cited(text, ("NAM",))
    )


def test_a_law_takes_the_country_named_before_it_over_one_named_after() -> None:
    text = (
        "Police have arrested four organisers in the UK this week.\n"
        "They were charged under the Highways Act 1980 and will appear in court.\n"
        "In Ireland, the Arden Dock Workers Union protested.\n"
    )
    assert set(cited(text, ("IRL",))) == {"GBR Highways Act"}


@pytest.mark.parametrize(
    "text",
    [
        "5. Ghana has not ratified the Convention.\n7. The factory exports to Chile and Peru. "
        "The union registered under section 4 of the Harbour Workers Act.",
        "5. Ghana has not ratified the Convention.\n12. Its goods are sold in Canada and Japan. The union "
        "relies on section 4 of the Harbour Workers Act.",
        "In Ghana, the union was refused.\n88. The firm's owners live in France. The prosecutor invoked "
        "section 4 of the Harbour Workers Act.",
    ],
)
def test_a_passing_mention_of_another_country_in_a_paragraph_owns_no_law(text: str) -> None:
    assert cited(text, ("GHA",)) == {"GHA Harbour Workers Act": {"s 4"}}


@pytest.mark.parametrize(
    "text",
    [
        "In a long paragraph about the region, the workers of Namibia were charged under section 4 of the "
        "Harbour Workers Act.",
        "Some time later, it was reported that Namibia had applied section 4 of the Harbour Workers Act.",
        "Namibia: the organisers were charged. The court applied section 4 of the Harbour Workers Act.",
    ],
)
def test_a_country_in_the_law_s_sentence_or_heading_its_line_owns_the_law(text: str) -> None:
    assert cited(text, ("GHA",)) == {"NAM Harbour Workers Act": {"s 4"}}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("les articles L. 2141-5 et L. 2141-8 du code du travail protègent le délégué", "FRA Labour Code"),
        ("Le Code du travail (art. R.4121-3) impose une évaluation.", "FRA Labour Code"),
        ("selon le code pénal, qui renvoie à l'article L 1132-4 du code du travail", "FRA Penal Code"),
    ],
)
def test_a_french_code_s_numbering_tells_its_country(text: str, key: str) -> None:
    assert key in cited(text, ())


@pytest.mark.parametrize(
    "text",
    [
        "L'article 12 du code du travail protège le délégué syndical.",
        "El artículo 350 del Código de Trabajo protege la huelga.",
        "Le code pénal punit l'entrave; voir la section L-5 du règlement.",
        "L'article L. 121-1 du code du travail protège le délégué.",
    ],
)
def test_without_a_sign_of_its_country_a_code_is_not_keyed(text: str) -> None:
    assert cited(text, ()) == {}
