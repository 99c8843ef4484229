"""Views the analysis stage computes from the collection and keeps in the store, per label scope.

Grouping every report of every event, and ranking every actor, needs the whole collection,
which takes long on a large one; so it is done once after each write batch (ingest, merge,
split) and the result stored, and pages read a slice of it. Each refresh recomputes a view
whole, so the stored views never depend on the order documents arrived in; the follow-up,
the costliest, keeps its own revision and is skipped while it is current
(`casewatch rebuild` recomputes everything on demand).

A view is computed once per label scope (the labels a role sees, `roles.VIEW_SCOPES`) from the
documents of those labels only: a fact, a name's spelling, a count or a source that only a
document outside the scope carries is not in it. A scope holding the same documents as a wider
one (no document of the labels it lacks) shares that one's result instead of recomputing it.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Sequence
from datetime import date
from enum import Enum
from typing import Any

from casewatch.access.roles import VIEW_SCOPES
from casewatch.analyse.actors import actor_list
from casewatch.analyse.common import Clusters, Pair
from casewatch.analyse.followup.stored import refresh_followup
from casewatch.analyse.replies import NO_EVIDENCE, ReplyEvidence, reply_evidence
from casewatch.analyse.requests import body_of, open_due, request_items
from casewatch.analyse.timeline import TimelineEntry, timeline
from casewatch.errors import Cancelled
from casewatch.model import Extraction, PartialDate
from casewatch.store import Store
from casewatch.store.asks import AskRow
from casewatch.store.derived import ViewRows
from casewatch.store.rows import DocumentRow, TimelineRow
from casewatch.store.schema import scope_key

# The fact lists the stored views read; the other tables are not loaded.
VIEW_FIELDS = frozenset({"entities", "events", "requests"})
Stored = tuple[DocumentRow, Extraction]  # a stored document (with its label) and its facts
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
    actors = tuple((a.cluster_id, a.name) for a in (*entry.actors, *entry.targets) if a.cluster_id)
    year = entry.date.iso[:4] if entry.date else None
    return TimelineRow(rank, entry.type, body, entry.countries, actors, year)


def ask_rows(
    pairs: Sequence[Pair], clusters: Clusters, evidence: ReplyEvidence = NO_EVIDENCE
) -> list[AskRow]:
    """The requests page's rows: whether one is overdue is decided when it is read, from `open_due`;
    a reply is a government document citing the letter (`evidence`)."""
    rows = []
    for item in request_items(pairs, clusters, date.min, evidence):  # overdue on no day: the flag is left out
        due = open_due(item)
        body = plain(item)
        body.pop("overdue")
        rows.append(AskRow(body, due.isoformat() if due else None, (body_of(item),), item.topics))
    return rows


def in_scopes(pairs: Sequence[Stored]) -> list[tuple[frozenset[str], list[Pair]]]:
    """Each view scope with the pairs of its documents, widest first."""
    return [(scope, [p for p in pairs if p[0].confidentiality in scope]) for scope in VIEW_SCOPES]


def scope_views(store: Store, pairs: Sequence[Pair], clusters: Clusters, labels: frozenset[str]) -> ViewRows:
    """The timeline, actor list and requests of these documents (those of the scope `labels`)."""
    entries = timeline(pairs, clusters).entries
    return ViewRows(
        timeline=[timeline_row(n, e) for n, e in enumerate(entries, start=1)],
        actors=actor_list(pairs, clusters),
        requests=ask_rows(pairs, clusters, reply_evidence(store, labels)),
    )


def refresh_views(store: Store, stop: threading.Event | None = None, *, everything: bool = False) -> int:
    """Recompute the timeline, the actor list and the requests of every label scope, and the
    follow-up when it is behind the store (or `everything` is asked), and keep them; the length
    of the timeline of every document."""
    revision = store.revision()  # read first: a write meanwhile leaves the result marked behind
    pairs: list[Stored] = []
    for pair in store.extractions(fields=VIEW_FIELDS):
        if stop is not None and stop.is_set():
            raise Cancelled
        pairs.append(pair)
    clusters = store.clusters()
    scoped: dict[str, ViewRows] = {}
    wider: tuple[frozenset[str], int, ViewRows] | None = None
    for labels, chosen in in_scopes(pairs):
        # a narrower scope holds a subset of a wider one's documents: as many is the same ones
        if wider is None or not (labels <= wider[0] and len(chosen) == wider[1]):
            wider = (labels, len(chosen), scope_views(store, chosen, clusters, labels))
        scoped[scope_key(labels)] = wider[2]
    store.replace_views(scoped, revision)
    if (
        everything or (store.followup_built_from() or -1) < revision
    ):  # it has its own mark: refresh it only when behind
        refresh_followup(store, revision, stop, everything)
    return len(scoped[scope_key(VIEW_SCOPES[0])].timeline)
