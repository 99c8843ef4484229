"""The search query language, one meaning on both backends.

    liquidation          the word in any of its forms (stemmed: liquidated, liquidations ...)
    liquid*              words starting so (liquidity, liquidated ...)
    "closure of the union"   these words in this order, in these forms
    arrest OR detention  either; terms side by side must all occur (AND)
    -strike              documents without the word (or -"a phrase")

Case and accents never matter. Anything else typed (brackets, colons, NEAR, ^) is just text:
a query is parsed here into terms and rebuilt in each engine's syntax from folded word
characters only, so no user text reaches an engine as syntax. Long queries are cut to
MAX_TERMS terms (the rest is ignored and said so): each term costs the engine a lookup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from casewatch.store.terms import fold, query_stems, tokens

MAX_CHARS = 20_000  # read to count what is left out; only MAX_TERMS terms are searched
MAX_TERMS = 16
MIN_PREFIX = 2
_ITEM = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Term:
    """One searchable unit: a stemmed word, a word prefix, or an exact phrase (folded words)."""

    kind: str  # "word" | "prefix" | "phrase"
    forms: tuple[str, ...]  # word: its stems; prefix: the folded prefix; phrase: its folded words


@dataclass(frozen=True)
class Query:
    groups: tuple[tuple[Term, ...], ...] = ()  # all groups must match; any term of a group
    excluded: tuple[Term, ...] = ()
    dropped: int = 0  # terms past MAX_TERMS, not searched

    @property
    def empty(self) -> bool:
        return not self.groups

    @cached_property  # snippets ask for it once per word shown
    def terms(self) -> tuple[Term, ...]:
        return tuple(t for g in self.groups for t in g)


def _term(text: str, quoted: bool) -> Term | None:
    words = [m.group() for m in tokens(text)]
    if not words:
        return None
    if quoted or len(words) > 1:  # "e-mail" is the phrase e mail, as both engines cut it
        return Term("phrase", tuple(fold(w) for w in words))
    if text.endswith("*") and len(fold(words[0])) >= MIN_PREFIX:
        return Term("prefix", (fold(words[0]),))
    return Term("word", query_stems(words[0]))


@dataclass
class _Builder:
    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    count: int = 0
    dropped: int = 0
    joining: bool = False  # the previous item was OR

    def add(self, term: Term, negated: bool) -> None:
        if any(term in group for group in self.groups) or term in self.excluded:
            return  # a repeated term adds cost, not meaning
        if self.count >= MAX_TERMS:
            self.dropped += 1
            return
        self.count += 1
        if negated:
            self.excluded.append(term)
        elif self.joining and self.groups:
            self.groups[-1].append(term)
        else:
            self.groups.append([term])
        self.joining = False


def parse(text: str) -> Query:
    """Any user string as a Query; what cannot be searched is left out, never an error."""
    built = _Builder()
    for match in _ITEM.finditer(text[:MAX_CHARS].replace("\x00", " ")):
        minus, phrase, bare = match.groups()
        if bare == "OR":
            built.joining = True
            continue
        negated = bool(minus) or (bare is not None and bare.startswith("-") and len(bare) > 1)
        term = _term(phrase, True) if phrase is not None else _term(bare.lstrip("-"), False)
        if term is not None:
            built.add(term, negated)
    groups = tuple(tuple(g) for g in built.groups)
    return Query(groups, tuple(built.excluded), built.dropped)


# ---- each engine's syntax -------------------------------------------------------------------


def _fts5_term(term: Term) -> str:
    if term.kind == "word":
        return "(" + " OR ".join(f'stems : "{s}"' for s in term.forms) + ")"
    if term.kind == "prefix":
        return f'words : "{term.forms[0]}" *'
    return 'words : "' + " ".join(term.forms) + '"'


def to_fts5(query: Query) -> str | None:
    """An FTS5 MATCH expression over the `search_terms` table (columns words, stems)."""
    if query.empty:
        return None
    expr = " AND ".join("(" + " OR ".join(_fts5_term(t) for t in g) + ")" for g in query.groups)
    return expr + "".join(f" NOT {_fts5_term(t)}" for t in query.excluded)


def _ts_term(term: Term) -> str:
    if term.kind == "word":
        return "(" + " | ".join(f"'{s}':B" for s in term.forms) + ")"
    if term.kind == "prefix":
        return f"'{term.forms[0]}':*A"
    return "(" + " <-> ".join(f"'{w}':A" for w in term.forms) + ")"


def to_tsquery(query: Query) -> str | None:
    """A to_tsquery('simple', ...) text over the terms vector (words weighted A, stems B)."""
    if query.empty:
        return None
    expr = " & ".join("(" + " | ".join(_ts_term(t) for t in g) + ")" for g in query.groups)
    return expr + "".join(f" & !{_ts_term(t)}" for t in query.excluded)
