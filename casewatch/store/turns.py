"""Turns between processes sharing one SQLite file: an exclusive lock on a file beside the database.

SQLite's single writer orders transactions, not work made of several of them: a rebuild's follow-up,
written a group of countries at a time, could interleave with the web app's background refresh of
the same groups. PostgreSQL takes such turns with a session lock (see `Store.one_at_a_time`)."""

from __future__ import annotations

import fcntl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from casewatch.errors import Cancelled

TURN_SUFFIX = "-turn"
_LOOK = 0.2  # seconds between two tries at the turn, while a stop may come


def turn_file(database: Path) -> Path:
    return database.with_name(database.name + TURN_SUFFIX)


@contextmanager
def sqlite_turn(database: Path, stop: threading.Event | None = None) -> Iterator[None]:
    """Hold the turn of `database` for the block; wait for it, or until `stop` is set (Cancelled)."""
    with open(turn_file(database), "a+b") as held:
        _take(held.fileno(), stop)
        try:
            yield
        finally:
            fcntl.flock(held.fileno(), fcntl.LOCK_UN)


def _take(descriptor: int, stop: threading.Event | None) -> None:
    if stop is None:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        return
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if stop.wait(_LOOK):
                raise Cancelled from None
