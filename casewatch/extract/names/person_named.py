"""Persons brought in by a naming word: 'a worker named Tomas Verkel', 'un ouvrier nommé X', 'un trabajador
llamado X', 'рабочего по имени X'. In the Western languages only after a noun for a person ('a union
called X' names a body); the Russian 'по имени' and 'по фамилии' name a person after any word."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from casewatch.extract.names.common import NAME_WORD, SP, Found, not_name_words
from casewatch.extract.names.person_base import PERSON, cue_words
from casewatch.extract.openings import DOCUMENT, Openings, with_openings

_NAME = re.compile(rf",?{SP}+(?P<name>{NAME_WORD}(?:{SP}+{NAME_WORD}){{0,2}})(?![\w’'-])")
_RUSSIAN = re.compile(rf"по{SP}+(?:имени|фамилии)(?=[ \t\u00a0])")
_NOUN_REACH = 40  # characters before the naming word where its noun ends


@cache
def _naming() -> Openings:
    """The naming words, found first: far rarer than the nouns before them. A case-blind alternation opening
    with a look-behind is tried at every position of the text: the words are found in the document's one
    Aho-Corasick pass instead, and the pattern tried only where one starts."""
    words = "|".join(map(re.escape, cue_words("naming_words")))
    return with_openings(re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE), together=DOCUMENT)


@cache
def _noun_before() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, cue_words("named_after")))
    return re.compile(rf"(?<![\w-])(?:{nouns}){SP}+$", re.IGNORECASE)


def _brought_in(text: str) -> Iterator[int]:
    """Where each naming word that brings in a person ends."""
    for m in _naming().finditer(text):  # the matches of the pattern's own `finditer`
        if _noun_before().search(text, max(0, m.start() - _NOUN_REACH), m.start()):
            yield m.end()
    yield from (m.end() for m in _RUSSIAN.finditer(text))


def named(text: str) -> Iterator[Found]:
    """Each name a naming word brings in, up to three capitalised words; none of them a word that
    never names a person ('a man called Monday')."""
    stop = not_name_words()
    for end in _brought_in(text):
        m = _NAME.match(text, end)
        if m and not any(word.casefold() in stop for word in m.group("name").split()):
            yield Found(PERSON, m.start("name"), m.end("name"), m.group("name"))
