"""Sentences that cannot ask, told by one pass over the folded sentence before any form is tried.

`find_asks` tries the English forms behind their gates (a cue fragment and a necessary literal of the
form, `grammar.Gates`), "please", the modal cues, and each language's demand and past forms behind their
own gates: each of those tests makes a pass over the sentence of its own, and most sentences pass none.
Here every cue and literal of them all is one automaton: a sentence that holds no fragment any form needs
has no ask, and the forms are not tried; nor are the English forms, or the other languages', where none of
theirs finds its needs. A sentence that may ask is read as before (the forms' own gates run again), so the
asks found are the same.

`Quiet` reads the whole document so once, for the many sentences that hold no fragment at all: each is
then told silent by a pass over its own span of the folded document, without folding it again.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import Any

from casewatch.extract.literals import LiteralIndex, Strings, automaton_of, fold
from casewatch.extract.requests import asks, foreign
from casewatch.extract.requests.grammar import english_gates, grammar
from casewatch.extract.sentences import Sentence

Way = tuple[int, ...]  # a way of asking: the tags of the fragment sets it needs, each one's fragment at least


@dataclass(frozen=True)
class Ways:
    """The ways of asking of one reader (the English forms, or the other languages'), as tag sets."""

    always: tuple[Way, ...]  # the ways tried in every genre
    reported: tuple[Way, ...]  # ... and those tried only where the genre reports asks

    def met(self, found: set[int], reported: bool) -> bool:
        """Whether a way finds all its needs among the tags `found`."""
        ways = self.always + self.reported if reported else self.always
        return any(found.issuperset(way) for way in ways)


@dataclass(frozen=True)
class Silence:
    """The fragments every way of asking needs, as tags in one automaton."""

    automaton: Any  # fragment -> the tags of the sets holding it
    lengths: Any  # fragment -> its length
    english: Ways
    foreign: Ways
    open: bool  # a way of asking with no known need: every sentence may ask

    def may_ask(self, body: str, reported: bool) -> tuple[bool, bool]:
        """Whether an English form, and whether another language's, may match `body`: False only when
        none can, no way of asking of that reader finding all its needs in the sentence."""
        folded = fold(body)
        # cues are looked for in the casefolded text, literals in the folded one: one pass serves both
        # only where the two read alike ("ß" casefolds to "ss")
        if self.open or folded != body.casefold():
            return True, True
        found: set[int] = set()
        for _, tags in self.automaton.iter(folded):
            found |= tags
        if not found:  # most sentences hold no fragment at all
            return False, False
        return self.english.met(found, reported), self.foreign.met(found, reported)


@dataclass(frozen=True)
class Quiet:
    """A document read once for `Silence`: its sentences that hold no fragment of any way of asking."""

    text: str
    # where each fragment ends and starts in the document folded with its line breaks as spaces, as
    # `find_asks` reads them, ordered by end; None: the document is not read so, every sentence may ask
    ends: list[int] | None
    starts: list[int]

    def silent(self, sentence: Sentence) -> bool:
        """True when `find_asks` finds no ask in the sentence: its span of the document holds no fragment.
        What `find_asks` reads is inside that span, line breaks as spaces, unless it joins a word
        hyphenated at a line's end ("-\\n"): such a sentence is read whole, as is one that is not the
        document's text at its offsets."""
        if self.ends is None or "-\n" in sentence.text:
            return False
        if self.text[sentence.start : sentence.end] != sentence.text:
            return False
        i = bisect_left(self.ends, sentence.start)
        while i < len(self.ends) and self.ends[i] < sentence.end:
            if self.starts[i] >= sentence.start:
                return False
            i += 1
        return True


def quiet(text: str) -> Quiet:
    """The document read for `Quiet.silent`. Only where folding and case-folding read it alike (as
    `Silence.may_ask` asks of a sentence), and keep its length, is a sentence told silent by its span."""
    spaced = text.replace("\n", " ")
    folded = fold(spaced)
    if silence().open or folded != spaced.casefold() or len(folded) != len(text):
        return Quiet(text, None, [])
    found = list(silence().lengths.iter(folded))  # in the order of their ends
    return Quiet(text, [end for end, _ in found], [end - length + 1 for end, length in found])


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
        return tuple(way)

    g = grammar()
    gates = english_gates()
    forms = [tags(_fragments(gates.cues, i), _fragments(gates.literals, i)) for i in range(len(gates.names))]
    english = Ways((tags(g.please.literals), *forms), (tags(asks.MODAL_CUE.literals),))
    foreign_ways = Ways(
        tuple(tags(frozenset(f.cues), f.demand.literals) for f in g.foreign),
        (tags(foreign.MODAL_CUE.literals), *(tags(f.reported.literals) for f in g.foreign if f.reported)),
    )
    automaton = automaton_of({fragment: frozenset(holders) for fragment, holders in owners.items()})
    every = [*english.always, *english.reported, *foreign_ways.always, *foreign_ways.reported]
    is_open = not owners or any(way == () for way in every)
    lengths = automaton_of({fragment: len(fragment) for fragment in owners})
    return Silence(automaton, lengths, english, foreign_ways, is_open)


def _fragments(index: LiteralIndex, i: int) -> Strings | None:
    """The fragments of set `i` of an index (None: a set that always passes)."""
    if i in index.unknown:
        return None
    if not index.automaton:
        return frozenset()
    return frozenset(word for word, holders in index.automaton.items() if i in holders)
