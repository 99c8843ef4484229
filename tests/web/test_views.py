"""Cached views follow the store: a page shows a newly stored document; long lists are paged."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from casewatch.model import DocumentMeta, Entity, EntityType, Event, EventType, Extraction, Genre, PartialDate
from casewatch.web.app import create_app
from casewatch.web.routes import actors, timeline

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture
def own_app(tmp_path: Path, writers: dict[str, Any]) -> Iterator[FastAPI]:
    app = create_app(str(tmp_path / "own.sqlite"), today=lambda: writers["today"])
    writers["fill"](app.state.store)
    yield app
    app.state.store.close()


def _strike(n: int) -> tuple[str, Extraction]:
    text = f"Dockers of Port {n} went on strike on {n} May 2021.\n"
    quote = text.strip()
    ext = Extraction(
        meta=DocumentMeta(Genre.UNION_LETTER, PartialDate(2021, 5, 20), countries=("GHA",)),
        entities=(Entity("d", EntityType.ORGANIZATION, f"Dockers of Port {n}"),),
        events=(Event(EventType.PROTEST, 0, len(quote), quote, date=PartialDate(2021, 5, n), actors=("d",)),),
    )
    return text, ext


def test_overview_and_timeline_show_a_newly_stored_document(
    own_app: FastAPI, writers: dict[str, Any]
) -> None:
    client = TestClient(own_app)
    before = client.get("/api/v1/overview").json()
    assert client.get("/api/v1/timeline?country=GHA").json()["entries"] == []
    writers["save"](own_app.state.store, "strike.txt", *_strike(3))
    after = client.get("/api/v1/overview").json()
    assert (after["documents"], after["events"]) == (before["documents"] + 1, before["events"] + 1)
    entries = client.get("/api/v1/timeline?country=GHA").json()["entries"]
    assert [(e["type"], e["date"]) for e in entries] == [("protest", "2021-05-03")]
    assert "GHA" in client.get("/timeline").text


def test_cluster_changes_reach_the_actor_list(own_app: FastAPI) -> None:
    client = TestClient(own_app)
    assert "quispe" in {a["cluster_id"] for a in client.get("/api/v1/actors").json()["actors"]}
    store = own_app.state.store
    store.set_clusters({ref: "renamed" if cid == "quispe" else cid for ref, cid in store.clusters().items()})
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
