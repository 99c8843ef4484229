"""The compiled trigger vocabulary: each event type's wordings behind their openings, and the cues
that make a trigger no reported fact (negation, modality, request, denial, principle, tally)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from casewatch import vocab
from casewatch.extract.alternations import top_branches
from casewatch.extract.events.wordings import Wordings
from casewatch.extract.events.wordings import wordings as wordings_of
from casewatch.extract.gated import Gated, gated
from casewatch.extract.literals import necessary
from casewatch.extract.openings import Openings, with_openings
from casewatch.model import EventType

CYRILLIC = re.compile(r"[А-яЁё]")


@dataclass(frozen=True)
class Cues:
    """Compiled trigger vocabulary and the cues that make a trigger not a reported fact."""

    triggers: tuple[tuple[EventType, tuple[int, ...]], ...]  # each type's wordings, as indices
    wordings: tuple[str, ...]  # every type's trigger patterns, in vocabulary order
    type_of: tuple[EventType, ...]  # per wording
    # the trigger (then the noun-act) wordings behind their openings: most sentences hold none of most
    # wordings' openings
    scan: Wordings
    cyrillic: frozenset[int]  # wordings with no known literal that only Cyrillic text can match
    # (these behind their openings or literals: alternations `re` would try at every offset of the
    # stretch before each trigger)
    negation: Openings
    modality: Openings
    modality_news: Gated | None  # case-sensitive too; opens at the start of a line, so no openings
    purpose: re.Pattern[str]
    request: Openings  # (these two behind their openings: long alternations, read for every trigger)
    denial: Openings  # "rejects the allegation that": what follows is a denied claim
    principle: Openings  # "The Committee recalls that ...": a rule, no act, unless dated
    principle_clause: re.Pattern[str]  # "the principle that no one ...": what follows names no act
    habitual: Gated  # "union leaders are often arrested": a general statement, no act of the case
    summary_subject: Gated  # an indefinite plural subject: "Leaders of unions", "some unions"
    aggregate: Gated  # a count across countries ("in 68 of 149 countries"): a trend, no act
    # its branches, each behind its own literals: a sentence holding "years" is spared the branches
    # that need "countries" (one branch, a number some words before "in the last years", is costly)
    aggregate_branches: tuple[Gated, ...]
    # a demonstration or meeting named as what is closed: the subject before it, the object after it
    gathering_before: re.Pattern[str]
    gathering_after: re.Pattern[str]
    # the noun acts' wordings (`allegations`) follow the triggers' in `scan`: one pass reads both
    noun_types: tuple[EventType, ...]  # per noun-act wording

    @property
    def nouns_from(self) -> int:
        """Where the noun acts' wordings start in `scan`."""
        return len(self.wordings)


def cyrillic_only(wordings: list[str]) -> frozenset[int]:
    """Wordings the literal prefilter cannot read (it knows ASCII letters only) that are written in
    Cyrillic: a sentence without a Cyrillic letter skips them."""
    return frozenset(i for i, w in enumerate(wordings) if necessary(w, re.I) is None and CYRILLIC.search(w))


def may_match(scan: Wordings, cyrillic: frozenset[int], text: str) -> dict[int, list[int]]:
    """The wordings that may match `text`, with the offsets where they may start (`Wordings.starts`)."""
    found = scan.starts(text)
    if cyrillic and not CYRILLIC.search(text):
        return {i: at for i, at in found.items() if i not in cyrillic}
    return found


@lru_cache(maxsize=2)  # the triggers and the noun acts of a sentence read it in turn
def opened(text: str) -> dict[int, list[int]]:
    """The trigger and noun-act wordings (`scan`) that may match the sentence `text`, with the offsets
    where they may start: one pass for both vocabularies."""
    c = cues()
    return may_match(c.scan, c.cyrillic, text)


def by_type(data: dict[str, Any], name: str) -> dict[str, list[str]]:
    """Wordings per event type (`name` in the vocabulary), with those added for the wordings of
    supervisory records (`name` + "_records") and of news and union pages (`name` + "_news") after them."""
    merged = {etype: list(patterns) for etype, patterns in data[name].items()}
    for kept_apart in (f"{name}_records", f"{name}_news"):
        for etype, patterns in data.get(kept_apart, {}).items():
            merged.setdefault(etype, []).extend(patterns)
    return merged


@cache
def cues() -> Cues:
    data = vocab.load("events")
    types = by_type(data, "types")
    wordings = [p for patterns in types.values() for p in patterns]
    aggregate = gated(
        re.compile("|".join(filter(None, (data["aggregate"], data.get("aggregate_news")))), re.I)
    )
    triggers, first = [], 0
    for name, patterns in types.items():
        triggers.append((EventType(name), tuple(range(first, first + len(patterns)))))
        first += len(patterns)
    by_noun = by_type(data, "allegation_nouns")
    nouns = [(EventType(name), p) for name, patterns in by_noun.items() for p in patterns]
    every = [*wordings, *(p for _, p in nouns)]
    return Cues(
        tuple(triggers),
        tuple(wordings),
        tuple(t for t, indices in triggers for _ in indices),
        wordings_of([re.compile(w, re.I) for w in every]),
        cyrillic_only(every),
        with_openings(re.compile(data["negation"], re.I)),
        with_openings(re.compile(data["modality"])),
        gated(re.compile(data["modality_news"])) if data.get("modality_news") else None,
        re.compile(data["purpose"], re.I),
        with_openings(re.compile(data["request_cues"], re.I)),
        with_openings(re.compile(data["denial"], re.I)),
        with_openings(re.compile(data["principle"], re.I)),
        re.compile(data["principle_clause"], re.I),
        gated(re.compile(data["habitual"], re.I)),
        gated(re.compile(data["summary_subject"], re.I)),
        aggregate,
        _branches(aggregate),
        re.compile(data["gatherings"] + r"[^,;]{0,40}$", re.I),
        re.compile(
            r"\s*(?:(?:the|a|an|their|its|this|these|la|le|les|el|los|las|una?)\s+)?(?:[\w-]+\s+)?"
            + data["gatherings"],
            re.I,
        ),
        tuple(etype for etype, _ in nouns),
    )


def _branches(cue: Gated) -> tuple[Gated, ...]:
    """The cue's top-level branches, each behind its literals (the cue whole when it has no branches)."""
    branches = top_branches(cue.pattern)
    if branches is None or len(branches) < 2:
        return (cue,)
    return tuple(gated(re.compile(branch, cue.flags)) for branch in branches)
