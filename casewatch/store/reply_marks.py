"""What each government reply and UN communication cites of the letters it answers, kept per document.

Whether a letter was answered is read from the replies' texts (analyse/replies.py): the codes
they cite, the letters they name by date, the rows of an index of communications. Reading every
reply's text again for each look (the overview's deadlines, at each write) grew with the
collection, so the marks found in a document are kept here with the `updated_at` of the document
they were read from: a document saved again since is read again, and a letter's replies are
found by its code (`bare`: country|number|year) or its day through an index.
Derived data: keeping marks changes no fact, so the store revision does not move.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from casewatch.store.schema import TIMESTAMP, documents, metadata

reply_scans = sa.Table(
    "reply_scans",
    metadata,
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("updated_at", TIMESTAMP, nullable=False),  # the document's, when its text was read
)
reply_marks = sa.Table(
    "reply_marks",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),  # reference | letter | index
    sa.Column("bare", sa.Text),  # a cited code's country|number|year (reference, index)
    sa.Column("day", sa.Text),  # the ISO day of a letter named by its date
    sa.Column("body", sa.JSON, nullable=False),
    sa.Index("ix_reply_marks_document", "document_id"),
    sa.Index("ix_reply_marks_bare", "bare"),
    sa.Index("ix_reply_marks_day", "day"),
)
TABLES = (reply_scans, reply_marks)
_d, _s, _m = documents.c, reply_scans.c, reply_marks.c
_CHUNK = 500


@dataclass(frozen=True)
class Mark:
    kind: str
    bare: str | None
    day: str | None
    body: dict[str, Any]


def create(conn: Connection) -> None:
    """Migration: the tables, empty (the replies held are read at the next look), and an index that
    finds the replies not read since they were saved without reading the text-laden rows."""
    for table in TABLES:
        table.create(conn, checkfirst=True)
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_documents_genre_saved ON documents (genre, status, updated_at)"
    )


def unread_index(conn: Connection) -> None:
    """Migration 0030_replies_unread_index: on PostgreSQL, whose indexes do not hold the row's id
    as SQLite's do, the same index with the id, so the replies not read since they were saved
    are found from the index alone (no visit of every reply's row at each look)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "CREATE INDEX IF NOT EXISTS ix_documents_genre_saved_id"
            " ON documents (genre, status, updated_at, id)"
        )
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_documents_genre_saved")


def _current() -> sa.ColumnElement[bool]:
    return sa.and_(_s.document_id == _d.id, _s.updated_at == _d.updated_at)


class ReplyMarksStore:
    """The Store's methods for the kept reply marks (mixed into `Store`, which gives the engines)."""

    engine: Engine
    _writer: Engine

    def unread_replies(self, genres: Collection[str]) -> list[tuple[int, datetime]]:
        """(id, updated_at) of the ok documents of these genres whose marks are not kept for their
        current version."""
        read = sa.exists().where(_current())
        ok = sa.func.coalesce(_d.status, "") == "ok"  # read from the (genre, status, updated_at) index
        query = sa.select(_d.id, _d.updated_at).where(_d.genre.in_(sorted(genres)), ok, ~read)
        with self.engine.connect() as conn:
            return sorted((row.id, row.updated_at) for row in conn.execute(query))

    def keep_reply_marks(self, found: Mapping[int, tuple[datetime, Sequence[Mark]]]) -> None:
        """Keep each document's marks (replacing those kept before), as read from its version."""
        ids = sorted(found)
        with self._writer.begin() as conn:
            for start in range(0, len(ids), _CHUNK):
                chosen = ids[start : start + _CHUNK]
                conn.execute(sa.delete(reply_marks).where(_m.document_id.in_(chosen)))
                conn.execute(sa.delete(reply_scans).where(_s.document_id.in_(chosen)))
            scans = [{"document_id": i, "updated_at": found[i][0]} for i in ids]
            marks = [{"document_id": i, **mark.__dict__} for i in ids for mark in found[i][1]]
            for rows, table in ((scans, reply_scans), (marks, reply_marks)):
                for start in range(0, len(rows), _CHUNK):
                    conn.execute(sa.insert(table), rows[start : start + _CHUNK])

    def citing_documents(
        self, bares: Collection[str], days: Collection[str], labels: frozenset[str] | None = None
    ) -> list[int]:
        """Ok documents (of these labels, None: any) whose current marks cite one of these codes or
        name a letter of one of these days."""
        matching = [
            column.in_(sorted(values)) for column, values in ((_m.bare, bares), (_m.day, days)) if values
        ]
        if not matching:
            return []
        with self.engine.connect() as conn:  # the marks by index first: few, whatever the collection
            marked = sorted(set(conn.scalars(sa.select(_m.document_id).where(sa.or_(*matching)))))
            if not marked:
                return []
            query = sa.select(_d.id).where(
                _d.id.in_(marked), _d.status == "ok", sa.exists().where(_current())
            )
            if labels is not None:
                query = query.where(_d.confidentiality.in_(sorted(labels)))
            return sorted(conn.scalars(query))

    def reply_marks(self, ids: Collection[int]) -> dict[int, list[Mark]]:
        """The kept marks of these documents, in the order they were found."""
        found: dict[int, list[Mark]] = {i: [] for i in ids}
        chosen = sorted(ids)
        with self.engine.connect() as conn:
            for start in range(0, len(chosen), _CHUNK):
                query = sa.select(_m.document_id, _m.kind, _m.bare, _m.day, _m.body).where(
                    _m.document_id.in_(chosen[start : start + _CHUNK])
                )
                for row in conn.execute(query.order_by(_m.id)):
                    found[row.document_id].append(Mark(row.kind, row.bare, row.day, row.body))
        return found
