"""The per-document pass of the follow-up: a document read once, its text then dropped.

What the collection pass needs of a document is small: its asks (with the names and laws each
names), the few sentences that carry a status cue (with what they name and speak of), and
its disputes. Reading each document alone keeps the collection pass free of document texts,
so a large collection fits in memory, and the reading can run document by document.
"""

from __future__ import annotations

from dataclasses import dataclass

from casewatch.analyse.followup.cues import GENERAL_KINDS, live_cues
from casewatch.analyse.followup.disputes import disputes_of
from casewatch.analyse.followup.model import Ask, Dispute, FollowupDoc, share
from casewatch.analyse.followup.remedies import remedy_of
from casewatch.analyse.followup.units import Unit, ask_anchors, units
from casewatch.model import PartialDate


@dataclass(frozen=True, slots=True)
class Cued:
    """A sentence with a status cue, and what it speaks of (read with the sentence before it
    when it names no one of its own: "has yet to act on this")."""

    unit: Unit
    anchors: frozenset[str]
    laws: frozenset[str]
    subjects: frozenset[tuple[str, int]]  # (remedy, number of its subject stem) pairs found
    done: frozenset[str]  # remedies whose words of success occur
    failed: frozenset[str]
    progress: bool
    lack: bool
    partial: bool
    repeated: bool

    def __post_init__(self) -> None:
        share(self, "anchors", "laws", "subjects", "done", "failed")


@dataclass(frozen=True, slots=True)
class Reading:
    document_id: int
    source: str
    date: PartialDate | None
    country: str  # its first country ("" for none): a thread's findings come from its own country
    asks: tuple[Ask, ...]
    cued: tuple[Cued, ...]
    disputes: tuple[Dispute, ...]


def asks_of(doc: FollowupDoc) -> list[Ask]:
    found = []
    for i, request in enumerate(doc.requests):
        remedy = remedy_of(request.text)
        named = ask_anchors(doc, request.start, request.end, request.text)
        found.append(
            Ask(
                id=f"{doc.ref}:r{i}",
                document_id=doc.document_id,
                source=doc.source,
                date=doc.meta.date,
                text=request.text,
                remedy=remedy.name,
                family=remedy.family,
                issuers=tuple(request.issuers) or tuple(p.name for p in doc.meta.senders),
                start=request.start,
                end=request.end,
                anchor=f"f-r{i}",
                names=named,
                laws=frozenset(k for k in named if any(k == c.key for c in doc.citations)),
            )
        )
    return found


def _cued(doc_units: list[Unit], n: int) -> Cued | None:
    unit = doc_units[n]
    text = unit.text
    cues = live_cues(text)
    found = [(role, name) for role, name, p in cues if role != "subject" and p.compiled.search(text)]
    if not found:
        return None
    context, anchors, laws = text, unit.anchors, unit.laws
    before = doc_units[n - 1] if n else None
    if not anchors and before is not None and before.turn == unit.turn:
        context, anchors, laws = f"{before.text} {text}", before.anchors, before.laws
    subjects = frozenset(
        (name, m.lastindex or 0)
        for role, name, p in live_cues(context)
        if role == "subject"
        for m in p.compiled.finditer(context)
    )
    flags = {kind: ("general", kind) in found for kind in GENERAL_KINDS}
    done = frozenset(name for role, name in found if role == "done")
    failed = frozenset(name for role, name in found if role == "failed")
    return Cued(unit, anchors, laws, subjects, done, failed, **flags)


def read(doc: FollowupDoc) -> Reading:
    doc_units = units(doc)
    cued = [c for n in range(len(doc_units)) if (c := _cued(doc_units, n)) is not None]
    return Reading(
        document_id=doc.document_id,
        source=doc.source,
        date=doc.meta.date,
        country=doc.meta.countries[0] if doc.meta.countries else "",
        asks=tuple(asks_of(doc)),
        cued=tuple(cued),
        disputes=tuple(disputes_of(doc, doc_units)),
    )
