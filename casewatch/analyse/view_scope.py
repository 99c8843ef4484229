"""One label scope's stored views after a batch: the actors, entries and requests it reaches, computed again.

- Actors: each document's part of an actor is kept; the actors a changed document names
  (before or now) are summed again from their parts.
- An actor renamed so (its most used name moved) is shown under the new name in every kept
  entry and request naming it (names group nothing: participants are actors, not names).
- Timeline: the reports of those documents, and of every stored entry connected to them by a
  grouping key (event type and participant), are grouped again; other entries cannot take them.
- Requests: those of the documents read again, and, when a government reply or a UN
  communication changed, those of every letter whose reply moved.
Kept rows and new rows are then ranked together as one whole computation ranks them.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from casewatch.analyse.actors import actor_of, actor_parts, actor_rank
from casewatch.analyse.common import ActorIndex
from casewatch.analyse.references import reference_key
from casewatch.analyse.replies import NO_EVIDENCE, Replies, ReplyEvidence, reply_evidence
from casewatch.analyse.timeline import entry_groups, report_keys, reports
from casewatch.analyse.view_rows import (
    ask_rank,
    ask_rows,
    entry_name,
    entry_rank,
    numbered,
    plain,
    stored_ask,
    timeline_row,
)
from casewatch.errors import Cancelled
from casewatch.model import Extraction, Genre
from casewatch.store import Store
from casewatch.store.followup_parts import ReadState
from casewatch.store.rows import DocumentRow
from casewatch.store.view_parts import ActorPart, RankedActor, Reach
from casewatch.store.view_patch import ScopePatch

VIEW_FIELDS = frozenset({"entities", "events", "requests"})  # the fact lists the views read
WHOLE_CHUNK = 500  # documents whose facts a whole refresh holds at once
Stored = tuple[DocumentRow, Extraction]
EVIDENCE = frozenset(
    {Genre.GOVERNMENT_REPLY.value, Genre.UN_COMMUNICATION.value}
)  # replies are read from these


@dataclass
class Batch:
    """What a refresh knows of the collection and the batch, shared by every scope."""

    store: Store
    clusters: dict[str, str]  # entity ref -> cluster, of the documents read so far (all when whole)
    now: Mapping[int, ReadState]
    held: Mapping[int, ReadState]
    changed: Collection[int]  # documents new, gone, or changed in anything the views read
    whole: bool = False  # nothing is held: every scope is computed from nothing
    stop: threading.Event | None = None
    loaded: dict[int, Stored] = field(default_factory=dict)
    counts_now: Mapping[str, int] = field(default_factory=dict)  # ok documents per label
    counts_held: Mapping[str, int] = field(default_factory=dict)  # per label, as the views hold them

    def pairs(self, ids: Collection[int], labels: frozenset[str]) -> list[Stored]:
        """These ok documents of the scope with their facts, in id order (each read once per
        refresh; the clusters of their names too, unless every cluster was read)."""
        if self.stop is not None and self.stop.is_set():
            raise Cancelled
        # `now` holds the changed documents' states only (every one when whole): an unchanged
        # document is as the views hold it, ok
        readable = (i for i in sorted(ids) if i in self.now or i not in self.changed)
        missing = [i for i in readable if i not in self.loaded]
        if missing and not self.whole:
            self.clusters.update(self.store.clusters_of(missing))
        for pair in self.store.extractions_of(missing, fields=VIEW_FIELDS):
            self.loaded[pair[0].id] = pair
        chosen = (self.loaded[i] for i in sorted(ids) if i in self.loaded)
        return [pair for pair in chosen if pair[0].confidentiality in labels]

    def in_chunks(self, ids: Collection[int], labels: frozenset[str]) -> Iterator[list[Stored]]:
        """`pairs` a few documents at a time when the refresh is whole: a whole collection's facts
        are then never held at once (each part is read once per use); else `pairs` in one piece."""
        if not self.whole:
            yield self.pairs(ids, labels)
            return
        ordered = sorted(ids)
        for start in range(0, len(ordered), WHOLE_CHUNK):
            if self.stop is not None and self.stop.is_set():
                raise Cancelled
            chunk = self.store.extractions_of(ordered[start : start + WHOLE_CHUNK], fields=VIEW_FIELDS)
            yield [pair for pair in chunk if pair[0].confidentiality in labels]

    def evidence_moved(self) -> bool:
        """A government reply or a UN communication came, went or changed: replies may have moved."""
        states = (s for i in self.changed for s in (self.held.get(i), self.now.get(i)) if s is not None)
        return any(state.genre in EVIDENCE for state in states)


def _in_scope(batch: Batch, labels: frozenset[str]) -> set[int]:
    """The changed documents the scope held or holds."""
    return {
        i
        for i in batch.changed
        if any(s is not None and s.label in labels for s in (batch.held.get(i), batch.now.get(i)))
    }


@dataclass
class _Actors:
    held: list[RankedActor]
    ranked: list[RankedActor]
    parts: list[ActorPart]  # the new parts of the changed documents
    renamed: dict[str, str]  # actors whose name moved: their name now

    def names(self) -> dict[str, str]:
        return {actor.row.cluster_id: actor.row.name for actor in self.ranked}


def _actors(batch: Batch, scope: str, labels: frozenset[str], changed: set[int]) -> _Actors:
    new = [
        part
        for pairs in batch.in_chunks(changed, labels)
        for pair in pairs
        for part in actor_parts(pair, batch.clusters)
    ]
    old = [] if batch.whole else batch.store.actor_parts(scope, documents=changed)
    reached = {part.cluster_id for part in (*old, *new)}
    kept = [] if batch.whole else batch.store.actor_parts(scope, clusters=reached)
    by_actor: dict[str, list[ActorPart]] = defaultdict(list)
    for part in (*[p for p in kept if p.document_id not in changed], *new):
        by_actor[part.cluster_id].append(part)
    held = [] if batch.whole else batch.store.actor_ranking(scope)
    summed = [actor_of(parts) for parts in by_actor.values()]
    ranked = sorted([a for a in held if a.row.cluster_id not in reached] + summed, key=actor_rank)
    before = {a.row.cluster_id: a.row.name for a in held}
    after = {a.row.cluster_id: a.row.name for a in summed}
    renamed = {
        cid: after[cid] for cid in reached if cid in after and before.get(cid, after[cid]) != after[cid]
    }
    return _Actors(held, ranked, new, renamed)


def renamed(body: dict[str, Any], names: Mapping[str, str]) -> dict[str, Any]:
    """A kept row's body with the actors whose name moved shown under their name now."""
    for key in ("actors", "targets", "forum", "reporters", "issuers", "addressees"):
        if any(a.get("cluster_id") in names for a in body.get(key, ())):
            body = {**body, key: [{**a, "name": names.get(a["cluster_id"], a["name"])} for a in body[key]]}
    return body


def _timeline(
    batch: Batch, scope: str, labels: frozenset[str], again: set[int], actors: _Actors
) -> tuple[list[dict[str, Any]], list[Any], Reach, list[tuple[str, str, str]]]:
    """The held entries, the new ranking, the stored entries regrouped and the new links."""
    names = actors.names()  # every actor the documents name: a chunk names them as the whole does
    fresh = [
        report
        for pairs in batch.in_chunks(again, labels)
        for report in reports(pairs, ActorIndex(pairs, batch.clusters, names))
    ]
    keys = {key for report in fresh for key in report_keys(report)}
    if batch.whole:
        reach, held = Reach(frozenset(), frozenset(keys), frozenset()), []
    else:
        reach, held = batch.store.timeline_reach(scope, again, keys), batch.store.timeline_bodies(scope)
    others = batch.pairs(reach.documents - again, labels)
    joined = [
        r for r in reports(others, ActorIndex(others, batch.clusters, names)) if report_keys(r) & reach.keys
    ]
    groups = entry_groups([*fresh, *joined])
    bodies = [renamed(b, actors.renamed) for b in held if entry_name(b) not in reach.entries]
    bodies += [timeline_row(0, group.entry).body for group in groups]
    ranked = [numbered(n, body) for n, body in enumerate(sorted(bodies, key=entry_rank), start=1)]
    links = [("document", str(i), g.name) for g in groups for i in g.documents]
    links += [("key", key, g.name) for g in groups for key in g.keys]
    return held, ranked, reach, links


def _replies_moved(
    batch: Batch, held: Sequence[tuple[dict[str, Any], str | None]], evidence: ReplyEvidence, again: set[int]
) -> set[int]:
    """Letters kept from earlier batches whose reply is no longer the one their requests show.
    Only a letter that a changed document replied to, or that the evidence of a changed document
    cites (by its code or its day), can have another reply now: only those are read again."""
    changed = set(batch.changed)
    bares = {c.key.bare for r in evidence.replies if r.source.document_id in changed for c in r.references}
    bares |= {e.row.key.bare for e in evidence.index if e.source.document_id in changed}
    days = {d.date.iso for r in evidence.replies if r.source.document_id in changed for d in r.letters}
    letters: dict[int, Any] = {}
    for body, _ in held:
        i, source, reply = body["source"]["document_id"], body["source"], body.get("reply")
        if i in again or i in letters:
            continue
        own = reference_key(source.get("reference")) if bares else None
        if (
            (reply is not None and reply.get("document_id") in changed)
            or (own is not None and own.bare in bares)
            or source.get("date") in days
        ):
            letters[i] = reply
    metas = batch.store.metas(letters) if letters else {}
    replies = Replies(evidence)
    moved = set()
    for i, reply in letters.items():
        found = replies.to(i, metas[i]) if i in metas else None
        if plain(found.source if found else None) != reply:
            moved.add(i)
    return moved


def _requests(
    batch: Batch, scope: str, labels: frozenset[str], again: set[int], actors: _Actors
) -> tuple[list[tuple[dict[str, Any], str | None]], list[Any]]:
    held = [] if batch.whole else batch.store.request_rows(scope)
    moved = batch.evidence_moved()
    asking = batch.whole or any(ext.requests for _, ext in batch.pairs(again, labels))
    evidence = reply_evidence(batch.store, labels) if moved or asking else NO_EVIDENCE
    if moved and held:
        again = again | _replies_moved(batch, held, evidence, again)
    names = actors.names()
    rows = [
        row
        for pairs in batch.in_chunks(again, labels)
        for row in ask_rows(pairs, batch.clusters, evidence, names)
    ]
    kept = [
        stored_ask(renamed(body, actors.renamed), due)
        for body, due in held
        if body["source"]["document_id"] not in again
    ]
    return held, sorted([*kept, *rows], key=ask_rank)


def scope_patch(batch: Batch, labels: frozenset[str], scope: str) -> ScopePatch | None:
    """The scope's views as the batch leaves them; None when no changed document is of the scope."""
    changed = _in_scope(batch, labels)
    if not changed:
        return None
    actors = _actors(batch, scope, labels, changed)
    held, ranked, reach, links = _timeline(batch, scope, labels, changed, actors)
    asks_held, asks = _requests(batch, scope, labels, changed, actors)
    return ScopePatch(
        documents=changed,
        parts=actors.parts,
        actors=(actors.held, actors.ranked),
        timeline=(held, ranked),
        entries=reach.entries,
        links=links,
        requests=(asks_held, asks),
    )
