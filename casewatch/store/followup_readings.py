"""Each document's reading for the follow-up (its asks, cued sentences and disputes, as JSON),
kept with the signature of the state it was read in: a refresh reads again only the documents
whose signature moved, and takes the others' readings from here instead of their texts."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from casewatch.store import schema
from casewatch.store.batching import batches, sorted_batches

# No foreign key: like `followup_read`, a row outlives its document until the next refresh.
followup_readings = sa.Table(
    "followup_readings",
    schema.metadata,
    sa.Column("document_id", sa.Integer, primary_key=True),
    sa.Column("signature", sa.String(40), nullable=False),
    sa.Column("body", sa.JSON, nullable=False),
)

Kept = Mapping[int, tuple[str, dict[str, Any]]]  # document id -> (signature, reading)
_k = followup_readings.c


def create(conn: Connection) -> None:
    """Migration 0025_followup_readings: empty, so the next refresh reads its documents and fills it."""
    followup_readings.create(conn, checkfirst=True)


def readings(conn: Connection, ids: Collection[int]) -> dict[int, tuple[str, dict[str, Any]]]:
    found: dict[int, tuple[str, dict[str, Any]]] = {}
    for chunk in sorted_batches(ids):
        query = sa.select(_k.document_id, _k.signature, _k.body).where(_k.document_id.in_(chunk))
        found.update({row.document_id: (row.signature, row.body) for row in conn.execute(query)})
    return found


def keep(conn: Connection, kept: Kept, gone: Collection[int]) -> None:
    """Keep these readings (replacing the ones held) and drop those of the `gone` documents."""
    for chunk in sorted_batches({*kept, *gone}):
        conn.execute(sa.delete(followup_readings).where(_k.document_id.in_(chunk)))
    rows = [{"document_id": i, "signature": sig, "body": body} for i, (sig, body) in kept.items()]
    for chunk in batches(rows):
        conn.execute(sa.insert(followup_readings), chunk)


def drop_all_but(conn: Connection, documents: Collection[int]) -> None:
    """Drop the readings of every document not among these."""
    held = set(conn.scalars(sa.select(_k.document_id)))
    keep(conn, {}, held - set(documents))
