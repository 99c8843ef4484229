"""What the stored timeline, actors and requests were computed from: a batch recomputes what it reaches.

Each document read into the views is kept with a signature of everything they depend on (its
label, country, last save, latest review and the clusters of its names; `followup_parts.current`).
An actor's line is summed from what each document says of it (`actor_parts`), so a batch sums
again only the actors its documents name. A timeline entry groups reports that share a
participant of one event type, so each entry keeps its documents and grouping keys
(`timeline_links`): a batch regroups only the entries its new reports can join, and every
entry connected to them through a key. An entry is named by its first report ("12:f-e3"),
which stays when ranks move.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from casewatch.store import asks, schema
from casewatch.store.batching import sorted_batches
from casewatch.store.followup_parts import ReadState
from casewatch.store.rows import ActorRow
from casewatch.store.schema import scope_column

NAME = "views"  # the name of their mark in `derived` (as store/derived.py)

# No foreign key: a document deleted since must still be seen as gone.
views_read = sa.Table(
    "views_read",
    schema.metadata,
    sa.Column("document_id", sa.Integer, primary_key=True),
    sa.Column("label", sa.String(16), nullable=False),
    sa.Column("genre", sa.String(32), nullable=False),
    sa.Column("signature", sa.String(40), nullable=False),
)

actor_parts = sa.Table(
    "actor_parts",
    schema.metadata,
    scope_column(),
    sa.Column("cluster_id", sa.Text, nullable=False),
    sa.Column("document_id", sa.Integer, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),  # the actor's place among its document's
    sa.Column("names", sa.JSON, nullable=False),  # [[name, times], ...] in the document's order
    sa.Column("types", sa.JSON, nullable=False),
    sa.Column("events", sa.Integer, nullable=False),
    sa.PrimaryKeyConstraint("scope", "cluster_id", "document_id"),
    sa.Index("ix_actor_parts_document", "scope", "document_id"),
)

timeline_links = sa.Table(
    "timeline_links",
    schema.metadata,
    scope_column(),
    sa.Column("kind", sa.String(8), nullable=False),  # "document" | "key"
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("entry", sa.Text, nullable=False),  # the entry's first report: "document:anchor"
    sa.PrimaryKeyConstraint("scope", "kind", "value", "entry"),
    sa.Index("ix_timeline_links_entry", "scope", "entry"),
)

STATE = (views_read,)
PARTS = (actor_parts, timeline_links)
# every table of the stored views that is kept per scope
SCOPED = (
    schema.timeline_facets,
    schema.timeline_entries,
    schema.actor_summaries,
    *reversed(asks.TABLES),
    *PARTS,
)


@dataclass(frozen=True)
class ActorPart:
    """What one document says of one actor: the names and types it gives it, its events."""

    cluster_id: str
    document_id: int
    position: int
    names: tuple[tuple[str, int], ...]
    types: tuple[tuple[str, int], ...]
    events: int


@dataclass(frozen=True)
class RankedActor:
    """An actor list line and where the actor first appears (ties rank by it)."""

    row: ActorRow
    first_document: int
    first_position: int


def create(conn: Connection) -> None:
    """Migration 0024_view_parts: the tables, and the actor list with where each actor first
    appears; the held views marked out of date, so the next refresh computes them whole."""
    schema.actor_summaries.drop(conn, checkfirst=True)
    schema.actor_summaries.create(conn)
    for table in (*STATE, *PARTS):
        table.create(conn, checkfirst=True)
    conn.execute(sa.delete(schema.derived).where(schema.derived.c.name == NAME))


def held(conn: Connection, ids: Collection[int] | None = None) -> dict[int, ReadState]:
    """What the views were computed from (of these documents only, when given)."""
    r = views_read.c
    query = sa.select(r.document_id, r.label, r.genre, r.signature)
    queries = (
        [query] if ids is None else [query.where(r.document_id.in_(chunk)) for chunk in sorted_batches(ids)]
    )
    return {
        row.document_id: ReadState("", "", row.signature, row.label, row.genre)
        for q in queries
        for row in conn.execute(q)
    }


def _part(row: Any) -> ActorPart:
    names = tuple((str(n), int(c)) for n, c in row.names)
    types = tuple((str(t), int(c)) for t, c in row.types)
    return ActorPart(row.cluster_id, row.document_id, row.position, names, types, row.events)


def parts(
    conn: Connection, scope: str, *, documents: Collection[int] = (), clusters: Collection[str] = ()
) -> list[ActorPart]:
    """The actor parts of the scope from these documents, and those of these actors."""
    p = actor_parts.c
    found: list[ActorPart] = []
    for column, values in ((p.document_id, documents), (p.cluster_id, clusters)):
        for chunk in sorted_batches(values):
            query = sa.select(actor_parts).where(p.scope == scope, column.in_(chunk))
            found += [_part(row) for row in conn.execute(query)]
    return list({(x.cluster_id, x.document_id): x for x in found}.values())


def ranking(conn: Connection, scope: str) -> list[RankedActor]:
    """The scope's actor list in rank order."""
    a = schema.actor_summaries.c
    query = sa.select(schema.actor_summaries).where(a.scope == scope).order_by(a.id)
    return [
        RankedActor(
            ActorRow(row.cluster_id, row.name, row.type, row.documents, row.events),
            row.first_document,
            row.first_position,
        )
        for row in conn.execute(query)
    ]


def timeline_bodies(conn: Connection, scope: str) -> list[dict[str, Any]]:
    e = schema.timeline_entries.c
    query = sa.select(e.body).where(e.scope == scope).order_by(e.id)
    return [dict(body) for body in conn.scalars(query)]


def request_rows(conn: Connection, scope: str) -> list[tuple[dict[str, Any], str | None]]:
    i = asks.request_items.c
    query = sa.select(i.body, i.open_due).where(i.scope == scope).order_by(i.id)
    return [(dict(row.body), row.open_due) for row in conn.execute(query)]


def _linked(conn: Connection, scope: str, kind: str, values: Collection[str]) -> set[str]:
    link = timeline_links.c
    found: set[str] = set()
    for chunk in sorted_batches(values):
        query = sa.select(link.entry).where(link.scope == scope, link.kind == kind, link.value.in_(chunk))
        found.update(conn.scalars(query))
    return found


def _links_of(conn: Connection, scope: str, entries: Collection[str]) -> list[tuple[str, str]]:
    link = timeline_links.c
    found: list[tuple[str, str]] = []
    for chunk in sorted_batches(entries):
        query = sa.select(link.kind, link.value).where(link.scope == scope, link.entry.in_(chunk))
        found += [(row.kind, row.value) for row in conn.execute(query)]
    return found


@dataclass(frozen=True)
class Reach:
    """The stored timeline entries a batch regroups, their grouping keys and documents."""

    entries: frozenset[str]
    keys: frozenset[str]
    documents: frozenset[int]


def reach(conn: Connection, scope: str, documents: Collection[int], keys: Collection[str]) -> Reach:
    """The entries of these documents or keys, and every entry connected to them through a
    grouping key, until none is added."""
    entries = _linked(conn, scope, "document", [str(i) for i in documents]) | _linked(
        conn, scope, "key", keys
    )
    known_keys, known_docs = set(keys), set()
    fresh = set(entries)
    while fresh:
        links = _links_of(conn, scope, fresh)
        known_docs |= {int(value) for kind, value in links if kind == "document"}
        new_keys = {value for kind, value in links if kind == "key"} - known_keys
        known_keys |= new_keys
        fresh = _linked(conn, scope, "key", new_keys) - entries
        entries |= fresh
    return Reach(frozenset(entries), frozenset(known_keys), frozenset(known_docs))


def scope_of_copy(conn: Connection, scope: str, wider: str) -> None:
    """The scope's views become a copy of the wider scope's (both hold the same documents)."""
    for table in SCOPED:
        conn.execute(sa.delete(table).where(table.c.scope == scope))
    for table in reversed(SCOPED):
        columns = [c for c in table.c if c.name != "scope"]
        chosen = sa.select(sa.literal(scope).label("scope"), *columns).where(table.c.scope == wider)
        conn.execute(sa.insert(table).from_select(["scope", *[c.name for c in columns]], chosen))
