"""Document rows and the list's filters and orders, and what every part of the Store shares."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from casewatch.errors import NotFound, message
from casewatch.model import DocumentStatus, Genre, PartialDate
from casewatch.store import facets, views
from casewatch.store.rows import DocumentRow
from casewatch.store.schema import documents, originals

_d = documents.c
ORDERS: dict[str, tuple[Any, ...]] = {
    "date": (_d.date.is_(None), _d.date, _d.id),
    "-date": (_d.date.is_(None), _d.date.desc(), _d.id.desc()),
    "id": (_d.id,),
    "source": (_d.source, _d.id),
    "updated": (_d.updated_at.desc(), _d.id.desc()),
}
BATCH = 200  # documents per round of extraction loading (stays under SQL parameter limits)
ROW_COLUMNS = [c for c in documents.c if c.name not in ("text", "meta", "claimed_by", "claimed_at")]
UNCLAIMED = {"claimed_by": None, "claimed_at": None}
# The largest id each database's integer column holds: a bigger number from a URL names no
# document, and must not reach the driver (which refuses it with an overflow, a server error).
MAX_ID = {"sqlite": 2**63 - 1, "postgresql": 2**31 - 1}


def utc_now() -> datetime:
    return datetime.now(UTC)


def _partial(value: str | None) -> PartialDate | None:
    return PartialDate.parse(value) if value else None


def document_row(row: Any) -> DocumentRow:
    values = row._mapping
    return DocumentRow(
        id=values["id"],
        sha256=values["sha256"],
        source=values["source"],
        media_type=values["media_type"],
        parent_id=values["parent_id"],
        status=DocumentStatus(values["status"]),
        error=values["error"],
        genre=Genre(values["genre"]) if values["genre"] else None,
        date=_partial(values["date"]),
        reference=values["reference"],
        language=values["language"],
        countries=tuple(values["countries"] or ()),
        reply_due=_partial(values["reply_due"]),
        title=values["title"],
        encoding=values["encoding"],
        pages=values["pages"],
        size=values["size"],
        created_at=values["created_at"],
        updated_at=values["updated_at"],
        text=values.get("text"),
        confidentiality=values.get("confidentiality") or "internal",
    )


def select_documents(with_text: bool = False) -> sa.Select[Any]:
    columns = [*ROW_COLUMNS, originals.c.size, *([_d.text] if with_text else [])]
    return sa.select(*columns).join(originals, originals.c.sha256 == _d.sha256)


@dataclass(frozen=True)
class DocumentFilter:
    """Which documents a list shows: by status, genre, country, a date range, a sender's name.

    The range is given as its first and last days in ISO form; a document is in it when its
    (possibly partial) date overlaps it. `sender` matches part of a sender's or signatory's name.
    """

    status: DocumentStatus | str | None = None
    genre: Genre | str | None = None
    country: str | None = None
    first_day: str | None = None
    last_day: str | None = None
    sender: str | None = None
    labels: frozenset[str] | None = None  # confidentiality labels the reader may see; None: all

    def apply(self, query: sa.Select[Any], dialect: str, *, ordered: bool = False) -> sa.Select[Any]:
        """The query narrowed to these documents. An `ordered` query (a page of the list in date
        order) reads the date index and checks each row, so its conditions are written in a form
        no other index serves: SQLite would otherwise pick one and sort every match."""
        if self.labels is not None:
            query = query.where(_unindexed(_d.confidentiality, ordered).in_(sorted(self.labels)))
        if self.status is not None:
            query = query.where(_unindexed(_d.status, ordered) == str(self.status))
        if self.genre is not None:
            query = query.where(_unindexed(_d.genre, ordered) == str(self.genre))
        if self.country is not None:  # (document, country) pairs are kept by triggers
            query = query.where(
                facets.names(_d.id, self.country) if ordered else _d.id.in_(facets.naming(self.country))
            )
        if self.first_day or self.last_day:
            query = query.where(views.dated_within(_d.date, self.first_day, self.last_day))
        if self.sender:
            query = query.where(views.sent_by(dialect, self.sender))
        return query


def _unindexed(column: sa.ColumnElement[Any], ordered: bool) -> sa.ColumnElement[Any]:
    """The column, or when `ordered` the same value as an expression no index holds."""
    return sa.func.coalesce(column, None) if ordered else column


def merged(where: DocumentFilter | None, status: Any, genre: Any, country: str | None) -> DocumentFilter:
    """The filter `where`, with the shorthand arguments given taking precedence."""
    chosen = where or DocumentFilter()
    return replace(
        chosen,
        status=status or chosen.status,
        genre=genre or chosen.genre,
        country=country or chosen.country,
    )


def insert_ignoring_duplicates(conn: Connection, table: sa.Table, values: dict[str, Any]) -> None:
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(table).values(**values).on_conflict_do_nothing())


def upsert(
    conn: Connection, table: sa.Table, key: Sequence[str], values: dict[str, Any], changed: Sequence[str]
) -> None:
    """Insert `values`, or when a row with the same `key` exists, set its `changed` columns."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(table).values(**values)
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=list(key), set_={name: statement.excluded[name] for name in changed}
        )
    )


class StoreBase:
    """What every part of the Store has: its engines, its dialect, the check that a document exists."""

    engine: Engine
    _writer: Engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def database_file(self) -> Path | None:
        """The SQLite database's file; None for PostgreSQL and in-memory databases."""
        database = self.engine.url.database
        if self.dialect != "sqlite" or not database or database == ":memory:":
            return None
        return Path(database)

    def holds_id(self, document_id: int) -> bool:
        """Whether the number fits the database's id column (else no document can have it)."""
        return 1 <= document_id <= MAX_ID.get(self.dialect, 2**31 - 1)

    def _require(self, conn: Connection, document_id: int) -> None:
        stored = self.holds_id(document_id) and conn.scalar(sa.select(_d.id).where(_d.id == document_id))
        if not stored:
            raise NotFound(message("no_document", id=document_id))
