"""The document list's country facet and filter, kept by the database on every write, on both backends."""

from __future__ import annotations

from typing import Any

import pytest

from casewatch.model import DocumentMeta, Extraction, Genre, Label, PartialDate, Text
from casewatch.store import DocumentFilter, Store
from casewatch.store.bulk import BulkDocument


def _letter(*countries: str, day: int = 1) -> Extraction:
    return Extraction(meta=DocumentMeta(Genre.UNION_LETTER, PartialDate(2020, 1, day), countries=countries))


def _listed(store: Store, **chosen: Any) -> set[str]:
    where = DocumentFilter(**chosen)
    found = {d.source for d in store.documents(where=where, order="-date")}
    assert store.count_documents(where=where) == len(found)
    return found


def test_countries_follow_each_save(store: Store, docs: Any) -> None:
    first = docs.add("a.txt", "Letter a", _letter("ATL", "BRV"))
    docs.add("b.txt", "Letter b", _letter("BRV", "BRV"))  # named twice, counted once
    assert store.document_countries() == ["ATL", "BRV"]
    assert _listed(store, country="BRV") == {"a.txt", "b.txt"}
    store.save_extraction(first, Text("Letter a", "text/plain"), _letter("CRN"))  # read again
    assert store.document_countries() == ["BRV", "CRN"]
    assert _listed(store, country="ATL") == set()
    assert _listed(store, country="CRN") == {"a.txt"}


def test_countries_of_a_bulk_load(store: Store) -> None:
    loaded = [
        BulkDocument(f"Letter {n}".encode(), f"{n}.txt", Text(f"Letter {n}", "text/plain"), _letter(code))
        for n, code in enumerate(("DLM", "ELQ", "DLM"))
    ]
    store.bulk_load(loaded)
    assert store.document_countries() == ["DLM", "ELQ"]
    assert _listed(store, country="DLM") == {"0.txt", "2.txt"}


def test_countries_and_pages_keep_to_the_readers_labels(store: Store, docs: Any) -> None:
    open_id = docs.add("open.txt", "Letter open", _letter("FRS", day=2))
    secret_id = docs.add("secret.txt", "Letter secret", _letter("GLN", day=3))
    store.accounts.set_label(open_id, Label.PUBLIC)
    store.accounts.set_label(secret_id, Label.RESTRICTED)
    public = frozenset({"public"})
    assert store.document_countries(public) == ["FRS"]
    assert store.document_countries(frozenset()) == []
    assert _listed(store, labels=public) == {"open.txt"}
    assert _listed(store, labels=public, country="GLN") == set()
    assert _listed(store, country="GLN") == {"secret.txt"}


@pytest.mark.parametrize("order", ["date", "-date", "id", "source", "updated"])
def test_a_filtered_page_is_the_filtered_whole_in_order(store: Store, docs: Any, order: str) -> None:
    for n in range(12):
        docs.add(f"{n:02}.txt", f"Letter {n}", _letter("HMR" if n % 3 else "IVD", day=1 + n % 5))
    where = DocumentFilter(country="HMR", status="ok")
    whole = [d.id for d in store.documents(where=where, order=order)]
    pages = [
        d.id
        for start in range(0, 8, 3)
        for d in store.documents(where=where, order=order, limit=3, offset=start)
    ]
    assert len(whole) == 8 and pages == whole
