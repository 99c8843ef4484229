"""What later documents show of a thread's ask: met, partly met or not met, with the sentence.

A sentence speaks of a thread when it names one of the thread's actors or laws and a word of
its remedy's subject (or, for a thread naming no one, two such words); a sentence with no
names of its own is read with the sentence before it ("has yet to act on this"). Its status
comes from the remedy's own words of success and failure and from general cues (progress,
lack, partial, an ask made again). Per document the supervisory body's finding decides;
without one, a claim of progress that others contest is at best partly met.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from casewatch.analyse.common import date_key
from casewatch.analyse.followup.cues import remedies
from casewatch.analyse.followup.model import MET, NOT_MET, PARTLY_MET, Ask, Finding
from casewatch.analyse.followup.reading import Cued, Reading

# Whose finding stands when a document holds several: the supervisory body's first.
GROUP_ORDER = ("committee", "workers", "employers", "observer", "other", "government")
LAW = "law"


@dataclass(frozen=True)
class Scope:
    """What marks a sentence as speaking of one thread."""

    remedies: frozenset[str]
    anchors: frozenset[str]
    laws: frozenset[str]  # national laws of a law thread: a sentence citing another speaks of that one
    generic_law: bool  # the thread holds a law reform naming no law: "the law" is this one
    asks: tuple[Ask, ...]
    spans: Mapping[int, tuple[tuple[int, int], ...]]  # document id -> where its asks stand in it


def subject_family(family: str) -> str:
    """The family an ask is about: an information request on a law reform is about the law."""
    return family.rpartition(":")[2]


def scope_of(asks: Sequence[Ask]) -> Scope:
    named = {a.remedy for a in asks}
    about = {subject_family(a.family) for a in asks}
    chosen = frozenset(r.name for r in remedies() if r.name in named or r.family in about)
    law_asks = [a for a in asks if subject_family(a.family) == LAW]
    return Scope(
        remedies=chosen,
        anchors=frozenset().union(*(a.names for a in asks)),
        laws=frozenset().union(*(a.laws for a in law_asks)),
        generic_law=any(not a.laws for a in law_asks),
        asks=tuple(asks),
        spans=_spans(asks),
    )


def _spans(asks: Sequence[Ask]) -> dict[int, tuple[tuple[int, int], ...]]:
    """The asks' spans by document: a sentence is looked up among its own document's asks only
    (a thread of hundreds of asks is read against every cued sentence of its country)."""
    found: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for ask in asks:
        found[ask.document_id].append((ask.start, ask.end))
    return {document_id: tuple(spans) for document_id, spans in found.items()}


def _speaks_of(scope: Scope, cued: Cued) -> bool:
    hits = sum(1 for remedy, _ in cued.subjects if remedy in scope.remedies)
    if scope.laws or scope.generic_law:
        other_law = bool(cued.laws) and not cued.laws & scope.laws
        return bool(cued.laws & scope.laws) or (scope.generic_law and hits >= 2 and not other_law)
    if scope.anchors:
        return (hits >= 1 and bool(cued.anchors & scope.anchors)) or hits >= 2
    return hits >= 2


def _asks_in(scope: Scope, document_id: int, cued: Cued) -> bool:
    unit = cued.unit
    return any(start < unit.end and unit.start < end for start, end in scope.spans.get(document_id, ()))


def status_of(scope: Scope, cued: Cued, asked_here: bool) -> str | None:
    """The status one sentence shows, or None when it shows none."""
    if asked_here:
        return NOT_MET if cued.repeated else None
    done = bool(cued.done & scope.remedies)
    failed = bool(cued.failed & scope.remedies) or cued.lack
    if (done or cued.progress) and (failed or cued.partial):
        return PARTLY_MET
    if done:
        return MET
    if cued.progress:
        return PARTLY_MET
    return NOT_MET if failed else None


def findings(scope: Scope, reading: Reading) -> list[Finding]:
    found = []
    for cued in reading.cued:
        asked_here = _asks_in(scope, reading.document_id, cued)
        if not (asked_here or _speaks_of(scope, cued)):
            continue
        status = status_of(scope, cued, asked_here)
        if status is not None:
            unit = cued.unit
            found.append(
                Finding(
                    reading.document_id,
                    reading.source,
                    reading.date,
                    status,
                    unit.text,
                    unit.start,
                    unit.end,
                    unit.group,
                    unit.speaker,
                )
            )
    return found


def verdict(found: Sequence[Finding]) -> Finding:
    """One document's standing on the thread: the supervisory body's, else everyone's together."""
    by_committee = [f for f in found if f.group == "committee"]
    chosen = by_committee or list(found)
    statuses = {f.status for f in chosen}
    status = statuses.pop() if len(statuses) == 1 else PARTLY_MET
    ranked = sorted(chosen, key=lambda f: (f.status != status, GROUP_ORDER.index(f.group), f.start))
    return ranked[0] if ranked[0].status == status else replace(ranked[0], status=status)


def in_order(found: Sequence[Finding]) -> list[Finding]:
    return sorted(found, key=lambda f: (date_key(f.date), f.document_id, f.start))
