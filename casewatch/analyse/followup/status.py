"""What later documents show of a thread's ask: met, partly met or not met, with the sentence.

A sentence speaks of a thread when it names one of the thread's actors or laws and a word of
its remedy's subject (or, for a thread naming no one, two such words); a sentence with no
names of its own is read with the sentence before it ("has yet to act on this"). Its status
comes from the remedy's own words of success and failure and from general cues (progress,
lack, partial, an ask made again). Per document the supervisory body's finding decides;
without one, a claim of progress that others contest is at best partly met.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from casewatch.analyse.common import date_key
from casewatch.analyse.followup.cues import Remedy, general, remedies
from casewatch.analyse.followup.model import MET, NOT_MET, PARTLY_MET, Ask, Finding, FollowupDoc
from casewatch.analyse.followup.units import Unit

# Whose finding stands when a document holds several: the supervisory body's first.
GROUP_ORDER = ("committee", "workers", "employers", "observer", "other", "government")


@dataclass(frozen=True)
class Scope:
    """What marks a sentence as speaking of one thread."""

    remedies: tuple[Remedy, ...]
    anchors: frozenset[str]
    laws: frozenset[str]  # national laws of a law thread: a sentence citing another speaks of that one
    generic_law: bool
    asks: tuple[Ask, ...]


def subject_family(family: str) -> str:
    """The family an ask is about: an information request on a law reform is about the law."""
    return family.rpartition(":")[2]


def scope_of(asks: Sequence[Ask], anchors: frozenset[str], laws: frozenset[str], generic: bool) -> Scope:
    named = {a.remedy for a in asks}
    about = {subject_family(a.family) for a in asks}
    found = tuple(r for r in remedies() if r.name in named or r.family in about)
    return Scope(found, anchors, laws, generic, tuple(asks))


def _subject_hits(scope: Scope, text: str) -> int:
    return len({p.pattern for r in scope.remedies for p in r.subject if p.search(text)})


def _speaks_of(scope: Scope, unit: Unit, before: Unit | None) -> bool:
    text, anchors = unit.text, unit.anchors
    if not anchors and before is not None and before.turn == unit.turn:
        text, anchors = f"{before.text} {text}", before.anchors
    hits = _subject_hits(scope, text)
    if scope.laws or scope.generic_law:
        other_law = bool(anchors & _all_laws(anchors)) and not anchors & scope.laws
        return bool(anchors & scope.laws) or (scope.generic_law and hits >= 2 and not other_law)
    if scope.anchors:
        return (hits >= 1 and bool(anchors & scope.anchors)) or hits >= 2
    return hits >= 2


def _all_laws(anchors: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in anchors if " " in k)  # catalogue keys of national laws hold a space


def _asks_in(scope: Scope, doc: FollowupDoc, unit: Unit) -> bool:
    return any(
        a.document_id == doc.document_id and a.start < unit.end and unit.start < a.end for a in scope.asks
    )


def status_of(scope: Scope, doc: FollowupDoc, unit: Unit) -> str | None:
    """The status one sentence shows, or None when it shows none."""
    text = unit.text
    if _asks_in(scope, doc, unit):
        return NOT_MET if general("repeated").search(text) else None
    done = any(r.done.search(text) for r in scope.remedies)
    failed = any(r.failed.search(text) for r in scope.remedies) or bool(general("lack").search(text))
    progress = bool(general("progress").search(text))
    partial = bool(general("partial").search(text))
    if (done or progress) and (failed or partial):
        return PARTLY_MET
    if done:
        return MET
    if progress:
        return PARTLY_MET
    return NOT_MET if failed else None


def findings(scope: Scope, doc: FollowupDoc, doc_units: Sequence[Unit]) -> list[Finding]:
    found = []
    for n, unit in enumerate(doc_units):
        before = doc_units[n - 1] if n else None
        if not (_asks_in(scope, doc, unit) or _speaks_of(scope, unit, before)):
            continue
        status = status_of(scope, doc, unit)
        if status is not None:
            found.append(
                Finding(
                    doc.document_id,
                    doc.source,
                    doc.meta.date,
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
    return ranked[0] if ranked[0].status == status else _with_status(ranked[0], status)


def _with_status(finding: Finding, status: str) -> Finding:
    return replace(finding, status=status)


def in_order(found: Sequence[Finding]) -> list[Finding]:
    return sorted(found, key=lambda f: (date_key(f.date), f.document_id, f.start))
