"""Place names by rule: countries, '<Name> region', 'city of <Name>', '<Name>, <Country>', 'in <Name>'."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from casewatch.extract.names.common import (
    NAME_WORD,
    SP,
    Found,
    country_names,
    find_countries,
    not_after,
    not_name_words,
)
from casewatch.extract.names.cued_lines import in_cued_lines
from casewatch.extract.names.gates import AREA_WORD, AREA_WORDS, CITY_OF_WORDS, vain
from casewatch.extract.openings import DOCUMENT, Openings, with_openings

PLACE = "place"
_AREA = re.compile(
    rf"(?<![\w-])((?:{NAME_WORD})(?:[ \t\u00a0]+{NAME_WORD})?)[ \t\u00a0]+(?P<area>{AREA_WORDS})(?![\w-])"
)
_CITY_OF = re.compile(rf"(?<![\w-])(?:city|town|village|region|province) of[ \t\u00a0]+({NAME_WORD})")
# a match of either is on one line and holds its cue: only lines with the cue are searched
_CUES = {_AREA: AREA_WORD, _CITY_OF: CITY_OF_WORDS}
_EVENT_IN = re.compile(
    r"(?:held|arrested|detained|attacked|beaten|killed|protest(?:ed)?|strike|demonstration|rally|"
    r"took place|occurred|court|located|based|born|workers|union|branch|"
    # each word in both cases: an alternation of literals is scanned for its first letters at C speed
    r"Airport|airport|Prison|prison|Station|station|Headquarters|headquarters|Premises|premises|Hotel|hotel|"
    r"Building|building|Palace|palace|Square|square)"
    # a name that goes on ("at John Alden Marsh International Airport") names a facility, not a place
    rf"\s+(?:in|at){SP}+({NAME_WORD}(?:{SP}{NAME_WORD})?)(?=[\s,.;)])(?!{SP}+[A-Z])"
)


_NOT_BEFORE = r"\w-"
_BEFORE_COMMA = re.compile(rf"({not_after(_NOT_BEFORE, NAME_WORD)}),[ \t\u00a0]+$")


@cache
def _event_in() -> Openings:
    """The event words open with letters common in any text: the rule is tried only where one starts."""
    return with_openings(_EVENT_IN, together=DOCUMENT)


def _named(text: str, pattern: re.Pattern[str]) -> Iterator[Found]:
    event = pattern is _EVENT_IN  # the one rule without a cue line
    if event:
        matches = _event_in().finditer(text)
    else:  # the gate answered with the offices' in one pass over the text
        gate = _CUES[pattern]
        matches = iter(()) if vain(gate, text) else in_cued_lines(pattern, text, gate.compiled)
    for m in matches:
        name = m.group(1)
        if all(w.casefold() not in not_name_words() for w in name.split()):
            # "Quezon City", "Mexico City": a capitalised City is part of the name
            end = m.end() if pattern is _AREA and m.group("area") == "City" else m.end(1)
            yield Found(PLACE, m.start(1), end, text[m.start(1) : end])


# "Avenida Venezuela", "rue du Liban", "Kazakhstan Street": a street named after a country is no mention of it
_STREET_BEFORE = re.compile(
    r"(?:\b(?:[Aa]venue|[Aa]venida|[Aa]v\.|[Rr]ue|[Cc]alle|[Bb]oulevard|[Bb]lvd\.?|[Pp]laza|[Pp]lace|[Jj]alan|"
    r"[Pp]rospekt|проспект|улица|ул\.|[Ss]treet|[Rr]oad)(?:[ \t\u00a0]+(?:de|du|de la|del|of|the))?)"
    r"[ \t\u00a0]+$"
)
_STREET_AFTER = re.compile(r"[ \t\u00a0]+(?:Street|St\.|Avenue|Ave\.|Road|Boulevard|Lane|Square)\b")


def _names_a_street(text: str, start: int, end: int) -> bool:
    return bool(_STREET_BEFORE.search(text, max(0, start - 20), start) or _STREET_AFTER.match(text, end))


def find_places(text: str) -> list[Found]:
    """Countries and rule-found cities and regions."""
    spans = [(a, b) for a, b in find_countries(text) if not _names_a_street(text, a, b)]
    countries = [Found(PLACE, a, b, text[a:b]) for a, b in spans]
    known = country_names()
    rules = [f for p in (_AREA, _CITY_OF, _EVENT_IN) for f in _named(text, p) if f.text not in known]
    return countries + rules + list(_city_before_country(text, spans))


def _city_before_country(text: str, spans: list[tuple[int, int]]) -> Iterator[Found]:
    """'<City>, <Country>'."""
    for start, _ in spans:
        window = max(0, start - 40)
        # most countries follow no comma: the window is not searched for a city before one
        if not text[window:start].rstrip(" \t\u00a0").endswith(","):
            continue
        m = _BEFORE_COMMA.search(text, window, start)
        if m and m.group(1).casefold() not in not_name_words():
            yield Found(PLACE, m.start(1), m.end(1), m.group(1))
