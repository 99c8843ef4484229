"""The follow-up vocabularies (`vocab/remedies.json`, `vocab/followup.json`) compiled once, on first use."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from casewatch import vocab
from casewatch.extract.gated import Gated, gated
from casewatch.extract.literals import LiteralIndex, fold, literal_index


def alternation(patterns: Iterable[str]) -> Gated:
    """One pattern matching any of `patterns` at a word start, case-insensitively; behind the gate of
    its necessary words, so that a sentence lacking them all is not scanned (most sentences)."""
    return gated(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", re.IGNORECASE)


@dataclass(frozen=True)
class Remedy:
    name: str
    family: str
    asks: Gated
    requires: Gated | None
    subject: Gated  # a group per stem: a sentence's distinct stems are counted
    done: Gated
    failed: Gated


@dataclass(frozen=True)
class Topic:
    name: str
    about: str
    stems: Gated
    claim: Gated
    contest: Gated


@cache
def remedies() -> tuple[Remedy, ...]:
    return tuple(
        Remedy(
            name=entry["class"],
            family=entry["family"],
            asks=alternation(entry["patterns"]),
            requires=alternation(entry["requires"]) if entry.get("requires") else None,
            subject=gated(
                r"(?<!\w)(?:" + "|".join(f"({stem})" for stem in entry["subject"]) + ")", re.IGNORECASE
            ),
            done=alternation(entry["done"]),
            failed=alternation(entry["failed"]),
        )
        for entry in vocab.load("remedies")["classes"]
    )


@cache
def remedy(name: str) -> Remedy | None:
    return next((r for r in remedies() if r.name == name), None)


@cache
def target_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Head nouns of a harassment remedy's target: persons, organisations."""
    data = vocab.load("remedies")["organisation_target"]
    # matched against one word: the gate would cost more than the match
    return alternation(data["persons"]).compiled, alternation(data["organisations"]).compiled


GENERAL_KINDS = ("progress", "lack", "partial", "repeated")


CueRow = tuple[str, str, Gated]  # role ('general', 'done', 'failed', 'subject'), kind or remedy, pattern


@cache
def _cue_table() -> tuple[LiteralIndex, tuple[CueRow, ...]]:
    """One automaton for the necessary words of every status cue and subject pattern, and the rows
    its sets stand for."""
    rows: list[CueRow] = [("general", kind, general(kind)) for kind in GENERAL_KINDS]
    for r in remedies():
        rows += [("done", r.name, r.done), ("failed", r.name, r.failed), ("subject", r.name, r.subject)]
    return literal_index([pattern.literals for _, _, pattern in rows]), tuple(rows)


def live_cues(text: str) -> list[CueRow]:
    """The cue patterns that may match the text: those whose necessary words it holds, all found in
    one pass over it, so that a sentence visits only them (most sentences hold none)."""
    index, rows = _cue_table()
    return [rows[i] for i in sorted(index.passing(fold(text)))]


@cache
def general(kind: str) -> Gated:
    """A general cue list of `vocab/followup.json`: repeated, partial, progress, lack."""
    return alternation(vocab.load("followup")[kind])


@cache
def topics() -> tuple[Topic, ...]:
    return tuple(
        Topic(
            name=t["topic"],
            about=t["about"],
            stems=alternation(t["stems"]),
            claim=alternation(t["claim"]),
            contest=alternation(t["contest"]),
        )
        for t in vocab.load("followup")["disputes"]["topics"]
    )
