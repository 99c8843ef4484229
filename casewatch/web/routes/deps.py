"""What every route needs: the store, today's date, and cached views of the collection."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from fastapi import Request

from casewatch.analyse.common import Clusters, Pair
from casewatch.analyse.derived import refresh_views
from casewatch.store import Store
from casewatch.web.cache import Cancelled, Generation, Refresher, Revalidating, ViewCache

T = TypeVar("T")
# The fact lists the requests view reads (the timeline and actor list are stored by the
# analysis stage); the others are only read per document (reader, actor page).
VIEW_FIELDS = frozenset({"entities", "requests"})


@dataclass(frozen=True)
class Collection:
    """Every readable document with its extraction (VIEW_FIELDS only), and the entity clusters."""

    pairs: list[Pair]
    clusters: Clusters


def collection(store: Store, stop: threading.Event | None = None) -> Collection:
    """Load the collection; `Cancelled` as soon as `stop` is set (the app is shutting down)."""
    pairs: list[Pair] = []
    for pair in store.extractions(fields=VIEW_FIELDS):
        if stop is not None and stop.is_set():
            raise Cancelled
        pairs.append(pair)
    # A large collection is millions of long-lived objects: left in the collector's generations,
    # every full collection walks them all (second-long pauses mid-request at 100,000 documents).
    gc.freeze()
    return Collection(pairs, store.clusters())


Loaded = Generation[Collection]
Loader = Callable[[Store, threading.Event], Collection]
Refresh = Callable[[Store, threading.Event], object]


@dataclass(frozen=True)
class Snapshot:
    """The loaded collection one request works from, and whether the store has moved on since."""

    loaded: Loaded
    stale: bool

    @property
    def collection(self) -> Collection:
        return self.loaded.data

    def view(self, key: Hashable, compute: Callable[[Loaded], T]) -> T:
        """The view under `key`, computed once per loaded collection; `compute` gets the loaded
        collection (`.data`), and may ask it for other views, so a rebuild can replay it."""
        return self.loaded.view(key, compute)


class Views:
    """The app's cached views: aggregate ones per store revision, collection ones revalidated."""

    def __init__(self, store: Store, load: Loader = collection, refresh: Refresh = refresh_views) -> None:
        self.store = store
        self._views = ViewCache(store)
        self._from_stored = ViewCache(store, revision=store.views_built_from)
        self._loaded = Revalidating(store, lambda stop: load(store, stop))
        self._stored = Refresher(store, store.views_built_from, lambda stop: refresh(store, stop))

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The view under `key`, computed without the collection when not cached for this revision."""
        return self._views.get(key, compute)

    def from_stored(self, key: Hashable, compute: Callable[[], T]) -> T:
        """A view read from the stored views, kept until they are recomputed (not at every write)."""
        return self._from_stored.get(key, compute)

    def snapshot(self) -> Snapshot:
        """The collection to answer from: the previous one, marked stale, while a newer one loads."""
        return Snapshot(*self._loaded.current())

    def views_stale(self) -> bool:
        """Whether the stored timeline and actor list are behind the store (then being recomputed)."""
        return self._stored.current()

    def settle(self, timeout: float | None = None) -> None:
        """Wait for background rebuilds to finish."""
        self._loaded.settle(timeout)
        self._stored.settle(timeout)

    def close(self) -> None:
        """Stop and wait for background rebuilds (at app shutdown)."""
        self._loaded.close()
        self._stored.close()


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def views_of(request: Request) -> Views:
    views: Views = request.app.state.views
    return views


def today_of(request: Request) -> date:
    today: date = request.app.state.today()
    return today
