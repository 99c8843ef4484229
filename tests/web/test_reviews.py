"""Reviewing facts on the web: the reader's form and its JSON twin, applied everywhere, audited."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from casewatch.analyse.derived import refresh_views
from casewatch.web.app import create_app

from .conftest import TODAY


@pytest.fixture
def app(collection_db: tuple[str, dict[str, int]], tmp_path: Path) -> Iterator[FastAPI]:
    path = str(tmp_path / "reviews.sqlite")
    shutil.copyfile(collection_db[0], path)
    app = create_app(path, today=lambda: TODAY)
    yield app
    app.state.store.close()


def _first_event(client: TestClient) -> tuple[int, dict]:
    for doc in client.get("/api/v1/documents").json()["documents"]:
        facts = client.get(f"/api/v1/documents/{doc['id']}").json()["facts"]
        events = [f for f in facts if f["kind"] == "event"]
        if events:
            return doc["id"], events[0]
    raise AssertionError("the collection has an event")


def test_an_event_rejected_in_the_reader_leaves_the_timeline_and_the_export(app: FastAPI) -> None:
    client = TestClient(app)
    before = len(client.get("/api/v1/export/casefile").json()["events"])
    document_id, event = _first_event(client)
    form = {"kind": "event", "start": event["start"], "end": event["end"], "verdict": "reject"}
    response = client.post(f"/documents/{document_id}/review", data=form, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith(
        f"/documents/{document_id}#"
    )
    refresh_views(app.state.store)
    assert client.get("/api/v1/timeline").json()["total"] < before or before == 0
    facts = client.get(f"/api/v1/documents/{document_id}").json()["facts"]
    reviewed = next(f for f in facts if f["start"] == event["start"] and f["kind"] == "event")
    assert reviewed["review"] == "reject" and reviewed["reviewed_by"] == "local"
    assert "rejected by local" in client.get(f"/documents/{document_id}").text
    assert any(e.action == "review_reject" for e in app.state.store.accounts.audit_entries())


def test_a_correction_through_the_api_reaches_the_export(app: FastAPI) -> None:
    client = TestClient(app)
    document_id, event = _first_event(client)
    body = {"kind": "event", "start": event["start"], "end": event["end"], "verdict": "correct"}
    body |= {"type": "harassment", "date": "2022-02"}
    assert client.post(f"/api/v1/documents/{document_id}/reviews", json=body).status_code == 201
    exported = client.get("/api/v1/export/casefile").json()["events"]
    assert any(e["type"] == "harassment" and e["date"] == "2022-02" for e in exported)


@pytest.mark.parametrize(
    "body",
    [
        {"kind": "mention", "start": 0, "end": 5, "verdict": "reject"},
        {"kind": "event", "start": 5, "end": 2, "verdict": "reject"},
        {"kind": "event", "start": 0, "end": 5, "verdict": "correct"},
        {"kind": "event", "start": 0, "end": 5, "verdict": "correct", "type": "picnic"},
        {"kind": "event", "start": 0, "end": 5, "verdict": "correct", "date": "May 2021"},
    ],
)
def test_what_is_not_a_review_is_refused(app: FastAPI, body: dict) -> None:
    assert TestClient(app).post("/api/v1/documents/1/reviews", json=body).status_code == 422


def _event_with_entities(client: TestClient) -> tuple[int, dict, list[dict]]:
    for doc in client.get("/api/v1/documents").json()["documents"]:
        body = client.get(f"/api/v1/documents/{doc['id']}").json()
        events = [f for f in body["facts"] if f["kind"] == "event"]
        if events and len(body["entities"]) >= 2:
            return doc["id"], events[0], body["entities"]
    raise AssertionError("the collection has an event in a document naming two actors")


def test_an_events_actor_and_target_corrected_in_the_reader_reach_the_export(app: FastAPI) -> None:
    client = TestClient(app)
    document_id, event, entities = _event_with_entities(client)
    actor, target = entities[0], entities[1]
    assert 'name="targets" multiple' in client.get(f"/documents/{document_id}").text
    form = {"kind": "event", "start": event["start"], "end": event["end"], "verdict": "correct"}
    form |= {"roles": "shown", "actors": actor["key"], "targets": target["key"], "date": ""}
    response = client.post(f"/documents/{document_id}/review", data=form, follow_redirects=False)
    assert response.status_code == 303
    fact = next(
        f for f in client.get(f"/api/v1/documents/{document_id}").json()["facts"] if f["id"] == event["id"]
    )
    assert (fact["actors"], fact["targets"]) == ([actor["key"]], [target["key"]])
    refresh_views(app.state.store)
    exported = client.get("/api/v1/export/casefile").json()
    [corrected] = [e for e in exported["events"] if e["start"] == event["start"] and e["end"] == event["end"]]
    names = {e["id"]: e["name"] for e in exported["entities"]}
    assert [names[x] for x in corrected["actors"]] == [actor["name"]]
    assert [names[x] for x in corrected["targets"]] == [target["name"]]


def test_a_role_correction_naming_another_documents_entity_is_refused(app: FastAPI) -> None:
    client = TestClient(app)
    document_id, event, _ = _event_with_entities(client)
    body = {"kind": "event", "start": event["start"], "end": event["end"], "verdict": "correct"}
    answer = client.post(f"/api/v1/documents/{document_id}/reviews", json=body | {"actors": ["nobody-here"]})
    assert answer.status_code == 422 and "nobody-here" in answer.text
