"""Follow-up pages: the country matrix, a thread, the reader's turns and disputes, JSON twins."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casewatch.store import Store
from casewatch.web import charts
from casewatch.web.app import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def case(
    tmp_path_factory: pytest.TempPathFactory, writers: dict[str, Any]
) -> Iterator[tuple[TestClient, dict[str, int]]]:
    path = str(tmp_path_factory.mktemp("followup") / "case.sqlite")
    with Store.open(path) as store:
        ids = writers["fill_followup"](store)
    app = create_app(path, today=lambda: writers["today"])
    yield TestClient(app), ids
    app.state.store.close()


def test_countries_list_links_to_the_matrix(case: tuple[TestClient, dict[str, int]]) -> None:
    client, _ = case
    georgia = {"country": "GEO", "name": "Georgia", "threads": 2, "statuses": {"partly_met": 1, "not_met": 1}}
    assert client.get("/api/v1/followup").json()["countries"] == [georgia]
    html = client.get("/followup").text
    assert 'href="/followup/GEO"' in html and ">Georgia</a>" in html
    assert "<title>Georgia: 1 partly met</title>" in html  # the chart's bar for that status


def test_the_status_chart_draws_one_bar_part_per_status() -> None:
    chart = charts.status_bars([("Arden", "/followup/ARD", {"met": 2, "unknown": 1})], "threads")
    assert chart.count("<rect") == 2 and "Arden: 2 met" in chart and ">3</text>" in chart
    assert charts.status_bars([], "threads") == ""


def test_matrix_has_a_status_cell_per_document(case: tuple[TestClient, dict[str, int]]) -> None:
    client, ids = case
    data = client.get("/api/v1/followup/GEO").json()
    assert [c["document_id"] for c in data["columns"]] == [ids["protest"], ids["reply"], ids["record"]]
    cells = {r["remedy"]: [c.get("status") for c in r["cells"]] for r in data["rows"]}
    assert cells == {"release": ["asked", "met", "partly_met"], "amend_law": ["asked", "not_met", "asked"]}
    met = next(r for r in data["rows"] if r["remedy"] == "release")["cells"][1]
    assert met["href"].startswith(f"/documents/{ids['reply']}#at-")
    html = client.get("/followup/GEO").text
    assert 'class="cell met"' in html and met["href"] in html


def test_thread_page_lists_asks_evidence_and_disputes(case: tuple[TestClient, dict[str, int]]) -> None:
    client, _ = case
    rows = client.get("/api/v1/followup/GEO").json()["rows"]
    release = next(r["thread"] for r in rows if r["remedy"] == "release")
    data = client.get(f"/api/v1/followup/threads/{release}").json()
    assert [s["status"] for s in data["status"]] == ["met", "partly_met"]
    assert data["disputes"][0]["about"] == "whether people are free"
    page = client.get(f"/followup/threads/{release}").text
    assert "still barred from union office" in page
    assert client.get("/followup/threads/t999").status_code == 404


def test_reader_marks_turns_quoted_sentences_and_disputes(case: tuple[TestClient, dict[str, int]]) -> None:
    client, ids = case
    data = client.get(f"/api/v1/documents/{ids['record']}").json()
    kinds = {f["kind"] for f in data["facts"]}
    assert {"turn", "dispute"} <= kinds
    assert [s["group"] for s in data["disputes"][0]["sides"]] == ["government", "workers"]
    html = client.get(f"/documents/{ids['record']}").text
    assert 'id="at-' in html and "Speaker turns" in html


def test_requests_page_shows_the_thread_status(case: tuple[TestClient, dict[str, int]]) -> None:
    client, _ = case
    html = client.get("/requests").text
    assert "answered" not in html
    assert 'class="cell partly_met"' in html


def test_an_empty_collection_has_no_threads(empty_client: TestClient) -> None:
    assert "No request threads yet." in empty_client.get("/followup").text
    data = empty_client.get("/api/v1/followup/XYZ").json()
    assert (data["rows"], data["total"], data["pages"]) == ([], 0, 1)


@pytest.fixture
def moving(tmp_path: Path, writers: dict[str, Any]) -> Iterator[TestClient]:
    path = str(tmp_path / "moves.sqlite")
    with Store.open(path) as store:
        writers["fill_followup"](store)
    app = create_app(path, today=lambda: writers["today"])
    yield TestClient(app)
    app.state.store.close()


def _threads(client: TestClient) -> list[dict[str, Any]]:
    country = client.get("/api/v1/followup").json()["countries"][0]["country"]
    rows = client.get(f"/api/v1/followup/{country}").json()["rows"]
    return [client.get(f"/api/v1/followup/threads/{r['thread']}").json() for r in rows]


def _holder(client: TestClient, ask: str) -> dict[str, Any]:
    return next(t for t in _threads(client) if ask in {a["ask"] for a in t["requests"]})


def test_a_request_moved_on_the_thread_page_joins_the_other_thread(moving: TestClient) -> None:
    first, second = _threads(moving)[:2]
    ask = first["requests"][0]["ask"]
    page = moving.get(f"/followup/threads/{first['thread']}").text
    assert 'action="/followup/threads/' in page and f'value="{ask}"' in page
    form = {"ask": ask, "to": second["thread"]}
    response = moving.post(f"/followup/threads/{first['thread']}/move", data=form, follow_redirects=False)
    assert response.status_code == 303
    now = _holder(moving, ask)
    assert response.headers["location"] == f"/followup/threads/{now['thread']}"
    assert {a["ask"] for a in second["requests"]} <= {a["ask"] for a in now["requests"]}
    store = moving.app.state.store  # type: ignore[attr-defined]
    assert store.thread_moves()[ask] == second["requests"][0]["ask"]
    assert any(e.action == "thread_move" and e.subject == ask for e in store.accounts.audit_entries())


def test_a_request_set_apart_through_the_api_stands_alone(moving: TestClient) -> None:
    thread = next(t for t in _threads(moving) if len(t["requests"]) > 1)
    ask = thread["requests"][-1]["ask"]
    answer = moving.post("/api/v1/followup/moves", json={"thread": thread["thread"], "ask": ask})
    assert answer.status_code == 200
    alone = _holder(moving, ask)
    assert answer.json()["thread"] == alone["thread"] and [a["ask"] for a in alone["requests"]] == [ask]


@pytest.mark.parametrize(
    "body",
    [
        {"thread": "t1", "ask": "nowhere:r9"},  # not a request of the thread
        {"thread": "t999", "ask": "nowhere:r0"},  # no such thread
    ],
)
def test_a_move_of_an_unknown_request_is_404(moving: TestClient, body: dict[str, str]) -> None:
    assert moving.post("/api/v1/followup/moves", json=body).status_code == 404


def test_a_move_into_a_missing_thread_is_404(moving: TestClient) -> None:
    thread = _threads(moving)[0]
    body = {"thread": thread["thread"], "ask": thread["requests"][0]["ask"], "to": "t999"}
    assert moving.post("/api/v1/followup/moves", json=body).status_code == 404


def test_a_follow_up_computed_whole_reads_as_behind_until_its_last_group(
    tmp_path: Path, writers: dict[str, Any]
) -> None:
    path = str(tmp_path / "case.sqlite")
    with Store.open(path) as store:
        writers["fill_followup"](store)
    app = create_app(path, today=lambda: writers["today"])
    client = TestClient(app)
    try:
        thread = client.get("/api/v1/followup/GEO").json()["rows"][0]["thread"]
        urls = ("/api/v1/followup", "/api/v1/followup/GEO", f"/api/v1/followup/threads/{thread}")
        assert [client.get(url).json()["stale"] for url in urls] == [False, False, False]
        app.state.store.keep_followup_group([], [], [], first=True)  # a whole refresh's first group, kept
        assert [client.get(url).json()["stale"] for url in urls[:2]] == [True, True]
        assert "Being recomputed" in client.get("/followup").text
    finally:
        app.state.store.close()
