"""The entity list shows the names documents write, not the vocabulary's other names of a body."""

from __future__ import annotations

from casewatch.model import EntityRecord, EntityType
from casewatch.resolve.view import entity_table


def _record(ref: str, document: str, name: str, aliases: tuple[str, ...], acronyms: tuple[str, ...]):
    return EntityRecord(ref, document, EntityType.ORGANIZATION, name, aliases, acronyms)


def test_vocabulary_acronyms_are_not_listed_as_other_names() -> None:
    records = [
        # a body written out and by its English acronym; the vocabulary knows its French and Spanish ones
        _record("a:o1", "letter.txt", "World Fisheries Office", ("WFO",), ("WFO", "OMP", "OMPe")),
        _record("b:o1", "reply.txt", "World Fisheries Office", (), ("WFO", "OMP", "OMPe")),
    ]
    rows = entity_table(records, {"a:o1": "c1", "b:o1": "c1"})
    assert [(row.id, row.name, row.aliases, row.documents) for row in rows] == [
        ("c1", "World Fisheries Office", ("WFO",), ("letter.txt", "reply.txt"))
    ]
