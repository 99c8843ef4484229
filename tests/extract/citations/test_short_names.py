"""Laws known by a short name defined in brackets, rules and regulations, lettered provisions, and
Russian laws named with their state, date and number: invented sentences of the shapes records use."""

from __future__ import annotations

import pytest

from .conftest import cited


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the law's own initials, a bracketed word of its title skipped
            "It notes the National Labour (Amendment) Act, 2018 (NLA). Sections 12(1) and 40 of the NLA "
            "restrict strikes.",
            {"RUT National Labour (Amendment) Act": {"s 12(1)", "s 40"}},
        ),
        (  # a short title ending in its head
            "the Free Zones Labour Act, 2019 (FZ Act); section 94 of the FZ Act",
            {"RUT Free Zones Labour Act": {"s 94"}},
        ),
        (  # a number in brackets after the year names the same law
            "the Public Safety Act of 2020 (Republic Act No. 11222) was invoked",
            {"RUT Public Safety Act": set()},
        ),
        (  # a body's initials still name the body, not the law
            "the Law on the National Guild of Artisans (NGA) and the NGA congress",
            {"RUT Law on the National Guild of Artisans": set()},
        ),
    ],
)
def test_a_short_name_defined_in_brackets_is_the_law_it_follows(
    text: str, expected: dict[str, set[str]]
) -> None:
    assert cited(text) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Rule 16 of the Industrial Labour Rules, 2015 requires a ballot.", "RUT Industrial Labour Rules"),
        ("under the Trade Unions Regulations, registration may be refused", "RUT Trade Unions Regulations"),
        ("le décret exécutif no 18-77 du 3 mars 2018 fixe les modalités", "RUT Executive Decree No. 18-77"),
    ],
)
def test_rules_regulations_and_executive_decrees_are_instruments(text: str, key: str) -> None:
    assert key in cited(text)


@pytest.mark.parametrize(
    ("text", "provisions"),
    [
        ("l'article 87bis du Code pénal", {"art 87bis"}),
        ("l'article 87 bis du Code pénal", {"art 87bis"}),
        ("section 15A of the Penal Code", {"s 15A"}),
        ("section 20-B of the Penal Code", {"s 20B"}),
        ("sections 20-22 of the Penal Code", {"s 20", "s 21", "s 22"}),
        ("les articles L. 2512-2 et L.2512-3 du Code pénal", {"art L.2512-2", "art L.2512-3"}),
    ],
)
def test_lettered_provisions(text: str, provisions: set[str]) -> None:
    assert set().union(*cited(text).values()) == provisions


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "согласно статье 13 Закона Республики Армения «О профессиональных союзах»",
            "ARM Law on Trade Unions",
        ),
        (
            "Закон Кыргызской Республики от 22 апреля 1992 г. № 1605-XII «О профессиональных союзах»",
            "KGZ Law on Trade Unions",
        ),
        ("Указ Президента Республики Армения от 15 мая 2009 г. № 5 запрещает", "ARM Decree No. 5"),
    ],
)
def test_a_russian_law_named_with_its_state_date_and_number(text: str, key: str) -> None:
    assert key in cited(text, ())


def test_a_title_ends_before_the_next_provision() -> None:
    text = "Article 29 of the Law on Street Trading and Article 10 of the same Law"
    assert cited(text) == {"RUT Law on Street Trading": {"art 29", "art 10"}}
