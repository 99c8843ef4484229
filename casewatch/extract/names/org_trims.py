"""Organisation candidates that run on into a person: 'Ministerio Público y José Corrales Pérez'.

A chain of capitalised words joined by 'and', 'y', 'et' reads a coordinated person as part of the body's
name; a known given name right after the conjunction shows where the body ends.
"""

from __future__ import annotations

import re
from dataclasses import replace

from casewatch.extract.names.common import Found
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
