"""Bulk loading: many already-extracted documents in one transaction, as executemany of prepared rows.

For building large collections (benchmarks, imports from another case database). Each document
ends exactly as `add_original` + `start_document` + `save_extraction` would leave it, and the
search terms are indexed as save_extraction indexes them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from casewatch.model import DocumentStatus, Extraction, Text
from casewatch.store import facts, schema, search


@dataclass(frozen=True)
class BulkDocument:
    """One document to load: its original bytes, where it came from, its text and extraction."""

    data: bytes
    source: str
    text: Text
    extraction: Extraction
    media_type: str | None = None


def _insert_ignoring_duplicates(conn: Connection, table: sa.Table) -> Any:
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing()


def _document_values(doc: BulkDocument, sha256: str, now: datetime) -> dict[str, Any]:
    ext, text = doc.extraction, doc.text
    return {
        "sha256": sha256,
        "source": doc.source,
        "parent_id": None,
        **facts.meta_columns(ext.meta),
        "title": ext.meta.title or text.title,
        "text": text.text,
        "media_type": doc.media_type or text.media_type,
        "encoding": text.encoding,
        "pages": text.pages,
        "status": DocumentStatus.OK.value,
        "error": None,
        "created_at": now,
        "updated_at": now,
    }


def _new_documents(conn: Connection, batch: Sequence[BulkDocument]) -> dict[str, BulkDocument]:
    """The batch by sha256, without documents the store (or the batch itself) already holds."""
    by_sha: dict[str, BulkDocument] = {}
    for doc in batch:  # in batch order, so ids follow it; the first of duplicates wins
        by_sha.setdefault(hashlib.sha256(doc.data).hexdigest(), doc)
    sha = schema.documents.c.sha256
    known = set(conn.scalars(sa.select(sha).where(sha.in_(list(by_sha)))))
    return {key: doc for key, doc in by_sha.items() if key not in known}


def load(conn: Connection, batch: Sequence[BulkDocument], now: datetime, by: str) -> list[int]:
    """Insert the batch's new documents with their originals, provenance and facts; their ids."""
    fresh = _new_documents(conn, batch)
    if not fresh:
        return []
    originals = [{"sha256": key, "size": len(doc.data), "data": doc.data} for key, doc in fresh.items()]
    conn.execute(_insert_ignoring_duplicates(conn, schema.originals), originals)
    conn.execute(sa.insert(schema.documents), [_document_values(d, k, now) for k, d in fresh.items()])
    d = schema.documents.c
    ids = dict(conn.execute(sa.select(d.sha256, d.id).where(d.sha256.in_(list(fresh)))).all())
    provenance = [
        {"document_id": ids[key], "path": doc.source, "ingested_by": by, "first_seen": now, "last_seen": now}
        for key, doc in fresh.items()
    ]
    conn.execute(sa.insert(schema.provenance), provenance)
    _insert_facts(conn, ((ids[key], doc.extraction) for key, doc in fresh.items()))
    terms = [(ids[k], doc.source, doc.text.text, doc.extraction.meta.language) for k, doc in fresh.items()]
    search.index_documents(conn, terms)
    return sorted(ids.values())


def _insert_facts(conn: Connection, extractions: Iterable[tuple[int, Extraction]]) -> None:
    tables = {table.name: table for table in schema.FACT_TABLES.values()}
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in tables}
    for document_id, ext in extractions:
        for table, found in facts.fact_rows(ext, document_id):
            rows[table.name].extend(found)
    for name, found in rows.items():
        if found:
            conn.execute(sa.insert(tables[name]), found)
