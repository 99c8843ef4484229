"""Parts of articles in four languages: "paragraphs 1 and 2 of article 22", "inciso 2", "пункт 2 статьи 5"."""

from __future__ import annotations

import pytest

from casewatch.extract.citations.provisions import find_provisions


@pytest.mark.parametrize(
    ("text", "provisions"),
    [
        ("paragraphs 1 and 2 of article 14", ["art 14(1)", "art 14(2)"]),
        ("article 6, paragraphs 2 and 3,", ["art 6(2)", "art 6(3)"]),
        ("el artículo 41, inciso 3, de la Constitución", ["art 41(3)"]),
        ("el párrafo 2 del artículo 9", ["art 9(2)"]),
        ("l'alinéa 2 de l'article 11", ["art 11(2)"]),
        ("пункт 3 статьи 16", ["art 16(3)"]),
        ("часть 2 статьи 205", ["art 205(2)"]),
        ("ч. 1 ст. 130", ["art 130(1)"]),
        ("el artículo 12 bis", ["art 12bis"]),
        ("paragraph 4, point 1, of article 20", ["art 20"]),
        ("subsection (4) of section 31", ["s 31(4)"]),
        ("section 8, subsection (1),", ["s 8(1)"]),
    ],
)
def test_parts_of_an_article(text: str, provisions: list[str]) -> None:
    assert [p for prov in find_provisions(text) for p in prov.items] == provisions


@pytest.mark.parametrize(
    ("text", "provisions"),
    [
        ("l'article 431-7 du Code pénal", ["art 431-7"]),
        ("en vertu de l'article 222-13-1 du code", ["art 222-13-1"]),
        ("Voir art. 311-4-2 code pénal", ["art 311-4-2"]),
        ("el artículo 87-2 del Código", ["art 87-2"]),
    ],
)
def test_a_dashed_article_number_that_does_not_rise_is_one_article(text: str, provisions: list[str]) -> None:
    assert [p for f in find_provisions(text) for p in f.items] == provisions


@pytest.mark.parametrize(
    ("text", "provisions"),
    [
        ("articles 2-5 of the Act", ["art 2", "art 3", "art 4", "art 5"]),
        ("sections 10-12", ["s 10", "s 11", "s 12"]),
        ("articles 7 - 9", ["art 7", "art 8", "art 9"]),
    ],
)
def test_a_rising_dash_is_still_a_range(text: str, provisions: list[str]) -> None:
    assert [p for f in find_provisions(text) for p in f.items] == provisions


@pytest.mark.parametrize(
    ("text", "provisions"),
    [
        ("статья 12, часть 2 ст. 40 Конституции", ["art 12", "art 40(2)"]),
        ("статья 3, пункт 14 статьи 8", ["art 3", "art 8(14)"]),
        ("article 6, paragraph 2 of article 9", ["art 6", "art 9(2)"]),
    ],
)
def test_a_part_before_an_article_of_its_own_is_that_article_s(text: str, provisions: list[str]) -> None:
    assert [p for f in find_provisions(text) for p in f.items] == provisions


@pytest.mark.parametrize(
    ("text", "provisions"),
    [
        ("article 5, paragraph 2(a), of the Act", ["art 5(2)(a)"]),
        ("paragraph 3(b) of article 12", ["art 12(3)(b)"]),
        ("section 9, subsection 1(c),", ["s 9(1)(c)"]),
        ("el artículo 4, párrafo 2(d), de la Ley", ["art 4(2)(d)"]),
    ],
)
def test_a_part_with_a_lettered_part_of_its_own_keeps_both_brackets(text: str, provisions: list[str]) -> None:
    assert [p for prov in find_provisions(text) for p in prov.items] == provisions
