"""Views derived from the whole collection, kept while the store's revision stays the same.

`ViewCache` recomputes on the request after a write; `Revalidating` serves the previous views
while one background thread rebuilds them (for views that need the whole collection loaded).

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
from typing import Any, Generic, TypeVar

from casewatch.errors import Cancelled
from casewatch.store import Store

__all__ = ["Cancelled", "Generation", "Refresher", "Revalidating", "ViewCache"]

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


class Generation(Generic[C]):
    """The loaded collection at one store revision, and the views derived from it (bounded)."""

    def __init__(self, revision: int, data: C, size: int = 64) -> None:
        self.revision = revision
        self.data = data
        self.size = size
        self._lock = threading.Lock()
        self._slots: OrderedDict[Hashable, tuple[_Slot, Callable[[Generation[C]], Any]]] = OrderedDict()

    def view(self, key: Hashable, compute: Callable[[Generation[C]], T]) -> T:
        """The view under `key`, computed once from this generation (`compute` may ask for others)."""
        with self._lock:
            slot, _ = self._slots.setdefault(key, (_Slot(), compute))
            self._slots.move_to_end(key)
            while len(self._slots) > self.size:
                self._slots.popitem(last=False)
        with slot.lock:
            if not slot.ready:
                slot.value, slot.ready = compute(self), True
            value: T = slot.value
            return value

    def recipes(self) -> list[tuple[Hashable, Callable[[Generation[C]], Any]]]:
        """How each held view was computed, least recently used first."""
        with self._lock:
            return [(key, compute) for key, (_, compute) in self._slots.items()]


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


class Revalidating(_Background, Generic[C]):
    """Stale-while-revalidate over a costly load of the collection.

    The first request loads synchronously. Afterwards a request that finds the store newer than
    the held generation gets the held one at once, marked stale, while one background thread
    loads the new revision and recomputes the views the old generation held, then swaps it in.
    `close()` stops that thread (the load checks `stop` as it goes) and waits for it.
    """

    def __init__(self, store: Store, load: Callable[[threading.Event], C]) -> None:
        super().__init__("casewatch-views")
        self.store = store
        self._load = load
        self._current: Generation[C] | None = None

    def current(self) -> tuple[Generation[C], bool]:
        """The generation to serve, and whether the store has changed since it was loaded."""
        revision = self.store.revision()
        held = self._current or self._first_load(revision)
        if held.revision >= revision:
            return held, False
        self._start(self._rebuild)
        return held, True

    def _first_load(self, revision: int) -> Generation[C]:
        with self._first:
            if self._current is None:
                self._current = Generation(revision, self._load(self._stop))
            return self._current

    def _rebuild(self) -> None:
        try:
            revision = self.store.revision()  # read first: a write meanwhile makes the next one stale
            fresh = Generation(revision, self._load(self._stop))
            old = self._current
            for key, compute in old.recipes() if old else []:
                if self._stop.is_set():
                    return
                fresh.view(key, compute)
        except Cancelled:
            return
        with self._lock:
            if self._current is None or fresh.revision > self._current.revision:
                self._current = fresh


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
