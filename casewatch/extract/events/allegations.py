"""Allegations written as noun phrases: "arrests and dismissals of union leaders" in a complaint's
summary, an "Allegations:" paragraph or a numbered "Alleged ..." item, and noun acts with their own
date ("the adoption of the new code in 2016").

A noun alone tells no fact ("the right to strike", "the release of X is requested"): it is kept only
where the sentence tells what is alleged or reported, or where a date follows it closely."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from casewatch import vocab
from casewatch.extract.dates import DateMention
from casewatch.extract.events.triggers import Trigger, told_as_fact
from casewatch.extract.sentences import Sentence
from casewatch.model import EventType

DATE_REACH = 80  # chars from a noun act to the date that dates it ("adoption of the ... Act in 2016")
# a summary line or list item that is itself the allegation: "Allegations: ...", "1. Alleged detention of"
_HEADED = re.compile(
    r"^\s*(?:[-•■▪*]\s*)?(?:\(?[\w.]{1,4}[.)]\s+)?(?:Allegations?|Alleged|Allégations?|Alléguée?s?|Alegatos?|Alegaciones|Presunt[oa]s?)\b",
    re.I,
)


@cache
def _nouns() -> tuple[tuple[EventType, re.Pattern[str]], ...]:
    data = vocab.load("events")["allegation_nouns"]
    return tuple((EventType(name), re.compile("|".join(patterns), re.I)) for name, patterns in data.items())


@cache
def _context() -> re.Pattern[str]:
    return re.compile(vocab.load("events")["allegation_context"], re.I)


@cache
def _any_noun() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.pattern})" for _, p in _nouns()), re.I)


def may_allege(sentence: Sentence) -> bool:
    """Whether the sentence holds any noun act at all (most hold none)."""
    return _any_noun().search(sentence.text) is not None


def _dated(sentence: Sentence, end: int, dates: Sequence[DateMention]) -> bool:
    """A date follows the noun act within its clause ("adoption of the Act in 2016")."""
    pos = sentence.start + end
    return any(
        pos <= d.start <= pos + DATE_REACH and ";" not in sentence.text[end : d.start - sentence.start]
        for d in dates
    )


def find_allegations(
    sentence: Sentence, verbal: Sequence[Trigger], dates: Sequence[DateMention]
) -> list[Trigger]:
    """Noun-phrase acts told as allegations or dated, where no verb trigger already tells them."""
    if not may_allege(sentence):
        return []
    headed = bool(_HEADED.match(sentence.text))
    told = _context().search(sentence.text)
    found: list[Trigger] = []
    for etype, pattern in _nouns():
        for m in pattern.finditer(sentence.text):
            start, end = sentence.start + m.start(), sentence.start + m.end()
            if any(t.start < end and start < t.end for t in (*verbal, *found)):
                continue
            alleged = headed or (told is not None and told.start() < m.start())
            if (alleged or _dated(sentence, m.end(), dates)) and told_as_fact(sentence, m.start()):
                found.append(Trigger(etype, start, end, m.group(0), nominal=True))
    return sorted(found, key=lambda t: t.start)
