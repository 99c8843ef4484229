"""Acronyms set right around an organisation's name: '(WRC)' after it, 'WRC (' before it, a word in brackets
('(Sintraferrovalde)') or a capitals word between commas that abbreviates it."""

from __future__ import annotations

import re
from functools import lru_cache

from casewatch.extract.names.common import CAP, fold, is_country

_ACR = rf"{CAP}[\w&\-]*{CAP}"
_ACR_DEF = re.compile(
    # on the next line too, as a letterhead sets it: "Workers' Rights Centre\n(WRC)"
    rf"^[”\"’]?[ \t\u00a0]*(?:\n[ \t\u00a0]*)?"
    rf"\([ \t\u00a0]*({_ACR}(?:[ \t\u00a0]*/[ \t\u00a0]*{_ACR})*)[ \t\u00a0]*\)"
)
_ACR_BEFORE = re.compile(rf"(?<![\w-])({_ACR})[ \t\u00a0]*\($")


# the acronym after the body's premises, still the body's: "stormed the Arden Union of Dockers' office (AUD)"
_PREMISES_ACR = re.compile(
    rf"^['’]s?[ \t\u00a0]+(?:office|offices|headquarters|premises|building)[ \t\u00a0]*\(({_ACR})\)"
)


def acronyms_around(text: str, start: int, end: int) -> tuple[str, ...]:
    after = _ACR_DEF.match(text[end : end + 60])
    if after:
        return tuple(a.strip() for a in after.group(1).split("/"))
    premises = _PREMISES_ACR.match(text[end : end + 40])
    if premises and premises.group(1)[:1] == text[start : start + 1]:
        return (premises.group(1),)
    # an acronym before the name opens the bracket the name is in (`$` may stand before a last line break):
    # most names are in none
    window = text[max(0, start - 20) : start]
    before = _ACR_BEFORE.search(window) if window.endswith(("(", "(\n")) else None
    if before and text[end : end + 1] == ")":
        return (before.group(1),)
    return _abbreviation_after(text, start, end)


# an acronym written as a word, as Spanish and Portuguese pages do: '... de Ferrovalde (Sintraferrovalde)'
_WORD_ACR_DEF = re.compile(r"[ \t\u00a0]*\(([A-ZÁÉÍÓÚÑ][a-záéíóúñç]{2,20})\)")
# an acronym set off by commas: 'the Federation of Trade Unions of Ruritania, FTUR, and ...'
_APPOSED_ACR = re.compile(
    rf",[ \t\u00a0]+({_ACR})(?=[ \t\u00a0]*[,;:.)]|[ \t\u00a0]+(?:and|et|y|e|и)[ \t\u00a0])"
)


def _abbreviation_after(text: str, start: int, end: int) -> tuple[str, ...]:
    """A word in brackets or a capitals word between commas right after the name, when it abbreviates the
    name: its first letter is the name's, and the initials of the name's capitalised words are its
    letters in order ('Sindicato de Trabajadores de Ferrovalde (Sintraferrovalde)'). Anything else set
    there ('(Valdor)', ', Ruritania,') abbreviates nothing."""
    after = text[end : end + 1]
    if after != "," and (after not in "( \t\u00a0" or "(" not in text[end : end + 3]):
        return ()  # most names are followed by neither
    name = text[start:end]
    m = _WORD_ACR_DEF.match(text, end)
    if m is not None and abbreviates(m.group(1), name):
        return (m.group(1), m.group(1).upper())
    m = _APPOSED_ACR.match(text, end)
    if m is not None and _opens_and_closes(m.group(1), name):
        return (m.group(1),)
    return ()


def _capitals(name: str) -> list[str]:
    return [w for w in name.replace("-", " ").split() if w[:1].isupper()]


def abbreviates(acronym: str, name: str) -> bool:
    """The acronym is cut into two or more pieces, each opening one of the name's capitalised words in
    turn, the first the first word: 'Si-Na-Tr-E-C' of 'Sindicato Nacional de Trabajadores, Empleados,
    Choferes ...', 'Sin-tra-ferrovalde' of 'Sindicato de Trabajadores de Ferrovalde'; '(Valdor)' opens
    no word of 'Tribunal de Valdor' at its first."""
    words = tuple(fold(w) for w in _capitals(name))
    return len(words) >= 2 and not is_country(acronym) and _pieces(fold(acronym), words, 0) >= 2


@lru_cache(maxsize=1024)  # each pair of a rest and a word is tried once
def _pieces(rest: str, words: tuple[str, ...], first: int) -> int:
    """How many pieces the rest of the acronym is cut into, each opening a word from `first` on (the first
    piece the word at `first`), or 0 when it cannot be."""
    if not rest:
        return 0
    word = words[first]
    for size in range(min(len(rest), len(word)), 0, -1):
        if word[:size] != rest[:size]:
            continue
        if size == len(rest):
            return 1
        for nxt in range(first + 1, len(words)):
            more = _pieces(rest[size:], words, nxt)
            if more:
                return more + 1
    return 0


def _opens_and_closes(acronym: str, name: str) -> bool:
    """An acronym between commas may be the body's own language's ('Federation of Trade Unions of Ukraine,
    FPU'): its first letter is the name's, its last one another word's initial ('the Ministry of Labour,
    MOJ,' lists a second body)."""
    capitals = _capitals(name)
    initials = {fold(w[0]) for w in capitals[1:]}
    return (
        len(capitals) >= 2
        and fold(acronym[0]) == fold(capitals[0][0])
        and fold(acronym[-1]) in initials
        and not is_country(acronym)
    )


# 'the sectoral organization of teachers (FISE)', 'the national teachers union (SNEV)': a body described in
# lower case, named only by the acronym in brackets after its head noun (a complement may follow the head)
_DESCRIBED = re.compile(
    r"(?<![\w-])(?:union|federation|confederation|organi[sz]ation|association|syndicate|centre|center)"
    r"((?:[ \t\u00a0]+(?:of|for)[ \t\u00a0]+(?:the[ \t\u00a0]+)?[a-z][\w’'-]*"
    r"(?:[ \t\u00a0]+(?:and[ \t\u00a0]+)?[a-z][\w’'-]*){0,3})?)[ \t\u00a0]*\(([A-Z][A-Z&-]{1,9})\)"
)
_WORDS_BEFORE = re.compile(r"[\w’'-]+")


def described_bodies(text: str) -> list[tuple[int, int, str]]:
    """The acronym of a body its page describes in lower case: start, end and the acronym."""
    found = []
    for m in _DESCRIBED.finditer(text):
        acronym = m.group(2)
        if not _spelled_by_words(acronym, text[max(0, m.start() - 80) : m.start(2) - 1]):
            found.append((m.start(2), m.end(2), acronym))
    return found


def _spelled_by_words(acronym: str, before: str) -> bool:
    """'trade union (TU)': the initials of the words before the bracket abbreviate a common noun."""
    words = _WORDS_BEFORE.findall(before)
    initials = "".join(w[0] for w in words).upper()
    return initials.endswith(acronym.replace("&", "").replace("-", ""))
