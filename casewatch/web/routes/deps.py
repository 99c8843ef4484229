"""What every route needs: the store, today's date, and the cached and stored views."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from datetime import date
from typing import TypeVar

from fastapi import Request
from fastapi.responses import Response
from pydantic import BaseModel

from casewatch.analyse.derived import refresh_views
from casewatch.store import Store
from casewatch.web.cache import Refresher, ViewCache

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)
PAGES_KEPT = 16
Refresh = Callable[[Store, threading.Event], object]


class Views:
    """The app's cached views: aggregate ones per store revision, stored ones refreshed behind."""

    def __init__(self, store: Store, refresh: Refresh = refresh_views) -> None:
        self.store = store
        self._views = ViewCache(store)
        self._from_stored = ViewCache(store, revision=store.views_built_from)
        # Pages of the stored views as their JSON twins return them: validating a page's rows
        # (a timeline page holds up to thousands of sources) costs more than reading them. Few are
        # kept: the first pages of the common filters are the ones asked again and again.
        self._pages = ViewCache(store, size=PAGES_KEPT, revision=store.views_built_from)
        self._stored = Refresher(store, store.views_built_from, lambda stop: _in_turn(store, stop, refresh))

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The view under `key`, computed without the collection when not cached for this revision."""
        return self._views.get(key, compute)

    def from_stored(self, key: Hashable, compute: Callable[[], T]) -> T:
        """A view read from the stored views, kept until they are recomputed (not at every write)."""
        return self._from_stored.get(key, compute)

    def stored_page(self, key: Hashable, compute: Callable[[], M]) -> M:
        """A page read from the stored views, kept until they are recomputed; the copy handed out
        shares the kept one's rows, which no page changes."""
        return self._pages.get(key, compute).model_copy()

    def views_stale(self) -> bool:
        """Whether the stored timeline and actor list are behind the store (then being recomputed)."""
        return self._stored.current()

    def settle(self, timeout: float | None = None) -> None:
        """Wait for a background refresh to finish."""
        self._stored.settle(timeout)

    def close(self) -> None:
        """Stop and wait for a background refresh (at app shutdown)."""
        self._stored.close()


def _in_turn(store: Store, stop: threading.Event, refresh: Refresh) -> object:
    """The app's refresh takes its turn after an ingest's or a rebuild's (on PostgreSQL, where they may run
    in other processes): a whole follow-up written a group at a time is never interleaved with another."""
    with store.one_at_a_time(stop):
        return refresh(store, stop)


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def views_of(request: Request) -> Views:
    views: Views = request.app.state.views
    return views


def today_of(request: Request) -> date:
    today: date = request.app.state.today()
    return today


def json_of(model: BaseModel) -> Response:
    """The model as its route's JSON, without FastAPI validating it again against the route's
    response model (it is one already): a large page is validated once, when it is read."""
    return Response(model.model_dump_json(), media_type="application/json")
