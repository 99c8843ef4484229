"""Extraction <-> rows: an exact round trip of every fact kind, and cascade on delete."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
import sqlalchemy as sa

from casewatch.model import (
    Citation,
    DocumentMeta,
    Entity,
    EntityType,
    Event,
    EventType,
    Extraction,
    Genre,
    Mention,
    Part,
    PartialDate,
    Party,
    Request,
    SpeakerGroup,
    Statement,
    Text,
)
from casewatch.store import Store, facts, schema

BODY = "Профсоюз «Единство» — strike in São Paulo 罢工 🚩; the Ministry of Labour replied."

RICH = Extraction(
    meta=DocumentMeta(
        genre=Genre.UNION_LETTER,
        date=PartialDate(2020, 2, 29),
        reference="Ref. ÜK/12-2020",
        language="ru",
        countries=("BRA", "RUS"),
        senders=(Party("Профсоюз «Единство»", "e1"),),
        signatories=(Party("Ana Conceição", "e2", "General Secretary"),),
        addressees=(Party("Ministry of Labour", "e3"), Party("ILO Director-General", None, "cc")),
        reply_due=PartialDate(2020, 4),
        title="Protest — 罢工",
    ),
    parts=(Part("letterhead", 0, 20), Part("body", 21, 83, "main text")),
    mentions=(
        Mention("organization", "Профсоюз «Единство»", 0, 19, "e1"),
        Mention("place", "São Paulo", 32, 41),
        Mention("date", "2020", 50, 54, None),
    ),
    entities=(
        Entity(
            "e1", EntityType.ORGANIZATION, "Профсоюз «Единство»", ("Edinstvo",), ("ПЕ",), ("complainant",)
        ),
        Entity("e2", EntityType.PERSON, "Ana Conceição", roles=("General Secretary",)),
        Entity("e3", EntityType.ORGANIZATION, "Ministry of Labour", board=True),
        Entity("e4", EntityType.PLACE, "São Paulo"),
    ),
    citations=(
        Citation("ILO C087", ("art 2", "art 3(1)"), 60, 70, "Freedom of Association Convention"),
        Citation("BRA Labour Code", (), 71, 75),
    ),
    events=(
        Event(
            EventType.PROTEST,
            22,
            41,
            "strike in São Paulo",
            PartialDate(2020),
            "in 2020",
            ("e1",),
            (),
            "São Paulo",
            "strike",
        ),
        Event(
            EventType.ARREST,
            0,
            5,
            "Проф",
            PartialDate(2020, 1),
            actors=("e3",),
            targets=("e2", "e1"),
            forum=("e4",),
            reporter=("e1", "Government"),
        ),
        Event(EventType.OTHER, 1, 2, "р"),
    ),
    requests=(
        Request(
            ("e1",),
            ("e3", "Government"),
            "release the «leaders»",
            10,
            30,
            PartialDate(2020, 3, 1),
            "by 1 March",
        ),
        Request((), (), "", 0, 0),
    ),
    statements=(
        Statement("Government member, Brazil", SpeakerGroup.GOVERNMENT, 0, 10, "BRA"),
        Statement("Worker members", SpeakerGroup.WORKERS, 11, 20),
    ),
)


def test_rich_extraction_round_trips_exactly(store: Store, docs: Any) -> None:
    document_id = docs.add("rich.txt", BODY, RICH)
    assert store.load_extraction(document_id) == RICH


def test_saving_again_replaces_every_fact(store: Store, docs: Any) -> None:
    document_id = docs.add("rich.txt", BODY, RICH)
    smaller = dataclasses.replace(RICH, events=RICH.events[:1], mentions=(), statements=())
    store.save_extraction(document_id, Text(BODY, "text/plain"), smaller)
    assert store.load_extraction(document_id) == smaller
    counts = store.counts()
    assert (counts["events"], counts["mentions"], counts["statements"]) == (1, 0, 0)


def test_extractions_lists_ok_documents_in_id_order(store: Store, docs: Any) -> None:
    first = docs.add("one.txt", "one", RICH)
    second = docs.add("two.txt", "two")
    docs.start("three.txt", "three")
    assert [(doc.id, ext) for doc, ext in store.extractions()] == [(first, RICH), (second, Extraction())]


def test_deleting_a_document_cascades_to_its_facts(store: Store, docs: Any) -> None:
    document_id = docs.add("rich.txt", BODY, RICH)
    kept = docs.add("other.txt", "other", RICH)
    store.add_provenance(document_id, "/in/rich.txt", "cli")
    ref = f"{store.document(document_id).sha256[:16]}:e1"
    store.set_clusters({ref: "c1"})
    with store.engine.begin() as conn:
        conn.execute(sa.delete(schema.documents).where(schema.documents.c.id == document_id))
    counts = store.counts()
    assert {name: counts[name] for name in (*schema.FACT_TABLES, "provenance", "clusters")} == {
        "parts": 2,
        "mentions": 3,
        "entities": 4,
        "citations": 2,
        "events": 3,
        "requests": 2,
        "statements": 2,
        "provenance": 0,
        "clusters": 0,
    }
    assert store.load_extraction(kept) == RICH
    assert store.integrity_check() == []


@pytest.mark.parametrize(("name", "table_and_type"), list(facts.fact_table_types().items()))
def test_every_model_field_has_a_column(name: str, table_and_type: tuple[sa.Table, type]) -> None:
    table, cls = table_and_type
    missing = [f.name for f in dataclasses.fields(cls) if f.name not in table.c]
    assert missing == [], f"{name}: add a migration for the new model fields {missing}"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (PartialDate(1999), "1999"),
        (PartialDate(1999, 12), "1999-12"),
        (EventType.ARREST, "arrest"),
        (("a", ("b",)), ["a", ["b"]]),
        (Party("X", None, "cc"), {"name": "X", "entity": None, "role": "cc"}),
    ],
)
def test_encode(value: object, expected: object) -> None:
    assert facts.encode(value) == expected


def test_decoding_meta_without_newer_fields_keeps_their_defaults() -> None:
    assert facts.decode_dataclass(DocumentMeta, {"genre": "ilo_cas", "countries": ["KGZ"]}) == DocumentMeta(
        genre=Genre.ILO_CAS, countries=("KGZ",)
    )


def test_extractions_cross_batch_boundaries(tmp_path: Any, documents_of: Any) -> None:
    with Store.open(str(tmp_path / "many.db")) as store:
        docs = documents_of(store)
        expected = []
        for number in range(205):
            ext = Extraction(parts=(Part("body", 0, number),))
            expected.append((docs.add(f"{number}.txt", f"letter {number}", ext), ext))
        assert [(doc.id, ext) for doc, ext in store.extractions()] == expected
