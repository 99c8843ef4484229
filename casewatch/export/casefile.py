"""The casefile/1 JSON export: one object for the whole collection (see the EVAL format)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from casewatch.analyse.followup.model import Followup
from casewatch.export.followup import followup_json
from casewatch.model import EntityType, Extraction, Party

if TYPE_CHECKING:
    from casewatch.store import Store

FORMAT = "casefile/1"


@dataclass(frozen=True)
class CaseDocument:
    """One ingested document as the export sees it."""

    source: str
    extraction: Extraction
    # document-local entity key -> collection-wide entity id (from resolution)
    entity_ids: Mapping[str, str] = field(default_factory=dict)


def _global_id(doc: CaseDocument, key: str) -> str:
    return doc.entity_ids.get(key) or f"{doc.source}#{key}"


def _party_names(parties: Sequence[Party]) -> list[str]:
    return list(dict.fromkeys(p.name for p in parties))


def _document(doc: CaseDocument) -> dict[str, Any]:
    meta = doc.extraction.meta
    return {
        "source": doc.source,
        "genre": meta.genre.value,
        "date": meta.date.iso if meta.date else None,
        "reference": meta.reference,
        "countries": list(meta.countries),
        "senders": _party_names(meta.senders),
        "signatories": _party_names(meta.signatories),
        "addressees": _party_names(meta.addressees),
        "reply_due": meta.reply_due.iso if meta.reply_due else None,
    }


def collection_entities(docs: Sequence[CaseDocument]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The collection's entities as export rows, and each collection-wide entity key's short id."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, dict[str, None]] = defaultdict(dict)
    types: dict[str, EntityType] = {}
    sources: dict[str, dict[str, None]] = defaultdict(dict)
    for doc in docs:
        written = _written(doc.extraction)
        for ent in doc.extraction.entities:
            if ent.board:
                continue
            gid = _global_id(doc, ent.key)
            names[gid][ent.name] += 1
            types.setdefault(gid, ent.type)
            seen = written.get(ent.key)
            for alias in (ent.name, *ent.aliases, *ent.acronyms):
                # A vocabulary's other names (the acronym in another language) are for matching only:
                # an alias is shown when the document writes it.
                if seen is None or alias in seen or alias == ent.name:
                    aliases[gid][alias] = None
            sources[gid][doc.source] = None
    # The collection-wide actor id itself: the same in every export, in /actors/ID and in the API.
    ids = {gid: gid for gid in sorted(names)}
    out = []
    for gid, short in ids.items():
        name = max(names[gid], key=lambda n: (names[gid][n], len(n)))
        out.append(
            {
                "id": short,
                "type": types[gid].value,
                "name": name,
                "aliases": [a for a in aliases[gid] if a != name],
                "documents": list(sources[gid]),
            }
        )
    return out, ids


def _written(extraction: Extraction) -> dict[str, set[str]]:
    """Each entity's spellings as the document writes them (its mentions), by entity key."""
    written: dict[str, set[str]] = defaultdict(set)
    for mention in extraction.mentions:
        if mention.entity:
            written[mention.entity].add(mention.text)
    return written


def _instruments(docs: Sequence[CaseDocument]) -> list[dict[str, Any]]:
    """One row per (instrument, document): the scorer and readers tie provisions to their source."""
    rows: list[dict[str, Any]] = []
    for doc in docs:
        per_key: dict[str, dict[str, None]] = defaultdict(dict)
        for cit in doc.extraction.citations:
            per_key[cit.key].update(dict.fromkeys(cit.provisions))
        rows.extend({"key": k, "provisions": list(p), "documents": [doc.source]} for k, p in per_key.items())
    return rows


def _refs(doc: CaseDocument, keys: Sequence[str], ids: Mapping[str, str]) -> list[str]:
    local = {e.key for e in doc.extraction.entities}
    return [ids.get(_global_id(doc, k), k) if k in local else k for k in keys]


def build_casefile(docs: Sequence[CaseDocument], found: Followup | None = None) -> dict[str, Any]:
    entities, ids = collection_entities(docs)
    events = [
        {
            "type": ev.type.value,
            "date": ev.date.iso if ev.date else None,
            "actors": _refs(doc, ev.actors, ids),
            "targets": _refs(doc, ev.targets, ids),
            "forum": _refs(doc, ev.forum, ids),
            "reporter": _refs(doc, ev.reporter, ids),
            "place": ev.place,
            "document": doc.source,
            "quote": ev.quote,
            "start": ev.start,  # the quote's place in the document's text (character offsets)
            "end": ev.end,
        }
        for doc in docs
        for ev in doc.extraction.events
    ]
    requests = [
        {
            "by": _refs(doc, req.issuers, ids),
            "to": _refs(doc, req.addressees, ids),
            "text": req.text,
            "deadline": req.deadline.iso if req.deadline else req.deadline_text,
            "document": doc.source,
            "start": req.start,
            "end": req.end,
        }
        for doc in docs
        for req in doc.extraction.requests
    ]
    return {
        "format": FORMAT,
        "documents": [_document(doc) for doc in docs],
        "entities": entities,
        "instruments": _instruments(docs),
        "events": events,
        "requests": requests,
        **(followup_json(found) if found is not None else {}),
    }


def case_documents(store: Store, labels: frozenset[str] | None = None) -> list[CaseDocument]:
    """Every ok document (of these confidentiality labels; None: all) with its extraction and the
    collection-wide ids of its entities."""
    clusters = store.clusters()
    docs = []
    for row, ext in store.extractions(labels=labels):
        prefix = row.sha256[:16]
        ids = {e.key: clusters.get(f"{prefix}:{e.key}", f"{prefix}:{e.key}") for e in ext.entities}
        docs.append(CaseDocument(row.source, ext, ids))
    return docs
