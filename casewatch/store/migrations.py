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
from casewatch.store import schema

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


def event_roles(conn: Connection) -> None:
    """The forum (court, committee) and the reporter of an event, apart from its actors and targets;
    events stored before them read as having none."""
    present = {c["name"] for c in sa.inspect(conn).get_columns("events")}
    for column in ("forum", "reporter"):
        if column not in present:
            conn.exec_driver_sql(f"ALTER TABLE events ADD COLUMN {column} JSON DEFAULT '[]'")


MIGRATIONS: tuple[tuple[str, Migration], ...] = (
    ("0001_tables", create_tables),
    ("0002_full_text", full_text),
    ("0003_revision", revision_counter),
    ("0004_overview_index", overview_index),
    ("0005_derived_views", derived_views),
    ("0006_event_roles", event_roles),
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
