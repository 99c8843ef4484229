"""A pattern behind its necessary literals: a scan that a substring test proves vain is not run.

`re` tries a case-insensitive alternation, or a pattern opening with `\\b` or a look-behind, at
every position of the text; most texts hold none of the words such a pattern needs. `Gated`
answers `search`, `finditer`, `findall` and `sub` as its pattern does, but first looks for the
pattern's necessary literals (`literals.necessary`) in the folded text, folded once per text and
kept for the next pattern: a text that lacks them all has no match. Every match holds one of the
literals inside its own span (look-arounds add none), so the test may be bounded as the scan is.
Many literals are looked for in one Aho-Corasick pass that stops at the first found, where a substring
search per literal would scan the whole text once for each.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from casewatch.extract.literals import automaton_of, fold, necessary

_FOLDED = fold  # kept by `fold`: a document's text and its lines are tested by many patterns in turn
# up to this many literals, a substring search for each costs less than one pass of an automaton: `str.find`
# skips along at C speed, where the automaton steps through every character (measured on the development
# corpus's gates: with 4 to 8 literals the searches cost two thirds of the pass, from 13 on more than it)
FEW = 10


class Gated:
    """A compiled pattern and its necessary literals (None: no test, every scan runs)."""

    __slots__ = ("automaton", "compiled", "literals")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self.literals = necessary(compiled.pattern, compiled.flags)
        self.automaton = (
            automaton_of({w: len(w) for w in self.literals})
            if self.literals and len(self.literals) > FEW
            else None
        )

    def vain(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """True when no match can lie in `text[pos:endpos]`: none of the literals is there."""
        if self.literals is None:
            return False
        folded = _FOLDED(text)
        whole = pos == 0 and endpos >= len(folded)  # most scans read the whole text: no bounds to pass
        if self.automaton is not None:  # bounds read as a slice's, as `find` reads them
            if whole:
                return next(self.automaton.iter(folded), None) is None
            start, end, _ = slice(pos, endpos).indices(len(folded))
            return start >= end or next(self.automaton.iter(folded, start, end), None) is None
        for literal in self.literals:
            if (literal in folded) if whole else folded.find(literal, pos, endpos) >= 0:
                return False
        return True

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self.vain(text, pos, endpos) else self.compiled.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self.vain(text, pos, endpos) else self.compiled.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self.vain(text, pos, endpos) else self.compiled.findall(text, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return text if self.vain(text) else self.compiled.sub(repl, text, count)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)  # one position: the test would cost more

    def match_ahead(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """`match`, behind the test of the text after `pos`: for a pattern that runs on lazily through
        many characters before its words ("[^.;]{0,100}?... were dropped"), one try costs more than
        the test."""
        return None if self.vain(text, pos) else self.compiled.match(text, pos)

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    @property
    def flags(self) -> int:
        return self.compiled.flags


def gated(pattern: str | re.Pattern[str], flags: int = 0) -> Gated:
    """`re.compile(pattern, flags)` behind its gate (a pattern compiled already keeps its flags)."""
    return Gated(pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags))


class LiteralCue:
    """Where a gate's necessary literals stand in a text, found in its folded form (of the same length): the
    cue of `literals.in_lines` for a pattern whose every match holds one of them and no line break, so that
    only the lines holding one are searched."""

    __slots__ = ("words",)

    def __init__(self, gate: Gated) -> None:
        # no literals known: an empty pattern, found on every line
        self.words = re.compile("|".join(map(re.escape, sorted(gate.literals or ()))))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.words.finditer(fold(text))
