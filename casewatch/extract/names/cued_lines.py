"""The name rules' scans of the lines that hold a cue, the cue looked for once per line.

`literals.in_lines` reads every match of the cue and drops those of a line already searched; a cue
common in a line (' and ', two capitals) is then read many times a line. Here the cue is looked for
again only after the end of the line searched: the same lines, so the same matches, for a cue whose
matches never hold a line break (the words and stems of the names' cues), since then no match of the
cue starts in a line and runs on past its end, and the first match after a line is the first one that
a search from the next line's start finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from casewatch.extract.gated import Gated
from casewatch.extract.openings import Openings


@dataclass(frozen=True)
class Literals:
    """A cue that is one of a few strings opening with a common character (' and ', whose space opens
    every word): each is looked for with `str.find`, which skips along at C speed, where `re` stops at
    every such character to try them. The leftmost occurrence is the one a search for their alternation
    finds. (Each string missing from a text costs one pass over it: for a few strings only.)"""

    strings: tuple[str, ...]
    # a pattern whose matches also cue a line, one opening with a rare character ('(')
    pattern: re.Pattern[str] | None = None


Cue = re.Pattern[str] | Gated | Openings | Literals


def in_cued_lines(pattern: re.Pattern[str], text: str, cue: Cue) -> Iterator[re.Match[str]]:
    """What `literals.in_lines(pattern, text, cue)` gives: the matches of `pattern.finditer(text)`, for
    a pattern whose matches never cross a line break and always hold a match of `cue`."""
    for start, end in cued_lines(text, cue):
        yield from pattern.finditer(text, start, end)


def cued_lines(text: str, cue: Cue) -> Iterator[tuple[int, int]]:
    """The spans of the lines holding a match of `cue`, in order."""
    if isinstance(cue, Literals):
        yield from _lines_of_literals(text, cue)
        return
    if isinstance(cue, Openings):
        yield from _lines_of_openings(text, cue)
        return
    if isinstance(cue, Gated):
        if cue.vain(text):
            return
        cue = cue.compiled
    pos = 0
    while (c := cue.search(text, pos)) is not None:
        start, end = _line_around(text, c.start())
        yield start, end
        pos = end + 1


def _lines_of_openings(text: str, cue: Openings) -> Iterator[tuple[int, int]]:
    """The lines of a cue tried only where one of its openings starts (`Openings`, one pattern): a start
    in a line already searched is not tried."""
    if 0 in cue.unknown:
        yield from cued_lines(text, cue.patterns[0])
        return
    end = -1
    for at in cue.starts(text)[0]:
        if at > end and cue.patterns[0].match(text, at):
            start, end = _line_around(text, at)
            yield start, end


def _lines_of_literals(text: str, cue: Literals) -> Iterator[tuple[int, int]]:
    """The lines holding one of the strings or a match of the pattern; where each occurs next is kept, so
    that no stretch of the text is read twice for one of them."""
    next_at = {s: text.find(s) for s in cue.strings}
    pattern_at = _next_match(cue.pattern, text, 0)
    pos = 0
    while True:
        for string, at in next_at.items():
            if 0 <= at < pos:
                next_at[string] = text.find(string, pos)
        if 0 <= pattern_at < pos:
            pattern_at = _next_match(cue.pattern, text, pos)
        found = [at for at in (*next_at.values(), pattern_at) if at >= 0]
        if not found:
            return
        start, end = _line_around(text, min(found))
        yield start, end
        pos = end + 1


def _next_match(pattern: re.Pattern[str] | None, text: str, pos: int) -> int:
    m = pattern.search(text, pos) if pattern is not None else None
    return m.start() if m else -1


def _line_around(text: str, at: int) -> tuple[int, int]:
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end
