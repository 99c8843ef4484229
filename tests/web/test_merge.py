"""Merging and splitting actors on the web: the actor page's form and the JSON routes."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from casewatch.web.app import create_app

from .conftest import TODAY


@pytest.fixture
def app(collection_db: tuple[str, dict[str, int]], tmp_path: Path) -> Iterator[FastAPI]:
    path = str(tmp_path / "merge.sqlite")
    shutil.copyfile(collection_db[0], path)
    app = create_app(path, today=lambda: TODAY)
    yield app
    app.state.store.close()


def _actors(client: TestClient) -> dict[str, str]:
    return {a["cluster_id"]: a["name"] for a in client.get("/api/v1/actors").json()["actors"]}


def test_two_actors_merged_by_the_api_are_one_and_a_split_undoes_it(app: FastAPI) -> None:
    client = TestClient(app)
    before = _actors(client)
    first, second = sorted(before)[:2]
    merged = client.post("/api/v1/actors/merge", json={"first": first, "second": second})
    assert merged.status_code == 200 and merged.json()["recorded"] == "same"
    assert len(_actors(client)) == len(before) - 1
    left, right = merged.json()["first"], merged.json()["second"]
    assert client.post("/api/v1/actors/split", json={"first": left, "second": right}).status_code == 200
    assert len(_actors(client)) == len(before)
    assert [e.action for e in app.state.store.accounts.audit_entries()][-2:] == ["merge", "split"]


def test_an_unknown_actor_is_404(app: FastAPI) -> None:
    response = TestClient(app).post("/api/v1/actors/merge", json={"first": "nobody", "second": "quispe"})
    assert response.status_code == 404 and "nobody" in response.json()["detail"]


def test_the_actor_page_offers_the_merge_form(app: FastAPI) -> None:
    client = TestClient(app)
    html = client.get("/actors/quispe").text
    assert 'action="/actors/quispe/merge"' in html
    other = next(cid for cid in _actors(client) if cid != "quispe")
    response = client.post("/actors/quispe/merge", data={"other": other}, follow_redirects=False)
    assert response.status_code == 303
