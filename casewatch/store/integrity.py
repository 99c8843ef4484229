"""Row counts and consistency checks of a case database, per dialect."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from casewatch.store import schema

_COUNTED = {
    "originals": schema.originals,
    "provenance": schema.provenance,
    **schema.FACT_TABLES,
    "judgements": schema.judgements,
    "clusters": schema.entity_clusters,
    "skipped_paths": schema.skipped_paths,
}


def counts(conn: Connection) -> dict[str, int]:
    """Documents by status, then rows of every other table (fact tables by Extraction field name)."""
    status = schema.documents.c.status
    rows = conn.execute(sa.select(status, sa.func.count()).group_by(status))
    by_status: dict[str, int] = {name: count for name, count in rows}
    result = {"documents": sum(by_status.values()), "ok": by_status.get("ok", 0)}
    result["failed"] = by_status.get("failed", 0)
    for name, table in _COUNTED.items():
        result[name] = conn.scalar(sa.select(sa.func.count()).select_from(table)) or 0
    return result


def _sqlite_problems(conn: Connection) -> list[str]:
    found = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check") if row[0] != "ok"]
    for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
        found.append(f"{table} row {rowid} refers to a missing {parent} row")
    try:
        conn.exec_driver_sql("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
    except sa.exc.DatabaseError as exc:
        found.append(f"full-text index: {exc.orig}")
    return found


def _orphans(conn: Connection, table: sa.Table, column: str, parent: sa.Table, key: str) -> int:
    child, target = table.c[column], parent.c[key]
    missing = ~sa.exists().where(target == child)
    return conn.scalar(sa.select(sa.func.count()).select_from(table).where(child.is_not(None), missing)) or 0


def _references() -> list[tuple[sa.Table, str, sa.Table, str]]:
    resolution = [schema.entity_clusters, schema.resolution_keys]
    children = [schema.provenance, *schema.FACT_TABLES.values(), *resolution]
    refs = [(table, "document_id", schema.documents, "id") for table in children]
    refs.append((schema.documents, "sha256", schema.originals, "sha256"))
    refs.append((schema.documents, "parent_id", schema.documents, "id"))
    return refs


def _orphan_problems(conn: Connection) -> list[str]:
    found = []
    for table, column, parent, key in _references():
        if count := _orphans(conn, table, column, parent, key):
            found.append(f"{count} {table.name} rows refer to a missing {parent.name} row ({column})")
    return found


def problems(conn: Connection) -> list[str]:
    """[] when sound. SQLite: integrity_check, foreign_key_check, FTS5 check. PostgreSQL: orphans."""
    if conn.dialect.name == "sqlite":
        return _sqlite_problems(conn)
    return _orphan_problems(conn)
