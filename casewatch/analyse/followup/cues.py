"""The follow-up vocabularies (`vocab/remedies.json`, `vocab/followup.json`) compiled once, on first use."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from casewatch import vocab


def alternation(patterns: Iterable[str]) -> re.Pattern[str]:
    """One pattern matching any of `patterns` at a word start, case-insensitively."""
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", re.IGNORECASE)


@dataclass(frozen=True)
class Remedy:
    name: str
    family: str
    asks: re.Pattern[str]
    requires: re.Pattern[str] | None
    subject: tuple[re.Pattern[str], ...]  # one per stem: a sentence's hits are counted
    done: re.Pattern[str]
    failed: re.Pattern[str]


@dataclass(frozen=True)
class Topic:
    name: str
    about: str
    stems: re.Pattern[str]
    claim: re.Pattern[str]
    contest: re.Pattern[str]


@cache
def remedies() -> tuple[Remedy, ...]:
    return tuple(
        Remedy(
            name=entry["class"],
            family=entry["family"],
            asks=alternation(entry["patterns"]),
            requires=alternation(entry["requires"]) if entry.get("requires") else None,
            subject=tuple(alternation([stem]) for stem in entry["subject"]),
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
    return alternation(data["persons"]), alternation(data["organisations"])


@cache
def general(kind: str) -> re.Pattern[str]:
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
