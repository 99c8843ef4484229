"""The follow-up as the store keeps it: one JSON body per thread and per dispute, with the
document ids and offsets the pages link to, and the sentences to mark in the reader."""

from __future__ import annotations

from typing import Any

from casewatch.analyse.followup.model import Followup, Thread
from casewatch.export.followup import dispute_json, thread_json
from casewatch.store.followup import DisputeRow, FollowupRows, MarkRow, ThreadRow


def thread_rows(found: Followup) -> list[ThreadRow]:
    rows = []
    for thread in found.threads:
        body = thread_json(thread)
        _link(body, thread)
        rows.append(ThreadRow(thread.id, thread.country, thread.latest, body))
    return rows


def _link(body: dict[str, Any], thread: Thread) -> None:
    """Document ids, offsets and reader anchors beside each ask and finding, for the pages' links."""
    for out, ask in zip(body["requests"], thread.asks, strict=True):
        out.update(document_id=ask.document_id, ask=ask.id, anchor=ask.anchor, remedy=ask.remedy)
    for key, found in (("status", thread.statuses), ("evidence", thread.evidence)):
        for out, finding in zip(body[key], found, strict=True):
            date = finding.date.iso if finding.date else None
            out.update(document_id=finding.document_id, start=finding.start, end=finding.end, date=date)


def dispute_rows(found: Followup) -> list[DisputeRow]:
    rows = []
    for dispute in found.disputes:
        body = dispute_json(dispute)
        body.update(
            id=dispute.id, document_id=dispute.document_id, date=dispute.date.iso if dispute.date else None
        )
        for out, side in zip(body["sides"], dispute.sides, strict=True):
            out.update(start=side.start, end=side.end)
        rows.append(DisputeRow(dispute.document_id, dispute.country, body))
    return rows


def mark_rows(found: Followup) -> list[MarkRow]:
    """Every sentence a status or a dispute side quotes, to be marked in the reader."""
    marks = [
        MarkRow(f.document_id, f.start, f.end, f.status, f"{t.id}: {f.status.replace('_', ' ')} ({f.group})")
        for t in found.threads
        for f in t.evidence
    ]
    marks += [
        MarkRow(d.document_id, s.start, s.end, "dispute", f"dispute: {d.about} ({s.group})")
        for d in found.disputes
        for s in d.sides
    ]
    return marks


def followup_rows(found: Followup) -> FollowupRows:
    return FollowupRows(thread_rows(found), dispute_rows(found), mark_rows(found))
