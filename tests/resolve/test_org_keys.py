"""Organisation-name keys: content words, countries, acronyms, trades."""

from __future__ import annotations

import pytest

from casewatch.resolve.org_keys import initials, is_acronym, parse_org


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ministry of Justice", "Justice Ministry"),
        ("International Labour Organisation", "International Labor Organization"),
        ("General Union of Dock Workers", "General Unions of Dock Worker"),
        ("the Federation of Bus Drivers", "Federation of Bus Drivers"),
    ],
)
def test_org_keys_equal(a: str, b: str) -> None:
    assert parse_org(a).key == parse_org(b).key


def test_org_country_suffix_is_set_apart() -> None:
    org = parse_org("Congress of Free Unions of the Republic of Moldova")
    assert (org.words, org.country) == (("congress", "free", "union"), "MDA")


def test_initials_with_and_without_country() -> None:
    assert initials("Federation of Independent Unions of Peru") == {"FIU", "FIUP"}


@pytest.mark.parametrize(
    ("text", "expected"), [("ILO", True), ("КТРМ", True), ("IndustriALL", False), ("Union", False)]
)
def test_is_acronym(text: str, expected: bool) -> None:
    assert is_acronym(text) is expected


@pytest.mark.parametrize(
    ("name", "trade"),
    [
        ("Industrial Union of Employees of the Glass and Ceramics Sector", "ceramic glass"),
        ("Sectoral Trade Union of Glass and Ceramics Complex Employees", "ceramic glass"),
        ("Glass and Ceramics Workers' Union", "ceramic glass"),
        ("Trade Union of Workers in the Glass and Ceramics Complex of Dornava", "ceramic dornava glass"),
        ("Independent Trade Union", ""),
        ("Federation of Glass Workers' Unions", ""),
    ],
)
def test_union_trade_sets_aside_the_words_translations_vary_on(name: str, trade: str) -> None:
    assert parse_org(name).trade == trade


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Congrès des syndicats démocratiques", "Congress of Democratic Trade Unions"),
        ("Fédération des syndicats autonomes", "Federation of Autonomous Unions"),
        ("Sindicato Autónomo de Choferes", "Autonomous Drivers Union"),
    ],
)
def test_one_union_in_two_languages_with_or_without_trade(a: str, b: str) -> None:
    assert parse_org(a).key == parse_org(b).key
