"""Store additions for large collections, on both backends: revision, bulk loading, counts, lists."""

from __future__ import annotations

from typing import Any

import pytest

from casewatch.model import (
    Citation,
    DocumentMeta,
    DocumentStatus,
    Entity,
    EntityType,
    Extraction,
    Genre,
    Mention,
    PartialDate,
    Text,
)
from casewatch.store import Store
from casewatch.store.bulk import BulkDocument

BODY = "The Federation of Bus Drivers of Malawi cites ILO Convention No. 98 on bargaining.\n"
EXT = Extraction(
    meta=DocumentMeta(Genre.UNION_LETTER, PartialDate(2019, 7), "FBD/7", "en", ("MWI", "ZMB")),
    mentions=(Mention("organization", "Federation of Bus Drivers of Malawi", 4, 39, "f"),),
    entities=(Entity("f", EntityType.ORGANIZATION, "Federation of Bus Drivers of Malawi"),),
    citations=(Citation("ILO C098", (), 46, 66),),
)


def _bulk(n: int, countries: tuple[str, ...] = ("MWI", "ZMB")) -> BulkDocument:
    text = f"Letter {n}. {BODY}"
    ext = Extraction(
        meta=DocumentMeta(Genre.UNION_LETTER, PartialDate(2019, 7), f"FBD/{n}", "en", countries),
        mentions=tuple(
            Mention(m.label, m.text, m.start + len(text) - len(BODY), m.end + len(text) - len(BODY), m.entity)
            for m in EXT.mentions
        ),
        entities=EXT.entities,
    )
    return BulkDocument(text.encode(), f"letter-{n}.txt", Text(text, "text/plain", encoding="utf-8"), ext)


def test_revision_grows_with_every_write(store: Store, docs: Any) -> None:
    seen = [store.revision()]
    document_id = docs.add("a.txt", BODY, EXT)
    seen.append(store.revision())
    store.set_clusters({f"{store.document(document_id).sha256[:16]}:f": "fbd"})
    seen.append(store.revision())
    store.mark_failed(document_id, "unreadable")
    seen.append(store.revision())
    assert seen == sorted(set(seen)), seen


def test_bulk_load_stores_what_save_extraction_would(store: Store) -> None:
    ids = store.bulk_load([_bulk(n) for n in range(3)], ingested_by="test")
    assert len(ids) == 3
    for n, document_id in enumerate(ids):
        doc = _bulk(n)
        assert store.load_extraction(document_id) == doc.extraction
        assert store.load_text(document_id) == doc.text.text
        assert store.original(document_id) == doc.data
        assert store.document(document_id).status == DocumentStatus.OK
        assert [p.ingested_by for p in store.provenance(document_id)] == ["test"]
    assert [hit.source for hit in store.search("Letter 1 Malawi")] == ["letter-1.txt"]
    assert store.integrity_check() == []


def test_bulk_load_skips_documents_already_stored(store: Store) -> None:
    first = store.bulk_load([_bulk(0), _bulk(1)])
    assert store.bulk_load([_bulk(1), _bulk(2), _bulk(2)]) == [max(first) + 1]
    assert store.count_documents() == 3


def test_counts_and_countries_match_the_listing(store: Store) -> None:
    store.bulk_load([_bulk(0), _bulk(1, ("GHA",)), _bulk(2, ())])
    assert store.document_countries() == ["GHA", "MWI", "ZMB"]
    for filters in ({}, {"country": "MWI"}, {"country": "GHA"}, {"genre": "news"}, {"status": "ok"}):
        assert store.count_documents(**filters) == len(store.documents(**filters)), filters


def test_search_hits_carry_countries(store: Store) -> None:
    store.bulk_load([_bulk(0), _bulk(1, ("GHA",))])
    assert {hit.source: hit.countries for hit in store.search("Malawi")} == {
        "letter-0.txt": ("MWI", "ZMB"),
        "letter-1.txt": ("GHA",),
    }


def test_extractions_load_only_the_fields_asked_for(store: Store, docs: Any) -> None:
    document_id = docs.add("a.txt", BODY, EXT)
    [(row, ext)] = store.extractions(fields={"entities"})
    assert (row.id, ext.entities, ext.citations, ext.mentions, ext.meta) == (
        document_id,
        EXT.entities,
        (),
        (),
        EXT.meta,
    )


@pytest.mark.parametrize("asked", [[2, 1], [1, 99], []])
def test_extractions_of_some_documents(store: Store, asked: list[int]) -> None:
    store.bulk_load([_bulk(0), _bulk(1)])
    found = store.extractions_of(asked)
    assert [(row.id, ext) for row, ext in found] == [
        (i, _bulk(i - 1).extraction) for i in sorted(asked) if i in (1, 2)
    ]
