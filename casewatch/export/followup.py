"""The follow-up in the casefile/1 shape (`threads`, `disputes`) and as a CSV of threads."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any

from casewatch.access.roles import VIEW_SCOPES
from casewatch.analyse.followup.load import collection_followup
from casewatch.analyse.followup.model import Dispute, Finding, Followup, Thread
from casewatch.errors import CasewatchError, message
from casewatch.export.audience import EVERYTHING, ExportScope
from casewatch.model import Label
from casewatch.store.schema import scope_key

if TYPE_CHECKING:
    from casewatch.store import Store

THREAD_COLUMNS = (
    "thread",
    "country",
    "remedy",
    "about",
    "asks",
    "documents",
    "first_asked",
    "last_asked",
    "latest_status",
    "status_document",
    "status_quote",
)


# The keys of the casefile shape; the stored bodies add links for the pages (offsets, ids).
_ASK_KEYS = ("document", "text", "date", "by")
_FINDING_KEYS = ("document", "status", "quote", "group", "speaker")
_SIDE_KEYS = ("group", "speaker", "quote")


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "document": finding.source,
        "status": finding.status,
        "quote": finding.quote,
        "group": finding.group,
        "speaker": finding.speaker,
    }


def thread_json(thread: Thread) -> dict[str, Any]:
    return {
        "id": thread.id,
        "country": thread.country,
        "remedy": thread.remedy,
        "about": thread.about,
        "requests": [
            {
                "document": a.source,
                "text": a.text,
                "date": a.date.iso if a.date else None,
                "by": list(a.issuers),
            }
            for a in thread.asks
        ],
        "status": [_finding(f) for f in thread.statuses],
        "evidence": [_finding(f) for f in thread.evidence],
        "latest": thread.latest,
    }


def dispute_json(dispute: Dispute) -> dict[str, Any]:
    return {
        "document": dispute.source,
        "about": dispute.about,
        "topic": dispute.topic,
        "sides": [{"group": s.group, "speaker": s.speaker, "quote": s.quote} for s in dispute.sides],
    }


def followup_json(found: Followup) -> dict[str, Any]:
    return {
        "threads": [thread_json(t) for t in found.threads],
        "disputes": [dispute_json(d) for d in found.disputes],
    }


def _only(body: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {key: body[key] for key in keys}


def _stored_thread(body: dict[str, Any]) -> dict[str, Any]:
    return {
        **{key: body[key] for key in ("id", "country", "remedy", "about")},
        "requests": [_only(ask, _ASK_KEYS) for ask in body["requests"]],
        "status": [_only(f, _FINDING_KEYS) for f in body["status"]],
        "evidence": [_only(f, _FINDING_KEYS) for f in body["evidence"]],
        "latest": body["latest"],
    }


def _stored_dispute(body: dict[str, Any]) -> dict[str, Any]:
    return {
        **{key: body[key] for key in ("document", "about", "topic")},
        "sides": [_only(side, _SIDE_KEYS) for side in body["sides"]],
    }


def _stored_scope(labels: frozenset[str] | None) -> str | None:
    """The stored follow-up computed from exactly the documents of these labels (None: all)."""
    wanted = frozenset(label.value for label in Label) if labels is None else labels
    return scope_key(wanted) if wanted in VIEW_SCOPES else None


def stored_followup_json(store: Store, labels: frozenset[str] | None) -> dict[str, Any] | None:
    """The follow-up of the documents of these labels (None: all) in the casefile shape, as the
    store holds it, when it is computed for those labels and stands at the store's revision (a
    refresh computed it after the last write); None: it must be computed."""
    scope = _stored_scope(labels)
    found = None if scope is None else store.current_followup(scope)
    if found is None:
        return None
    threads, disputes = found
    return {
        "threads": [_stored_thread(row.body) for row in threads],
        "disputes": [_stored_dispute(row.body) for row in disputes],
    }


def followup_json_of(store: Store, labels: frozenset[str] | None) -> dict[str, Any]:
    """The follow-up of the documents of these labels, weighing their evidence only: stored
    when current, else computed (as if no other document were held)."""
    stored = stored_followup_json(store, labels)
    if stored is not None:
        return stored
    return followup_json(collection_followup(store, store.thread_moves(), labels))


def threads_csv(found: Followup) -> str:
    """One row per thread with its latest status and the sentence showing it."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(THREAD_COLUMNS)
    for thread in found.threads:
        last = thread.statuses[-1] if thread.statuses else None
        writer.writerow(
            [
                thread.id,
                thread.country,
                thread.remedy,
                thread.about,
                len(thread.asks),
                len({a.document_id for a in thread.asks}),
                _date(thread.asks[0]),
                _date(thread.asks[-1]),
                thread.latest,
                last.source if last else "",
                last.quote if last else "",
            ]
        )
    return out.getvalue()


def _date(ask: Any) -> str:
    return ask.date.iso if ask.date else ""


def threads_csv_of(store: Store, scope: ExportScope = EVERYTHING) -> str:
    """Threads and their latest status, weighing the evidence of the scope's documents only. Its
    quotes are not scrubbed of protected names, so it has no redacted form (the casefile has)."""
    if scope.redacted:
        raise CasewatchError(message("followup_redacted"))
    return threads_csv(collection_followup(store, store.thread_moves(), scope.seen))
