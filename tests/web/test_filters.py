"""List filters: actors by type and name, the timeline by years, and page navigation."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from casewatch.web.render import templates


def test_actors_by_type(client) -> None:
    everyone = client.get("/api/v1/actors").json()
    people = client.get("/api/v1/actors?type=person").json()
    assert people["actors"] and all(a["type"] == "person" for a in people["actors"])
    assert people["total"] < everyone["total"]
    assert people["filters"] == {"type": "person", "q": None}


def test_actors_by_part_of_a_name(client) -> None:
    found = client.get("/api/v1/actors?q=QUISPE").json()["actors"]
    assert found and all("quispe" in a["name"].lower() for a in found)
    assert client.get("/api/v1/actors?q=nobody-by-this-name").json()["actors"] == []


def test_an_unknown_actor_type_is_refused(client) -> None:
    assert client.get("/api/v1/actors?type=planet").status_code == 422


def test_actor_page_keeps_the_filters_in_its_form(client) -> None:
    html = client.get("/actors?type=person&q=quispe").text
    assert 'value="quispe"' in html and '<option value="person" selected>' in html
    assert "No actor matches" in client.get("/actors?q=nobody-by-this-name").text


def test_timeline_by_years(client) -> None:
    entries = client.get("/api/v1/timeline").json()["entries"]
    year = next(e["date"][:4] for e in entries if e.get("date"))
    inside = client.get(f"/api/v1/timeline?year_from={year}&year_to={year}").json()
    assert inside["entries"] and all(e["date"].startswith(year) for e in inside["entries"])
    assert client.get(f"/api/v1/timeline?year_from={int(year) + 1}").json()["entries"] == []
    assert client.get("/api/v1/timeline?year_from=99").status_code == 422


def _pager(page: int, pages: int) -> str:
    macro = templates().env.get_template("macros.html").module.pager  # type: ignore[attr-defined]
    where = SimpleNamespace(page=page, pages=pages, total=pages * 10)
    return str(macro(where, "/actors", {"type": "person"}))


@pytest.mark.parametrize(
    ("page", "pages", "links", "gaps"),
    [(1, 1, [], 0), (1, 3, [2, 3], 0), (5, 10, [1, 3, 4, 6, 7, 10], 2), (10, 10, [1, 8, 9], 1)],
)
def test_pager_links_nearby_pages_and_the_ends(page: int, pages: int, links: list[int], gaps: int) -> None:
    html = _pager(page, pages)
    for n in links:
        assert f'page={n}">{n}</a>' in html
    assert html.count('class="gap"') == gaps
    if pages > 1:
        assert f'aria-current="page">{page}<' in html and "type=person&amp;page=" in html
