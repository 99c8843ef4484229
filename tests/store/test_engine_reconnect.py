"""A pooled PostgreSQL connection the server closed while it was idle is replaced, not handed out."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from casewatch.store import engine as engines


@pytest.mark.postgres
def test_a_connection_closed_while_idle_is_replaced(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engines, "PING_AFTER_IDLE", 0.0)  # as if it had been idle long
    engine = engines.create(sa.engine.make_url(pg_url))
    other = sa.create_engine(pg_url)
    try:
        with engine.connect() as conn:
            pid = conn.scalar(sa.text("SELECT pg_backend_pid()"))
        with other.connect() as admin:  # as a server restart or an idle timeout would
            admin.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        with engine.connect() as conn:
            assert conn.scalar(sa.text("SELECT pg_backend_pid()")) != pid
    finally:
        engine.dispose()
        other.dispose()


@pytest.mark.postgres
def test_a_connection_reused_soon_is_not_tried(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    tried: list[object] = []
    real = engines._ping
    monkeypatch.setattr(engines, "_ping", lambda conn: tried.append(conn) or real(conn))
    engine = engines.create(sa.engine.make_url(pg_url))
    try:
        for _ in range(3):  # one round trip per call, no try before it
            with engine.connect() as conn:
                assert conn.scalar(sa.text("SELECT 1")) == 1
        assert tried == []
        monkeypatch.setattr(engines, "PING_AFTER_IDLE", 0.0)
        with engine.connect() as conn:
            conn.scalar(sa.text("SELECT 1"))
        assert len(tried) == 1
    finally:
        engine.dispose()
