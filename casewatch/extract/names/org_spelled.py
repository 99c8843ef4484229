"""Organisations whose acronym the initials of their content words spell, whatever their case.

'Movimiento Sindical, Campesino y Obrero Ruritano (MSCOR)', 'Confédération générale des marins (CGM)',
'Федерацией свободных профсоюзов Рурии (ФСПР)': in French, Spanish and Russian only the first word is
capitalised and a name may hold commas; the acronym in brackets says where the name starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from casewatch import vocab
from casewatch.extract.names.common import Found, is_country
from casewatch.extract.names.org_words import ORG

_DEFINED = re.compile(r"\(([A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ&]{1,9})\)")
REACH = 200  # characters before the bracket where the name may start
_UNIT = re.compile(r"[^\W\d_](?:[\w’'\u0300-\u036f]|-(?=\w))*")
# what no name crosses: a sentence end, a bracket, a straight quote, a line break or a number; a name may
# hold a quoted proper name ('профсоюза «Новая смена» (МПНС)')
_BREAK = re.compile(r"[.;:!?()\[\]\"\n\d]")
# the last break of a window: the greedy run goes to the window's end and gives back to the last break, in
# C, where reading every break of the window (each digit one) costs a step of Python per break
_LAST_BREAK = re.compile(rf"(?s:.*){_BREAK.pattern}")
_ELIDED = re.compile(r"^(?:[dlDL][’'])")


@cache
def _function_words() -> frozenset[str]:
    """Articles, prepositions and conjunctions that an acronym skips ('de', 'des', 'y', 'of', 'и')."""
    return frozenset(vocab.load("org_heads")["acronym_skipped_words"])


@cache
def _law_words() -> re.Pattern[str]:
    words = vocab.load("org_heads")["law_words"]
    return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)


def spelled_names(text: str) -> Iterator[Found]:
    """Each bracketed acronym whose letters are exactly the initials of the content words before it."""
    for m in _DEFINED.finditer(text):
        end = m.start()
        while end > 0 and text[end - 1] in " \t\u00a0":
            end -= 1
        start = _name_start(text, end, m.group(1))
        if start is not None:
            name = text[start:end]
            if not _law_words().search(name) and not is_country(name):
                yield Found(ORG, start, end, name, acronyms=(m.group(1),))


def _name_start(text: str, end: int, acronym: str) -> int | None:
    """Where the words whose initials spell the acronym start, or None when no run spells it exactly."""
    window_start = max(0, end - REACH)
    last_break = _LAST_BREAK.match(text, window_start, end)
    stop = last_break.end() if last_break else window_start
    letters = acronym.replace("&", "").casefold()
    if len(letters) < 2:
        return None
    tail = _last_content_words(list(_UNIT.finditer(text, stop, end)), len(letters))
    if tail is None:
        return None
    initials = "".join(w[:1] for _, w in tail).casefold()
    first_start, first = tail[0]
    if initials != letters or not first[:1].isupper():
        return None
    opened = first_start > 0 and text[first_start - 1] in "«“"
    return first_start - 1 if opened else first_start


def _last_content_words(units: list[re.Match[str]], count: int) -> list[tuple[int, str]] | None:
    """The last `count` content words of the units, or None when they hold fewer: read from the end, as
    far as needed (the name is the run's end; a window holds many more words)."""
    out: list[tuple[int, str]] = []
    for unit in reversed(units):
        out[:0] = _content_words(unit)
        if len(out) >= count:
            return out[len(out) - count :]
    return None


def _content_words(unit: re.Match[str]) -> list[tuple[int, str]]:
    """Content words only, elided articles dropped; 'latino-américaine' gives two initials, each part one
    content word."""
    word = _ELIDED.sub("", unit.group(0))
    start = unit.start() + len(unit.group(0)) - len(word)
    return [(start, p) for p in word.split("-") if p and p.casefold() not in _function_words()]
