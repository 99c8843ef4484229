"""Persons with a nickname between their given name and surname: 'Rafael (Pepe) Abreu', 'José "Cheo" Ruiz'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from casewatch.extract.names.common import NAME_WORD, SP, Found, not_name_words
from casewatch.extract.names.person_base import PERSON
from casewatch.extract.names.person_given import given_names

_NICKNAMED = re.compile(
    rf"(?<![\w.’'-])({NAME_WORD})((?:{SP}+{NAME_WORD})?){SP}+(?:\({NAME_WORD}\)|[“\"«‘']{NAME_WORD}[”\"»’'])"
    rf"{SP}+({NAME_WORD}(?:{SP}+{NAME_WORD})?)(?![\w’'-])"
)


def nicknamed(text: str) -> Iterator[Found]:
    """A known given name, a bracketed or quoted nickname, then a surname: one person, nickname inside."""
    stop = not_name_words()
    for m in _NICKNAMED.finditer(text):
        words = [m.group(1), *m.group(2).split(), *m.group(3).split()]
        if m.group(1) in given_names() and not any(w.casefold() in stop for w in words):
            yield Found(PERSON, m.start(), m.end(), m.group(0))
