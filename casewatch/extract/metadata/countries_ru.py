"""Countries named in Russian: names and adjectives inflect ("в России", "российские власти")."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from casewatch import vocab

_CYRILLIC_WORD = re.compile(r"^[А-ЯЁ][а-яё]+$")
_ENDING = re.compile(r"[аяьйоеи]$")
_INFLECTION = r"[а-яё]{0,4}"


@cache
def _stems() -> dict[str, str]:
    """Stem -> ISO3: one-word Cyrillic names without their final vowel, and the adjective stems."""
    stems: dict[str, str] = {}
    for code, entry in vocab.load("countries").items():
        for name in entry["names"]:
            stem = _ENDING.sub("", name) if _CYRILLIC_WORD.match(name) else ""
            if len(stem) >= 4:
                stems.setdefault(stem, code)
        for stem in entry.get("stems_ru", []):
            stems.setdefault(stem, code)
    return stems


@cache
def _pattern() -> re.Pattern[str]:
    alternation = "|".join(re.escape(s) for s in sorted(_stems(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alternation}){_INFLECTION}(?![\w-])")


_CYRILLIC = re.compile(r"[а-яё]")


def cyrillic_country_counts(text: str) -> Counter[str]:
    """How often each country is named in Russian in `text`, in any case form."""
    if not _CYRILLIC.search(text):
        return Counter()
    stems = _stems()
    return Counter(stems[m.group(1)] for m in _pattern().finditer(text))
