"""The follow-up's input from the store: each document's text, requests, turns, citations and names."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from casewatch.analyse.common import Clusters, DocumentRowLike, entity_ref
from casewatch.analyse.followup.build import followup_of
from casewatch.analyse.followup.model import Anchor, Followup, FollowupDoc
from casewatch.analyse.followup.reading import read
from casewatch.model import Extraction

if TYPE_CHECKING:
    from casewatch.store import Store

# The fact lists the follow-up reads; the others are not loaded.
FOLLOWUP_FIELDS = frozenset({"mentions", "citations", "requests", "statements"})
_NAMED = frozenset({"person", "organization"})
_BATCH = 200


def followup_doc(row: DocumentRowLike, ext: Extraction, text: str, clusters: Clusters) -> FollowupDoc:
    keys = {
        ref: clusters.get(ref, ref)
        for ref in (entity_ref(row, m.entity) for m in ext.mentions if m.entity and m.label in _NAMED)
    }
    anchors = tuple(
        Anchor(m.start, m.end, keys[entity_ref(row, m.entity)])
        for m in ext.mentions
        if m.entity and m.label in _NAMED
    )
    return FollowupDoc(
        document_id=row.id,
        source=row.source,
        ref=row.sha256[:16],
        meta=ext.meta,
        text=text,
        requests=ext.requests,
        statements=ext.statements,
        citations=ext.citations,
        anchors=anchors,
        clusters=tuple(sorted(keys.items())),
    )


def followup_docs(
    store: Store, clusters: Clusters | None = None, labels: frozenset[str] | None = None
) -> Iterable[tuple[FollowupDoc, str]]:
    """Each readable document of these labels (None: all) as the follow-up reads it, with its label."""
    clusters = store.clusters() if clusters is None else clusters
    for row, ext in store.extractions(fields=FOLLOWUP_FIELDS, labels=labels):
        yield followup_doc(row, ext, store.load_text(row.id), clusters), row.confidentiality


def followup_docs_of(store: Store, ids: Sequence[int]) -> Iterable[tuple[FollowupDoc, str]]:
    """These ok documents as the follow-up reads them, with their labels, in id order."""
    for start in range(0, len(ids), _BATCH):  # a batch's texts at a time: memory stays flat
        pairs = store.extractions_of(ids[start : start + _BATCH], fields=FOLLOWUP_FIELDS)
        clusters = store.clusters_of([row.id for row, _ in pairs])
        texts = dict(store.load_texts([row.id for row, _ in pairs]))
        for row, ext in pairs:
            yield followup_doc(row, ext, texts.pop(row.id, ""), clusters), row.confidentiality


def collection_followup(
    store: Store, moves: Mapping[str, str | None] | None = None, labels: frozenset[str] | None = None
) -> Followup:
    """The follow-up of the documents of these labels (None: all), weighing their evidence only."""
    return followup_of([read(doc) for doc, _ in followup_docs(store, labels=labels)], moves)
