"""In-memory resolution of case documents: fills each document's local key -> entity id map."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from casewatch.export.casefile import CaseDocument
from casewatch.model import EntityRecord, Judgement
from casewatch.resolve.resolver import resolve


def records_of(doc: CaseDocument) -> list[EntityRecord]:
    """The document's actors as records; letterhead board lists are left out (not actors)."""
    return [
        EntityRecord(
            ref=f"{doc.source}:{ent.key}",
            document=doc.source,
            type=ent.type,
            name=ent.name,
            aliases=ent.aliases,
            acronyms=ent.acronyms,
            roles=ent.roles,
            countries=tuple(doc.extraction.meta.countries),
        )
        for ent in doc.extraction.entities
        if not ent.board
    ]


def resolve_documents(docs: Sequence[CaseDocument], user: Sequence[Judgement] = ()) -> list[CaseDocument]:
    """The documents with `entity_ids` filled: local entity key -> collection-wide cluster id."""
    records = [record for doc in docs for record in records_of(doc)]
    found = resolve(records, user).clusters
    out = []
    for doc in docs:
        prefix = f"{doc.source}:"
        ids = {r.ref[len(prefix) :]: found[r.ref] for r in records_of(doc)}
        out.append(replace(doc, entity_ids={**doc.entity_ids, **ids}))
    return out
