"""Persons named as the members of a group an act was just told of: "Five unionists were arrested.
It would be X, Y and Z", "Il s'agirait de X et de Y", "ICFTU said two of the three union officials,
X and Y, had been held since March". The act told once of the group befalls them: they join its
targets, and the naming sentence tells no act of its own type."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from casewatch.extract.sentences import Sentence
from casewatch.model import Event, EventType, Mention

# the sentence says who they are: "il s'agirait de", "se trata de", "they are", after an optional
# "according to X," opening
_WHO_THEY_ARE = re.compile(
    r"\W*(?:(?:selon|según|according to|d['’]après|по словам)\b[^,.]{0,80},\s*)?"
    r"(?:il s['’]agi(?:t|rait|ssait)|se trata(?:ba|ría)?|se tratar[ií]a|they (?:are|were)|these (?:are|were)"
    r"|речь ид[её]т о)\b",
    re.I,
)
# "two of the three union officials, X and Y": a part of the group, counted, then the persons apposed
_SOME_OF_THEM = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|dos|tres|cuatro|cinco)\s+"
    r"(?:of|de|d['’]entre)\s+(?:the|these|those|les|ces|los|las|estos|estas)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?P<head>[\w'’-]+),\s+$",
    re.I,
)
SOME_REACH = 90  # chars before the first person where "two of the three union officials," is looked for
GROUP_BACK = 2500  # chars back from the naming sentence to the act told of the group


_PART_WORDS = (
    " of the ",
    " of these ",
    " of those ",
    " d'entre ",
    " d’entre ",
    " de los ",
    " de las ",
    " de ces ",
)


def naming_them(sentence: Sentence) -> bool:
    """The sentence may name who a group told before stands for (a cheap test before `join_named`)."""
    return _WHO_THEY_ARE.match(sentence.text) is not None or any(w in sentence.text for w in _PART_WORDS)


def _named(sentence: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    return [
        m for m in mentions if m.label == "person" and sentence.start <= m.start and m.end <= sentence.end
    ]


def _group_head(event: Event, named: set[str], persons: set[str]) -> str | None:
    """The last word of the group an act on persons befell, if it befell a group and no one named
    (`named`: the keys of every mention, a group's key is its own words)."""
    if event.type is EventType.PROTEST or any(t in persons for t in event.targets):
        return None
    groups = [t for t in event.targets if t not in named]
    return groups[-1].rsplit(maxsplit=1)[-1].lower() if groups else None


def _befallen(
    text: str, sentence: Sentence, told: list[tuple[Event, bool, bool]], first: Mention, heads: dict[int, str]
) -> int | None:
    """The act whose group the sentence names the members of: told in the sentence right before one
    saying who they are; else the last one of the group a counted part of it names ("two of the
    three union officials, X")."""
    if _WHO_THEY_ARE.match(sentence.text):
        before = [i for i, (e, _, _) in enumerate(told) if e.end <= sentence.start]
        last = told[before[-1]][0].start if before else -1
        acts = [i for i in before if told[i][0].start == last and i in heads]
        return acts[0] if len(acts) == 1 else None
    part = _SOME_OF_THEM.search(text, max(sentence.start, first.start - SOME_REACH), first.start)
    if part is None:
        return None
    head = part.group("head").lower()
    acts = [
        i
        for i, (e, _, _) in enumerate(told)
        if heads.get(i) == head and e.end <= sentence.start and sentence.start - e.end <= GROUP_BACK
    ]
    return acts[-1] if acts else None


def join_named(
    text: str,
    told: list[tuple[Event, bool, bool]],
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
) -> list[tuple[Event, bool, bool]]:
    """The persons each naming sentence names join the act that befell the group they are members
    of; acts of its type the naming sentence tells are dropped."""
    persons = {m.entity or m.text for m in mentions if m.label == "person"}
    keys = {m.entity or m.text for m in mentions}
    for sentence in sentences:
        named = _named(sentence, mentions)
        if not named:
            continue
        heads = {i: h for i, (e, _, _) in enumerate(told) if (h := _group_head(e, keys, persons))}
        at = _befallen(text, sentence, told, named[0], heads)
        if at is None:
            continue
        event, summary, nominal = told[at]
        members = tuple(dict.fromkeys(m.entity or m.text for m in named))
        told[at] = (replace(event, targets=(*event.targets, *members)), summary, nominal)
        told = [t for t in told if not (t[0].start == sentence.start and t[0].type == event.type)]
    return told
