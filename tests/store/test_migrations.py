"""Migrations that change stored facts: rows stored before a change stay readable."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from casewatch.store import facts, migrations


def _old_events(path: Path) -> sa.Engine:
    """A store's events table as it was before events had a forum and a reporter."""
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE events (id INTEGER PRIMARY KEY, type TEXT, actors JSON)")
        conn.exec_driver_sql("""INSERT INTO events (type, actors) VALUES ('arrest', '["e1"]')""")
    return engine


def test_events_stored_before_roles_read_as_having_none(tmp_path: Path) -> None:
    engine = _old_events(tmp_path / "old.db")
    with engine.begin() as conn:
        migrations.event_roles(conn)
        row = conn.execute(sa.text("SELECT forum, reporter FROM events")).mappings().one()
    roles = [facts.decode(json.loads(row[column]), tuple[str, ...]) for column in ("forum", "reporter")]
    assert roles == [(), ()]


def test_the_roles_migration_leaves_a_current_table_alone(tmp_path: Path) -> None:
    engine = _old_events(tmp_path / "old.db")
    with engine.begin() as conn:
        migrations.event_roles(conn)
        migrations.event_roles(conn)
        columns = [c["name"] for c in sa.inspect(conn).get_columns("events")]
    assert columns == ["id", "type", "actors", "forum", "reporter"]
