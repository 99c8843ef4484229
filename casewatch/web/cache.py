"""Views derived from the whole collection, kept while the store's revision stays the same.

`ViewCache` recomputes on the request after a write; `Refresher` serves the stored views while one
background thread recomputes them (views computed from the whole collection).

A `ViewCache` lookup first reads `Store.revision()` (one row). A newer revision empties the cache, so a
page never shows a view older than the data it was asked for; the revision is read before the
view is computed, so a write landing meanwhile only makes the next request recompute. Each
entry has its own lock: concurrent requests for a cold view wait for one computation.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from casewatch.errors import Cancelled
from casewatch.store import Store

__all__ = ["Cancelled", "Refresher", "ViewCache"]

T = TypeVar("T")
C = TypeVar("C")


@dataclass
class _Slot:
    lock: threading.Lock = field(default_factory=threading.Lock)
    ready: bool = False
    value: Any = None


class ViewCache:
    """A bounded map of computed views (key → value) for one store revision at a time."""

    def __init__(
        self, store: Store, size: int = 64, revision: Callable[[], int | None] | None = None
    ) -> None:
        """`revision` says which state of the store the views follow (default: every write)."""
        self.store = store
        self.size = size
        self._now = revision or store.revision
        self._lock = threading.Lock()
        self._revision = -1
        self._slots: OrderedDict[Hashable, _Slot] = OrderedDict()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The view under `key`, computed by `compute()` when the cache does not hold it."""
        slot = self._slot(key, self._now() or 0)
        if slot is None:  # an older revision than the cache's: serve fresh, keep nothing
            return compute()
        with slot.lock:
            if not slot.ready:
                slot.value, slot.ready = compute(), True
            value: T = slot.value
            return value

    def _slot(self, key: Hashable, revision: int) -> _Slot | None:
        with self._lock:
            if revision < self._revision:
                return None
            if revision > self._revision:
                self._slots.clear()
                self._revision = revision
            slot = self._slots.setdefault(key, _Slot())
            self._slots.move_to_end(key)
            while len(self._slots) > self.size:
                self._slots.popitem(last=False)
            return slot


class _Background:
    """One background thread at a time, stoppable: `stop` is set by `close()`, which then waits."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._lock = threading.Lock()
        self._first = threading.Lock()
        self._stop = threading.Event()
        self._worker: threading.Thread | None = None

    def settle(self, timeout: float | None = None) -> None:
        """Wait for a running background job (tests, and shutdown)."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout)

    def close(self) -> None:
        self._stop.set()
        self.settle()

    def _start(self, target: Callable[[], None]) -> None:
        """Run `target` in the background unless it is already running or the app is closing."""
        with self._lock:
            if self._stop.is_set() or (self._worker is not None and self._worker.is_alive()):
                return
            self._worker = threading.Thread(target=target, name=self._name, daemon=True)
            self._worker.start()


class Refresher(_Background):
    """Keeps a view the store holds (computed from the whole collection) in step with the store.

    `built()` says which store revision the held view was computed from (None: never). The
    first request of a never-built view computes it synchronously; afterwards a request that
    finds the store newer gets the held view at once, marked stale, while one background thread
    recomputes it. `refresh(stop)` computes and stores the view, giving up when `stop` is set.
    """

    def __init__(
        self, store: Store, built: Callable[[], int | None], refresh: Callable[[threading.Event], Any]
    ) -> None:
        super().__init__("casewatch-refresh")
        self.store = store
        self._built = built
        self._refresh = refresh

    def current(self) -> bool:
        """Make sure the view exists; whether it is behind the store (a refresh then runs)."""
        revision = self.store.revision()
        built = self._built()
        if built is None:
            built = self._first_build()
        if built >= revision:
            return False
        self._start(self._run)
        return True

    def _first_build(self) -> int:
        with self._first:
            built = self._built()
            if built is None:
                self._refresh(self._stop)
                built = self._built()
            return -1 if built is None else built

    def _run(self) -> None:
        try:
            self._refresh(self._stop)
        except Cancelled:
            return
