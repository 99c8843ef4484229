"""The ingest's column plans make exactly the rows of the generic encoder, and a batch saves as one."""

from __future__ import annotations

from pathlib import Path

import pytest

from casewatch.extract.pipeline import extract
from casewatch.model import (
    Citation,
    Entity,
    EntityType,
    Event,
    EventType,
    Extraction,
    PartialDate,
    Request,
    Text,
)
from casewatch.read import Limits, read_bytes
from casewatch.store import Store, facts, writes

INVENTED = Extraction(
    entities=(
        Entity("e1", EntityType.PERSON, "Ana Velkova", aliases=("Ms Velkova",), roles=("chairperson",)),
        Entity("e2", EntityType.ORGANIZATION, "Union of Ferry Workers", acronyms=("UFW",), board=True),
    ),
    citations=(Citation("ILO C087", ("Article 3",), 10, 40, title="Freedom of Association"),),
    events=(
        Event(EventType.ARREST, 50, 90, "Ms Velkova was arrested", PartialDate(2019, 3), actors=("e1",)),
        Event(EventType.PROTEST, 95, 120, "the ferry workers protested"),
    ),
    requests=(Request(("e2",), (), "release her", 130, 150, deadline=PartialDate(2019, 5, 1)),),
)


def _generic(ext: Extraction, document_id: int) -> dict[str, list[dict[str, object]]]:
    return {table.name: rows for table, rows in facts.fact_rows(ext, document_id)}


def test_an_invented_extraction_has_the_generic_rows() -> None:
    assert writes.fact_rows(INVENTED, 7) == _generic(INVENTED, 7)


def test_every_seed_extraction_has_the_generic_rows(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.iterdir()):
        ext = extract(read_bytes(path.read_bytes(), path.name, Limits()))
        assert writes.fact_rows(ext, 3) == _generic(ext, 3), path.name


def test_a_batch_is_stored_as_each_document_alone(store: Store, docs: object) -> None:
    first, second = docs.start("one.txt", "first letter"), docs.start("two.txt", "second letter")  # type: ignore[attr-defined]
    batch = [
        writes.Saved(first, Text("first letter", "text/plain"), INVENTED, "part only"),
        writes.Saved(second, Text("second letter", "text/plain"), Extraction()),
    ]
    store.save_extractions(batch)
    assert store.load_extraction(first) == INVENTED
    assert store.load_extraction(second) == Extraction()
    assert [store.document(i).status.value for i in (first, second)] == ["ok", "ok"]
    assert store.document(first).error == "part only"
    assert store.integrity_check() == []


def test_a_batch_naming_an_unknown_document_stores_nothing(store: Store, docs: object) -> None:
    known = docs.start("one.txt", "first letter")  # type: ignore[attr-defined]
    batch = [
        writes.Saved(known, Text("first letter", "text/plain"), INVENTED),
        writes.Saved(999, Text("x", "text/plain"), INVENTED),
    ]
    with pytest.raises(Exception, match="999"):
        store.save_extractions(batch)
    assert store.document(known).status.value == "failed"
    assert store.load_extraction(known) == Extraction()
