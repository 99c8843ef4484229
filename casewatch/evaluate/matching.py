"""When a system answer counts as a gold one: the documented matching rules of the casefile measure.

Names match after folding case, accents, punctuation and leading honorifics when they are equal,
when one side's words hold the other's (the last word shared, enough of the words that carry
meaning), or when nearly all their meaningful words are shared; a gold entry matches through any
of its name, variants and acronyms. Dates are compatible when one is a prefix of the other; a
request or quote matches when 40 % of the shorter side's content words are shared.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

_HONORIFIC = frozenset(
    ["mr", "ms", "mrs", "miss", "dr", "prof", "professor", "sir", "madam", "mme", "m", "he", "hon", "the"]
)
# words that carry no meaning of their own in a name or a request
_FILLER = frozenset(
    [
        "the",
        "of",
        "and",
        "for",
        "in",
        "on",
        "to",
        "a",
        "an",
        "its",
        "their",
        "all",
        "any",
        "that",
        "with",
        "by",
        "as",
        "be",
        "is",
        "are",
        "this",
        "these",
        "which",
        "from",
        "at",
        "or",
        "into",
        "so",
        "such",
    ]
)
# words too common in names of bodies to identify one alone ("the Committee", "the Government")
_COMMON = frozenset(
    [
        "union",
        "unions",
        "committee",
        "confederation",
        "federation",
        "ministry",
        "court",
        "government",
        "council",
        "organization",
        "organisation",
        "office",
        "congress",
        "association",
        "party",
        "group",
        "members",
        "authorities",
        "president",
        "minister",
        "commission",
        "centre",
        "center",
        "trade",
        "workers",
        "employers",
        "state",
        "republic",
        "national",
        "international",
    ]
)
_APOSTROPHES = re.compile(r"[’'`]")
_NON_WORD = re.compile(r"[\W_]+")
_SECTION = re.compile(r"^(?:art|article|arts|articles|s|section|sections|para|paragraph)\s+")
_ISO3 = re.compile(r"[A-Z]{3}")
OVERLAP = 0.4


def fold(text: str | None) -> str:
    """Lower case, without accents, apostrophes or punctuation; letters of every script kept."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", _APOSTROPHES.sub("", bare.casefold())).strip()


def name_words(name: str) -> list[str]:
    words = fold(name).split()
    while words and words[0] in _HONORIFIC:
        words.pop(0)
    return words


def _lone_word_fits(short: set[str], long: set[str]) -> bool:
    """A surname alone matches a short full name; a lone common word ("Committee") matches nothing."""
    word = next(iter(short))
    return len(word) >= 4 and word not in _COMMON and len(long) <= 3 and not long & _COMMON


def _contained(a: list[str], b: list[str]) -> bool:
    set_a, set_b = set(a), set(b)
    if not (set_a <= set_b or set_b <= set_a) or a[-1] != b[-1]:
        return False
    short, long = sorted((set_a - _FILLER, set_b - _FILLER), key=len)
    if len(short) == 1:
        return _lone_word_fits(short, long)
    return bool(short) and len(short) / len(long) >= 0.6


def same_name(a: str, b: str) -> bool:
    words_a, words_b = name_words(a), name_words(b)
    if not words_a or not words_b:
        return False
    if words_a == words_b or _contained(words_a, words_b):
        return True
    meaning_a, meaning_b = set(words_a) - _FILLER, set(words_b) - _FILLER
    return bool(meaning_a and meaning_b) and len(meaning_a & meaning_b) / len(meaning_a | meaning_b) >= 0.8


def any_same(names: Iterable[str], others: Iterable[str]) -> bool:
    others = list(others)
    return any(same_name(n, o) for n in names for o in others)


def gold_forms(item: Mapping[str, Any]) -> list[str]:
    """Every form a gold entry accepts: its name, its spelling variants, its acronyms."""
    return [item["name"], *item.get("variants", []), *item.get("acronyms", [])]


def dates_compatible(gold: str | None, system: str | None) -> bool:
    """A gold date of null accepts any; otherwise one must be a prefix of the other (2017-01 ~ 2017-01-04)."""
    if gold is None:
        return True
    return system is not None and (system.startswith(gold) or gold.startswith(system))


def content_words(text: str) -> set[str]:
    return {w for w in fold(text).split() if len(w) >= 3 and w not in _FILLER}


def overlap(a: str, b: str) -> float:
    words_a, words_b = content_words(a), content_words(b)
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / min(len(words_a), len(words_b))


def texts_match(a: str, b: str) -> bool:
    return overlap(a, b) >= OVERLAP


def provision(text: str) -> str:
    """ "Article 2(1)" -> "2(1)" without spaces: how a provision is compared."""
    return _SECTION.sub("", fold(text)).replace(" ", "")


def _national(key: str) -> tuple[str, str] | None:
    country, _, title = key.partition(" ")
    return (country, title) if title and _ISO3.fullmatch(country) else None


def instrument_matches(gold: Mapping[str, Any], key: str) -> bool:
    """International keys match exactly (or a listed variant); a national law by its title's words."""
    forms = [gold["key"], *gold.get("variants", [])]
    national = _national(gold["key"])
    if not national:
        return any(fold(key) == fold(f) for f in forms)
    mine = _national(key)
    if mine:
        if mine[0] != national[0]:
            return False
        key = mine[1]
    forms.append(national[1])
    return any(fold(key) == fold(f) or same_name(f, key) for f in forms)
