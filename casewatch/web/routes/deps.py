"""What every route needs: the store, today's date, and cached views of the collection."""

from __future__ import annotations

import gc
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from fastapi import Request

from casewatch.analyse.common import Clusters, Pair
from casewatch.store import Store
from casewatch.web.cache import ViewCache

T = TypeVar("T")
# The fact lists the collection-wide views read; mentions, parts and statements are only read
# per document (reader, actor page), which keeps the cold load of a large collection short.
VIEW_FIELDS = frozenset({"entities", "citations", "events", "requests"})


@dataclass(frozen=True)
class Collection:
    """Every readable document with its extraction (VIEW_FIELDS only), and the entity clusters."""

    pairs: list[Pair]
    clusters: Clusters


def collection(store: Store) -> Collection:
    pairs: list[Pair] = list(store.extractions(fields=VIEW_FIELDS))
    # A large collection is millions of long-lived objects: left in the collector's generations,
    # every full collection walks them all (second-long pauses mid-request at 100,000 documents).
    gc.freeze()
    return Collection(pairs, store.clusters())


class Views:
    """The app's cached views: the loaded collection, and what pages derive from it."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._collection = ViewCache(store, size=1)  # never evicted by a burst of filtered views
        self._views = ViewCache(store)

    def collection(self) -> Collection:
        return self._collection.get("collection", lambda: collection(self.store))

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The view under `key`, computed without the collection when not cached for this revision."""
        return self._views.get(key, compute)

    def view(self, key: Hashable, compute: Callable[[Collection], T]) -> T:
        """The view under `key`, computed from the collection when not cached for this revision."""
        return self._views.get(key, lambda: compute(self.collection()))


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def views_of(request: Request) -> Views:
    views: Views = request.app.state.views
    return views


def today_of(request: Request) -> date:
    today: date = request.app.state.today()
    return today
