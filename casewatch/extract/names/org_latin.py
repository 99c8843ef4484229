"""Latin-script names in a Cyrillic text: companies and brands ('на заводах Korvex').

A Russian text writes persons, places and its own bodies in Cyrillic; a word kept in Latin letters is a
foreign company, brand or body whose name is not translated. A known given name opens a person instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from casewatch import vocab
from casewatch.extract.names.common import SP, Found, has_cyrillic, is_country
from casewatch.extract.names.org_words import ORG
from casewatch.extract.names.person_given import given_names

_LATIN_WORD = r"[A-Z][A-Za-z&]+(?:-[A-Za-z]+)*"
# one to three words, or two names joined by a dash ('Renwick — Dalmor')
_RUN = re.compile(
    rf"(?<![\w@./:-]){_LATIN_WORD}(?:(?:{SP}+|{SP}*[—–]{SP}*|{SP}+&{SP}+){_LATIN_WORD}){{0,2}}(?![\w@/-]|\.\w)"
)
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
CYRILLIC_SHARE = 0.7  # of the letters: below it the text is not a Cyrillic one


@cache
def _not_names() -> frozenset[str]:
    return frozenset(vocab.load("org_heads")["not_org_acronyms"])


def latin_names(text: str) -> Iterator[Found]:
    """Runs of capitalised Latin words in a text mostly written in Cyrillic."""
    if not has_cyrillic(text):
        return  # most texts: no letter to count (every letter `_CYRILLIC` matches is a Cyrillic one)
    cyrillic = len(_CYRILLIC.findall(text))
    if not cyrillic or cyrillic < CYRILLIC_SHARE * (cyrillic + len(_LATIN.findall(text))):
        return
    for m in _RUN.finditer(text):
        first = m.group(0).split()[0]
        if first in given_names() or m.group(0) in _not_names() or is_country(m.group(0)):
            continue
        yield Found(ORG, m.start(), m.end(), m.group(0))
