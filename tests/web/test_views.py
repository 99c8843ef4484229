"""Cached views follow the store: after a write a collection page answers at once from the previous
views, marked stale, until a background rebuild swaps the new ones in; long lists are paged."""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from casewatch.analyse.derived import refresh_views
from casewatch.model import (
    DocumentMeta,
    Entity,
    EntityType,
    Event,
    EventType,
    Extraction,
    Genre,
    PartialDate,
    Request,
)
from casewatch.store import Store
from casewatch.web.app import create_app
from casewatch.web.routes import actors, timeline
from casewatch.web.routes.deps import Views

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture
def own_app(tmp_path: Path, writers: dict[str, Any]) -> Iterator[FastAPI]:
    app = create_app(str(tmp_path / "own.sqlite"), today=lambda: writers["today"])
    writers["fill"](app.state.store)
    yield app
    app.state.views.close()
    app.state.store.close()


@pytest.fixture
def gate(own_app: FastAPI) -> threading.Event:
    """Open: views refresh as usual; closed: a refresh waits (so a test sees the rebuild pending)."""
    opened = threading.Event()
    opened.set()

    def wait(stop: threading.Event) -> None:
        while not opened.wait(0.01) and not stop.is_set():
            pass

    def refresh(store: Store, stop: threading.Event) -> int:
        wait(stop)
        return refresh_views(store, stop)

    own_app.state.views.close()
    own_app.state.views = Views(own_app.state.store, refresh=refresh)
    return opened


def _strike(n: int) -> tuple[str, Extraction]:
    text = f"Dockers of Port {n} went on strike on {n} May 2021.\n"
    quote = text.strip()
    ext = Extraction(
        meta=DocumentMeta(Genre.UNION_LETTER, PartialDate(2021, 5, 20), countries=("GHA",)),
        entities=(Entity("d", EntityType.ORGANIZATION, f"Dockers of Port {n}"),),
        events=(Event(EventType.PROTEST, 0, len(quote), quote, date=PartialDate(2021, 5, n), actors=("d",)),),
    )
    return text, ext


def test_overview_shows_a_newly_stored_document_at_once(own_app: FastAPI, writers: dict[str, Any]) -> None:
    client = TestClient(own_app)
    before = client.get("/api/v1/overview").json()
    writers["save"](own_app.state.store, "strike.txt", *_strike(3))
    after = client.get("/api/v1/overview").json()
    assert (after["documents"], after["events"]) == (before["documents"] + 1, before["events"] + 1)


def test_timeline_is_stale_after_a_write_then_fresh(
    own_app: FastAPI, writers: dict[str, Any], gate: threading.Event
) -> None:
    client = TestClient(own_app)
    first = client.get("/api/v1/timeline?country=GHA").json()
    assert (first["entries"], first["stale"]) == ([], False)
    gate.clear()
    writers["save"](own_app.state.store, "strike.txt", *_strike(3))
    stale = client.get("/api/v1/timeline?country=GHA").json()
    assert (stale["entries"], stale["stale"]) == ([], True)
    assert "Updating…" in client.get("/timeline").text
    gate.set()
    own_app.state.views.settle(timeout=30)
    fresh = client.get("/api/v1/timeline?country=GHA").json()
    assert ([(e["type"], e["date"]) for e in fresh["entries"]], fresh["stale"]) == (
        [("protest", "2021-05-03")],
        False,
    )
    html = client.get("/timeline").text
    assert ("GHA" in html, "Updating…" in html) == (True, False)


@pytest.mark.parametrize(("url", "key"), [("requests", "total"), ("actors", "total")])
def test_collection_pages_are_stale_after_a_write_then_fresh(
    own_app: FastAPI, writers: dict[str, Any], gate: threading.Event, url: str, key: str
) -> None:
    client = TestClient(own_app)
    before = client.get(f"/api/v1/{url}").json()
    gate.clear()
    text, ext = _strike(4)
    ext = replace(ext, requests=(Request(("d",), ("Government",), "Reinstate us.", 0, 10),))
    writers["save"](own_app.state.store, "strike.txt", text, ext)
    stale = client.get(f"/api/v1/{url}").json()
    assert (stale[key], stale["stale"]) == (before[key], True)
    gate.set()
    own_app.state.views.settle(timeout=30)
    fresh = client.get(f"/api/v1/{url}").json()
    assert (fresh[key], fresh["stale"]) == (before[key] + 1, False)


def test_shutdown_leaves_no_rebuild_running(
    own_app: FastAPI, writers: dict[str, Any], gate: threading.Event
) -> None:
    with TestClient(own_app) as client:
        client.get("/api/v1/timeline")
        client.get("/api/v1/requests")
        gate.clear()  # the rebuilds started below are still waiting when the app shuts down
        writers["save"](own_app.state.store, "strike.txt", *_strike(5))
        assert client.get("/api/v1/timeline").json()["stale"] is True
        assert client.get("/api/v1/requests").json()["stale"] is True
        assert "casewatch-refresh" in {t.name for t in threading.enumerate()}  # requests are stored views too
    assert not {"casewatch-views", "casewatch-refresh"} & {t.name for t in threading.enumerate()}


def test_cluster_changes_reach_the_actor_list(own_app: FastAPI) -> None:
    client = TestClient(own_app)
    assert "quispe" in {a["cluster_id"] for a in client.get("/api/v1/actors").json()["actors"]}
    store = own_app.state.store
    store.set_clusters({ref: "renamed" if cid == "quispe" else cid for ref, cid in store.clusters().items()})
    client.get("/api/v1/actors")  # the previous list, while the new one is computed
    own_app.state.views.settle(timeout=30)
    found = {a["cluster_id"] for a in client.get("/api/v1/actors").json()["actors"]}
    assert ("renamed" in found, "quispe" in found) == (True, False)


@pytest.mark.parametrize(
    ("module", "url", "key"),
    [(timeline, "timeline", "entries"), (actors, "actors", "actors")],
)
def test_long_lists_are_paged_alike_in_html_and_json(
    own_app: FastAPI,
    writers: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    module: Any,
    url: str,
    key: str,
) -> None:
    save: Callable[..., int] = writers["save"]
    for n in range(1, 6):
        save(own_app.state.store, f"strike-{n}.txt", *_strike(n))
    refresh_views(own_app.state.store)  # as ingest does at the end of a batch
    monkeypatch.setattr(module, "PAGE_SIZE", 2)  # a setting, not one of our components
    client = TestClient(own_app)
    first, last = (client.get(f"/api/v1/{url}?page={n}").json() for n in (1, 99))
    assert (first["page"], first["pages"], len(first[key])) == (1, -(-first["total"] // 2), 2)
    assert (last["page"], len(last[key])) == (first["pages"], first["total"] - 2 * (first["pages"] - 1))
    html = client.get(f"/{url}?page=2").text
    second = client.get(f"/api/v1/{url}?page=2").json()
    assert f"page 2 of {first['pages']}" in html
    names = [e.get("name") or e["sources"][0]["quote"] for e in second[key]]
    assert all(name.replace("&", "&amp;") in html for name in names)


def test_a_timeline_never_computed_is_computed_on_first_request(
    tmp_path: Path, writers: dict[str, Any]
) -> None:
    """A database filled before the timeline was stored (or bulk-loaded) gets it at once, not stale."""
    path = str(tmp_path / "older.sqlite")
    with Store.open(path) as store:
        writers["save"](store, "strike.txt", *_strike(6))
        assert store.views_built_from() is None
    app = create_app(path)
    data = TestClient(app).get("/api/v1/timeline").json()
    assert ([(e["type"], e["date"]) for e in data["entries"]], data["stale"]) == (
        [("protest", "2021-05-06")],
        False,
    )
    app.state.views.close()
    app.state.store.close()
