"""The stored follow-up: request threads and disputes as the analysis computed them, read a page
at a time, and the reviewers' thread judgements (an ask moved to another thread, or set apart),
which are facts of review, not derived data: a recomputation never drops them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from casewatch.store.schema import EVERYTHING, TIMESTAMP, derived, metadata, scope_column
from casewatch.store.schema import revision as counter

NAME = "followup"
_CHUNK = 2000

followup_threads = sa.Table(
    "followup_threads",
    metadata,
    scope_column(),
    sa.Column("id", sa.Integer, nullable=False, autoincrement=False),  # rank: date of the first ask
    sa.Column("thread", sa.String(32), nullable=False),  # "t3"
    sa.Column("country", sa.String(8), nullable=False),
    sa.Column("latest", sa.String(16), nullable=False),
    sa.Column("body", sa.JSON, nullable=False),
    sa.PrimaryKeyConstraint("scope", "id"),
    sa.UniqueConstraint("scope", "thread"),
    sa.Index("ix_followup_threads_country", "scope", "country", "id"),
)

followup_disputes = sa.Table(
    "followup_disputes",
    metadata,
    scope_column(),
    sa.Column("id", sa.Integer, nullable=False, autoincrement=False),
    sa.Column("document_id", sa.Integer, nullable=False),
    sa.Column("country", sa.String(8), nullable=False),
    sa.Column("body", sa.JSON, nullable=False),
    sa.PrimaryKeyConstraint("scope", "id"),
    sa.Index("ix_followup_disputes_document", "scope", "document_id"),
    sa.Index("ix_followup_disputes_country", "scope", "country"),
)

thread_judgements = sa.Table(
    "thread_judgements",
    metadata,
    sa.Column("ask", sa.String(64), primary_key=True),  # "<sha256 prefix>:r<n>"
    sa.Column("target", sa.String(64)),  # the ask whose thread it joins; NULL: a thread of its own
    sa.Column("author", sa.Text, nullable=False),
    sa.Column("created_at", TIMESTAMP, nullable=False),
)

# Sentences the follow-up cites, per document: the reader marks them so that a status cell or
# a dispute side links to its sentence ("#at-<start>").
followup_marks = sa.Table(
    "followup_marks",
    metadata,
    scope_column(),
    sa.Column("document_id", sa.Integer, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),  # a status (met, not_met ...) or "dispute"
    sa.Column("label", sa.Text, nullable=False),
    sa.Index("ix_followup_marks_document", "scope", "document_id", "start"),
)

# Which thread each request is in, and the thread's latest status: the requests page's badge.
followup_asks = sa.Table(
    "followup_asks",
    metadata,
    scope_column(),
    sa.Column("document_id", sa.Integer, nullable=False),
    sa.Column("anchor", sa.String(32), nullable=False),  # the request's fact id: "f-r2"
    sa.Column("thread", sa.String(32), nullable=False),
    sa.Column("latest", sa.String(16), nullable=False),
    sa.PrimaryKeyConstraint("scope", "document_id", "anchor"),
)

TABLES = (followup_threads, followup_disputes, thread_judgements, followup_marks, followup_asks)
SCOPED = (followup_threads, followup_disputes, followup_marks, followup_asks)  # derived, per label scope
_t, _d = followup_threads.c, followup_disputes.c


@dataclass(frozen=True)
class ThreadRow:
    thread: str
    country: str
    latest: str
    body: dict[str, Any]


@dataclass(frozen=True)
class MarkRow:
    document_id: int
    start: int
    end: int
    kind: str
    label: str


@dataclass(frozen=True)
class DisputeRow:
    document_id: int
    country: str
    body: dict[str, Any]


@dataclass(frozen=True)
class FollowupRows:
    """The stored follow-up of one label scope."""

    threads: Sequence[ThreadRow]
    disputes: Sequence[DisputeRow]
    marks: Sequence[MarkRow]


def create(conn: Connection) -> None:
    """Migration 0008_followup: the follow-up tables."""
    for table in TABLES:
        table.create(conn, checkfirst=True)


def insert_rows(conn: Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    for start in range(0, len(rows), _CHUNK):
        conn.execute(sa.insert(table), list(rows[start : start + _CHUNK]))


def ask_rows(scope: str, threads: Sequence[ThreadRow]) -> list[dict[str, Any]]:
    asks = {
        (a["document_id"], a["anchor"]): {
            "scope": scope,
            "document_id": a["document_id"],
            "anchor": a["anchor"],
            "thread": t.thread,
            "latest": t.latest,
        }
        for t in threads
        for a in t.body["requests"]
    }
    return list(asks.values())


def thread_page(
    conn: Connection, country: str | None, limit: int, offset: int, scope: str
) -> list[ThreadRow]:
    query = sa.select(_t.thread, _t.country, _t.latest, _t.body).where(_t.scope == scope).order_by(_t.id)
    if country is not None:  # "": the threads of documents naming no country
        query = query.where(_t.country == country)
    return [ThreadRow(**row._mapping) for row in conn.execute(query.limit(limit).offset(offset))]


def thread_count(conn: Connection, country: str | None, scope: str) -> int:
    query = sa.select(sa.func.count()).where(_t.scope == scope)
    if country is not None:  # "": the threads of documents naming no country
        query = query.where(_t.country == country)
    return int(conn.scalar(query) or 0)


def thread(conn: Connection, thread_id: str, scope: str) -> ThreadRow | None:
    query = sa.select(_t.thread, _t.country, _t.latest, _t.body).where(
        _t.scope == scope, _t.thread == thread_id
    )
    row = conn.execute(query).first()
    return ThreadRow(**row._mapping) if row else None


def countries(conn: Connection, scope: str) -> list[tuple[str, int]]:
    query = sa.select(_t.country, sa.func.count()).where(_t.scope == scope)
    return [(str(c), int(n)) for c, n in conn.execute(query.group_by(_t.country).order_by(_t.country))]


def statuses(conn: Connection, scope: str) -> dict[str, dict[str, int]]:
    """Per country, how many threads stand at each latest status."""
    query = sa.select(_t.country, _t.latest, sa.func.count()).where(_t.scope == scope)
    found: dict[str, dict[str, int]] = {}
    for country, latest, n in conn.execute(query.group_by(_t.country, _t.latest)):
        found.setdefault(str(country), {})[str(latest)] = int(n)
    return found


def disputes(
    conn: Connection, scope: str, *, document_id: int | None = None, country: str | None = None
) -> list[DisputeRow]:
    query = sa.select(_d.document_id, _d.country, _d.body).where(_d.scope == scope).order_by(_d.id)
    if document_id is not None:
        query = query.where(_d.document_id == document_id)
    if country is not None:  # "": the threads of documents naming no country
        query = query.where(_d.country == country)
    return [DisputeRow(**row._mapping) for row in conn.execute(query)]


def _current(conn: Connection) -> bool:
    built = conn.scalar(sa.select(derived.c.revision).where(derived.c.name == NAME))
    written = conn.scalar(sa.select(counter.c.value).where(counter.c.id == 1))
    return built is not None and int(built) == int(written or 0)


class FollowupStore:
    """The Store's follow-up methods (mixed into `Store`, which provides the engines)."""

    engine: Engine
    _writer: Engine

    def threads_of_requests(
        self, document_ids: Sequence[int], scope: str = EVERYTHING
    ) -> dict[tuple[int, str], tuple[str, str]]:
        """(document id, request anchor) -> (thread, its latest status) in a scope, for these documents."""
        a = followup_asks.c
        found: dict[tuple[int, str], tuple[str, str]] = {}
        ids = sorted(set(document_ids))
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                query = sa.select(a.document_id, a.anchor, a.thread, a.latest).where(
                    a.scope == scope, a.document_id.in_(ids[start : start + 500])
                )
                found.update({(r.document_id, r.anchor): (r.thread, r.latest) for r in conn.execute(query)})
        return found

    def followup_marks(self, document_id: int, scope: str = EVERYTHING) -> list[MarkRow]:
        m = followup_marks.c
        chosen = sa.select(m.document_id, m.start, m.end, m.kind, m.label)
        query = chosen.where(m.scope == scope, m.document_id == document_id).order_by(m.start)
        with self.engine.connect() as conn:
            return [MarkRow(**row._mapping) for row in conn.execute(query)]

    def followup_built_from(self) -> int | None:
        with self.engine.connect() as conn:
            value = conn.scalar(sa.select(derived.c.revision).where(derived.c.name == NAME))
        return None if value is None else int(value)

    def current_followup(self, scope: str) -> tuple[list[ThreadRow], list[DisputeRow]] | None:
        """The stored threads and disputes of the scope, when they stand at the store's revision
        (computed after its last write, moves included); None when they are behind or absent.
        The marks are read on either side of the rows: a refresh meanwhile gives None."""
        with self.engine.connect() as conn:
            before = _current(conn)
            query = sa.select(_t.thread, _t.country, _t.latest, _t.body).where(_t.scope == scope)
            threads = [ThreadRow(**row._mapping) for row in conn.execute(query.order_by(_t.id))]
            found = (threads, disputes(conn, scope))
            return found if before and _current(conn) else None

    def thread_page(
        self, country: str | None = None, limit: int = 50, offset: int = 0, scope: str = EVERYTHING
    ) -> list[ThreadRow]:
        with self.engine.connect() as conn:
            return thread_page(conn, country, limit, offset, scope)

    def count_threads(self, country: str | None = None, scope: str = EVERYTHING) -> int:
        with self.engine.connect() as conn:
            return thread_count(conn, country, scope)

    def thread(self, thread_id: str, scope: str = EVERYTHING) -> ThreadRow | None:
        with self.engine.connect() as conn:
            return thread(conn, thread_id, scope)

    def followup_countries(self, scope: str = EVERYTHING) -> list[tuple[str, int]]:
        with self.engine.connect() as conn:
            return countries(conn, scope)

    def followup_statuses(self, scope: str = EVERYTHING) -> dict[str, dict[str, int]]:
        with self.engine.connect() as conn:
            return statuses(conn, scope)

    def disputes(
        self, *, document_id: int | None = None, country: str | None = None, scope: str = EVERYTHING
    ) -> list[DisputeRow]:
        with self.engine.connect() as conn:
            return disputes(conn, scope, document_id=document_id, country=country)

    def thread_moves(self) -> dict[str, str | None]:
        """The reviewers' judgements: ask id -> the ask whose thread it joins (None: alone)."""
        j = thread_judgements.c
        with self.engine.connect() as conn:
            return {row.ask: row.target for row in conn.execute(sa.select(j.ask, j.target))}

    def move_ask(self, ask: str, target: str | None, author: str) -> None:
        """Keep a reviewer's judgement on one ask; it replaces their earlier one on it."""
        with self._writer.begin() as conn:
            conn.execute(sa.delete(thread_judgements).where(thread_judgements.c.ask == ask))
            values = {"ask": ask, "target": target, "author": author, "created_at": datetime.now(UTC)}
            conn.execute(sa.insert(thread_judgements).values(**values))
            # A write like any other: views derived from the store (the follow-up first) are now behind.
            conn.execute(sa.update(counter).where(counter.c.id == 1).values(value=counter.c.value + 1))
