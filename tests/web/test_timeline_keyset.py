"""Timeline pages asked "after" the previous page's last entry: the same slices as page numbers,
and no entry repeated or skipped when entries are added before the reader's place; on SQLite
and PostgreSQL."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from casewatch.store import Store
from casewatch.store.derived import ViewRows, entry_key
from casewatch.store.rows import TimelineRow
from casewatch.store.schema import EVERYTHING, timeline_entries
from casewatch.web.app import create_app
from casewatch.web.routes.timeline import PAGE_SIZE

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

ENTRIES = 230
FIRST_DAY = date(2019, 1, 1)


def _row(rank: int, day: int, country: str = "ARD") -> TimelineRow:
    """An entry whose date orders it (one day per entry: `day` days after FIRST_DAY)."""
    body: dict[str, Any] = {
        "id": f"ev-{rank}",
        "type": "arrest",
        "date": (FIRST_DAY + timedelta(days=day)).isoformat(),
        "actors": [],
        "targets": [],
        "sources": [],
        "conflicts": [],
        "countries": [country],
        "source_count": 0,
    }
    return TimelineRow(rank, body["type"], body, (country,), (), body["date"][:4])


def _keep(store: Store, days: list[int]) -> None:
    """The timeline of entries on these days (ranked in date order), as a refresh replaces it."""
    rows = [_row(rank, day) for rank, day in enumerate(sorted(days), start=1)]
    store.replace_views({EVERYTHING: ViewRows(rows)}, revision=store.revision())


@pytest.fixture
def opened(target: str) -> Iterator[tuple[Store, TestClient]]:
    app = create_app(target)
    store = app.state.store
    _keep(store, [2 * n for n in range(ENTRIES)])  # every other day: room for entries between
    yield store, TestClient(app)
    app.state.views.close()
    store.close()


def _dates(page: dict[str, Any]) -> list[str]:
    return [entry["date"] for entry in page["entries"]]


def _walk(client: TestClient) -> list[list[str]]:
    pages, after = [], None
    while True:
        page = client.get("/api/v1/timeline", params={"after": after} if after else None).json()
        pages.append(_dates(page))
        after = page["next_after"]
        if after is None:
            return pages


def test_pages_after_the_last_entry_are_the_numbered_pages(opened: tuple[Store, TestClient]) -> None:
    _, client = opened
    numbered = [_dates(client.get(f"/api/v1/timeline?page={n}").json()) for n in (1, 2, 3)]
    assert _walk(client) == numbered
    assert [len(page) for page in numbered] == [PAGE_SIZE, PAGE_SIZE, ENTRIES - 2 * PAGE_SIZE]
    second = client.get("/api/v1/timeline", params={"after": entry_key(_row(0, 2 * 99).body)}).json()
    assert (second["page"], second["pages"], second["total"]) == (2, 3, ENTRIES)


def test_entries_added_before_the_place_neither_repeat_nor_skip(opened: tuple[Store, TestClient]) -> None:
    store, client = opened
    first = client.get("/api/v1/timeline").json()
    seen = _dates(first)
    # entries added meanwhile on odd days: before the reader's place, and after it
    _keep(store, [2 * n for n in range(ENTRIES)] + [1, 3, 5, 2 * PAGE_SIZE + 1])
    second = client.get("/api/v1/timeline", params={"after": first["next_after"]}).json()
    following = _dates(second)
    assert following[0] > seen[-1] and not set(following) & set(seen)
    by_number = _dates(client.get("/api/v1/timeline?page=2").json())
    assert by_number[:3] == seen[-3:]  # what page numbers would have shown again
    expected = sorted(
        (FIRST_DAY + timedelta(days=d)).isoformat()
        for d in [*range(2 * PAGE_SIZE, 4 * PAGE_SIZE, 2), 2 * PAGE_SIZE + 1]
    )
    assert following == expected[:PAGE_SIZE]


def test_the_html_pager_asks_for_the_page_after(opened: tuple[Store, TestClient]) -> None:
    _, client = opened
    html = client.get("/timeline").text
    assert "after=" in html and 'rel="next"' in html
    last = client.get("/timeline?page=3").text
    assert 'rel="next"' not in last


def test_keys_sort_as_the_ranks_of_a_computed_timeline(collection_db: tuple[str, dict[str, int]]) -> None:
    with Store.open(collection_db[0]) as store, store.engine.connect() as conn:
        e = timeline_entries.c
        rows = conn.execute(sa.select(e.scope, e.id, e.key).order_by(e.scope, e.id)).all()
    assert rows and all(row.key for row in rows)
    for scope in {row.scope for row in rows}:
        keys = [row.key for row in rows if row.scope == scope]
        assert keys == sorted(keys) and len(set(keys)) == len(keys)
