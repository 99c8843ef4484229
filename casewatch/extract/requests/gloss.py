"""An English word-by-word gloss of a request made in French, Spanish, Russian, German or Portuguese.

The words are in vocab/request_glossary.json.

The request keeps its own words; the gloss follows in parentheses, as bilingual case files write it
("libérer les détenus (release detained)"), so an English reader and the follow-up, which groups the
same ask across documents and languages, see what is asked.
"""

from __future__ import annotations

import re
from functools import cache

from casewatch import vocab

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ELISION = re.compile(r"^[dlnsjmtc]['’]|^qu['’]", re.I)
_CYRILLIC = re.compile(r"[а-яё]", re.I)
# function words that tell French from Spanish (neither is glossed)
_FRENCH = frozenset(
    {"le", "les", "des", "du", "au", "aux", "et", "une", "ces", "leur", "leurs", "sur", "dans", "à"}
)
_SPANISH = frozenset({"el", "los", "del", "y", "una", "las", "su", "sus", "al", "en", "que"})
# ... and German from Portuguese: words no other of the languages (nor English) writes alike
_GERMAN = frozenset({"der", "die", "und", "von", "den", "dem", "mit", "für", "aller", "ein", "eine", "im"})
_PORTUGUESE = frozenset({"dos", "não", "uma", "ao", "às", "pela", "pelo", "na", "da"})


@cache
def _glossary() -> dict[str, tuple[dict[str, str], tuple[int, ...]]]:
    """Per language: stem -> English, and the stem lengths to try, longest first."""
    data = vocab.load("request_glossary")
    return {
        lang: (stems, tuple(sorted({len(s) for s in stems}, reverse=True)))
        for lang, stems in data.items()
        if not lang.startswith("_") and lang != "phrases"
    }


@cache
def _phrases() -> dict[str, dict[tuple[str, ...], str]]:
    """Per language: a word sequence glossed as one ("sans condition" -> "unconditional")."""
    data = vocab.load("request_glossary")["phrases"]
    return {
        lang: {tuple(_words(phrase)): english for phrase, english in phrases.items()}
        for lang, phrases in data.items()
        if not lang.startswith("_")
    }


def language(words: list[str]) -> str | None:
    """ "ru", "fr", "es", "de" or "pt" for a request in one of those languages, None for English (or
    unknown)."""
    if _CYRILLIC.search(" ".join(words)):  # one search over the words, not one per word
        return "ru"
    # each count is one pass at C speed over the words (the sentence's too): no Python test per word
    counts = {
        lang: sum(map(marks.__contains__, words))
        for lang, marks in (("fr", _FRENCH), ("es", _SPANISH), ("de", _GERMAN), ("pt", _PORTUGUESE))
    }
    best = max(counts.values())
    leaders = [lang for lang, n in counts.items() if n == best]
    # French and Spanish level stay unknown; a tie with German or Portuguese goes to the language listed
    # first ("los dos dirigentes" is Spanish)
    return leaders[0] if best and not {"fr", "es"} <= set(leaders) else None


def _english(word: str, stems: dict[str, str], lengths: tuple[int, ...]) -> str | None:
    for n in lengths:
        if n <= len(word) and word[:n] in stems:
            return stems[word[:n]]
    return None


def _words(text: str) -> list[str]:
    # only a word holding an apostrophe can be elided: the others are kept without a substitution
    return [_ELISION.sub("", w) if "'" in w or "’" in w else w for w in _WORD.findall(text.lower())]


def gloss(text: str, context: str = "") -> str:
    """The English of the request's words that the glossary knows, in their order, once each; "" for
    a request in English or one none of whose words is known. `context` (the sentence) tells the
    language of a short request."""
    words = _words(text)
    lang = language(words + _words(context))
    if lang is None or lang not in _glossary():
        return ""
    stems, lengths = _glossary()[lang]
    phrases = _phrases().get(lang, {})
    out: list[str] = []
    i = 0
    while i < len(words):
        span, english = _phrase_at(words, i, phrases) or (1, _english(words[i], stems, lengths))
        if english and english not in out:
            out.append(english)
        i += span
    return " ".join(out)


def _phrase_at(words: list[str], i: int, phrases: dict[tuple[str, ...], str]) -> tuple[int, str] | None:
    """The longest phrase starting at word `i` (up to four words) and its English, if any."""
    for n in (4, 3, 2):
        english = phrases.get(tuple(words[i : i + n]))
        if english:
            return n, english
    return None


def with_gloss(text: str, context: str = "") -> str:
    """The request's text followed by its English gloss in parentheses, when it has one."""
    english = gloss(text, context)
    return f"{text} ({english})" if english else text
