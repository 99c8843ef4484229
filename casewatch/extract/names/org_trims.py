"""Organisation candidates that run on into a person: 'Ministerio Público y José Corrales Pérez'.

A chain of capitalised words joined by 'and', 'y', 'et' reads a coordinated person as part of the body's
name; a known given name right after the conjunction shows where the body ends.

An English body's name ends at its head word ('... Union', '... Congress'): a person or a city written right
after it ('the General Secretary of Congress Jane Doe', 'the Union Arden branch') is not part of it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from casewatch import vocab
from casewatch.extract.names.common import Found, cities
from casewatch.extract.names.person_given import given_names

_CONJUNCTION = re.compile(r"[ \t\u00a0]+(?:and|y|et|e|и)[ \t\u00a0]+(?=(\w+)[ \t\u00a0]+\w)")


def without_coordinated_person(found: Found) -> Found:
    """The candidate cut before the first conjunction that a given name follows."""
    if found.canonical or found.acronyms:
        return found
    for m in _CONJUNCTION.finditer(found.text):
        if m.group(1) in given_names():
            cut = found.text[: m.start()]
            return replace(found, end=found.start + len(cut), text=cut)
    return found


@cache
def _english_heads() -> frozenset[str]:
    # 'Union' is French too, but a French body's name runs on after its head with 'de', not with a name
    return frozenset(h for h in vocab.load("org_heads")["heads"] if h.isascii() and h[:1].isupper())


def without_trailing_person_or_city(found: Found) -> Found:
    """The candidate cut after an English head word that a given name and a surname, or a city, follow."""
    if found.canonical:
        return found
    words = found.text.split()
    for tail in (2, 1):
        if len(words) < tail + 1 or words[-tail - 1] not in _english_heads():
            continue
        if (tail == 2 and words[-2] in given_names() and words[-1][:1].isupper()) or (
            tail == 1 and words[-1] in cities()
        ):
            cut = found.text[: found.text.rindex(words[-tail - 1]) + len(words[-tail - 1])]
            return replace(found, end=found.start + len(cut), text=cut)
    return found
