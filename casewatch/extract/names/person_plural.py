"""Persons after a plural honorific: 'MM. A B et C D', 'Sres. A B y C D', 'Messrs A B, C D and E F'.

The plural honorific says each coordinated name is a person; inside such a list 'y' and 'et' join two
persons, never two parts of one name ('Paz y Paz' stays a surname only after a singular honorific).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from casewatch.extract.names.common import NAME_WORD, SP, Found, words_not_after
from casewatch.extract.names.person_base import found_at
from casewatch.extract.openings import DOCUMENT, Openings, with_openings

_PLURAL_HONORIFICS = (
    "MM.", "Messrs.", "Messrs", "Mmes.", "Mmes", "Mesdames", "Messieurs", "Sres.", "Sras.", "Srs.", "Señores",
    "Señoras", "Drs.", "Dres.", "Gg.", "гг.", "господа",
)  # fmt: skip
# "(?<![\w.])(?:MM\.|Messrs\.?|...)" with the look-behind after the first letter: scanned for at C speed,
# each letter's words tried only where the letter is
PLURAL_HONORIFIC = re.compile(words_not_after(r"\w.", _PLURAL_HONORIFICS) + r"(?=[ \t\u00a0])")
_PARTICLE = r"(?:de|del|de la|da|das|do|dos|di|van|von|der|den|bin|ibn|al|du)"
_ONE = rf"{NAME_WORD}(?:{SP}+(?:{_PARTICLE}{SP}+)?{NAME_WORD}){{0,3}}"
_LIST = re.compile(rf"{SP}+((?:{_ONE})(?:(?:,{SP}*|,?{SP}+(?:and|et|y|e|и){SP}+)(?:{_ONE}))*)")
_SPLIT = re.compile(rf",{SP}*(?:(?:and|et|y|e|и){SP}+)?|{SP}+(?:and|et|y|e|и){SP}+")


def plural_honorific(text: str, start: int) -> bool:
    """True when a plural honorific begins at `start` (the singular rule then leaves the list alone)."""
    return PLURAL_HONORIFIC.match(text, start) is not None


@cache
def _opened_by_plural_honorifics() -> Openings:
    """The plural honorifics are rare words: tried only where one starts (found in the document's one
    Aho-Corasick pass), where the scan for their first letters stops at every 'm', 'd' or 's' of a word."""
    return with_openings(PLURAL_HONORIFIC, together=DOCUMENT)


def after_plural_honorific(text: str) -> Iterator[Found]:
    """Each name of the list that follows a plural honorific."""
    for m in _opened_by_plural_honorifics().finditer(text):
        names = _LIST.match(text, m.end())
        if not names:
            continue
        at = names.start(1)
        for piece in _SPLIT.split(names.group(1)):
            start = text.index(piece, at)
            at = start + len(piece)
            found = found_at(text, start, piece)
            if found:
                yield found
