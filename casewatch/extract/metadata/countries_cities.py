"""Countries from cities: a page that names no country but says where things happen ("Avra –", "in the
centre of Avra", "AVRA 6 Ago.", "in Avra Province") is about the country of that city, town or region."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from casewatch import vocab
from casewatch.extract.metadata.countries_ru import city_adjective_countries
from casewatch.extract.names.common import cities
from casewatch.extract.names.person_given import given_names

# A run of capitalised words, with the small words a city's name holds inside ("Rio de Janeiro"); the
# capital first and the look-behind for the character before it after it: `re` looks for a pattern opening
# with a letter class at C speed, where it tries one opening with a look-behind at every position
_NAME_RUN = re.compile(
    r"[A-ZÀ-ÝА-ЯЁ](?<![\w'’-].)[\w'’-]*"
    r"(?:[ \t]+(?:(?:de|del|da|do|dos|la|el|al)[ \t]+)?[A-ZÀ-ÝА-ЯЁ][\w'’-]*)*"
)
# Where a city is told as a place, not as a word of another name: a dateline at a line's start (followed by
# a comma, a dash, a bullet, a bracket or the date), or after a word of place ("in", "à", "en", "de la ville
# de", "в", "в центре")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:[,–—(•·-]|\d)")
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|of|from|near|à|au|en|de|desde|dans|cerca de|près de|a|em|na|no|в|во|из|под)"
    r"|\bville de|\bciudad de|\b[вВ][ \t]+(?:центре|пригороде|окрестностях))[ \t]+$",
    re.I,
)
# a sentence's first word, capitalised, joins the run: "En Avra", "In Avra"
_LEADING_PLACE_WORD = re.compile(r"^(?:In|At|From|Near|À|Au|En|Desde|Dans|Em|В|Во|Из)[ \t]+")
_SHORTEST = 4  # shorter names are too often words or given names ("Man", "Ho", "Bo")


def _at_line_start(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \t*#>")


# A city that opens a local body's name tells where the body is: "the Avra and Suburbs Bus Company",
# "Avra Dock Workers' Union", "Avra Municipality"
_OPENS_A_BODY = re.compile(
    r"(?:[ \t]+(?:and|of|&|[A-Z][\w'’-]*)){0,5}?[ \t]+"
    r"(?:Company|Union|Syndicate|Federation|Association|Council|Municipality|Corporation|Court|University)\b"
)


def _located(text: str, start: int, end: int) -> bool:
    if _at_line_start(text, start) and _DATELINE_AFTER.match(text, end):
        return True
    return bool(_PLACE_BEFORE.search(text[max(0, start - 20) : start])) or _opens_a_body(text, start, end)


def _opens_a_body(text: str, start: int, end: int) -> bool:
    """The city's name opens a body's name, and is no given name ("Victoria Ossei Trading Company")."""
    return text[start:end] not in given_names() and _OPENS_A_BODY.match(text, end) is not None


# a Russian city in the locative or genitive ("в Алме", "в Гродно", "из Твери"): the nominatives it may
# come from, most likely first
_CYRILLIC_CASES = (("е", ("а", "", "я")), ("и", ("ь", "а", "я")), ("ы", ("а",)), ("у", ("а",)))
_CYRILLIC_WORD = re.compile(r"[А-ЯЁ][а-яё-]+")


def _nominatives(name: str) -> list[str]:
    if not _CYRILLIC_WORD.fullmatch(name):
        return [name]
    return [name] + [name[:-1] + n for ending, ns in _CYRILLIC_CASES if name.endswith(ending) for n in ns]


@cache
def _sovereigns() -> dict[str, str]:
    return dict(vocab.load("overseas_territories")["sovereign"])


@cache
def _towns() -> dict[str, str]:
    """Smaller towns and other names of places (derived by scripts/derive_cities.py)."""
    data: dict[str, str] = vocab.load("towns")["cities"]
    return data


@cache
def _regions() -> dict[str, str]:
    """First-level regions of every country (derived by scripts/derive_regions.py)."""
    data: dict[str, str] = vocab.load("regions")["regions"]
    return data


# A region's kind written after its name tells a place: "the Abia State Government", "Uva Province police"
_REGION_KIND = re.compile(r"[ \t](?:State|Province|Region)\b")


def _region_of_kind(run: str) -> str | None:
    kind = _REGION_KIND.search(run)
    return _regions().get(run[: kind.end()]) if kind else None


def _city_country(name: str) -> tuple[str, bool] | None:
    """The country of a city written as the gazetteer has it, in capitals as a dateline writes it, or in a
    Russian case form, and whether it is a town's (or another name's), which counts only told as a place; an
    overseas territory's city is its State's (the gazetteer gives a shared name to the most populous city,
    often an overseas one)."""
    if len(name) < _SHORTEST:
        return None
    if name.isupper():
        name = name.title()
    forms = _nominatives(name)
    code = next((cities()[n] for n in forms if n in cities()), None)
    town = code is None
    if town:
        code = next((_towns()[n] for n in forms if n in _towns()), None) or _regions().get(name)
    return (_sovereigns().get(code, code), town) if code else None


def _first_word_place(text: str, start: int, end: int) -> tuple[int, tuple[str, bool] | None]:
    """A Russian run's first word, told as a place, when the whole run names no city: a city in the locative
    is followed by its region ("в Энске Энской области"), which joins the run."""
    first = _CYRILLIC_WORD.match(text, start, end)
    if first is None or first.end() == end or not _located(text, start, first.end()):
        return end, None
    return first.end(), _city_country(first.group(0))


_RUN_WORD = re.compile(r"[ \t]+")


def _leading_city(text: str, start: int, end: int) -> tuple[int, tuple[str, bool] | None]:
    """A city's one or two words opening a body's name that the run holds whole ("Avra Dock Workers'
    Union"): the body is in that city."""
    for cut in [m.start() for m in _RUN_WORD.finditer(text, start, end)][:2]:
        found = _city_country(text[start:cut])
        if found and _opens_a_body(text, start, cut):
            return cut, found
    return end, None


def city_country_counts(text: str) -> Counter[str]:
    """Countries of the cities `text` places things in: a whole run of capitalised words that is a city's
    name ("Santiago", not "Santiago Pérez"), told as a place or named twice."""
    told: Counter[str] = Counter()
    placed: set[str] = set()
    for m in _NAME_RUN.finditer(text):
        lead = _LEADING_PLACE_WORD.match(m.group(0))
        start = m.start() + (lead.end() if lead else 0)
        end, found = m.end(), _city_country(text[start : m.end()])
        if found is None:
            end, found = _first_word_place(text, start, end)
        if found is None:
            end, found = _leading_city(text, start, end)
        region = _region_of_kind(text[start:end]) if found is None else None
        if region:
            found = (region, True)
        if found is None:
            continue
        code, town = found
        located = region is not None or _located(text, start, end)
        if town and not located:
            continue
        told[code] += 1
        if located:
            placed.add(code)
    adjectives = city_adjective_countries(text)  # "псковский завод" tells where
    told.update(adjectives)
    placed.update(adjectives)
    return Counter({code: n for code, n in told.items() if code in placed or n >= 2})
