"""Disputes: the same fact told one way by the government and another by its critics.

A government sentence gives an account of a fact (a denial, a reason, a state of things: the
`claim` cues of a dispute topic) and names who or what it is about. A sentence of another
speaker of the same document, on the same topic and naming one of the same actors or laws,
that tells it otherwise (the topic's `contest` cues) is the other side. A critic often names
the actors a sentence or two after saying what happened ("harassment is still going on ...
These relate to Mr X"), so a side's topic may come from earlier sentences of the same
paragraph of the same turn, and its quote then starts there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from casewatch.analyse.followup.cues import Topic, topics
from casewatch.analyse.followup.model import Dispute, FollowupDoc, Side
from casewatch.analyse.followup.units import Unit, flat

GOVERNMENT = "government"
SIDES_PER_GROUP = 3
_LOOK_BACK = 3  # sentences of the same paragraph a side's topic may come from


@dataclass(frozen=True)
class _Claim:
    topic: Topic
    unit: Unit


def _claims(doc_units: Sequence[Unit]) -> list[_Claim]:
    return [
        _Claim(topic, unit)
        for unit in doc_units
        if unit.group == GOVERNMENT and unit.anchors
        for topic in topics()
        if topic.stems.search(unit.text) and topic.claim.search(unit.text)
    ]


def _same_paragraph(text: str, left: Unit, right: Unit) -> bool:
    return left.turn == right.turn and "\n\n" not in text[left.end : right.start]


def _contest(
    text: str, topic: Topic, doc_units: Sequence[Unit], n: int, anchors: frozenset[str]
) -> Side | None:
    """Unit n as the other side of a claim naming `anchors`, or None."""
    unit = doc_units[n]
    if unit.group == GOVERNMENT or not unit.anchors & anchors:
        return None
    first = n
    while not _tells_otherwise(topic, doc_units[first].text) and first > max(0, n - _LOOK_BACK):
        if not _same_paragraph(text, doc_units[first - 1], unit):
            break
        first -= 1
    if not _tells_otherwise(topic, doc_units[first].text):
        return None
    start = doc_units[first].start
    return Side(unit.group, unit.speaker, flat(text[start : unit.end]), start, unit.end)


def _tells_otherwise(topic: Topic, text: str) -> bool:
    return bool(topic.stems.search(text) and topic.contest.search(text))


def _strength(side: Side, topic: Topic) -> int:
    return len(topic.contest.findall(side.quote)) + len(topic.stems.findall(side.quote))


def _sides(doc: FollowupDoc, doc_units: Sequence[Unit], claim: _Claim) -> list[Side]:
    found = [
        side
        for n in range(len(doc_units))
        if (side := _contest(doc.text, claim.topic, doc_units, n, claim.unit.anchors)) is not None
    ]
    shortest: dict[int, Side] = {}
    for side in found:  # sentences of one paragraph share its opening: keep the shortest quote
        if side.start not in shortest or side.end < shortest[side.start].end:
            shortest[side.start] = side
    found = list(shortest.values())
    kept: list[Side] = []
    for group in dict.fromkeys(s.group for s in found):
        mine = sorted((s for s in found if s.group == group), key=lambda s: -_strength(s, claim.topic))
        kept += mine[:SIDES_PER_GROUP]
    return sorted(kept, key=lambda s: s.start)


def disputes_of(doc: FollowupDoc, doc_units: Sequence[Unit]) -> list[Dispute]:
    """One dispute per topic and set of actors: claims on the same actors are merged."""
    merged: list[tuple[Topic, list[Unit], list[Side]]] = []
    for claim in _claims(doc_units):
        sides = _sides(doc, doc_units, claim)
        if not sides:
            continue
        same = next(
            (m for m in merged if m[0] is claim.topic and any(u.anchors & claim.unit.anchors for u in m[1])),
            None,
        )
        if same is None:
            merged.append((claim.topic, [claim.unit], sides))
        else:
            same[1].append(claim.unit)
            same[2].extend(s for s in sides if s not in same[2])
    return [_dispute(doc, n, topic, claims, sides) for n, (topic, claims, sides) in enumerate(merged)]


def _dispute(doc: FollowupDoc, n: int, topic: Topic, claims: list[Unit], sides: list[Side]) -> Dispute:
    ours = [Side(GOVERNMENT, u.speaker, u.text, u.start, u.end) for u in claims]
    return Dispute(
        id=f"{doc.ref}:d{n}",
        document_id=doc.document_id,
        source=doc.source,
        date=doc.meta.date,
        country=doc.meta.countries[0] if doc.meta.countries else "",
        topic=topic.name,
        about=topic.about,
        sides=(*ours, *sides),
    )
