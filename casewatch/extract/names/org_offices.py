"""Organisations without a capitalised head: offices ('the police', "prosecutor's office"), Russian names.

'Bangladesh police', 'the labour commissioner', 'прокуратура', 'Верховный суд', 'Межрегиональный профсоюз
«Рабочая ассоциация»': in Russian only the first word of a name is capitalised, and adjectives come first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from casewatch import vocab
from casewatch.extract.literals import trie
from casewatch.extract.names.common import SP, Found, country_adjectives, country_names
from casewatch.extract.names.org_words import ORG

_CYR_ADJ_CAP = r"[А-ЯЁ][А-ЯЁа-яё-]*(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ем|ом|ую|юю|их|ых)"
_CYR_ADJ = r"[а-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ем|ом|ую|юю|их|ых)"
_CYR_GENITIVE = r"[а-яё-]+(?:а|я|ы|и|ов|ев|ей|ий|ого|его|ой|ых|их|ия|ии)"
# a noun's case endings after a head's stem ('профсоюза', 'прокуратурой'), not an adjective's ('профсоюзные')
_NOUN_END = r"(?:о|а|у|е|ы|и|ю|я|ом|ой|ою|ов|ам|ами|ах|ям|ями|ях|ей|ий|ия|ию|ие|ии|ием)?"
_QUOTED = r"(?:[ \t\u00a0]+«[^»\n]{1,60}»)?"


@cache
def _offices() -> re.Pattern[str]:
    """'police', "prosecutor's office", optionally after a country or its adjective ('Bangladesh police')."""
    offices = vocab.load("org_heads")["offices"]
    forms = {o for o in offices} | {o[0].upper() + o[1:] for o in offices}
    country = trie(sorted(country_names() | country_adjectives(), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?:(?:{country}){SP}+)?(?:{trie(sorted(forms, key=len, reverse=True))})(?![\w-])"
    )


@cache
def _cyrillic() -> re.Pattern[str]:
    stems = sorted(vocab.load("org_heads")["cyrillic_heads"], key=len, reverse=True)
    heads, capitalised = trie(stems), trie([s[0].upper() + s[1:] for s in stems])
    # adjectives first ('Верховный суд'), or the head first with genitive complements ('Министерство труда')
    # toponymic adjectives are in lower case: two of them still open a name ('петербургский городской суд')
    adjectives = rf"(?:{_CYR_ADJ_CAP}(?:{SP}+{_CYR_ADJ}){{0,3}}|{_CYR_ADJ}(?:{SP}+{_CYR_ADJ}){{1,3}})"
    before = rf"{adjectives}{SP}+(?:{heads}){_NOUN_END}(?![\w-]){_QUOTED}"
    after = rf"(?:{capitalised}){_NOUN_END}(?:{SP}+(?:и{SP}+)?{_CYR_GENITIVE}){{1,4}}{_QUOTED}"
    return re.compile(rf"(?<![\w-])(?:{before}|{after})(?![\w-])")


def offices(text: str) -> Iterator[Found]:
    for pattern in (_offices(), _cyrillic()):
        for m in pattern.finditer(text):
            yield Found(ORG, m.start(), m.end(), m.group(0))
