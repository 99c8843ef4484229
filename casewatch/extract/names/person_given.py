"""Persons without a title or cue: a known given name of any culture followed by a capitalised surname."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from casewatch import vocab
from casewatch.extract.names.common import (
    INITIAL,
    NAME_WORD_WHOLE,
    NOT_BEFORE_NAME,
    SP,
    Found,
    fold,
    folded_cities,
    is_country,
    not_after,
    not_name_words,
    titles_before,
)
from casewatch.extract.names.person_base import (
    JOIN,
    SURNAME_ARTICLE,
    clean_tokens,
    found_at,
    place_heads,
)

# a run of capitalised words: the given name is looked for inside it, the surname follows it (each word
# taken whole: a space or the run's end follows it)
_RUN = re.compile(
    rf"{not_after(NOT_BEFORE_NAME, NAME_WORD_WHOLE)}"
    rf"(?:{JOIN}(?:{INITIAL}{SP}?)?(?:{SURNAME_ARTICLE})?{NAME_WORD_WHOLE}){{1,5}}"
)
_ARTICLE_START = re.compile(SURNAME_ARTICLE)
_WORD = re.compile(r"\S+")
_AND = re.compile(r"\s(?:y|and|et|e|и)\s")
_PART = re.compile(r"\S+(?:\s(?!(?:y|and|et|e|и)\s)\S+)*")
# "the Maria Foundation", "a Jordan Valley": after a determiner a capitalised pair names no one
_DETERMINER = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ll]es?|[Ll]a|[Ee]l|[Ll]os|[Ll]as)|[’']s)[ \t\u00a0]+$")


@cache
def given_names() -> frozenset[str]:
    """Frequent given names across countries (derived from names-dataset by scripts/derive_given_names.py)."""
    return frozenset(vocab.load("given_names")["names"])


@cache
def _not_surname() -> frozenset[str]:
    titles = {t.casefold() for t in titles_before() if " " not in t}
    return not_name_words() | titles


def with_given_name(text: str) -> Iterator[Found]:
    """'Anna Fischbach', 'Lucía Torres Medina', 'Олег Ветров': a given name opens the name; two
    names coordinated ('Carlos Ochoa y César Morales') are two persons."""
    names = given_names()
    for m in _RUN.finditer(text):
        # a part's words but its last are words of the run but its last: a run with no given name
        # among these (most) holds no part that opens with one, and is not cut at its conjunctions
        if names.isdisjoint(m.group(0).split()[:-1]):
            continue
        found = _opened_by_given_name(text, m.start(), m.end())
        if found is None and _AND.search(m.group(0)):
            parts = [(m.start() + a.start(), m.start() + a.end()) for a in _PART.finditer(m.group(0))]
            yield from (f for f in (_opened_by_given_name(text, a, b) for a, b in parts) if f)
        elif found:
            yield found


def _opened_by_given_name(text: str, start: int, end: int) -> Found | None:
    names = given_names()
    if names.isdisjoint(text[start:end].split()[:-1]):
        return None  # most runs hold no given name: the words' offsets are not needed
    words = [(w.start(), w.group(0)) for w in _WORD.finditer(text, start, end)]
    # the list holds a few words that name bodies too ('Ministerio'): no name opens with one
    stop = not_name_words()
    first = next((i for i, (_, w) in enumerate(words[:-1]) if w in names and w.casefold() not in stop), None)
    if first is None:
        return None
    begin = words[first][0]
    if _DETERMINER.search(text, max(0, begin - 6), begin):
        return None
    return _person(text, begin, end)


def _person(text: str, start: int, end: int) -> Found | None:
    name = text[start:end]
    tokens = clean_tokens(name)
    if tokens and tokens[0][:1].islower():  # what is left after a trimmed word is a complement: 'de X'
        return None
    # "Rosa Parks Street", "Nelson Mandela Bay": a place named after a person
    if any(t in place_heads() for t in name.split()[len(tokens) :]):
        return None
    surnames = [
        t
        for t in (_ARTICLE_START.sub("", t, count=1) for t in tokens[1:])
        if t[:1].isupper() and "." not in t
    ]
    if not surnames or not _ARTICLE_START.sub("", tokens[-1], count=1)[:1].isupper() or len(tokens) > 4:
        return None
    # 'Hans Crescent London': a street word inside the run makes it an address line
    if any(t.casefold() in _not_surname() for t in surnames) or any(t in place_heads() for t in tokens[1:]):
        return None
    found = found_at(text, start, " ".join(tokens))
    if found is None or is_country(found.text) or found.text.isupper() or fold(found.text) in folded_cities():
        return None
    return found
