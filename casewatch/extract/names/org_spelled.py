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
    stop = max((b.end() for b in _BREAK.finditer(text, window_start, end)), default=window_start)
    units = [
        (u.start() + len(u.group(0)) - len(w), w)
        for u in _UNIT.finditer(text, stop, end)
        if (w := _ELIDED.sub("", u.group(0)))
    ]
    content = _split_hyphens(units)
    letters = acronym.replace("&", "").casefold()
    if len(content) < len(letters) or len(letters) < 2:
        return None
    tail = content[len(content) - len(letters) :]
    initials = "".join(w[:1] for _, w in tail).casefold()
    first_start, first = tail[0]
    if initials != letters or not first[:1].isupper():
        return None
    opened = first_start > 0 and text[first_start - 1] in "«“"
    return first_start - 1 if opened else first_start


def _split_hyphens(units: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Content words only; 'latino-américaine' gives two initials, each part one content word."""
    out: list[tuple[int, str]] = []
    for start, word in units:
        parts = [p for p in word.split("-") if p and p.casefold() not in _function_words()]
        out.extend((start, p) for p in parts)
    return out
