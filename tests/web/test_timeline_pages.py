"""A timeline longer than a page: filters apply from the first page on, counts and pages follow
them; on SQLite and PostgreSQL."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from casewatch.store import Store
from casewatch.store.derived import ViewRows
from casewatch.store.rows import TimelineRow
from casewatch.store.schema import EVERYTHING
from casewatch.web.app import create_app
from casewatch.web.routes.timeline import PAGE_SIZE

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

ENTRIES = 250  # every third in Guatemala, the others in Peru


def _country(rank: int) -> str:
    return "GTM" if rank % 3 == 0 else "PER"


def _row(rank: int) -> TimelineRow:
    country, day = _country(rank), f"2020-{1 + rank % 12:02d}-{1 + rank % 28:02d}"
    body: dict[str, Any] = {
        "id": f"ev-{rank}",
        "type": "arrest" if rank % 2 else "strike",
        "date": day,
        "actors": [],
        "targets": [],
        "sources": [],
        "conflicts": [],
        "countries": [country],
        "source_count": 0,
    }
    return TimelineRow(rank, body["type"], body, (country,), (), "2020")


@pytest.fixture
def client(target: str) -> Iterator[TestClient]:
    with Store.open(target) as store:
        rows = [_row(rank) for rank in range(1, ENTRIES + 1)]
        store.replace_views({EVERYTHING: ViewRows(rows)}, revision=store.revision())
    app = create_app(target)
    yield TestClient(app)
    app.state.views.close()
    app.state.store.close()


def _ids(page: dict[str, Any]) -> list[int]:
    return [int(entry["id"].removeprefix("ev-")) for entry in page["entries"]]


@pytest.mark.parametrize("country", ["GTM", "PER"])
def test_a_country_filter_applies_on_the_first_page(client: TestClient, country: str) -> None:
    every = [rank for rank in range(1, ENTRIES + 1) if _country(rank) == country]
    first = client.get(f"/api/v1/timeline?country={country}").json()
    assert _ids(first) == every[:PAGE_SIZE]
    assert (first["total"], first["pages"], first["filters"]["country"]) == (
        len(every),
        -(-len(every) // PAGE_SIZE),
        country,
    )
    assert _ids(first) != _ids(client.get("/api/v1/timeline").json())
    last = client.get(f"/api/v1/timeline?country={country}&page={first['pages']}").json()
    assert _ids(last) == every[(first["pages"] - 1) * PAGE_SIZE :]


def test_filters_combine_and_the_page_shows_them(client: TestClient) -> None:
    found = client.get("/api/v1/timeline?country=GTM&type=strike").json()
    expected = [rank for rank in range(1, ENTRIES + 1) if rank % 6 == 0]
    assert (_ids(found), found["total"]) == (expected, len(expected))
    html = client.get("/timeline?country=GTM&type=strike").text
    assert f"{len(expected)} events" in html and 'ev-3"' not in html


def test_unfiltered_pages_are_consecutive_slices(client: TestClient) -> None:
    pages = [client.get(f"/api/v1/timeline?page={n}").json() for n in (1, 2, 3)]
    assert [_ids(page) for page in pages] == [
        list(range(1, 101)),
        list(range(101, 201)),
        list(range(201, ENTRIES + 1)),
    ]
    assert {(page["total"], page["pages"]) for page in pages} == {(ENTRIES, 3)}
