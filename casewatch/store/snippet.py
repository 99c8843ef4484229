"""Search snippets: the passage of a document around its first match, matches marked, as safe HTML.

Built from the stored text with the same terms the index holds (terms.py), so a hit found by its
stem ("liquidated" for "liquidation") is marked too, on either backend.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from casewatch.store.query import Query, Term
from casewatch.store.terms import fold, stems, tokens

SCAN_CHARS = 200_000  # a hit deep in a very long text gets the opening passage instead
BEFORE, AFTER = 8, 22  # tokens of context around the first match


def _surface(query: Query) -> re.Pattern[str] | None:
    """Candidate tokens, found by the C regex engine before the exact check: any token starting
    with the first letters of a term's form (stems are prefixes of most of their words)."""
    heads = {f[:3] for t in query.terms for f in (t.forms[:1] if t.kind == "phrase" else t.forms)}
    heads = {h for h in heads if h}
    if not heads:
        return None
    alternatives = "|".join(sorted(re.escape(h) for h in heads))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*", re.IGNORECASE)


def _matches(word: str, stem: str, term: Term) -> bool:
    if term.kind == "word":
        return stem in term.forms or fold(word) in term.forms
    if term.kind == "prefix":
        return fold(word).startswith(term.forms[0])
    return fold(word) == term.forms[0]


def _phrase_at(words: Sequence[str], i: int, term: Term) -> bool:
    return [fold(w) for w in words[i : i + len(term.forms)]] == list(term.forms)


def snippet(text: str, query: Query, language: str | None) -> str:
    """HTML: a passage with <mark>ed matches; the text's opening when none is found early."""
    head = text[:SCAN_CHARS]
    pattern = _surface(query)
    start = _first_hit(head, pattern, query, language) if pattern else 0
    offset = max(0, start - 400)
    spans, centre = _window(head[offset : start + 2000], start - offset, skip_first=offset > 0)
    words = [m.group() for m in spans]
    lo, hi = max(0, centre - BEFORE), min(len(spans), centre + AFTER)
    if lo >= hi:
        return html.escape(" ".join(text[:200].split()))
    # Only the shown words are stemmed: the window is a few dozen of the scanned hundreds.
    stemmed = [""] * lo + stems([w.casefold() for w in words[lo:hi]], language)
    marked = _marked(words, stemmed, query, lo, hi)
    return _render(head, spans, offset, lo, hi, marked)


def _window(text: str, start: int, *, skip_first: bool) -> tuple[list[re.Match[str]], int]:
    """The tokens of `text` up to AFTER past the one at `start` (one more, to tell whether the
    passage ends there), and that token's index (0 when there is none)."""
    found = tokens(text)
    if skip_first:  # the first may be cut
        next(found, None)
    spans: list[re.Match[str]] = []
    centre: int | None = None
    for m in found:
        if centre is None and m.start() >= start:
            centre = len(spans)
        spans.append(m)
        if centre is not None and len(spans) > centre + AFTER:
            break
    return spans, centre or 0


def _first_hit(text: str, pattern: re.Pattern[str], query: Query, language: str | None) -> int:
    """Where the first token that really matches a term starts (0 when none does)."""
    for candidate in pattern.finditer(text):
        word = candidate.group()
        stem = stems([word.casefold()], language)[0]
        if any(_matches(word, stem, t) for t in query.terms):
            return candidate.start()
    return 0


def _marked(words: list[str], stemmed: list[str], query: Query, lo: int, hi: int) -> set[int]:
    marked: set[int] = set()
    for i in range(lo, hi):
        for term in query.terms:
            if term.kind == "phrase" and _phrase_at(words, i, term):
                marked.update(range(i, i + len(term.forms)))
            elif term.kind != "phrase" and _matches(words[i], stemmed[i], term):
                marked.add(i)
    return marked


def _render(text: str, spans: list[re.Match[str]], offset: int, lo: int, hi: int, marked: set[int]) -> str:
    out = ["…" if spans[lo].start() + offset > 0 else ""]
    cursor = spans[lo].start()
    for i in range(lo, hi):
        m = spans[i]
        out.append(html.escape(text[offset + cursor : offset + m.start()]))
        word = html.escape(m.group())
        out.append(f"<mark>{word}</mark>" if i in marked else word)
        cursor = m.end()
    if hi < len(spans) or spans[hi - 1].end() + offset < len(text):
        out.append(" …")
    return " ".join("".join(out).split())
