"""Sentences that cannot ask, told by one pass over the folded sentence before any form is tried.

`find_asks` tries the English forms behind their gates (a cue fragment and a necessary literal of the
form, `grammar.Gates`), "please", the modal cues, and each language's demand and past forms behind their
own gates: each of those tests makes a pass over the sentence of its own, and most sentences pass none.
Here every cue and literal of them all is one automaton: a sentence that holds no fragment any form needs
has no ask, and the forms are not tried; nor are the English forms, or the other languages', where none of
theirs finds its needs. The fragments found also tell which English forms pass their gates, so those gates
make no pass of their own; the other forms' gates run again, so the asks found are the same.

`Quiet` reads the whole document so once: the fragments of each sentence are then read from its span of the
folded document, without folding and reading the sentence again (most sentences hold none at all).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import Any

from casewatch.extract.gated import Gated
from casewatch.extract.literals import LiteralIndex, Strings, automaton_of, fold
from casewatch.extract.requests import asks, foreign
from casewatch.extract.requests.grammar import english_gates, grammar
from casewatch.extract.sentences import Sentence, strip_bullet

Way = frozenset[int]  # a way of asking: the tags of the fragment sets it needs, each one's fragment at least
Found = frozenset[int] | None  # the tags of the fragments a sentence holds; None: not known, any way may ask


@dataclass(frozen=True)
class Ways:
    """The ways of asking of one reader (the English forms, or the other languages'), as tag sets."""

    always: tuple[Way, ...]  # the ways tried in every genre
    reported: tuple[Way, ...]  # ... and those tried only where the genre reports asks

    def met(self, found: frozenset[int], reported: bool) -> bool:
        """Whether a way finds all its needs among the tags `found`."""
        ways = self.always + self.reported if reported else self.always
        return any(map(found.issuperset, ways))


@dataclass(frozen=True)
class Silence:
    """The fragments every way of asking needs, as tags in one automaton."""

    automaton: Any  # fragment -> (its length, the tags of the sets holding it)
    english: Ways
    foreign: Ways
    forms: tuple[tuple[str, Way], ...]  # each English form's name and way: its gates (`grammar.Gates`)
    demands: tuple[tuple[Gated, Way], ...]  # each other language's demand form and the way of its literals
    open: bool  # a way of asking with no known need: every sentence may ask

    def found(self, body: str) -> Found:
        """The tags of the fragments in `body`."""
        folded = fold(body)
        # cues are looked for in the casefolded text, literals in the folded one: one pass serves both
        # only where the two read alike ("ß" casefolds to "ss")
        if self.open or folded != body.casefold():
            return None
        return frozenset(tag for _, (_, tags) in self.automaton.iter(folded) for tag in tags)

    def ways(self, found: Found, reported: bool) -> tuple[bool, bool]:
        """Whether an English form, and whether another language's, may match a sentence holding the
        fragments `found`: False only when none can, no way of asking of that reader finding all its needs."""
        if found is None:
            return True, True
        if not found:  # most sentences hold no fragment at all
            return False, False
        return self.english.met(found, reported), self.foreign.met(found, reported)

    def may_ask(self, body: str, reported: bool) -> tuple[bool, bool]:
        """`ways` of the fragments in `body`."""
        return self.ways(self.found(body), reported)

    def english_forms(self, found: Found) -> frozenset[str] | None:
        """The English forms whose gates a sentence holding the fragments `found` passes, as
        `grammar.Gates.open` tells them (None: not known)."""
        if found is None:
            return None
        return frozenset(name for name, way in self.forms if found.issuperset(way))

    def foreign_forms(self, found: Found) -> frozenset[Gated] | None:
        """The other languages' demand forms (present, past and second demands) whose literals a sentence
        holding the fragments `found` holds: the others' gates would each read the sentence for nothing
        (None: not known)."""
        if found is None:
            return None
        return frozenset(form for form, way in self.demands if found.issuperset(way))


@dataclass(frozen=True)
class Quiet:
    """A document read once for `Silence`: the fragments each of its sentences holds."""

    text: str
    # each fragment in the document folded with its line breaks as spaces, as `find_asks` reads them:
    # where it ends and starts, and its tags, ordered by end; ends None: the document is not read so
    ends: list[int] | None
    starts: list[int]
    tags: list[frozenset[int]]

    def found(self, sentence: Sentence) -> Found:
        """The tags of the fragments `find_asks` finds in the sentence (None: not read from the document).
        What `find_asks` reads is the sentence's span, line breaks as spaces, with a word hyphenated at a
        line's end ("-\\n") joined (such a sentence is not read from the document, nor is one that is not
        the document's text at its offsets) and without its list marker: a sentence opening with one is
        read from the document only when its span holds no fragment at all (what follows holds none)."""
        if self.ends is None or "-\n" in sentence.text:
            return None
        if self.text[sentence.start : sentence.end] != sentence.text:
            return None
        i = bisect_left(self.ends, sentence.start)
        found: set[int] = set()
        while i < len(self.ends) and self.ends[i] < sentence.end:
            if self.starts[i] >= sentence.start:
                found |= self.tags[i]
            i += 1
        if found and strip_bullet(sentence).start != sentence.start:
            return None
        return frozenset(found)


def quiet(text: str) -> Quiet:
    """The document read for `Quiet.found`. Only where folding and case-folding read it alike (as
    `Silence.found` asks of a sentence), and keep its length, are sentences read from it."""
    # folding reads a line break as it reads a space: the document folded once (by the steps before) serves
    folded = fold(text).replace("\n", " ")
    alike = text.isascii() or folded == text.replace("\n", " ").casefold()  # ASCII folds as it casefolds
    if silence().open or not alike or len(folded) != len(text):
        return Quiet(text, None, [], [])
    hits = list(silence().automaton.iter(folded))  # in the order of their ends
    ends = [end for end, _ in hits]
    return Quiet(text, ends, [end - length + 1 for end, (length, _) in hits], [tags for _, (_, tags) in hits])


def silence() -> Silence:
    """The fragment sets of every way of asking, built once."""
    return _silence()


@cache
def _silence() -> Silence:
    owners: dict[str, set[int]] = {}
    sets: list[Strings] = []

    def tags(*needs: Strings | None) -> Way:
        """A way needing a fragment of each set (None: a need always met; an empty set: never met)."""
        way = []
        for fragments in needs:
            if fragments is not None:
                sets.append(fragments)
                way.append(len(sets))
                for fragment in fragments:
                    owners.setdefault(fragment, set()).add(len(sets))
        return frozenset(way)  # a set, as `found.issuperset` reads it without building one per test

    g = grammar()
    gates = english_gates()
    forms = [tags(_fragments(gates.cues, i), _fragments(gates.literals, i)) for i in range(len(gates.names))]
    english = Ways((tags(g.please.literals), *forms), (tags(asks.MODAL_CUE.literals),))
    foreign_ways = Ways(
        tuple(tags(frozenset(f.cues), f.demand.literals) for f in g.foreign),
        (tags(foreign.MODAL_CUE.literals), *(tags(f.reported.literals) for f in g.foreign if f.reported)),
    )
    demand_forms = [p for f in g.foreign for p in (f.demand, f.reported, f.second) if p is not None]
    demands = tuple((p, tags(p.literals)) for p in demand_forms)
    automaton = automaton_of({w: (len(w), frozenset(holders)) for w, holders in owners.items()})
    every = [*english.always, *english.reported, *foreign_ways.always, *foreign_ways.reported]
    is_open = not owners or any(not way for way in every)
    named_forms = tuple(zip(gates.names, forms, strict=True))
    return Silence(automaton, english, foreign_ways, named_forms, demands, is_open)


def _fragments(index: LiteralIndex, i: int) -> Strings | None:
    """The fragments of set `i` of an index (None: a set that always passes)."""
    if i in index.unknown:
        return None
    if not index.automaton:
        return frozenset()
    return frozenset(word for word, holders in index.automaton.items() if i in holders)
