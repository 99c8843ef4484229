"""Search pages: facets and the total count the best hits; a page shows twenty, each with its snippet."""

from __future__ import annotations

from typing import Any

import pytest

from casewatch.model import DocumentMeta, Extraction, PartialDate
from casewatch.store import Store
from casewatch.web.routes.search import PAGE_SIZE, Narrowing, search_data


@pytest.fixture
def many(store: Store, docs: Any) -> Store:
    for n in range(PAGE_SIZE + 5):
        meta = DocumentMeta(date=PartialDate(2020 + n % 2, 5), countries=("ATL",))
        docs.add(f"letter-{n:02d}.txt", f"Letter {n}: the strike at plant {n}.", Extraction(meta=meta))
    return store


def test_pages_split_the_counted_hits(many: Store) -> None:
    first = search_data(many, "strike", Narrowing())
    second = search_data(many, "strike", Narrowing(), page_number=2)
    assert first.total == second.total == PAGE_SIZE + 5
    assert (len(first.hits), len(second.hits)) == (PAGE_SIZE, 5)
    assert {h.document_id for h in first.hits}.isdisjoint(h.document_id for h in second.hits)
    assert all("<mark>strike</mark>" in h.snippet for h in first.hits + second.hits)
    assert first.countries == second.countries and first.countries[0].count == PAGE_SIZE + 5


def test_a_page_holds_the_narrowed_hits(many: Store) -> None:
    narrowed = search_data(many, "strike", Narrowing(year_from="2021", year_to="2021"))
    assert narrowed.total == len(narrowed.hits) == 12
    assert all(h.date and h.date.startswith("2021") for h in narrowed.hits)
    assert all("<mark>strike</mark>" in h.snippet for h in narrowed.hits)
