"""Which documents changed since the last refresh, recorded by triggers as each write happens.

A refresh compares what the stored views and follow-up were computed from with each
document's state now (`followup_parts.ReadState`: its label, country, last save, latest fact
review, the clusters of its names). Reading that state for every document costs seconds on a
large collection even when one changed, so the writes that move it (to `documents`,
`entity_clusters`, `fact_reviews`) note the document here, whatever code path makes them, and
the refresh reads again only the documents noted, taking them off the list in the same
transaction as it keeps their new states.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from casewatch.store import schema

# No foreign key: a deleted document must still be noted (it leaves the views).
document_changes = sa.Table(
    "document_changes",
    schema.metadata,
    sa.Column("document_id", sa.Integer, primary_key=True),
)

# The columns a document's state is made of (a claim or a note written does not change it).
_STATE_COLUMNS = "countries, confidentiality, updated_at, genre, status, sha256"
_NOTE = "INSERT INTO document_changes (document_id) {rows} ON CONFLICT (document_id) DO NOTHING"
_BY_HASH = "SELECT id FROM documents WHERE sha256 = {row}.sha256"

_SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER document_changes_{name} AFTER {event} ON {table} BEGIN
        {_NOTE.format(rows=rows)};
    END"""
    for name, event, table, rows in (
        ("insert", "INSERT", "documents", "VALUES (new.id)"),
        ("update", f"UPDATE OF {_STATE_COLUMNS}", "documents", "VALUES (new.id)"),
        ("delete", "DELETE", "documents", "VALUES (old.id)"),
        ("cluster_insert", "INSERT", "entity_clusters", "VALUES (new.document_id)"),
        ("cluster_update", "UPDATE", "entity_clusters", "VALUES (new.document_id), (old.document_id)"),
        ("cluster_delete", "DELETE", "entity_clusters", "VALUES (old.document_id)"),
        ("review_insert", "INSERT", "fact_reviews", _BY_HASH.format(row="new")),
        ("review_delete", "DELETE", "fact_reviews", _BY_HASH.format(row="old")),
    )
]

_PG_FUNCTION = f"""CREATE FUNCTION document_changes_note() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_TABLE_NAME = 'fact_reviews' THEN
            IF TG_OP <> 'DELETE' THEN {_NOTE.format(rows=_BY_HASH.format(row="NEW"))}; END IF;
            IF TG_OP <> 'INSERT' THEN {_NOTE.format(rows=_BY_HASH.format(row="OLD"))}; END IF;
        ELSIF TG_TABLE_NAME = 'documents' THEN
            IF TG_OP <> 'DELETE' THEN {_NOTE.format(rows="VALUES (NEW.id)")}; END IF;
            IF TG_OP = 'DELETE' THEN {_NOTE.format(rows="VALUES (OLD.id)")}; END IF;
        ELSE
            IF TG_OP <> 'DELETE' THEN {_NOTE.format(rows="VALUES (NEW.document_id)")}; END IF;
            IF TG_OP <> 'INSERT' THEN {_NOTE.format(rows="VALUES (OLD.document_id)")}; END IF;
        END IF;
        RETURN NULL;
    END $$"""
_PG_TRIGGERS = [
    _PG_FUNCTION,
    "CREATE TRIGGER document_changes_documents AFTER INSERT OR DELETE OR UPDATE OF"
    f" {_STATE_COLUMNS} ON documents FOR EACH ROW EXECUTE FUNCTION document_changes_note()",
    "CREATE TRIGGER document_changes_clusters AFTER INSERT OR UPDATE OR DELETE ON entity_clusters"
    " FOR EACH ROW EXECUTE FUNCTION document_changes_note()",
    "CREATE TRIGGER document_changes_reviews AFTER INSERT OR UPDATE OR DELETE ON fact_reviews"
    " FOR EACH ROW EXECUTE FUNCTION document_changes_note()",
]


def create(conn: Connection) -> None:
    """Migration 0029_document_changes: the list and its triggers. Empty: the first refresh
    after it reads every document's state (no state is held yet, see `followup_parts`)."""
    document_changes.create(conn, checkfirst=True)
    for sql in _PG_TRIGGERS if conn.dialect.name == "postgresql" else _SQLITE_TRIGGERS:
        conn.exec_driver_sql(sql)


def take(conn: Connection) -> list[int]:
    """The documents noted, taken off the list (inside the caller's transaction). On PostgreSQL
    the list is locked first against writes, so every write that noted a document has committed
    and the states read next in this transaction are the written ones; a write after waits."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("LOCK TABLE document_changes IN EXCLUSIVE MODE")
    c = document_changes.c.document_id
    return list(conn.scalars(sa.delete(document_changes).returning(c)))


def clear(conn: Connection) -> None:
    """Every document is read again: the list starts afresh."""
    conn.execute(sa.delete(document_changes))
