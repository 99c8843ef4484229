"""Openings of a regular expression: the strings every match must start with, so that a pattern is
tried only where one of them starts, found for many patterns in one Aho-Corasick pass over the
folded text; the matches are those of a full scan."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from casewatch.extract.literals import Strings, exact_literals, fold

MAX_OPENINGS = 4096  # beyond this many spelled-out openings the run is cut short
_FOLDED = fold  # kept by `fold`: several pattern sets read one document (or sentence) in turn


def openings(pattern: str, flags: int = 0) -> Strings | None:
    """Lower-case strings one of which every match of `pattern` starts with; None when none is known."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
    except Exception:  # another Python's private parser: no openings, the pattern scans as usual
        return None
    found = _openings(list(parsed))
    return found if found and "" not in found else None


def _openings(items: list[tuple[Any, Any]]) -> Strings | None:
    """Openings of a sequence: its exactly-known leading items spelled out, then the next item's own."""
    run: Strings = frozenset({""})
    for i, item in enumerate(items):
        exact = exact_literals(item)
        if exact is not None and len(run) * len(exact) <= MAX_OPENINGS:
            run = frozenset(a + b for a in run for b in exact)
            continue
        own = None if exact is not None else _item_openings(item, items[i + 1 :])
        if own is None or len(run) * len(own) > MAX_OPENINGS:
            return run  # every match starts with the run so far
        return frozenset(a + b for a in run for b in own)
    return run


def _item_openings(item: tuple[Any, Any], rest: list[tuple[Any, Any]]) -> Strings | None:
    op, av = item
    name = str(op)
    if name == "SUBPATTERN":
        return _openings(list(av[-1]))
    if name == "ATOMIC_GROUP":
        return _openings(list(av))
    if name == "BRANCH":
        alternatives = [_openings(list(alt)) for alt in av[1]]
        if any(a is None for a in alternatives):
            return None
        return frozenset().union(*(a for a in alternatives if a is not None))
    if name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
        body = _openings(list(av[2]))
        if av[0] >= 1 or body is None:
            return body
        skipped = _openings(rest)  # an optional item: a match may start with what follows it
        return None if skipped is None else body | skipped
    return None


def matches_from(
    pattern: re.Pattern[str], text: str, starts: Iterable[int], end: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)` (of `pattern.finditer(text, 0, end)` with `end`) when every
    match starts at one of `starts` (in order): the leftmost match, then on from its end, as finditer goes."""
    resume = 0
    for start in starts:
        if start < resume:
            continue
        m = pattern.match(text, start) if end is None else pattern.match(text, start, end)
        if m:
            yield m
            resume = m.end() if m.end() > start else start + 1


@dataclass(frozen=True)
class Openings:
    """Patterns tried only where one of their openings starts, found for all of them in one Aho-Corasick
    pass over the folded text: the matches of `finditer` without `re` trying every position of the
    text (a pattern opening with `\\b`, a look-around or an optional part is tried everywhere)."""

    patterns: tuple[re.Pattern[str], ...]
    automaton: Any  # opening -> (its length, the indices of the patterns it opens); None without any
    unknown: frozenset[int]  # patterns without known openings: scanned as usual
    # the openings read over the same text in turn, whose starts one pass finds for all (`with_openings`)
    together: DocumentPass | None = field(default=None, compare=False)

    def starts(self, text: str) -> list[list[int]]:
        """Per pattern, the offsets where one of its openings starts, in order."""
        if self.together is not None:
            return self.together.starts(self, text)
        return own_starts(self, text)

    def finditer(
        self, text: str, i: int = 0, starts: list[list[int]] | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches of pattern `i` (with `starts` from `self.starts(text)` when known)."""
        if i in self.unknown:
            return self.patterns[i].finditer(text)
        return matches_from(self.patterns[i], text, (starts or self.starts(text))[i])


# The starts of a pattern come sorted, each once. The pass reports an opening where it ends, so the starts
# of one opening come in order: only two openings of a pattern give a start twice or out of order, and a
# list of one start (most of them, in a sentence) needs no sorting.


def own_starts(openings: Openings, text: str) -> list[list[int]]:
    """The starts of `openings.starts`, found by its own pass over the text."""
    if openings.automaton is None:
        return [[] for _ in openings.patterns]
    if len(openings.patterns) == 1:  # most rules are one pattern: every opening found is its own
        starts = [end - length + 1 for end, (length, _) in openings.automaton.iter(_FOLDED(text))]
        return [sorted(set(starts)) if len(starts) > 1 else starts]
    found: list[list[int]] = [[] for _ in openings.patterns]
    for end, (length, owners) in openings.automaton.iter(_FOLDED(text)):
        for i in owners:
            found[i].append(end - length + 1)
    return [sorted(set(starts)) if len(starts) > 1 else starts for starts in found]


class DocumentPass:
    """Several `Openings` read over one text in turn (the rules of a step, each run on the whole document):
    one Aho-Corasick pass over the folded text finds the openings of all of them, where each would make
    a pass of its own; the starts of the last texts are kept. An opening of several members is found
    once, for each of them: every member gets the starts its own pass would find."""

    KEPT = 2  # texts whose starts are kept: the names and the citations steps read one document in turn

    def __init__(self) -> None:
        self.members: dict[int, int] = {}  # id of a member -> its index in `owners`
        self.owners: list[Openings] = []
        # opening -> (its length, the slots of the patterns it opens); built lazily. The patterns of all
        # members are numbered in one run, a slot each, each member's from its first slot on
        self.automaton: Any = None
        self.first_slots: list[int] = []
        self.kept: dict[str, list[list[list[int]]]] = {}

    def join(self, member: Openings) -> None:
        self.members[id(member)] = len(self.owners)
        self.owners.append(member)
        self.automaton = None  # rules build their openings lazily: the pass is rebuilt when one joins
        self.kept.clear()

    def starts(self, member: Openings, text: str) -> list[list[int]]:
        """What `own_starts(member, text)` gives, from the pass over the text of every member."""
        found = self.kept.get(text)
        if found is None:
            found = self._read(text)
            if len(self.kept) >= self.KEPT:
                del self.kept[next(iter(self.kept))]
            self.kept[text] = found
        return found[self.members[id(member)]]

    def _read(self, text: str) -> list[list[list[int]]]:
        if self.automaton is None:
            self.automaton, self.first_slots = _joined(self.owners)
        slots: list[list[int]] = [[] for _ in range(sum(len(m.patterns) for m in self.owners))]
        for end, (length, opened) in self.automaton.iter(_FOLDED(text)):
            start = end - length + 1
            for slot in opened:
                slots[slot].append(start)
        starts = [sorted(set(s)) if len(s) > 1 else s for s in slots]
        firsts = zip(self.first_slots, self.owners, strict=True)
        return [starts[first : first + len(member.patterns)] for first, member in firsts]


def _joined(members: list[Openings]) -> tuple[Any, list[int]]:
    """One automaton for the openings of all members, opening -> (length, the slots of the patterns it
    opens), and each member's first slot."""
    first_slots: list[int] = []
    taken = 0
    for member in members:
        first_slots.append(taken)
        taken += len(member.patterns)
    opened: dict[str, list[int]] = {}
    for first, member in zip(first_slots, members, strict=True):
        for opening, (_, indices) in member.automaton.items():
            opened.setdefault(opening, []).extend(first + i for i in indices)
    automaton = ahocorasick.Automaton()
    for opening, slots in opened.items():
        automaton.add_word(opening, (len(opening), tuple(slots)))
    automaton.make_automaton()
    return automaton, first_slots


_PASSES: dict[str, DocumentPass] = {}
# the rules of the names and the citations steps: each reads the whole document (its lines unwrapped)
DOCUMENT = "document"


def first_match(
    openings: Openings, text: str, i: int, starts: list[list[int]], pos: int = 0
) -> re.Match[str] | None:
    """What `search(text, pos)` finds with pattern `i` of `openings` (`starts` from its `starts(text)`)."""
    if i in openings.unknown:
        return openings.patterns[i].search(text, pos)
    at = starts[i]  # in order: the first one at or after `pos` is found by bisection
    return next(matches_from(openings.patterns[i], text, at[bisect_left(at, pos) :] if pos else at), None)


def literals_together(pattern: re.Pattern[str], literals: Iterable[str], together: str) -> Openings:
    """A gate read in the pass of `together`: the starts found are where one of the pattern's necessary
    literals (folded) starts, which says whether the text holds one, not where a match starts (never
    ask it for matches). A text read by that pass anyway costs no pass of the gate's own."""
    automaton = ahocorasick.Automaton()
    for literal in set(literals):
        automaton.add_word(literal, (len(literal), (0,)))
    automaton.make_automaton()
    shared = _PASSES.setdefault(together, DocumentPass())
    member = Openings((pattern,), automaton, frozenset(), shared)
    shared.join(member)
    return member


def with_openings(*patterns: re.Pattern[str], together: str | None = None) -> Openings:
    """The patterns behind their openings (folding keeps every offset: they are found in the folded text).
    Openings made `together` under one name are read over a text in one pass (`DocumentPass`): give it
    only to rules run on the same text one after the other, or each text costs a pass over all of them."""
    owners: dict[str, set[int]] = {}
    unknown = set()
    for i, pattern in enumerate(patterns):
        found = openings(pattern.pattern, pattern.flags)
        if found is None:
            unknown.add(i)
        for opening in found or ():
            owners.setdefault(opening, set()).add(i)
    if not owners:
        return Openings(tuple(patterns), None, frozenset(unknown))
    automaton = ahocorasick.Automaton()
    for opening, holders in owners.items():
        automaton.add_word(opening, (len(opening), tuple(sorted(holders))))
    automaton.make_automaton()
    if together is None:
        return Openings(tuple(patterns), automaton, frozenset(unknown))
    shared = _PASSES.setdefault(together, DocumentPass())
    member = Openings(tuple(patterns), automaton, frozenset(unknown), shared)
    shared.join(member)
    return member
