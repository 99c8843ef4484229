"""The ingest's write path: a column plan per fact table, and a batch of extractions saved at once.

`facts.fact_row` encodes any model value generically, walking every field of every fact; an
ingest stores hundreds of facts per document, so each table gets a plan made once from the
model's type hints (which columns, and how each field's value becomes one), and a batch of
documents is stored with one executemany per table and one commit. The rows are exactly the
ones `facts.fact_row` makes (a test holds the two together).
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from casewatch.model import DocumentStatus, Extraction, PartialDate, Text
from casewatch.store import facts, schema
from casewatch.store import search as fulltext

Encoder = Callable[[Any], Any]
_UNCLAIMED = {"claimed_by": None, "claimed_at": None}


@dataclass(frozen=True)
class Saved:
    """One document's outcome to store: its text, extraction and the note a reader should see."""

    document_id: int
    text: Text
    extraction: Extraction
    note: str | None = None


def _optional(encode: Encoder) -> Encoder:
    return lambda value: None if value is None else encode(value)


def _iso(value: PartialDate) -> str:
    return value.iso


def _precision(value: PartialDate | None) -> str | None:
    return value.precision if value is not None else None


def _encoder(hint: Any) -> Encoder:
    """How a value of type `hint` is stored: as `facts.encode` would store it, decided once."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _optional(_encoder(inner))
    if hint is PartialDate:
        return _iso
    if isinstance(hint, type) and issubclass(hint, Enum):
        return lambda value: value.value
    if origin is tuple and typing.get_args(hint)[0] is str:
        return list
    if hint in (str, int, bool, float):
        return lambda value: value
    return facts.encode


@dataclass(frozen=True)
class ColumnPlan:
    """Which columns one fact table gets from its dataclass, and the function giving each value."""

    table: sa.Table
    columns: tuple[str, ...]  # document_id and seq first, then the plan's own columns
    fields: tuple[tuple[str, Encoder], ...]  # (field name, encoder) per column after the first two

    def rows(self, found: Sequence[Any], document_id: int) -> list[dict[str, Any]]:
        names, fields = self.columns, self.fields
        return [
            dict(zip(names, (document_id, seq, *[code(getattr(fact, f)) for f, code in fields]), strict=True))
            for seq, fact in enumerate(found)
        ]


@functools.cache
def plan_of(name: str) -> ColumnPlan:
    """The plan of the fact table of Extraction field `name`."""
    table, cls = facts.fact_table_types()[name]
    known = facts.hints(cls)
    columns, fields = ["document_id", "seq"], []
    for f in dataclasses.fields(cls):
        if f.name in table.c:
            columns.append(f.name)
            fields.append((f.name, _encoder(known[f.name])))
        if f"{f.name}_precision" in table.c:
            columns.append(f"{f.name}_precision")
            fields.append((f.name, _precision))
    return ColumnPlan(table, tuple(columns), tuple(fields))


def fact_rows(ext: Extraction, document_id: int) -> dict[str, list[dict[str, Any]]]:
    """Fact table name -> the rows of one extraction."""
    return {
        plan.table.name: plan.rows(getattr(ext, name), document_id)
        for name in schema.FACT_TABLES
        for plan in (plan_of(name),)
    }


_d = schema.documents.c
# The SET clause comes from the keys of the parameters: every column _document_values gives.
_UPDATE_DOCUMENT = sa.update(schema.documents).where(_d.id == sa.bindparam("document_key"))


def _document_values(saved: Saved, now: datetime) -> dict[str, Any]:
    ext, text = saved.extraction, saved.text
    return {
        **facts.meta_columns(ext.meta),
        "title": ext.meta.title or text.title,  # the heading step sets the first
        "text": text.text,
        "media_type": text.media_type,
        "encoding": text.encoding,
        "pages": text.pages,
        "status": DocumentStatus.OK.value,
        "error": saved.note,
        "updated_at": now,
        **_UNCLAIMED,
        "document_key": saved.document_id,
    }


def save(conn: Connection, batch: Sequence[Saved], sources: dict[int, str], now: datetime) -> None:
    """Replace the facts of the batch's documents, store their texts and metadata, mark them ok;
    inside the caller's transaction. `sources` holds each document's source name."""
    ids = [saved.document_id for saved in batch]
    for table in schema.FACT_TABLES.values():
        conn.execute(sa.delete(table).where(table.c.document_id.in_(ids)))
    rows: dict[str, list[dict[str, Any]]] = {table.name: [] for table in schema.FACT_TABLES.values()}
    for saved in batch:
        for name, found in fact_rows(saved.extraction, saved.document_id).items():
            rows[name] += found
    for table in schema.FACT_TABLES.values():
        if rows[table.name]:
            conn.execute(sa.insert(table), rows[table.name])
    conn.execute(_UPDATE_DOCUMENT, [_document_values(saved, now) for saved in batch])
    terms = [(s.document_id, sources[s.document_id], s.text.text, s.extraction.meta.language) for s in batch]
    fulltext.index_documents(conn, terms)


@dataclass(frozen=True)
class Arrival:
    """A file an ingest is about to read: its bytes and hash, its name, where it was found."""

    sha256: str
    data: bytes
    source: str
    path: str
    parent_id: int | None = None
