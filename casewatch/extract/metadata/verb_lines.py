"""Matches of a pattern that ends on a verb, searched only on the lines around the verb's occurrences.

A body's own statement ("The X Union strongly condemns ...") is a run of name words, a description and
an adverb before its verb: `re` starts that run at every capital of the page and extends it word by word
up to the verb, most of it in vain, as most capitals are followed by no such verb. Every match ends on
the verb; it holds no line break but in the spaces before a dash opening a description on the verb's
line ("The X Union\\n – a national federation – condemns"). So no match starts before the verb's line,
or before the last line with words above it when a dash comes first on the verb's line: the pattern is
searched in those spans alone (spans that overlap are one), from the end of the last match as finditer
goes, and finds what a scan of the whole page finds.
"""

from __future__ import annotations

import re

from casewatch.extract.openings import Openings, with_openings

_DASH = re.compile(r"[–—-]")


class VerbLines:
    """`pattern`, every match of which ends with `[ \\t]+` and one of `verbs` (an alternation), holding
    no line break but in whitespace before a dash on the verb's line."""

    __slots__ = ("openings", "pattern", "verb")

    def __init__(self, pattern: re.Pattern[str], verbs: str) -> None:
        self.pattern = pattern
        self.verb = re.compile(rf"(?:{verbs})\b", pattern.flags)
        self.openings: Openings = with_openings(self.verb)

    def finditer(self, text: str) -> list[re.Match[str]]:
        """What `pattern.finditer(text)` gives."""
        found: list[re.Match[str]] = []
        for low, end in self._spans(text):
            pos = max(low, found[-1].end()) if found else low
            while pos < end and (m := self.pattern.search(text, pos, end)):
                found.append(m)
                pos = m.end()
        return found

    def _spans(self, text: str) -> list[list[int]]:
        """Where matches may lie: from the earliest start of one ending on each verb to its line's end."""
        spans: list[list[int]] = []
        known = self.openings.automaton is not None and not self.openings.unknown
        starts = self.openings.starts(text)[0] if known else range(1, len(text))
        for at in starts:
            if at == 0 or text[at - 1] not in " \t" or not self.verb.match(text, at):
                continue
            low, end = _earliest_start(text, at), text.find("\n", at)
            end = len(text) if end < 0 else end  # a line's end is no word: `\b` and look-aheads read as there
            if spans and low < spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], end)
            else:
                spans.append([low, end])
        return spans


def _earliest_start(text: str, verb: int) -> int:
    """The verb's line's start; with a dash before the verb on it, the start of the last line with words
    above (a name on its own line, then its description between dashes)."""
    line = text.rfind("\n", 0, verb) + 1
    if _DASH.search(text, line, verb) is None:
        return line
    end = line - 1  # the line break closing the line above
    while end >= 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end] and not text[start:end].isspace():
            return start
        end = start - 1
    return 0
