"""Views derived from the whole collection, kept while the store's revision stays the same.

Every lookup first reads `Store.revision()` (one row). A newer revision empties the cache, so a
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

from casewatch.store import Store

T = TypeVar("T")


@dataclass
class _Slot:
    lock: threading.Lock = field(default_factory=threading.Lock)
    ready: bool = False
    value: Any = None


class ViewCache:
    """A bounded map of computed views (key → value) for one store revision at a time."""

    def __init__(self, store: Store, size: int = 64) -> None:
        self.store = store
        self.size = size
        self._lock = threading.Lock()
        self._revision = -1
        self._slots: OrderedDict[Hashable, _Slot] = OrderedDict()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The view under `key`, computed by `compute()` when the cache does not hold it."""
        slot = self._slot(key, self.store.revision())
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
