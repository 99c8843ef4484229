"""Search snippets: the passage of a document around its first match, matches marked, as safe HTML.

Built from the stored text with the same terms the index holds (terms.py), so a hit found by its
stem ("liquidated" for "liquidation") is marked too, on either backend. A page shows up to a
hundred of them, so the work per hit stays in the C regex engine: the passage is cut from
bounded slices around the match, and only its few dozen words are looked at; whether a word is
marked is decided once per search (`Passages`), as a page's passages repeat their words.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice

from casewatch.store.query import Query, Term
from casewatch.store.terms import TOKEN, fold, stems

SCAN_CHARS = 200_000  # a hit deep in a very long text gets the opening passage instead
BEFORE, AFTER = 8, 22  # tokens of context around the first match
_LOOK_BACK = 400  # characters before the match that may hold the BEFORE tokens
_NEAR = 120  # looked at first: enough for BEFORE words of ordinary length


def _surface(query: Query) -> re.Pattern[str] | None:
    """Candidate tokens, found by the C regex engine before the exact check: any token starting
    with the first letters of a term's form (stems are prefixes of most of their words)."""
    heads = {f[:3] for t in query.terms for f in (t.forms[:1] if t.kind == "phrase" else t.forms)}
    heads = {h for h in heads if h}
    if not heads:
        return None
    alternatives = "|".join(sorted(re.escape(h) for h in heads))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def _stem(word: str, language: str | None) -> str:
    """A shown word's folded stem; kept, as texts and their snippets repeat their words."""
    return stems([word.casefold()], language)[0]


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
    return Passages(query).of(text, language)


class Passages:
    """The snippets of one search. The query's candidate pattern and rules are gathered once, and
    each word's verdict (does it open a match, is it marked) is kept per language: a page's
    passages repeat their words, and deciding anew stemmed and folded each of them every time."""

    def __init__(self, query: Query) -> None:
        self.query = query
        self._pattern = _surface(query)
        self._forms, self._prefixes, self._phrases = _rules(query)
        self._opens: dict[tuple[str, str | None], bool] = {}
        self._marks: dict[str | None, dict[str, bool]] = {}  # per language, per word

    def of(self, text: str, language: str | None) -> str:
        """The passage of `text` around its first match, as `snippet` gives it."""
        head = text[:SCAN_CHARS]
        start = self._first_hit(head, language)
        spans = _window(head, start)
        if not spans:
            return html.escape(" ".join(text[:200].split()))
        shown = spans[: _shown_count(spans, start)]
        # the token after the shown ones counts too: a phrase may run on into it
        marked = [i for i in self._marked([m.group() for m in spans], language) if i < len(shown)]
        more = len(shown) < len(spans) or shown[-1].end() < len(head)
        return _render(head, shown, marked, more)

    def _first_hit(self, text: str, language: str | None) -> int:
        """Where the first token that really matches a term starts (0 when none does)."""
        if self._pattern is None:
            return 0
        for candidate in self._pattern.finditer(text):
            if self._opens_match(candidate.group(), language):
                return candidate.start()
        return 0

    def _opens_match(self, word: str, language: str | None) -> bool:
        key = (word, language)
        if key not in self._opens:
            stem = _stem(word, language)
            self._opens[key] = any(_matches(word, stem, t) for t in self.query.terms)
        return self._opens[key]

    def _marked(self, words: list[str], language: str | None) -> list[int]:
        """Indexes of the words a term matches: word terms by stem or folded form, prefixes by
        their folded start, phrases by their folded words in order."""
        verdicts = self._marks.setdefault(language, {})
        for word in set(words).difference(verdicts):
            verdicts[word] = self._is_marked(word, language)
        marked = {i for i, word in enumerate(words) if verdicts[word]}
        for term in self._phrases:
            for i, word in enumerate(words):
                if fold(word) == term.forms[0] and _phrase_at(words, i, term):
                    marked.update(range(i, i + len(term.forms)))
        return sorted(marked)

    def _is_marked(self, word: str, language: str | None) -> bool:
        folded = fold(word)
        by_prefix = bool(self._prefixes) and folded.startswith(self._prefixes)
        return _stem(word, language) in self._forms or folded in self._forms or by_prefix


def _window(text: str, start: int) -> list[re.Match[str]]:
    """Up to BEFORE tokens before the one at `start`, it and AFTER after it, and one more (to
    tell whether the passage ends there). A token cut by the look-back limit is left out."""
    before = _before(text, start, _NEAR) if start > _NEAR else []
    if len(before) < BEFORE:  # short words, or near the start: look back the whole way
        before = _before(text, start, _LOOK_BACK)
    after = list(islice(TOKEN.finditer(text, start, start + 2000), AFTER + 1))
    return before[-BEFORE:] + after


def _before(text: str, start: int, back: int) -> list[re.Match[str]]:
    offset = max(0, start - back)
    found = list(TOKEN.finditer(text, offset, start))
    return found[1:] if offset > 0 else found  # the first may be cut


def _shown_count(spans: list[re.Match[str]], start: int) -> int:
    """How many of the window's tokens are shown: BEFORE-or-fewer, the match, AFTER-1 after."""
    centre = next((i for i, m in enumerate(spans) if m.start() >= start), 0)
    return min(len(spans), centre + AFTER)


def _rules(query: Query) -> tuple[frozenset[str], tuple[str, ...], tuple[Term, ...]]:
    """The query's word forms, prefixes and phrases."""
    forms = frozenset(f for t in query.terms if t.kind == "word" for f in t.forms)
    prefixes = tuple(t.forms[0] for t in query.terms if t.kind == "prefix")
    return forms, prefixes, tuple(t for t in query.terms if t.kind == "phrase")


def _render(text: str, shown: list[re.Match[str]], marked: list[int], more: bool) -> str:
    """The passage escaped piece by piece: plain stretches whole, each marked word wrapped."""
    out = ["…" if shown[0].start() > 0 else ""]
    cursor = shown[0].start()
    for i in marked:
        m = shown[i]
        out.append(html.escape(text[cursor : m.start()]))
        out.append(f"<mark>{html.escape(m.group())}</mark>")
        cursor = m.end()
    out.append(html.escape(text[cursor : shown[-1].end()]))
    if more:
        out.append(" …")
    return " ".join("".join(out).split())
