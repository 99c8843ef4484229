"""Persons with a nickname between their given name and surname: 'Rafael (Pepe) Abreu', 'José "Cheo" Ruiz'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from casewatch.extract.names.common import NAME_WORD, NOT_BEFORE_NAME, SP, Found, not_after, not_name_words
from casewatch.extract.names.person_base import PERSON
from casewatch.extract.names.person_given import given_names

# the nickname is looked for first (brackets and quotes are rarer than capitals), then the names around it:
# "(?<=SP)(?:\(NAME\)|[“\"«‘']NAME[”\"»’'])" written with the bracket or quote first and the look-behinds
# after it, which `re` scans for at C speed (a pattern opening with a look-behind is tried everywhere)
_NICKNAME = re.compile(
    rf"[(“\"«‘'](?<=[ \t\u00a0].)(?:(?<=\(){NAME_WORD}\)|(?<=[“\"«‘']){NAME_WORD}[”\"»’'])(?={SP})"
)
_BEFORE = re.compile(rf"({not_after(NOT_BEFORE_NAME, NAME_WORD)})((?:{SP}+{NAME_WORD})?){SP}+$")
_AFTER = re.compile(rf"{SP}+({NAME_WORD}(?:{SP}+{NAME_WORD})?)(?![\w’'-])")
REACH = 60  # characters before the nickname where the given name is looked for


def nicknamed(text: str) -> Iterator[Found]:
    """A known given name, a bracketed or quoted nickname, then a surname: one person, nickname inside."""
    stop = not_name_words()
    for m in _NICKNAME.finditer(text):
        before = _BEFORE.search(text, max(0, m.start() - REACH), m.start())
        after = _AFTER.match(text, m.end())
        if not before or not after or before.group(1) not in given_names():
            continue
        words = [before.group(1), *before.group(2).split(), *after.group(1).split()]
        if not any(w.casefold() in stop for w in words):
            yield Found(PERSON, before.start(), after.end(), text[before.start() : after.end()])
