"""The follow-up of a collection: threads with their findings, and the disputes of each document.

Two passes: each document is read alone (`reading.read`: its asks, its sentences with a status
cue, its disputes), then the asks are grouped into threads and each thread looks for its
findings among the cued sentences of later documents of the same country.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from casewatch.analyse.common import date_key
from casewatch.analyse.followup.model import Ask, Finding, Followup, FollowupDoc, Thread
from casewatch.analyse.followup.reading import Reading, read
from casewatch.analyse.followup.status import findings, in_order, scope_of, verdict
from casewatch.analyse.followup.threads import apply_judgements, group_asks

UNKNOWN = "unknown"


def followup(docs: Iterable[FollowupDoc], moves: Mapping[str, str | None] | None = None) -> Followup:
    """Threads of asks (after a reviewer's `moves`), each with what later documents show of it."""
    return followup_of([read(doc) for doc in docs], moves)


def followup_of(readings: Sequence[Reading], moves: Mapping[str, str | None] | None = None) -> Followup:
    """Threads from documents already read; a thread's findings come from its own country's
    documents (documents naming no country follow each other only)."""
    by_country: dict[str, list[Reading]] = defaultdict(list)
    for reading in readings:
        by_country[reading.country].append(reading)
    groups = apply_judgements(group_asks(readings), moves or {})
    threads = [
        _thread(f"t{n}", country, asks, by_country.get(country, []))
        for n, (country, asks) in enumerate(groups, start=1)
    ]
    return Followup(tuple(threads), tuple(d for r in readings for d in r.disputes))


def _later(reading: Reading, first: Ask) -> bool:
    """A document that may show the fate of an ask first made in another: not older."""
    if reading.document_id == first.document_id:
        return False
    return reading.date is None or date_key(reading.date) >= date_key(first.date)


def _thread(tid: str, country: str, asks: list[Ask], candidates: Sequence[Reading]) -> Thread:
    scope = scope_of(asks)
    evidence: list[Finding] = []
    statuses: list[Finding] = []
    for reading in candidates:
        if not _later(reading, asks[0]):
            continue
        found = findings(scope, reading)
        evidence += found
        if found:
            statuses.append(verdict(found))
    statuses = in_order(statuses)
    first = asks[0]
    return Thread(
        id=tid,
        country=country,
        family=first.family,
        remedy=first.remedy,
        about=first.text,
        asks=tuple(asks),
        statuses=tuple(statuses),
        evidence=tuple(in_order(evidence)),
        latest=statuses[-1].status if statuses else UNKNOWN,
    )
