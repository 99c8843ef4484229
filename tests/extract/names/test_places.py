"""Place names: countries from the vocabulary and cities or regions by rule."""

from __future__ import annotations

import pytest

from casewatch.extract.names import places
from casewatch.extract.names.common import country_names, find_countries, not_name_words
from casewatch.extract.names.places import find_places


def place_names(text: str) -> list[str]:
    return sorted({f.text for f in find_places(text)})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus and Türkiye ratified the Convention.", ["Belarus", "Türkiye"]),
        ("The strike spread across the Gomel region.", ["Gomel"]),
        ("Police dispersed workers in the city of Cali.", ["Cali"]),
        ("The office in Phnom Penh, Cambodia was closed.", ["Cambodia", "Penh"]),
        ("The union leader was arrested in Diyarbakir.", ["Diyarbakir"]),
        ("The Russian Federation and the United Kingdom spoke.", ["Russian Federation", "United Kingdom"]),
    ],
)
def test_places(text: str, expected: list[str]) -> None:
    assert place_names(text) == expected


@pytest.mark.parametrize(
    "text", ["The meeting was held in March.", "Members met in The Hague office of Mr Smith."]
)
def test_no_place(text: str) -> None:
    assert "March" not in place_names(text) and "Smith" not in place_names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a facility's long name is not a place; the city after it is
        ("He was arrested at Jomo Kenyatta International Airport in Nairobi.", ["Nairobi"]),
        ("She was detained at Kamiti Maximum Security Prison.", []),
        ("Workers marched in Davao City on Monday.", ["Davao City"]),
        ("The strike spread across the Gomel Region.", ["Gomel"]),
    ],
)
def test_facilities_and_city_names(text: str, expected: list[str]) -> None:
    assert place_names(text) == expected


def _with_a_country(shape: str) -> str:
    """An invented sentence around the vocabulary's first country name."""
    return shape.format(country=sorted(country_names())[0])


@pytest.mark.parametrize(
    "shape",
    [
        "talks in Velmora, {country} and in {country}; Dock City,\u00a0 {country}",
        "Velmora,{country}; Velmora ,\t{country}; the Arden union, {country}",
        "{country}",
    ],
)
def test_a_city_before_a_country_is_what_the_search_of_every_window_finds(shape: str) -> None:
    text = _with_a_country(shape)
    spans = list(find_countries(text))
    assert spans
    searched = [
        m.group(1)
        for start, _ in spans
        if (m := places._BEFORE_COMMA.search(text, max(0, start - 40), start))
        and m.group(1).casefold() not in not_name_words()
    ]
    assert [f.text for f in places._city_before_country(text, spans)] == searched
