"""Place names by rule: countries, '<Name> region', 'city of <Name>', '<Name>, <Country>', 'in <Name>'."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from casewatch.extract.names import NAME_WORD, Found, country_names, country_pattern, not_name_words

PLACE = "place"
_AREA = re.compile(
    rf"(?<![\w-])((?:{NAME_WORD})(?:[ \t]+{NAME_WORD})?)[ \t]+"
    r"(?:region|oblast|province|district|city|town|village|Region|Oblast|Province|District|City)(?![\w-])"
)
_CITY_OF = re.compile(rf"(?<![\w-])(?:city|town|village|region|province) of[ \t]+({NAME_WORD})")
_EVENT_IN = re.compile(
    r"(?:held|arrested|detained|attacked|beaten|killed|protest(?:ed)?|strike|demonstration|rally|"
    r"took place|occurred|court|located|based|born|workers|union|branch)"
    rf"[ \t]+(?:in|at)[ \t]+({NAME_WORD})(?=[\s,.;)])"
)


@cache
def _city_country() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])({NAME_WORD}),[ \t]+(?:{country_pattern().pattern})")


def _named(text: str, pattern: re.Pattern[str]) -> Iterator[Found]:
    for m in pattern.finditer(text):
        name = m.group(1)
        if all(w.casefold() not in not_name_words() for w in name.split()):
            yield Found(PLACE, m.start(1), m.end(1), name)


def find_places(text: str) -> list[Found]:
    """Countries and rule-found cities and regions."""
    countries = [Found(PLACE, m.start(), m.end(), m.group(0)) for m in country_pattern().finditer(text)]
    known = country_names()
    rules = [
        f
        for p in (_AREA, _CITY_OF, _city_country(), _EVENT_IN)
        for f in _named(text, p)
        if f.text not in known
    ]
    return countries + rules
