"""Which of the languages the project reads less a page is written in, where a word means another thing in it:
Portuguese "nos" is "in the", where French and Spanish "nos" speak as "we"."""

from __future__ import annotations

import re
from functools import cache

from casewatch import vocab

_PT_WORDS = 3  # a French or Spanish page may borrow one or two
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _portuguese_words() -> frozenset[str]:
    return frozenset(vocab.load("genres")["portuguese_words"])


def portuguese(text: str) -> bool:
    """A page written in Portuguese: words only Portuguese writes, several times over."""
    words = _portuguese_words()
    return sum(1 for w in _WORD.findall(text[:3000].lower()) if w in words) >= _PT_WORDS
