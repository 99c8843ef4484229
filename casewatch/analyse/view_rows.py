"""The stored views' rows (timeline entries, actors, requests) as the analysis computes them, and their ranks.

A stored row is ranked from its own body, so rows kept from earlier batches and rows computed
now sort together exactly as one whole computation orders them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date
from enum import Enum
from typing import Any

from casewatch.analyse.actors import actor_list
from casewatch.analyse.common import Clusters, Pair, date_key
from casewatch.analyse.replies import NO_EVIDENCE, ReplyEvidence, reply_evidence
from casewatch.analyse.requests import JOINT, UNKNOWN_BODY, body_of, open_due, request_items
from casewatch.analyse.timeline import TimelineEntry, timeline
from casewatch.model import PartialDate
from casewatch.store import Store
from casewatch.store.asks import AskRow
from casewatch.store.derived import ViewRows
from casewatch.store.rows import TimelineRow

SOURCES_KEPT = 20  # an event reported by hundreds of documents keeps its first sources only


def plain(value: Any) -> Any:
    """JSON-ready data from the views' dataclasses: dates as ISO text, tuples as lists."""
    if isinstance(value, PartialDate):
        return value.iso
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def timeline_row(rank: int, entry: TimelineEntry) -> TimelineRow:
    shown = dataclasses.replace(entry, id=f"ev-{rank}", sources=entry.sources[:SOURCES_KEPT])
    body = {**plain(shown), "source_count": len(entry.sources)}
    return numbered(rank, body)


def numbered(rank: int, body: Mapping[str, Any]) -> TimelineRow:
    """A timeline entry's row at this rank, from its body (as stored, or as computed)."""
    body = {**body, "id": f"ev-{rank}"}
    named = (*body["actors"], *body["targets"])
    actors = tuple((a["cluster_id"], a["name"]) for a in named if a["cluster_id"])
    year = body["date"][:4] if body["date"] else None
    return TimelineRow(rank, body["type"], body, tuple(body["countries"]), actors, year)


def _day(iso: str | None) -> tuple[int, int, int, int]:
    return date_key(PartialDate.parse(iso) if iso else None)


def entry_rank(body: Mapping[str, Any]) -> tuple[object, ...]:
    """Where an entry ranks in the timeline: by its date, then in the order its first report
    came (by that report's date, document and anchor), as `timeline` numbers them."""
    first = body["sources"][0]
    return (_day(body["date"]), _day(first["date"]), first["source"]["document_id"], first["anchor"])


def entry_name(body: Mapping[str, Any]) -> str:
    """An entry's lasting name: its first report ("document:anchor"), whatever its rank."""
    first = body["sources"][0]
    return f"{first['source']['document_id']}:{first['anchor']}"


def ask_rows(
    pairs: Sequence[Pair],
    clusters: Clusters,
    evidence: ReplyEvidence = NO_EVIDENCE,
    names: Mapping[str, str] | None = None,
) -> list[AskRow]:
    """The requests page's rows: whether one is overdue is decided when it is read, from `open_due`;
    a reply is a government document citing the letter (`evidence`)."""
    rows = []
    for item in request_items(pairs, clusters, date.min, evidence, names):  # overdue on no day: left out
        due = open_due(item)
        body = plain(item)
        body.pop("overdue")
        rows.append(AskRow(body, due.isoformat() if due else None, (body_of(item),), item.topics))
    return rows


def stored_ask(body: dict[str, Any], due: str | None) -> AskRow:
    """A stored request's row again, its groups read from its body as `ask_rows` made them."""
    issuers = JOINT.join(dict.fromkeys(a["name"] for a in body["issuers"])) or UNKNOWN_BODY
    return AskRow(body, due, (issuers,), tuple(body["topics"]))


def ask_rank(row: AskRow) -> tuple[object, ...]:
    """Where a request ranks on the page: by its document's date, then its id (`request_items`)."""
    return (_day(row.body["source"]["date"]), row.body["id"])


def scope_views(store: Store, pairs: Sequence[Pair], clusters: Clusters, labels: frozenset[str]) -> ViewRows:
    """The timeline, actor list and requests of these documents (those of the scope `labels`),
    computed whole: what the stored views of the scope must equal."""
    entries = timeline(pairs, clusters).entries
    return ViewRows(
        timeline=[timeline_row(n, e) for n, e in enumerate(entries, start=1)],
        actors=actor_list(pairs, clusters),
        requests=ask_rows(pairs, clusters, reply_evidence(store, labels)),
    )
