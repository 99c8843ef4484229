"""Locks between processes: PostgreSQL advisory locks (each with its own key, or a holder of one waits on
itself) and the turn a SQLite file's users take by a lock on a file beside it."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

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
            threading.Timer(0.3, stop.set).start()
            with pytest.raises(Cancelled), waiter.one_at_a_time(stop):
                pass
        with waiter.one_at_a_time(threading.Event()):
            taken = True
        assert taken


_HOLD = """
import sys, time
from casewatch.store import Store
with Store.open(sys.argv[1]) as store, store.one_at_a_time():
    print("held", flush=True)
    time.sleep(1.0)
    print(f"{time.time():.6f}", flush=True)
"""


def test_another_process_waits_for_the_turn_until_it_is_given_up(target: str) -> None:
    """A rebuild in one process and the app's refresh in another do their grouped work in turn."""
    Store.open(target).close()  # the schema, before two processes reach for it
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, target], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "held"
        with Store.open(target) as waiter, waiter.one_at_a_time():
            taken_at = time.time()
        given_up_at = float(holder.stdout.readline())
    finally:
        holder.wait(timeout=30)
    assert taken_at >= given_up_at
