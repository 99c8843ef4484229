"""Later mentions of persons already found: a bare surname, or a given name and the surname."""

from __future__ import annotations

import re
from collections.abc import Sequence

from casewatch.extract.literals import literal_at, starts_of_literals
from casewatch.extract.names.common import NAME_WORD, Found, honorific_regex
from casewatch.extract.names.person_base import PERSON, place_heads


def echoes(text: str, persons: Sequence[Found]) -> list[Found]:
    """Later bare-surname or given-name-plus-surname mentions of persons already found."""
    surnames = _surnames(persons)
    if not surnames:
        return []
    given = sorted({g for names in surnames.values() for g in names}, key=len, reverse=True)
    family = sorted(surnames, key=len, reverse=True)
    found = []
    resume = 0
    # a mention starts with a given name or a surname: only positions holding one
    for start in starts_of_literals(text, (*given, *surnames)):
        if start < resume or (start and _NAME_INSIDE.match(text, start - 1)):
            continue
        end = _echo_end(text, start, given, family)
        if end is not None and not _building_word_alone(text, start, text[start:end]):
            found.append(Found(PERSON, start, end, text[start:end]))
        resume = end if end is not None else resume
    return found


_NAME_INSIDE = re.compile(r"[\w.-]")
_NAME_GOES_ON = re.compile(r"[\w-]")
_SPACES = re.compile(r"[ \t\u00a0]+")


def _echo_end(text: str, start: int, given: Sequence[str], family: Sequence[str]) -> int | None:
    """Where '<given name> <surname>' or '<surname>' at `start` ends; given names first, longest first."""
    for name in given:
        if text.startswith(name, start) and (gap := _SPACES.match(text, start + len(name))):
            end = literal_at(text, gap.end(), family, _NAME_GOES_ON)
            if end is not None:
                return end
    return literal_at(text, start, family, _NAME_GOES_ON)


_BEFORE_BUILDING = re.compile(rf"(?:\b[Tt]he|{NAME_WORD})[ \t\u00a0]+$")


def _building_word_alone(text: str, start: int, word: str) -> bool:
    """'City Hall', 'the Park': a surname that is also a building word, alone after a name or article."""
    return word in place_heads() and bool(_BEFORE_BUILDING.search(text, max(0, start - 30), start))


def _surnames(persons: Sequence[Found]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for person in persons:
        tokens = honorific_regex("^", r"[ \t\u00a0]+").sub("", person.text, count=1).split()
        if tokens and len(tokens[-1]) >= 3 and "." not in tokens[-1]:
            out.setdefault(tokens[-1], set()).update(t for t in tokens[:-1] if "." not in t)
    return out
