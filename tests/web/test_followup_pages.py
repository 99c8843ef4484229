"""Follow-up pages: the country matrix, a thread, the reader's turns and disputes, JSON twins."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from casewatch.store import Store
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
    assert client.get("/api/v1/followup").json()["countries"] == [{"country": "GEO", "threads": 2}]
    assert 'href="/followup/GEO"' in client.get("/followup").text


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
