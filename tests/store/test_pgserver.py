"""The private PostgreSQL test server helper (tests/pgserver.py)."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa


@pytest.mark.parametrize(("value", "expected"), [("1", True), ("0", False), ("", False), ("yes", True)])
def test_require_flag(
    monkeypatch: pytest.MonkeyPatch, pgserver_module: Any, value: str, expected: bool
) -> None:
    monkeypatch.setenv(pgserver_module.REQUIRE_ENV, value)
    assert pgserver_module.required() is expected


@pytest.mark.postgres
def test_fresh_schemas_are_empty_and_separate(pg_server: Any, pg_database: str) -> None:
    first, second = pg_server.create_schema(pg_database, "a"), pg_server.create_schema(pg_database, "b")
    engine = sa.create_engine(first)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE only_here (x int)")
    engine.dispose()
    engine = sa.create_engine(second)
    with engine.connect() as conn:
        assert sa.inspect(conn).get_table_names() == []
    engine.dispose()
