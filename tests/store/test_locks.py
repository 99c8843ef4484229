"""PostgreSQL advisory locks: each lock has its own key, or a holder of one waits on itself."""

from __future__ import annotations

import threading

import pytest

from casewatch.errors import Cancelled
from casewatch.store import Store, clustering, derived, migrations, resolution


def test_every_lock_key_is_distinct() -> None:
    keys = [
        clustering._AFTER_BATCH_LOCK,
        derived._PG_LOCK_KEY,
        migrations._PG_LOCK_KEY,
        resolution._RESOLUTION_LOCK,
    ]
    assert len(set(keys)) == len(keys)


def test_a_turn_waited_for_ends_when_stopped_and_is_taken_once_free(target: str) -> None:
    """The app's refresh waits for an ingest's or a rebuild's turn, and gives up at shutdown."""
    with Store.open(target) as holder, Store.open(target) as waiter:
        stop = threading.Event()
        with holder.one_at_a_time():
            if holder.dialect == "postgresql":  # SQLite's single writer orders the work itself
                threading.Timer(0.3, stop.set).start()
                with pytest.raises(Cancelled), waiter.one_at_a_time(stop):
                    pass
        with waiter.one_at_a_time(threading.Event()):
            taken = True
        assert taken
