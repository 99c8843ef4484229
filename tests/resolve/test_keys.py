"""Name keys: transliteration, skeletons, person readings and organisation keys."""

from __future__ import annotations

import pytest

from casewatch.resolve.keys import initials, is_acronym, parse_org, parse_person, skeleton


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ostrovskii", "Ostrovsky"),
        ("Ostrovskiy", "Островский"),
        ("Yevtushenko", "Evtushenko"),
        ("Mamadalai", "Mamadalay"),
        ("Khodjaev", "Hodzhaev"),
        ("Zhanybek", "Janybek"),
        ("Sergeyev", "Sergeev"),
        ("Dmitriy", "Dmitry"),
        ("Grossmann", "Grosman"),
        ("Aliona", "Alena"),
        ("Alyona", "Алёна"),
        ("Kovalyov", "Kovalev"),
        ("Kuzmichov", "Kuzmichev"),
        ("Pyotr", "Petr"),
    ],
)
def test_skeleton_folds_romanisations(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize(("a", "b"), [("Petrov", "Petrev"), ("Ivanov", "Ivanova"), ("Lopez", "Lopes")])
def test_skeleton_keeps_distinct_surnames_apart(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


@pytest.mark.parametrize(
    ("name", "first_reading", "gender"),
    [
        ("Mr Tomasz Wierzbicki", ("wierzbicki", ("tomasz",)), "m"),
        ("Ms. R. Okonkwo", ("okonkwo", ("r",)), "f"),
        ("KOVALENKO Oksana", ("kovalenko", ("oksana",)), None),
        ("Bekmuratova Ainur", ("bekmuratova", ("ainur",)), None),
        ("Tursunov Farrukh Ilkhomovich", ("tursunov", ("farrukh",)), None),
        ("Dr Ye. Zhumagaliev", ("zhumagaliev", ("e",)), None),
        ("Deputy Minister Aliyev", ("aliyev", ()), None),
    ],
)
def test_person_readings(name: str, first_reading: tuple[str, tuple[str, ...]], gender: str | None) -> None:
    parsed = parse_person(name)
    assert parsed.parses[0] == first_reading
    assert parsed.gender == gender


def test_unmarked_two_word_name_is_read_both_ways() -> None:
    assert [s for s, _ in parse_person("Nadia Moreau").parses] == ["moreau", "nadia"]


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
