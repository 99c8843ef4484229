"""Requests made to governments: who asked whom for what, by when, and whether it is overdue.

A request's deadline is its own or, failing that, its document's reply_due. It is overdue
when that deadline has passed and no reply to its document is in the evidence (a government
reply citing the document's reference or dated letter, see `replies`): a documented notion,
not a judgement on the substance.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from casewatch.analyse.common import (
    ActorIndex,
    ActorRef,
    Clusters,
    Pair,
    SourceRef,
    date_key,
    last_day,
    source_ref,
)
from casewatch.analyse.replies import NO_EVIDENCE, Replies, ReplyEvidence
from casewatch.analyse.topics import OTHER_TOPIC, REQUEST_TOPICS
from casewatch.model import PartialDate, Party

UNKNOWN_BODY = "unknown body"


@dataclass(frozen=True)
class RequestItem:
    id: str
    text: str
    issuers: tuple[ActorRef, ...]
    addressees: tuple[ActorRef, ...]
    source: SourceRef
    anchor: str  # the fact's id in the document reader: "f-r2"
    topics: tuple[str, ...]
    deadline: PartialDate | None = None
    deadline_text: str | None = None
    overdue: bool = False
    reply: SourceRef | None = None


@cache
def _topic_patterns() -> dict[str, re.Pattern[str]]:
    return {
        topic: re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + ")", re.IGNORECASE)
        for topic, stems in REQUEST_TOPICS.items()
    }


def topics_of(text: str) -> tuple[str, ...]:
    """The topics whose stems occur in a request's text, in vocabulary order; 'other' if none."""
    found = tuple(topic for topic, pattern in _topic_patterns().items() if pattern.search(text))
    return found or (OTHER_TOPIC,)


def _items(pairs: Sequence[Pair], index: ActorIndex, today: date, replies: Replies) -> list[RequestItem]:
    items = []
    for row, ext in pairs:
        ref = source_ref(row, ext.meta)
        found = replies.to(row.id, ext.meta) if ext.requests else None
        reply = found.source if found else None
        for i, request in enumerate(ext.requests):
            deadline = request.deadline or ext.meta.reply_due
            overdue = deadline is not None and last_day(deadline) < today and reply is None
            items.append(
                RequestItem(
                    id=f"{row.id}-r{i}",
                    text=request.text,
                    issuers=index.actors(row, request.issuers) or _senders(ext.meta.senders),
                    addressees=index.actors(row, request.addressees),
                    source=ref,
                    anchor=f"f-r{i}",
                    topics=topics_of(request.text),
                    deadline=deadline,
                    deadline_text=request.deadline_text,
                    overdue=overdue,
                    reply=reply,
                )
            )
    return items


JOINT = " · "  # the names of co-signing bodies, in a group's name


def _senders(senders: Sequence[Party]) -> tuple[ActorRef, ...]:
    return tuple(ActorRef(name=party.name) for party in senders)


def body_of(item: RequestItem) -> str:
    """The group of the request's issuer. A joint communication is one ask of its co-signers
    together, listed once under all of them."""
    return JOINT.join(dict.fromkeys(a.name for a in item.issuers)) or UNKNOWN_BODY


def request_items(
    pairs: Sequence[Pair],
    clusters: Clusters,
    today: date,
    evidence: ReplyEvidence = NO_EVIDENCE,
    names: Mapping[str, str] | None = None,
) -> list[RequestItem]:
    """Every request in the page's order: by its document's date, then id. `names`: the actors'
    names when `pairs` are only some of the collection's documents (see `ActorIndex`)."""
    items = _items(pairs, ActorIndex(pairs, clusters, names), today, Replies(evidence))
    return sorted(items, key=lambda r: (date_key(r.source.date), r.id))


def open_due(item: RequestItem) -> date | None:
    """The last day to answer the request while no reply came (after it, it is overdue)."""
    return last_day(item.deadline) if item.deadline is not None and item.reply is None else None
