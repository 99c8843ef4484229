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

from casewatch.store.derived import one_at_a_time
from casewatch.store.schema import TIMESTAMP, derived, metadata
from casewatch.store.schema import revision as counter

NAME = "followup"
_CHUNK = 2000

followup_threads = sa.Table(
    "followup_threads",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),  # rank: date of the first ask
    sa.Column("thread", sa.String(32), nullable=False, unique=True),  # "t3"
    sa.Column("country", sa.String(8), nullable=False),
    sa.Column("latest", sa.String(16), nullable=False),
    sa.Column("body", sa.JSON, nullable=False),
    sa.Index("ix_followup_threads_country", "country", "id"),
)

followup_disputes = sa.Table(
    "followup_disputes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("document_id", sa.Integer, nullable=False, index=True),
    sa.Column("country", sa.String(8), nullable=False, index=True),
    sa.Column("body", sa.JSON, nullable=False),
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
    sa.Column("document_id", sa.Integer, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),  # a status (met, not_met ...) or "dispute"
    sa.Column("label", sa.Text, nullable=False),
    sa.Index("ix_followup_marks_document", "document_id", "start"),
)

# Which thread each request is in, and the thread's latest status: the requests page's badge.
followup_asks = sa.Table(
    "followup_asks",
    metadata,
    sa.Column("document_id", sa.Integer, nullable=False),
    sa.Column("anchor", sa.String(32), nullable=False),  # the request's fact id: "f-r2"
    sa.Column("thread", sa.String(32), nullable=False),
    sa.Column("latest", sa.String(16), nullable=False),
    sa.PrimaryKeyConstraint("document_id", "anchor"),
)

TABLES = (followup_threads, followup_disputes, thread_judgements, followup_marks, followup_asks)
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


def create(conn: Connection) -> None:
    """Migration 0008_followup: the follow-up tables."""
    for table in TABLES:
        table.create(conn, checkfirst=True)


def _insert(conn: Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    for start in range(0, len(rows), _CHUNK):
        conn.execute(sa.insert(table), list(rows[start : start + _CHUNK]))


def replace(
    conn: Connection,
    threads: Sequence[ThreadRow],
    disputes: Sequence[DisputeRow],
    marks: Sequence[MarkRow],
    revision: int,
) -> None:
    one_at_a_time(conn)
    for table in (followup_threads, followup_disputes, followup_marks, followup_asks):
        conn.execute(sa.delete(table))
    asks = {
        (a["document_id"], a["anchor"]): {
            "document_id": a["document_id"],
            "anchor": a["anchor"],
            "thread": t.thread,
            "latest": t.latest,
        }
        for t in threads
        for a in t.body["requests"]
    }
    _insert(conn, followup_asks, list(asks.values()))
    _insert(conn, followup_marks, [m.__dict__ for m in dict.fromkeys(marks)])
    _insert(conn, followup_threads, [{"id": n, **t.__dict__} for n, t in enumerate(threads, start=1)])
    _insert(conn, followup_disputes, [{"id": n, **d.__dict__} for n, d in enumerate(disputes, start=1)])
    conn.execute(sa.delete(derived).where(derived.c.name == NAME))
    conn.execute(sa.insert(derived).values(name=NAME, revision=revision))


def thread_page(conn: Connection, country: str | None, limit: int, offset: int) -> list[ThreadRow]:
    query = sa.select(_t.thread, _t.country, _t.latest, _t.body).order_by(_t.id)
    if country:
        query = query.where(_t.country == country)
    return [ThreadRow(**row._mapping) for row in conn.execute(query.limit(limit).offset(offset))]


def thread_count(conn: Connection, country: str | None) -> int:
    query = sa.select(sa.func.count()).select_from(followup_threads)
    if country:
        query = query.where(_t.country == country)
    return int(conn.scalar(query) or 0)


def thread(conn: Connection, thread_id: str) -> ThreadRow | None:
    row = conn.execute(
        sa.select(_t.thread, _t.country, _t.latest, _t.body).where(_t.thread == thread_id)
    ).first()
    return ThreadRow(**row._mapping) if row else None


def countries(conn: Connection) -> list[tuple[str, int]]:
    query = sa.select(_t.country, sa.func.count()).group_by(_t.country).order_by(_t.country)
    return [(str(c), int(n)) for c, n in conn.execute(query)]


def disputes(
    conn: Connection, *, document_id: int | None = None, country: str | None = None
) -> list[DisputeRow]:
    query = sa.select(_d.document_id, _d.country, _d.body).order_by(_d.id)
    if document_id is not None:
        query = query.where(_d.document_id == document_id)
    if country:
        query = query.where(_d.country == country)
    return [DisputeRow(**row._mapping) for row in conn.execute(query)]


class FollowupStore:
    """The Store's follow-up methods (mixed into `Store`, which provides the engines)."""

    engine: Engine
    _writer: Engine

    def replace_followup(
        self,
        threads: Sequence[ThreadRow],
        found: Sequence[DisputeRow],
        marks: Sequence[MarkRow],
        revision: int,
    ) -> None:
        with self._writer.begin() as conn:
            replace(conn, threads, found, marks, revision)

    def threads_of_requests(self, document_ids: Sequence[int]) -> dict[tuple[int, str], tuple[str, str]]:
        """(document id, request anchor) -> (thread, its latest status), for these documents."""
        a = followup_asks.c
        found: dict[tuple[int, str], tuple[str, str]] = {}
        ids = sorted(set(document_ids))
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                query = sa.select(a.document_id, a.anchor, a.thread, a.latest).where(
                    a.document_id.in_(ids[start : start + 500])
                )
                found.update({(r.document_id, r.anchor): (r.thread, r.latest) for r in conn.execute(query)})
        return found

    def followup_marks(self, document_id: int) -> list[MarkRow]:
        m = followup_marks.c
        query = sa.select(followup_marks).where(m.document_id == document_id).order_by(m.start)
        with self.engine.connect() as conn:
            return [MarkRow(**row._mapping) for row in conn.execute(query)]

    def followup_built_from(self) -> int | None:
        with self.engine.connect() as conn:
            value = conn.scalar(sa.select(derived.c.revision).where(derived.c.name == NAME))
        return None if value is None else int(value)

    def thread_page(self, country: str | None = None, limit: int = 50, offset: int = 0) -> list[ThreadRow]:
        with self.engine.connect() as conn:
            return thread_page(conn, country, limit, offset)

    def count_threads(self, country: str | None = None) -> int:
        with self.engine.connect() as conn:
            return thread_count(conn, country)

    def thread(self, thread_id: str) -> ThreadRow | None:
        with self.engine.connect() as conn:
            return thread(conn, thread_id)

    def followup_countries(self) -> list[tuple[str, int]]:
        with self.engine.connect() as conn:
            return countries(conn)

    def disputes(self, *, document_id: int | None = None, country: str | None = None) -> list[DisputeRow]:
        with self.engine.connect() as conn:
            return disputes(conn, document_id=document_id, country=country)

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
