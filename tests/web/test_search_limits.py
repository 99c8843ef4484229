"""Search stays bounded on the web: a long query is cut (with a notice), a slow one is stopped at
its time limit, and one whose client went away is stopped at once."""

from __future__ import annotations

import logging
import time
import warnings

import httpx
import pytest
import sqlalchemy as sa

from casewatch.model import Extraction
from casewatch.store import Store
from casewatch.store.search import MAX_TERMS
from casewatch.web.app import create_app
from casewatch.web.security import CONTENT_SECURITY_POLICY

from .conftest import save

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's TestClient warns about itself at import
    from fastapi.testclient import TestClient

SLOW_QUERY = " ".join(f"word{n}" for n in range(12))  # as in conftest: seconds on long_records_db


def test_a_long_query_searches_its_first_words_and_says_so(client, ids):
    query = "arrested " + " ".join(f"w{n}" for n in range(399))
    data = client.get("/api/v1/search", params={"q": query}).json()
    assert data["notice"] == f"only the first {MAX_TERMS} of the 400 words were searched"
    assert data["hits"] == []
    assert data["notice"].capitalize() in client.get("/search", params={"q": query}).text
    assert client.get("/api/v1/search", params={"q": "arrested " * 400}).json()["notice"] is None


@pytest.mark.parametrize("url", ["/api/v1/search", "/search"])
def test_a_search_over_its_time_limit_is_stopped(long_records_target, url):
    app = create_app(long_records_target, search_seconds=0.001)
    try:
        response = TestClient(app).get(url, params={"q": SLOW_QUERY})
    finally:
        app.state.store.close()
    assert response.status_code == 503
    assert "the search took longer than 0.001 s" in response.text
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY


@pytest.mark.postgres
def test_a_search_stops_when_its_client_goes_away(pg_url, live_server, caplog):
    """The search waits on a table another session holds locked, so it is still running, for
    certain, when its client gives up: the server must stop it (a cancel on PostgreSQL)."""
    caplog.set_level(logging.INFO, logger="casewatch.web.routes.search")
    with Store.open(pg_url) as store:
        save(store, "note.txt", "The union was dissolved by the court.", Extraction())
    server = live_server(create_app(pg_url, search_seconds=120))
    # a first search pays what a first request costs (its worker thread, the query's stemmer), so the
    # one watched below is running, not still starting, when its client gives up
    assert httpx.get(f"{server.url}/api/v1/search", params={"q": "union"}, timeout=30).status_code == 200
    with server.app.state.store.engine.connect() as conn:
        conn.execute(sa.text("LOCK TABLE search_terms IN ACCESS EXCLUSIVE MODE"))
        with pytest.raises(httpx.ReadTimeout):
            httpx.get(f"{server.url}/api/v1/search", params={"q": "union"}, timeout=1.0)
        searches = server.app.state.searches
        deadline = time.monotonic() + 60
        while searches.running() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert searches.running() == 0  # stopped while the lock is still held
        conn.rollback()
    assert "search stopped: its client went away" in caplog.text
    assert httpx.get(f"{server.url}/api/v1/search", params={"q": "union"}, timeout=30).status_code == 200
