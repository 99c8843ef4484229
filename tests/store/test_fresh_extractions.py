"""Extractions an ingest keeps in memory after storing them, on both backends: read back as the
database gives them (fact lists asked for only, reviews applied), and only while it runs."""

from __future__ import annotations

from typing import Any

import pytest

from casewatch.model import Event, EventType, Extraction, FactReview, PartialDate, Request
from casewatch.store import Store, loading

TEXT = "On 3 May 2021 the police detained the union leader. We urge the Government to release him."
EXT = Extraction(
    events=(Event(EventType.ARREST, 0, 51, TEXT[:51], date=PartialDate(2021, 5, 3)),),
    requests=(Request(("us",), ("Government",), "release him", 52, 93),),
)


def _read(store: Store, ids: list[int], fields: frozenset[str] | None = None) -> list[tuple[int, Extraction]]:
    return [(row.id, ext) for row, ext in store.extractions_of(ids, fields=fields)]


@pytest.mark.parametrize("fields", [None, frozenset({"events"}), frozenset({"requests", "mentions"})])
def test_kept_extractions_read_as_the_database_gives_them(store: Store, docs: Any, fields: Any) -> None:
    with store.keeping_fresh():
        ids = [docs.add(f"{n}.txt", f"{n} {TEXT}", EXT) for n in range(3)]
        kept = _read(store, ids, fields)
        assert (held := store._fresh.held()) is not None and set(held) == set(ids)  # read from memory
    assert kept == _read(store, ids, fields)  # as loaded from the fact rows


def test_a_review_applies_to_a_kept_extraction(store: Store, docs: Any) -> None:
    with store.keeping_fresh():
        document_id = docs.add("a.txt", TEXT, EXT)
        store.review_fact(document_id, FactReview("event", 0, 51, "reject", by="ed"))
        ((_, ext),) = _read(store, [document_id])
    assert ext.events == () and ext.requests == EXT.requests


def test_extractions_are_kept_only_while_an_ingest_keeps_them(store: Store, docs: Any) -> None:
    outside = docs.add("a.txt", TEXT, EXT)
    with store.keeping_fresh():
        with store.keeping_fresh():  # two ingests of one store at once
            inside = docs.add("b.txt", TEXT + " Again.", EXT)
        assert (held := store._fresh.held()) is not None and set(held) == {inside}  # the other still runs
    assert store._fresh.held() is None and outside != inside


def test_only_the_latest_are_kept(store: Store, docs: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loading, "FRESH_KEPT", 2)
    with store.keeping_fresh():
        ids = [docs.add(f"{n}.txt", f"{n} {TEXT}", EXT) for n in range(3)]
        assert store._fresh.held() == ids[1:]
        assert _read(store, ids) == [(i, EXT) for i in ids]  # the first from its rows
