"""The follow-up of a collection: threads with their findings, and the disputes of each document.

Two passes: each document is read alone (`reading.read`: its asks, its sentences with a status
cue, its disputes), then the asks are grouped into threads and each thread looks for its
findings among the cued sentences of later documents of the same country. The second pass
needs every ask of a country at once (they decide the threads) but each reading's cued
sentences only once, one after another: `Growing` takes them a batch at a time, so that a
large country's readings need not all be held together.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from casewatch.analyse.common import date_key
from casewatch.analyse.followup.model import Ask, Dispute, Finding, Followup, FollowupDoc, Thread
from casewatch.analyse.followup.reading import Reading, read
from casewatch.analyse.followup.status import Scope, findings, in_order, scope_of, verdict
from casewatch.analyse.followup.threads import apply_judgements, group_asks

UNKNOWN = "unknown"


def followup(docs: Iterable[FollowupDoc], moves: Mapping[str, str | None] | None = None) -> Followup:
    """Threads of asks (after a reviewer's `moves`), each with what later documents show of it."""
    return followup_of([read(doc) for doc in docs], moves)


def followup_of(readings: Sequence[Reading], moves: Mapping[str, str | None] | None = None) -> Followup:
    """Threads from documents already read; a thread's findings come from its own country's
    documents (documents naming no country follow each other only)."""
    growing = Growing(readings, moves)
    growing.add(readings)
    return growing.followup()


def thread_groups(
    readings: Sequence[Reading], moves: Mapping[str, str | None] | None = None
) -> list[tuple[str, list[Ask]]]:
    """(country, asks) of every thread the readings' asks make, in rank order (their cued
    sentences are not looked at)."""
    return apply_judgements(group_asks(readings), moves or {})


def thread_rank(asks: Sequence[Ask]) -> tuple[object, ...]:
    """Where a thread ranks among all: by the date of its first ask, then its document and id."""
    first = asks[0]
    return (date_key(first.date), first.document_id, first.id)


@dataclass
class _Thread:
    """A thread while its findings are gathered."""

    country: str
    asks: list[Ask]
    scope: Scope
    evidence: list[Finding] = field(default_factory=list)
    statuses: list[Finding] = field(default_factory=list)


class Growing:
    """The threads of these readings' asks, whose findings and disputes are added a batch of
    readings at a time (each reading once, in document order): the same result as reading
    them all at once, as a thread's evidence is put in date order at the end."""

    def __init__(self, asks_of: Sequence[Reading], moves: Mapping[str, str | None] | None = None) -> None:
        self.threads = [
            _Thread(country, asks, scope_of(asks)) for country, asks in thread_groups(asks_of, moves)
        ]
        self._of_country: dict[str, list[_Thread]] = defaultdict(list)
        for thread in self.threads:
            self._of_country[thread.country].append(thread)
        self.disputes: list[Dispute] = []

    def add(self, readings: Iterable[Reading]) -> None:
        for reading in readings:
            self.disputes += reading.disputes
            for thread in self._of_country.get(reading.country, ()):
                if not _later(reading, thread.asks[0]):
                    continue
                found = findings(thread.scope, reading)
                thread.evidence += found
                if found:
                    thread.statuses.append(verdict(found))

    def followup(self) -> Followup:
        threads = [_finished(f"t{n}", thread) for n, thread in enumerate(self.threads, start=1)]
        return Followup(tuple(threads), tuple(self.disputes))


def _later(reading: Reading, first: Ask) -> bool:
    """A document that may show the fate of an ask first made in another: not older."""
    if reading.document_id == first.document_id:
        return False
    return reading.date is None or date_key(reading.date) >= date_key(first.date)


def _finished(tid: str, thread: _Thread) -> Thread:
    statuses = in_order(thread.statuses)
    first = thread.asks[0]
    return Thread(
        id=tid,
        country=thread.country,
        family=first.family,
        remedy=first.remedy,
        about=first.text,
        asks=tuple(thread.asks),
        statuses=tuple(statuses),
        evidence=tuple(in_order(thread.evidence)),
        latest=statuses[-1].status if statuses else UNKNOWN,
    )
