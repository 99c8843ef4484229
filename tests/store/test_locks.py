"""PostgreSQL advisory locks: each lock has its own key, or a holder of one waits on itself."""

from __future__ import annotations

from casewatch.store import clustering, derived, migrations, resolution


def test_every_lock_key_is_distinct() -> None:
    keys = [
        clustering._AFTER_BATCH_LOCK,
        derived._PG_LOCK_KEY,
        migrations._PG_LOCK_KEY,
        resolution._RESOLUTION_LOCK,
    ]
    assert len(set(keys)) == len(keys)
