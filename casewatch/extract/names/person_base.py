"""Shared pieces of the person-name rules: name sequences, token cleaning, role phrases and cue words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import islice

from casewatch import vocab
from casewatch.extract.names.common import (
    INITIAL,
    NAME_WORD,
    NAME_WORD_WHOLE,
    SP,
    Found,
    academic_degrees,
    degrees,
    not_name_words,
    role_words,
    strip_possessive,
)

PERSON = "person"
# "María del Carmen", "Ludwig van Beethoven", "Ali bin Hassan": lower-case particles inside a name
JOIN = (
    rf"(?:{SP}+(?:de|del|de{SP}+la|da|das|do|dos|di|van|von|van{SP}+der|der|den|ter|bin|ibn|al|du|y))?{SP}+"
)
SEQ = rf"(?:{INITIAL}{SP}?){{0,3}}{NAME_WORD}(?:{JOIN}(?:{INITIAL}{SP}?){{0,2}}{NAME_WORD}){{0,3}}"
# an Arabic surname's article is in lower case: 'Abdulhadi al-Khawaja', 'Hassan el-Amin'
SURNAME_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|abu|bin)-"
SURNAME = rf"(?:{SURNAME_ARTICLE})?{NAME_WORD}"
ITEM = rf"{NAME_WORD}(?:{JOIN}{SURNAME}){{1,2}}"
# ITEM with its words taken whole (`NAME_WORD_WHOLE`): for a pattern where no letter, apostrophe or hyphen
# follows the item
ITEM_WHOLE = rf"{NAME_WORD_WHOLE}(?:{JOIN}(?:{SURNAME_ARTICLE})?{NAME_WORD_WHOLE}){{1,2}}"

_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")


def clean_tokens(name: str) -> list[str]:
    """The name's tokens with non-name words trimmed from both ends; [] when a non-name word is inside."""
    return list(_clean_tokens(name))


# the rules of a document clean the same candidate names in turn (a rule, then `found_at`, then the
# overlaps' check): each name once
@lru_cache(maxsize=1024)
def _clean_tokens(name: str) -> tuple[str, ...]:
    tokens = [strip_possessive(t) for t in name.split()]
    stop = not_name_words()
    while tokens and tokens[-1].casefold() in stop:
        tokens.pop()
    # "Según Ana Quispe", "Selon Jean Roe": a capitalised word that opens the sentence, when a name is left
    while (
        len(tokens) > 2 and tokens[0].casefold() in stop and not any(t.casefold() in stop for t in tokens[1:])
    ):
        tokens.pop(0)
    if any(t.casefold() in stop for t in tokens):
        return ()
    while len(tokens) > 1 and _cyrillic(tokens[0]) != _cyrillic(tokens[-1]):
        tokens.pop(0)  # a name is written in one script: "General Motors Евгений Иванов"
    return tuple(tokens)


def is_clean_name(name: str) -> bool:
    """Every word of the name is a name word, but for sentence openers trimmed before it ('Según')."""
    tokens = clean_tokens(name)
    words = [strip_possessive(t) for t in name.split()]
    return bool(tokens) and words[len(words) - len(tokens) :] == tokens


def _cyrillic(token: str) -> bool:
    return _CYRILLIC_LETTER.search(token) is not None


def found_at(text: str, start: int, name: str, role: str | None = None) -> Found | None:
    tokens = clean_tokens(name)
    if not tokens or not any(len(t.rstrip(".")) > 1 for t in tokens):
        return None
    offset = end = text.index(tokens[0], start)
    for token in tokens:  # in order: a repeated word ('Bo Bo', 'Kyaw Kyaw') is found twice
        end = text.index(token, end) + len(token)
    return Found(PERSON, offset, end, text[offset:end], role=role)


_ROLE_OPENERS = {
    "the",
    "a",
    "an",
    "former",
    "acting",
    "then",
    "its",
    "their",
    "his",
    "her",
    "now",
    "currently",
}


# "General Secretary/Treasurer", "ex-President": each word of a role on its own
_ROLE_WORD_BREAK = re.compile(r"[\s/]+|-(?=[A-Z])")


def is_role(words: str) -> bool:
    """Words describing a person's position: 'former leader of ...', 'General Secretary', 'MA, barrister'."""
    # the first six words tell: the rest of the window is not cut into words
    tokens = [t.strip(",.;:()").casefold() for t in islice(_words_of(words), 6)]
    opens = bool(tokens) and (words[:1].isupper() or tokens[0] in _role_openers())
    return opens and not _roles_and_degrees().isdisjoint(tokens)


def _words_of(words: str) -> Iterator[str]:
    return (t for t in _ROLE_WORD_BREAK.split(words) if t)


@cache
def _role_openers() -> frozenset[str]:
    return role_words() | _ROLE_OPENERS | degrees() | role_modifiers()


@cache
def _roles_and_degrees() -> frozenset[str]:
    return role_words() | degrees()


_RELATIVE = re.compile(
    r"^who[ \t\u00a0]+(?:is|was|has[ \t\u00a0]+been)[ \t\u00a0]+(?:the[ \t\u00a0]+|an?[ \t\u00a0]+)?"
)


_APPOSITION_BREAK = re.compile(r"[,;(“\"«]|\.\s")


def role_phrase(words: str) -> str | None:
    """The first comma-separated piece of an apposition that is no degree ('MA, barrister' -> 'barrister')."""
    for piece in _APPOSITION_BREAK.split(words):
        piece = _RELATIVE.sub("", piece.strip().rstrip("."))
        if (
            piece
            and piece.casefold() not in academic_degrees()
            and f"{piece.casefold()}." not in academic_degrees()
        ):
            return piece
    return None


@cache
def place_heads() -> frozenset[str]:
    return frozenset(vocab.load("name_stopwords")["place_heads"])


def names_a_place(found: Found) -> bool:
    """'Malacañang Palace', 'Tahrir Square': without an honorific, a building or place head ends it."""
    return found.text.rsplit(None, 1)[-1] in place_heads()


@cache
def cue_words(key: str) -> tuple[str, ...]:
    """A list of person_cues.json, longest first (an alternation tries longer phrases first)."""
    return tuple(sorted(vocab.load("person_cues")[key], key=len, reverse=True))


@cache
def role_modifiers() -> frozenset[str]:
    """Lower-case words that may open a role apposition: 'general secretary of', 'deputy chair'."""
    return frozenset(cue_words("role_modifiers"))
