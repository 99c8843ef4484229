"""Named migrations: ordered functions, each applied once in its own transaction and recorded.

Like sqlite-utils migrations: the `migrations(name, applied_at)` table lists what ran. A
change to the schema after release is a NEW function appended to MIGRATIONS, never an edit
of one that may already have run somewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from casewatch.errors import StoreError, message
from casewatch.store import (
    asks,
    facets,
    followup,
    followup_parts,
    followup_readings,
    reply_marks,
    schema,
    tallies,
    view_parts,
)
from casewatch.store import derived as stored_views

Migration = Callable[[Connection], None]

# Serialises concurrent openers of one PostgreSQL database (any constant will do).
_PG_LOCK_KEY = 0x63617365


def create_tables(conn: Connection) -> None:
    tables = [t for t in schema.metadata.sorted_tables if t is not schema.migrations]
    schema.metadata.create_all(conn, tables=tables)


_SQLITE_FTS = [
    """CREATE VIRTUAL TABLE documents_fts USING fts5(
        text, source, content='documents', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    # External content: triggers keep the index in step with documents.text/source.
    """CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, text, source) VALUES (new.id, new.text, new.source);
    END""",
    """CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, text, source)
        VALUES ('delete', old.id, old.text, old.source);
    END""",
    """CREATE TRIGGER documents_fts_update AFTER UPDATE OF text, source ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, text, source)
        VALUES ('delete', old.id, old.text, old.source);
        INSERT INTO documents_fts(rowid, text, source) VALUES (new.id, new.text, new.source);
    END""",
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
]

# A tsvector holds at most 1 MB: index the first million characters of very long documents.
# The default parser drops anything that looks like an HTML tag ("<script>"); the text is not
# HTML, so "<" becomes \x01 (readers strip C0 controls, so it never occurs in stored text).
_PG_FTS = [
    """ALTER TABLE documents ADD COLUMN fts tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(source, '')), 'A') ||
        setweight(to_tsvector('simple',
            replace(left(coalesce(text, ''), 1000000), '<', chr(1))), 'B')) STORED""",
    "CREATE INDEX ix_documents_fts ON documents USING gin (fts)",
]


def full_text(conn: Connection) -> None:
    statements = _PG_FTS if conn.dialect.name == "postgresql" else _SQLITE_FTS
    for sql in statements:
        conn.exec_driver_sql(sql)


def revision_counter(conn: Connection) -> None:
    schema.revision.create(conn, checkfirst=True)
    if conn.scalar(sa.select(schema.revision.c.value).where(schema.revision.c.id == 1)) is None:
        conn.execute(sa.insert(schema.revision).values(id=1, value=0))


def overview_index(conn: Connection) -> None:
    """The overview's aggregates (latest, deadlines, genres) read this index, not the text-laden rows."""
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_documents_overview ON documents (status, date, reply_due, genre)"
    )


def derived_views(conn: Connection) -> None:
    """Tables for the precomputed timeline and actor list; empty until the analysis stage fills them."""
    for table in (schema.timeline_entries, schema.timeline_facets, schema.actor_summaries, schema.derived):
        table.create(conn, checkfirst=True)


_SEARCH_TERMS = {
    # Regular (not contentless) FTS5: a re-saved document's old terms can be deleted by rowid.
    "sqlite": [
        "CREATE VIRTUAL TABLE search_terms USING fts5(words, stems,"
        " tokenize='unicode61 remove_diacritics 0', prefix='2 3')"
    ],
    "postgresql": [
        "CREATE TABLE search_terms (document_id INTEGER PRIMARY KEY"
        " REFERENCES documents(id) ON DELETE CASCADE, terms tsvector NOT NULL)",
        "CREATE INDEX ix_search_terms ON search_terms USING gin (terms)",
    ],
}


def search_terms(conn: Connection) -> None:
    """Folded, stemmed terms per document (store/terms.py): one query language on both backends."""
    from casewatch.store.search import index_documents

    for sql in _SEARCH_TERMS[conn.dialect.name]:
        conn.exec_driver_sql(sql)
    d = schema.documents.c
    rows = conn.execute(sa.select(d.id, d.source, d.text, d.language).where(d.text.is_not(None)))
    index_documents(conn, [(r.id, r.source, r.text, r.language) for r in rows.all()])


def timeline_years(conn: Connection) -> None:
    """Stored timelines gain a year facet: mark them out of date, so the next refresh rebuilds them."""
    conn.execute(sa.delete(schema.derived))


def access(conn: Connection) -> None:
    """Accounts, sessions, API tokens, the audit log, and a confidentiality label per document."""
    for table in schema.ACCESS_TABLES:
        table.create(conn, checkfirst=True)
    if "confidentiality" not in {c["name"] for c in sa.inspect(conn).get_columns("documents")}:
        conn.exec_driver_sql(
            "ALTER TABLE documents ADD COLUMN confidentiality VARCHAR(16) NOT NULL DEFAULT 'internal'"
        )


def _columns(conn: Connection, table: str) -> set[str]:
    return {column["name"] for column in sa.inspect(conn).get_columns(table)}


def _timestamp(conn: Connection) -> str:
    """The SQL type schema.TIMESTAMP creates in this dialect."""
    return "TIMESTAMP WITH TIME ZONE" if conn.dialect.name == "postgresql" else "DATETIME"


def _provenance_sightings(conn: Connection) -> None:
    """One provenance row per (document, path): duplicates collapse into the last one recorded
    (so `ingested_by` is who saw it last), with the earliest and latest times of the group."""
    for column in ("first_seen", "last_seen"):
        conn.exec_driver_sql(f"ALTER TABLE provenance ADD COLUMN {column} {_timestamp(conn)}")
    same = "p.document_id = provenance.document_id AND p.path = provenance.path"
    conn.exec_driver_sql(
        f"UPDATE provenance SET first_seen = (SELECT MIN(p.ingested_at) FROM provenance p WHERE {same}), "
        f"last_seen = (SELECT MAX(p.ingested_at) FROM provenance p WHERE {same})"
    )
    conn.exec_driver_sql(
        f"DELETE FROM provenance WHERE id < (SELECT MAX(p.id) FROM provenance p WHERE {same})"
    )
    conn.exec_driver_sql("ALTER TABLE provenance DROP COLUMN ingested_at")
    conn.exec_driver_sql("CREATE UNIQUE INDEX ux_provenance_sighting ON provenance (document_id, path)")


def ingest_claims(conn: Connection) -> None:
    """Documents claimed by the ingest reading them, provenance as sightings, skipped paths kept.

    A database created at 0001 since these were declared already has them: only add what is missing."""
    if "claimed_by" not in _columns(conn, "documents"):
        conn.exec_driver_sql("ALTER TABLE documents ADD COLUMN claimed_by TEXT")
        conn.exec_driver_sql(f"ALTER TABLE documents ADD COLUMN claimed_at {_timestamp(conn)}")
    if "first_seen" not in _columns(conn, "provenance"):
        _provenance_sightings(conn)
    schema.skipped_paths.create(conn, checkfirst=True)


def protected(conn: Connection) -> None:
    """Records of persons at risk, left out of redacted exports."""
    schema.protected_refs.create(conn, checkfirst=True)


def fact_review_table(conn: Connection) -> None:
    """Editors' reviews of extracted events and requests."""
    schema.fact_reviews.create(conn, checkfirst=True)


def event_roles(conn: Connection) -> None:
    """The forum (court, committee) and the reporter of an event, apart from its actors and targets;
    events stored before them read as having none."""
    present = _columns(conn, "events")
    for column in ("forum", "reporter"):
        if column not in present:
            conn.exec_driver_sql(f"ALTER TABLE events ADD COLUMN {column} JSON DEFAULT '[]'")
    # Stored timelines were built without these roles: the next refresh rebuilds them.
    if sa.inspect(conn).has_table("derived"):
        conn.execute(sa.delete(schema.derived))


def resolution_keys(conn: Connection) -> None:
    """The key index of incremental resolution; empty, so the next resolution is a whole one."""
    schema.resolution_keys.create(conn, checkfirst=True)


def view_scopes(conn: Connection) -> None:
    """Stored views kept per label scope (a `scope` column in their keys): they are derived data,
    so their tables are made anew, empty, and marked out of date for the next refresh to fill.
    The reviewers' thread judgements are facts of review and stay."""
    scoped = (
        schema.timeline_facets,
        schema.timeline_entries,
        schema.actor_summaries,
        *asks.TABLES,
        *followup.SCOPED,
    )
    for table in scoped:
        table.drop(conn, checkfirst=True)
    for table in reversed(scoped):
        table.create(conn)
    conn.execute(sa.delete(schema.derived))


MIGRATIONS: tuple[tuple[str, Migration], ...] = (
    ("0001_tables", create_tables),
    ("0002_full_text", full_text),
    ("0003_revision", revision_counter),
    ("0004_overview_index", overview_index),
    ("0005_derived_views", derived_views),
    ("0006_ingest_claims", ingest_claims),
    ("0008_followup", followup.create),
    ("0009_search_terms", search_terms),
    ("0010_timeline_years", timeline_years),
    ("0011_access", access),
    ("0012_protected", protected),
    ("0013_fact_reviews", fact_review_table),
    ("0014_event_roles", event_roles),
    ("0020_document_facets", facets.create),
    ("0020_requests_view", asks.create),
    ("0021_resolution_keys", resolution_keys),
    ("0022_view_scopes", view_scopes),
    ("0023_followup_read", followup_parts.create),
    ("0024_view_parts", view_parts.create),
    ("0025_followup_readings", followup_readings.create),
    ("0026_web_reply_marks", reply_marks.create),
    ("0027_tallies", tallies.create),
    ("0028_timeline_keys", stored_views.fill_keys),
    ("0029_document_changes", followup_parts.create_states),
    ("0030_replies_unread_index", reply_marks.unread_index),
)


def applied(conn: Connection) -> set[str]:
    return set(conn.scalars(sa.select(schema.migrations.c.name)))


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})


def _apply(writer: Engine, name: str, migration: Migration) -> bool:
    with writer.begin() as conn:
        _lock(conn)
        if name in applied(conn):  # another process got there first
            return False
        migration(conn)
        conn.execute(sa.insert(schema.migrations).values(name=name, applied_at=datetime.now(UTC)))
        return True


def _pending(writer: Engine) -> list[tuple[str, Migration]]:
    with writer.begin() as conn:
        _lock(conn)
        schema.migrations.create(conn, checkfirst=True)
        done = applied(conn)
    return [(name, fn) for name, fn in MIGRATIONS if name not in done]


def migrate(writer: Engine, label: str) -> list[str]:
    """Apply every pending migration in order; returns the names applied now.

    `label` names the database in error messages (a path or a URL without its password).
    """
    name = "migrations table"
    try:
        done = []
        for name, fn in _pending(writer):
            if _apply(writer, name, fn):
                done.append(name)
        return done
    except sa.exc.SQLAlchemyError as exc:
        detail = str(exc.orig if isinstance(exc, sa.exc.DBAPIError) else exc).strip()
        raise StoreError(message("store_migrate", target=label, name=name, detail=detail)) from exc
