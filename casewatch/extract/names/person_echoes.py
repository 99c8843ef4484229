"""Later mentions of persons already found: a bare surname, or a given name and the surname."""

from __future__ import annotations

import re
from collections.abc import Sequence

from casewatch.extract.names.common import NAME_WORD, Found, honorific_regex
from casewatch.extract.names.person_base import PERSON, place_heads


def echoes(text: str, persons: Sequence[Found]) -> list[Found]:
    """Later bare-surname or given-name-plus-surname mentions of persons already found."""
    surnames = _surnames(persons)
    if not surnames:
        return []
    given = sorted({g for names in surnames.values() for g in names}, key=len, reverse=True)
    lead = r"(?:(?:" + "|".join(re.escape(g) for g in given) + r")[ \t\u00a0]+)?" if given else ""
    family = "|".join(re.escape(s) for s in sorted(surnames, key=len, reverse=True))
    # a match starts with a given name or a surname: one test of its first letter rules most positions out
    firsts = "".join(sorted({re.escape(w[0]) for w in (*given, *surnames)}))
    pattern = re.compile(rf"(?=[{firsts}])(?<![\w.-]){lead}(?:{family})(?![\w-])")
    return [
        Found(PERSON, m.start(), m.end(), m.group(0))
        for m in pattern.finditer(text)
        if not _building_word_alone(text, m)
    ]


_BEFORE_BUILDING = re.compile(rf"(?:\b[Tt]he|{NAME_WORD})[ \t\u00a0]+$")


def _building_word_alone(text: str, m: re.Match[str]) -> bool:
    """'City Hall', 'the Park': a surname that is also a building word, alone after a name or article."""
    word = m.group(0)
    return word in place_heads() and bool(_BEFORE_BUILDING.search(text, max(0, m.start() - 30), m.start()))


def _surnames(persons: Sequence[Found]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for person in persons:
        tokens = honorific_regex("^", r"[ \t\u00a0]+").sub("", person.text, count=1).split()
        if tokens and len(tokens[-1]) >= 3 and "." not in tokens[-1]:
            out.setdefault(tokens[-1], set()).update(t for t in tokens[:-1] if "." not in t)
    return out
