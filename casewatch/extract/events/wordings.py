"""A vocabulary of wordings (trigger verbs, noun acts) matched only where a wording may start.

Most wordings open with `\\b` or a case-insensitive letter, which `re` tries at every position of
a sentence. One Aho-Corasick pass over the folded sentence finds where each wording's openings
(`openings.openings`) start; a wording is then matched at those offsets only. The matches are those
of scanning the sentence with each wording. A wording with no known or only short openings is
searched as usual, behind its necessary literals (`gated`)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

import ahocorasick

from casewatch.extract.gated import Gated, gated
from casewatch.extract.literals import fold, necessary
from casewatch.extract.openings import Openings, first_match, matches_from, openings


class Searcher(Protocol):
    """A compiled pattern, or one behind its necessary literals (`Gated`)."""

    def search(self, text: str, pos: int = ..., endpos: int = ..., /) -> re.Match[str] | None: ...

    def match(self, text: str, pos: int = ..., endpos: int = ..., /) -> re.Match[str] | None: ...


# a wording that may open with a shorter string ("a ", "is ") is tried at too many offsets: it is
# searched instead, in the sentences holding its necessary literals
MIN_OPENING = 4
_FOLDED = lru_cache(maxsize=4)(fold)  # the triggers and the noun acts of a sentence read it in turn


@dataclass(frozen=True)
class Wordings:
    """Wordings compiled alike, each behind its openings, found for all of them in one pass."""

    patterns: tuple[re.Pattern[str], ...]
    # an opening or a literal -> (its length, the wordings it opens, the searched wordings holding it,
    # the opened wordings needing it)
    automaton: Any
    gates: dict[int, Gated]  # the wordings searched instead, behind their necessary literals
    always: frozenset[int]  # searched wordings with no known literal: every text may hold them
    needs: frozenset[int]  # opened wordings needing a literal none of their openings holds

    def starts(self, text: str) -> dict[int, list[int]]:
        """Every wording that may match `text`, with the offsets where one of its openings starts,
        in order (none for a searched wording)."""
        found: dict[int, list[int]] = {i: [] for i in self.always} if self.always else {}
        met: set[int] = set()  # the opened wordings whose needed literals are in the text
        if self.automaton is not None:
            for end, (length, opens, holds, needed) in self.automaton.iter(_FOLDED(text)):
                start = end - length + 1
                for i in opens:
                    at = found.get(i)
                    if at is None:
                        found[i] = [start]
                    else:
                        at.append(start)
                if holds:  # most openings are no searched wording's literal, nor a needed one
                    for i in holds:
                        if i not in found:
                            found[i] = []
                if needed:
                    met.update(needed)
        # most wordings open once in a sentence: a set and a sort only where two openings were found
        for i, at in found.items():
            if len(at) > 1:
                found[i] = sorted(set(at))
        lacking = [i for i in found if i in self.needs and i not in met]
        for i in lacking:  # most sentences open no wording needing a literal it lacks: none to drop
            del found[i]
        return found

    def finditer(self, i: int, text: str, starts: dict[int, list[int]]) -> Iterator[re.Match[str]]:
        """The matches of `patterns[i].finditer(text)` (`starts` from `self.starts(text)`)."""
        if i in self.gates:  # among the starts only when its literals are in the text: no test again
            return self.patterns[i].finditer(text) if i in starts else iter(())
        return matches_from(self.patterns[i], text, starts.get(i, ()))

    def alternation(
        self, indices: Sequence[int], text: str, starts: dict[int, list[int]]
    ) -> Iterator[re.Match[str]]:
        """The matches of the alternation of the wordings `indices` (among `starts`), in their order,
        over `text`: what `literals.alternation_matches` gives for their patterns. A searched wording is
        among the starts only when its literals are in the text: it is searched without testing them again."""
        if len(indices) == 1 and indices[0] not in self.gates:  # most types have one wording in a sentence
            return matches_from(self.patterns[indices[0]], text, starts.get(indices[0], ()))
        chosen = [self.patterns[i] for i in indices]
        at: dict[int, list[int]] = {}  # offset -> the wordings (by their rank in `indices`) opening there
        for rank, i in enumerate(indices):
            for offset in starts.get(i, ()):
                at.setdefault(offset, []).append(rank)
        scanned = [rank for rank, i in enumerate(indices) if i in self.gates]
        return _with_scanned(chosen, text, at, scanned) if scanned else _at_openings(chosen, text, at)


def _first_at(patterns: Sequence[Searcher], text: str, offset: int, ranks: list[int]) -> re.Match[str] | None:
    """The match at `offset` of the first of the patterns `ranks` matching there."""
    for rank in ranks:
        m = patterns[rank].match(text, offset)
        if m is not None:
            return m
    return None


def _first_of(
    patterns: Sequence[Searcher],
    text: str,
    first: int,
    opening: list[int],
    leftmost: dict[int, re.Match[str] | None],
) -> re.Match[str]:
    """At `first`, where a scanned pattern's leftmost match starts, the match of the first pattern
    matching there: a scanned one's leftmost match, or one opening there."""
    for rank in sorted({*opening, *leftmost}):
        kept = leftmost.get(rank)
        m = kept if rank in leftmost else patterns[rank].match(text, first)
        if m is not None and m.start() == first:
            return m
    raise AssertionError("a scanned pattern's leftmost match starts at `first`")


def _at_openings(
    patterns: Sequence[Searcher], text: str, at: dict[int, list[int]]
) -> Iterator[re.Match[str]]:
    resume = 0
    for offset in sorted(at):
        if offset < resume:
            continue
        m = _first_at(patterns, text, offset, at[offset])
        if m is not None:
            yield m
            resume = m.end() if m.end() > offset else offset + 1


def _with_scanned(
    patterns: Sequence[Searcher], text: str, at: dict[int, list[int]], scanned: list[int]
) -> Iterator[re.Match[str]]:
    """`_at_openings` when some patterns have no opening (`scanned`): each is searched for its leftmost
    match, kept while the scan has not passed its start, as `alternation_matches` does."""
    leftmost = {rank: patterns[rank].search(text) for rank in scanned}
    offsets = sorted(at)
    n, resume = 0, 0
    while True:
        for rank, kept in leftmost.items():
            if kept is not None and kept.start() < resume:
                leftmost[rank] = patterns[rank].search(text, resume)
        first = min((m.start() for m in leftmost.values() if m is not None), default=None)
        while n < len(offsets) and offsets[n] < resume:
            n += 1
        m = None
        while m is None and n < len(offsets) and (first is None or offsets[n] < first):
            m = _first_at(patterns, text, offsets[n], at[offsets[n]])
            n += 1
        if m is None:
            if first is None:
                return
            # the leftmost match starts at `first`: the first pattern matching there wins
            m = _first_of(patterns, text, first, at.get(first, []), leftmost)
        yield m
        resume = m.end() if m.end() > m.start() else m.start() + 1


def wordings(patterns: Sequence[re.Pattern[str]]) -> Wordings:
    """The patterns (compiled alike) behind their openings, or behind their literals when an opening
    is too short to rule much out."""
    # opening or literal -> (opened, holding, needing)
    owners: dict[str, tuple[set[int], set[int], set[int]]] = {}
    gates: dict[int, Gated] = {}
    needs: set[int] = set()
    for i, pattern in enumerate(patterns):
        found = openings(pattern.pattern, pattern.flags)
        if found is not None and min(map(len, found)) >= MIN_OPENING:
            for opening in found:
                owners.setdefault(opening, (set(), set(), set()))[0].add(i)
            literals = necessary(pattern.pattern, pattern.flags)
            if not _implied(literals, found):
                needs.add(i)
                for literal in literals or ():
                    owners.setdefault(literal, (set(), set(), set()))[2].add(i)
            continue
        gates[i] = gated(pattern)
        for literal in gates[i].literals or ():
            owners.setdefault(literal, (set(), set(), set()))[1].add(i)
    automaton = None
    if owners:
        automaton = ahocorasick.Automaton()
        for word, (opens, holds, needed) in owners.items():
            automaton.add_word(word, (len(word), *(tuple(sorted(of)) for of in (opens, holds, needed))))
        automaton.make_automaton()
    always = frozenset(i for i, g in gates.items() if g.literals is None)
    return Wordings(tuple(patterns), automaton, gates, always, frozenset(needs))


def _implied(literals: frozenset[str] | None, found: frozenset[str]) -> bool:
    """Every opening holds one of the literals: where an opening starts, a literal is there too."""
    return literals is None or all(any(lit in opening for lit in literals) for opening in found)


def found_in(pattern: Openings, text: str) -> bool:
    """Whether the pattern (alone behind its openings) matches in `text`, tried only where one of its
    openings starts: a long alternation `re` would try at every position of the text."""
    return first_match(pattern, text, 0, pattern.starts(text)) is not None
