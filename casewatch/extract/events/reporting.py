"""Reporting verbs ("alleges", "said", "according to", "calls for the release of"): who is named
before one tells of an act, no one taking part in it.

The verbs are one vocabulary alternation, read for every trigger over the stretch of its sentence
before (and after) it. `re` tries such a pattern at every position of the stretch; instead, one
Aho-Corasick pass over the document finds where a verb may start (its openings, `openings`), and the
pattern is tried only there, up to the stretch's end: the same matches, a fraction of the work."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

from casewatch import vocab
from casewatch.extract.alternations import regrouped
from casewatch.extract.events.framing import title_case
from casewatch.extract.openings import Openings, matches_from, with_openings
from casewatch.model import Mention


@cache
def _reporting() -> re.Pattern[str]:
    data = vocab.load("events")
    verbs, opening = data["reporting_verbs"], r"\b(?:"
    # the wordings kept apart (appeals of news pages, records' "alleging") join the one alternation,
    # so that it is still regrouped
    kept_apart = [data[key] for key in ("reporting_calls", "reporting_verbs_records") if data.get(key)]
    if kept_apart and verbs.startswith(opening):
        verbs = opening + "|".join(kept_apart) + "|" + verbs[len(opening) :]
    return re.compile(regrouped(verbs, ignorecase=True), re.I)


@cache
def _openings() -> Openings:
    return with_openings(_reporting())


@lru_cache(maxsize=2)  # the triggers of a document read its verbs in turn
def _verb_starts(text: str) -> Sequence[int]:
    """Where in the document a reporting verb may start."""
    return _openings().starts(text)[0]


def _matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of `_reporting().finditer(text, start, end)`: tried only where a verb may start."""
    openings = _openings()
    pattern = openings.patterns[0]
    if openings.unknown:  # no openings known (another Python's parser): the pattern scans as usual
        yield from pattern.finditer(text, start, end)
        return
    starts = _verb_starts(text)
    yield from matches_from(pattern, text, starts[bisect_left(starts, start) : bisect_left(starts, end)], end)


@lru_cache(maxsize=16)  # the reporters and the speaking groups of a trigger read the same stretch
def reporting_verbs(text: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """The reporting verbs of `text[start:end]`, a stretch of one sentence."""
    # a capitalised word inside the sentence is a word of a name ("the State Security Committee")
    return tuple(
        m
        for m in _matches(text, start, end)
        if not (m.group(0)[:1].isupper() and text[start : m.start()].strip() and not title_case(text, start))
    )


# those a statement is made to, right after its verb: "told reporters", "a dit aux journalistes"
_PRESS = re.compile(
    r"\b(?:journalists|reporters|press|media|periodistas|prensa|medios|journalistes|presse|médias)\b", re.I
)
_TO_AUDIENCE = re.compile(
    r"(?:\s+(?:also|también|además|aussi|également))?\s+(?:to\s+(?:the\s+)?|a\s+(?:los\s+|las\s+)?|aux\s+|à\s+(?:la\s+|les\s+)?)?",
    re.I,
)


def told_to(text: str, verbs: Sequence[re.Match[str]], groups: Sequence[Mention]) -> list[Mention]:
    """The press a statement is made to ("ha dicho a periodistas que", "told reporters"): named
    right after a reporting verb, it hears of the act and takes no part in it."""
    return [
        g
        for g in groups
        if _PRESS.search(g.text) and any(_TO_AUDIENCE.fullmatch(text, v.end(), g.start) for v in verbs)
    ]
