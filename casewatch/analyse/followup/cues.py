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
    subject: re.Pattern[str]  # a group per stem: a sentence's distinct stems are counted
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
            subject=re.compile(
                r"(?<!\w)(?:" + "|".join(f"({stem})" for stem in entry["subject"]) + ")", re.IGNORECASE
            ),
            done=alternation(entry["done"]),
            failed=alternation(entry["failed"]),
        )
        for entry in vocab.load("remedies")["classes"]
    )


@cache
def any_remedy_cue(kind: str) -> re.Pattern[str]:
    """One pattern for the `kind` cues ("done", "failed", "subject") of every remedy: a sentence
    it does not match matches none of them, and is spared a search per remedy."""
    return alternation(p for entry in vocab.load("remedies")["classes"] for p in entry[kind])


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


def _cue_patterns() -> list[str]:
    data = vocab.load("followup")
    patterns = [p for kind in ("repeated", "partial", "progress", "lack") for p in data[kind]]
    for entry in vocab.load("remedies")["classes"]:
        patterns += entry["done"] + entry["failed"]
    return patterns


_GROUP = re.compile(r"\((?:[^()]|\([^()]*\))*\)[?*+]?(?:\{\d*,?\d*\})?|\[[^\]]*\][?*+]?|\\[a-zA-Z]")
_OPTIONAL_CHAR = re.compile(r".(?:[?*]|\{0,?\d*\})")
_PLAIN = re.compile(r"[^\\()\[\]{}|?*+.^$\x00]+")


def required_literal(pattern: str) -> str | None:
    """The longest stretch of plain text every match of `pattern` contains ("reinstated" in
    "(?:was|were) reinstated"), lower-cased; None when there is no safe one (a top-level `|`)."""
    bare = _OPTIONAL_CHAR.sub("\x00", _GROUP.sub("\x00", pattern))
    if "|" in bare:
        return None
    best = max((run.strip() for run in _PLAIN.findall(bare)), key=len, default="")
    return best.lower() if len(best) >= 3 else None


def required_words(pattern: str) -> tuple[str, ...] | None:
    """Plain words one of which every match of `pattern` contains: its required literal or the
    alternatives of one of its required groups, whichever are the rarest (longest) words."""
    literal = required_literal(pattern)
    choices: list[tuple[str, ...]] = [(literal,)] if literal else []
    for group in _GROUP.finditer(pattern):
        text = group.group(0)
        if not text.startswith("(?:") or not text.endswith(")") or "(" in text[3:-1]:
            continue  # optional, a class, an escape, or nested: no sure words
        words = [required_literal(alternative) for alternative in text[3:-1].split("|")]
        if all(words):
            choices.append(tuple(w for w in words if w))
    return max(choices, key=lambda words: min(len(w) for w in words), default=None)


@cache
def cue_words() -> tuple[str, ...] | None:
    """Plain words every status cue holds one of: a sentence holding none carries no cue, which a
    substring test tells far faster than the cue patterns. None if some cue has no such words."""
    found: set[str] = set()
    for pattern in _cue_patterns():
        words = required_words(pattern)
        if words is None:
            return None
        found.update(words)
    return tuple(sorted(found))


_NON_WORD = re.compile(r"\W+")


def _spaced(text: str) -> str:
    """Lower-case words between single spaces, with a leading space: " word" then starts a word."""
    return " " + _NON_WORD.sub(" ", text.lower())


@cache
def _spaced_cue_words() -> tuple[str, ...] | None:
    words = cue_words()
    return None if words is None else tuple(dict.fromkeys(_spaced(w).rstrip() for w in words))


def may_hold_cue(text: str) -> bool:
    """False when no cue can match: none of the cue words starts a word of the text."""
    words = _spaced_cue_words()
    if words is None:
        return True
    spaced = _spaced(text)
    return any(word in spaced for word in words)
