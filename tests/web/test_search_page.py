"""The search page: year facet and range, the query language's help, long queries said to be cut."""

from __future__ import annotations

from casewatch.store.query import MAX_TERMS


def test_hits_have_a_year_facet_and_a_year_range_narrows_them(client) -> None:
    everything = client.get("/api/v1/search?q=arrested").json()
    assert everything["total"] >= 1
    years = {t["name"] for t in everything["years"]}
    assert years and all(len(y) == 4 and y.isdigit() for y in years)
    year = min(years)
    inside = client.get(f"/api/v1/search?q=arrested&year_from={year}&year_to={year}").json()
    assert inside["total"] >= 1 and all(h["date"].startswith(year) for h in inside["hits"])
    later = client.get(f"/api/v1/search?q=arrested&year_from={int(max(years)) + 1}").json()
    assert later["total"] == 0


def test_a_year_must_be_four_digits(client) -> None:
    assert client.get("/api/v1/search?q=arrested&year_from=20x1").status_code == 422


def test_the_page_explains_the_query_language(client) -> None:
    html = client.get("/search").text
    for example in ("liquid*", "OR", "-strike", "closure of the union"):
        assert example in html


def test_stemmed_forms_are_found_and_marked(client) -> None:
    data = client.get("/api/v1/search?q=arrests").json()
    assert data["total"] >= 1
    assert "<mark>arrested</mark>" in data["hits"][0]["snippet"]


def test_a_cut_query_says_so(client) -> None:
    words = " ".join(f"w{i}" for i in range(MAX_TERMS + 3))
    notice = f"only the first {MAX_TERMS} of the {MAX_TERMS + 3} words were searched"
    assert client.get("/api/v1/search", params={"q": words}).json()["notice"] == notice
    assert notice.capitalize() in client.get("/search", params={"q": words}).text


def test_a_page_number_past_the_counted_hits_is_refused(client) -> None:
    assert client.get("/api/v1/search?q=arrested&page=6").status_code == 422
    assert client.get("/api/v1/search?q=arrested&page=2").json()["hits"] == []
