"""Search terms: the words of a text folded (case, accents) and stemmed in the text's language.

Both backends index and query the same terms, computed here, so a query means the same on
SQLite and PostgreSQL: "liquidation" finds "liquidated" (one stem), "reunion" finds
"réunion" (accents folded), whatever the engine's own text rules would do.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

import Stemmer

# Tokens as both engines cut them: letters and digits; "_" and marks separate, like FTS5's unicode61.
TOKEN = re.compile(r"[^\W_]+")
# ISO 639-1 code → Snowball stemmer. A query word is stemmed in each, so it finds its stem in a
# document of any of these languages.
STEMMERS = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "ru": "russian",
    "pt": "portuguese",
    "de": "german",
}
QUERY_LANGUAGES = ("en", "fr", "es", "ru")
MAX_CHARS = 400_000  # per column: PostgreSQL's tsvector holds at most 1 MB


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Case folded, accents and other combining marks removed ("Réunion" → "reunion").

    Kept per word: texts repeat their words, and snippets fold the same few again and again."""
    if word.isascii():  # nothing to decompose: folding is lower-casing
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(STEMMERS[language])


DEFAULT_LANGUAGE = "en"  # most documents of the field are in English; an unknown language is taken as it


def stems(words: Sequence[str], language: str | None) -> list[str]:
    """Folded stems of case-folded words; words of a language without a stemmer stay as they are."""
    language = language or DEFAULT_LANGUAGE
    if language not in STEMMERS:
        return [fold(w) for w in words]
    return [fold(s) for s in _stemmer(language).stemWords(list(words))]


def tokens(text: str) -> Iterator[re.Match[str]]:
    return TOKEN.finditer(text)


def index_terms(text: str, language: str | None) -> tuple[str, str]:
    """The text as two space-separated term lists, token for token: folded words, and their stems."""
    words = [m.group().casefold() for m in tokens(text[:MAX_CHARS])]
    return " ".join(fold(w) for w in words), " ".join(stems(words, language))


def query_stems(word: str) -> tuple[str, ...]:
    """Every stem a query word may have in a document: its stem in each query language, and the
    folded word itself (for documents of no known language)."""
    lowered = word.casefold()
    found = {fold(lowered)} | {stems([lowered], lang)[0] for lang in QUERY_LANGUAGES}
    return tuple(sorted(found))
