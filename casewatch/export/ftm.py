"""FollowTheMoney export: the case file as JSON lines of entities that Aleph and other FtM tools import.

Built with the `followthemoney` package's own model (an optional extra: `pip install
'casewatch[ftm]'`), so every entity is checked against its schema as it is made. Each source
document is a `Document`; persons, organisations and places are `Person`, `Organization` and
`Address`, tied to the documents that name them by `Documentation`; events are `Event`s with
their actors as organizers and their targets as involved parties; requests are `Note`s on the
body asked. Ids are derived from the collection's own keys, so a second export gives the same ids.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from casewatch.errors import CasewatchError, message
from casewatch.export.audience import EVERYTHING, ExportScope
from casewatch.export.casefile import CaseDocument, build_casefile, collection_entities
from casewatch.export.scope import protected_ids, redact, scoped_documents

if TYPE_CHECKING:
    from casewatch.store import Store

NAMESPACE = "casewatch"
SCHEMA_OF_TYPE = {"person": "Person", "organization": "Organization", "place": "Address"}
NAME_PROP = {"Person": "name", "Organization": "name", "Address": "full"}


def _model() -> Any:
    try:
        from followthemoney import model
    except ImportError as err:
        raise CasewatchError(message("ftm_missing")) from err
    return model


class _Builder:
    """Makes FtM entities from the casefile, with ids stable across exports."""

    def __init__(self, model: Any, docs: Sequence[CaseDocument], casefile: dict[str, Any]) -> None:
        self.model = model
        self.casefile = casefile
        _rows, ids = collection_entities(docs)
        self.stable = {short: self._id("entity", gid) for gid, short in ids.items()}
        self.names = {e["id"]: e["name"] for e in self.casefile["entities"]}
        self.documents = {d["source"]: self._id("document", d["source"]) for d in self.casefile["documents"]}

    def _id(self, *parts: str) -> str:
        return str(self.model.make_entity("Thing").make_id(NAMESPACE, *parts))

    def _make(self, schema: str, entity_id: str, props: Mapping[str, Any]) -> dict[str, Any]:
        proxy = self.model.make_entity(schema)
        proxy.id = entity_id
        for prop, values in props.items():
            for value in values if isinstance(values, list) else [values]:
                if value:
                    proxy.add(prop, value)
        return dict(proxy.to_dict())

    def documents_(self) -> Iterator[dict[str, Any]]:
        for doc in self.casefile["documents"]:
            props = {
                "fileName": doc["source"],
                "title": doc["reference"] or doc["source"],
                "date": doc["date"],
                "country": doc["countries"],
                "publisher": doc["senders"],
                "keywords": doc["genre"],
            }
            yield self._make("Document", self.documents[doc["source"]], props)

    def entities(self) -> Iterator[dict[str, Any]]:
        for ent in self.casefile["entities"]:
            schema = SCHEMA_OF_TYPE.get(ent["type"], "LegalEntity")
            entity_id = self.stable[ent["id"]]
            names = {NAME_PROP.get(schema, "name"): ent["name"], "alias": ent["aliases"]}
            if schema == "Address":
                names = {"full": [ent["name"], *ent["aliases"]]}
            yield self._make(schema, entity_id, {**names, "proof": self._proofs(ent["documents"])})
            for source in ent["documents"]:
                link = {"document": self.documents[source], "entity": entity_id, "role": "mentioned"}
                yield self._make("Documentation", self._id("documentation", entity_id, source), link)

    def _proofs(self, sources: Sequence[str]) -> list[str]:
        return [self.documents[s] for s in sources if s in self.documents]

    def _parties(self, refs: Sequence[str]) -> list[str]:
        """Entity ids for the references that are entities (plain names have no entity to point at)."""
        return [self.stable[r] for r in refs if r in self.stable]

    def events(self) -> Iterator[dict[str, Any]]:
        for n, ev in enumerate(self.casefile["events"]):
            props = {
                "name": ev["type"].replace("_", " "),
                "date": ev["date"],
                "organizer": self._parties(ev["actors"]),
                "involved": self._parties(ev["targets"]),
                "location": ev["place"],
                "summary": ev["quote"],
                "proof": self.documents[ev["document"]],
            }
            yield self._make("Event", self._id("event", ev["document"], str(n), ev["quote"]), props)

    def requests(self) -> Iterator[dict[str, Any]]:
        for n, req in enumerate(self.casefile["requests"]):
            asked = self._parties(req["to"]) or self._parties(req["by"])
            if not asked:
                continue  # a Note must hang on an entity
            props = {
                "entity": asked,
                "description": req["text"],
                "summary": "requested by " + ", ".join(self.names.get(r, r) for r in req["by"]),
                "proof": self.documents[req["document"]],
            }
            yield self._make("Note", self._id("request", req["document"], str(n), req["text"]), props)


def ftm_entities(
    docs: Sequence[CaseDocument], casefile: dict[str, Any] | None = None
) -> Iterator[dict[str, Any]]:
    builder = _Builder(_model(), docs, casefile or build_casefile(docs))
    yield from builder.documents_()
    yield from builder.entities()
    yield from builder.events()
    yield from builder.requests()


def ftm_jsonl(store: Store, scope: ExportScope = EVERYTHING) -> str:
    docs = scoped_documents(store, scope)
    casefile = redact(build_casefile(docs), protected_ids(store, docs)) if scope.redacted else None
    lines = (json.dumps(e, ensure_ascii=False, sort_keys=True) for e in ftm_entities(docs, casefile))
    return "".join(line + "\n" for line in lines)
