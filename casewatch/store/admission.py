"""The statements of admitting a file (original, document row, provenance, claim), built once.

An ingest runs them for every file it meets; building SQLAlchemy statements anew each time cost
several times what the database spends on them, so each is built once per dialect and run with
its values bound.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from casewatch.errors import NotFound, message
from casewatch.model import DocumentStatus
from casewatch.store import schema

_d = schema.documents.c
_OK = DocumentStatus.OK.value
_FAILED = DocumentStatus.FAILED.value


def _insert(name: str) -> Any:
    return (postgresql if name == "postgresql" else sqlite).insert


@cache
def _statements(name: str) -> dict[str, Any]:
    """Every statement of admission for the dialect `name`."""
    p = sa.bindparam
    provenance = _insert(name)(schema.provenance).values(
        document_id=p("doc"), path=p("path"), ingested_by=p("by"), first_seen=p("now"), last_seen=p("now")
    )
    unfinished = {"status": _FAILED, "error": p("unfinished"), "updated_at": p("now")}
    claimable = [_d.claimed_by.is_(None), _d.claimed_by == p("claimant"), _d.claimed_at < p("stale_before")]
    claim = sa.update(schema.documents).where(_d.id == p("doc"), _d.status != _OK)
    claim = claim.values(claimed_by=p("claimant"), claimed_at=p("now"), **unfinished)
    return {
        "original": _insert(name)(schema.originals)
        .values(sha256=p("sha"), size=p("size"), data=p("data"))
        .on_conflict_do_nothing(),
        "has_original": sa.select(schema.originals.c.sha256).where(schema.originals.c.sha256 == p("sha")),
        "document": _insert(name)(schema.documents)
        .values(
            sha256=p("sha"),
            source=p("source"),
            media_type=p("media_type"),
            parent_id=p("parent"),
            status=_FAILED,
            error=p("unfinished"),
            created_at=p("now"),
            updated_at=p("now"),
        )
        .on_conflict_do_nothing()
        .returning(_d.id),  # a row only when the document is new
        "document_id": sa.select(_d.id).where(_d.sha256 == p("sha")),
        "unfinished": sa.update(schema.documents)
        .where(_d.id == p("doc"), _d.status != _OK)
        .values(**unfinished),
        "provenance": provenance.on_conflict_do_update(
            index_elements=["document_id", "path"],
            set_={"ingested_by": provenance.excluded.ingested_by, "last_seen": provenance.excluded.last_seen},
        ),
        "unskip": sa.delete(schema.skipped_paths).where(schema.skipped_paths.c.path == p("path")),
        "claim": claim.where(sa.or_(*claimable)),
        "claim_replacing": claim.where(sa.or_(*claimable, _d.claimed_by == p("replacing"))),
        "status": sa.select(_d.status).where(_d.id == p("doc")),
        "bump": sa.update(schema.revision)
        .where(schema.revision.c.id == 1)
        .values(value=schema.revision.c.value + 1),
    }


def run(conn: Connection, name: str, **values: Any) -> Any:
    return conn.execute(_statements(conn.dialect.name)[name], values)


def bump(conn: Connection) -> None:
    """Count one more change, in the writing transaction itself (see `Store.revision`)."""
    run(conn, "bump")


def add_original(conn: Connection, sha256: str, data: bytes) -> None:
    run(conn, "original", sha=sha256, size=len(data), data=data)


def start(
    conn: Connection,
    sha256: str,
    source: str,
    media_type: str | None,
    parent_id: int | None,
    now: datetime,
    *,
    kept: bool = False,
) -> int:
    """See `Store.start_document`; `kept`: the original was kept in this transaction (not looked for)."""
    if not kept and run(conn, "has_original", sha=sha256).scalar() is None:
        raise NotFound(message("no_original", sha256=sha256))
    unfinished = message("ingest_unfinished")
    values = {"sha": sha256, "source": source, "media_type": media_type, "parent": parent_id}
    new: int | None = run(conn, "document", **values, unfinished=unfinished, now=now).scalar()
    if new is not None:  # inserted failed and unfinished as of now: nothing to reset
        return new
    document_id: int = run(conn, "document_id", sha=sha256).scalar_one()
    run(conn, "unfinished", doc=document_id, unfinished=unfinished, now=now)
    return document_id


def claim(
    conn: Connection,
    document_id: int,
    claimant: str,
    stale_before: datetime,
    replacing: str | None,
    now: datetime,
) -> bool:
    """See `Store.claim_document`."""
    values = {"doc": document_id, "claimant": claimant, "stale_before": stale_before, "now": now}
    values["unfinished"] = message("ingest_unfinished")
    if replacing is not None:
        return bool(run(conn, "claim_replacing", **values, replacing=replacing).rowcount == 1)
    return bool(run(conn, "claim", **values).rowcount == 1)


def add_provenance(conn: Connection, document_id: int, path: str, ingested_by: str, now: datetime) -> None:
    """See `Store.add_provenance`."""
    run(conn, "provenance", doc=document_id, path=path, by=ingested_by, now=now)
    run(conn, "unskip", path=path)


def status(conn: Connection, document_id: int) -> str | None:
    found: str | None = run(conn, "status", doc=document_id).scalar()
    return found
