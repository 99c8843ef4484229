"""Collection-wide actors (entity clusters): every spelling seen, roles, events and documents."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from casewatch.analyse.common import Clusters, Pair, SourceRef, date_key, entity_ref, source_ref
from casewatch.model import PartialDate
from casewatch.store.rows import ActorRow
from casewatch.store.view_parts import ActorPart, RankedActor


@dataclass(frozen=True)
class Spelling:
    """A name as written, and the documents that write it so."""

    name: str
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class ActorEvent:
    role: str  # actor | target
    type: str
    date: PartialDate | None
    quote: str
    source: SourceRef
    anchor: str


@dataclass(frozen=True)
class ActorPage:
    cluster_id: str
    name: str
    type: str
    spellings: tuple[Spelling, ...]
    roles: tuple[str, ...]
    events: tuple[ActorEvent, ...]
    documents: tuple[SourceRef, ...]


@dataclass
class _Actor:
    """What is gathered about one cluster while walking the documents."""

    types: Counter[str]
    names: Counter[str]
    spellings: dict[str, dict[int, SourceRef]]
    roles: dict[str, None]
    documents: dict[int, SourceRef]
    events: list[ActorEvent]


def _new_actor() -> _Actor:
    return _Actor(Counter(), Counter(), defaultdict(dict), {}, {}, [])


def _local_clusters(pair: Pair, clusters: Clusters) -> dict[str, str]:
    row, ext = pair
    return {
        e.key: clusters.get(entity_ref(row, e.key), entity_ref(row, e.key))
        for e in ext.entities
        if not e.board
    }


def _gather(pairs: Sequence[Pair], clusters: Clusters, only: str | None = None) -> dict[str, _Actor]:
    actors: dict[str, _Actor] = defaultdict(_new_actor)
    for row, ext in pairs:
        local = _local_clusters((row, ext), clusters)
        if only is not None and only not in local.values():
            continue
        ref = source_ref(row, ext.meta)
        _add_entities(actors, local, (row, ext), ref, only)
        _add_events(actors, local, (row, ext), ref, only)
    return actors


def _add_entities(
    actors: dict[str, _Actor], local: dict[str, str], pair: Pair, ref: SourceRef, only: str | None
) -> None:
    for entity in pair[1].entities:
        cid = local.get(entity.key)
        if cid is None or (only is not None and cid != only):
            continue
        actor = actors[cid]
        actor.types[entity.type.value] += 1
        actor.names[entity.name] += 1
        for spelling in (entity.name, *entity.aliases):  # a vocabulary's acronyms are for matching only
            actor.spellings[spelling][ref.document_id] = ref
        actor.roles.update(dict.fromkeys(entity.roles))
        actor.documents[ref.document_id] = ref
    for mention in pair[1].mentions:
        cid = local.get(mention.entity or "")
        if cid is not None and (only is None or cid == only):
            actors[cid].spellings[mention.text][ref.document_id] = ref


def _add_events(
    actors: dict[str, _Actor], local: dict[str, str], pair: Pair, ref: SourceRef, only: str | None
) -> None:
    for i, event in enumerate(pair[1].events):
        for role, keys in (("actor", event.actors), ("target", event.targets)):
            for cid in dict.fromkeys(local[k] for k in keys if k in local):
                if only is None or cid == only:
                    actors[cid].events.append(
                        ActorEvent(role, event.type.value, event.date, event.quote, ref, f"f-e{i}")
                    )


def _name(actor: _Actor) -> str:
    return max(actor.names, key=lambda n: (actor.names[n], len(n), n))


def actor_list(pairs: Sequence[Pair], clusters: Clusters) -> list[ActorRow]:
    """Every actor, the most involved first (documents, then events), then by name."""
    summaries = [
        ActorRow(cid, _name(a), a.types.most_common(1)[0][0], len(a.documents), len(a.events))
        for cid, a in _gather(pairs, clusters).items()
    ]
    return sorted(summaries, key=lambda s: (-s.documents, -s.events, s.name.casefold()))


def actor_parts(pair: Pair, clusters: Clusters) -> list[ActorPart]:
    """What one document says of each actor it names, in the order it names them."""
    row = pair[0]
    return [
        ActorPart(cid, row.id, n, tuple(a.names.items()), tuple(a.types.items()), len(a.events))
        for n, (cid, a) in enumerate(_gather([pair], clusters).items())
    ]


def actor_of(parts: Sequence[ActorPart]) -> RankedActor:
    """An actor's line summed from what each document naming it says (as `actor_list` counts
    it over them all), with where it first appears."""
    ordered = sorted(parts, key=lambda part: part.document_id)
    names: Counter[str] = Counter()
    types: Counter[str] = Counter()
    for part in ordered:  # in document order, as a whole walk meets the names and types
        names.update(dict(part.names))
        types.update(dict(part.types))
    name = max(names, key=lambda n: (names[n], len(n), n))
    events = sum(part.events for part in ordered)
    row = ActorRow(ordered[0].cluster_id, name, types.most_common(1)[0][0], len(ordered), events)
    return RankedActor(row, ordered[0].document_id, ordered[0].position)


def actor_rank(actor: RankedActor) -> tuple[object, ...]:
    """Where an actor ranks in `actor_list`: most involved first, then by name, then in the
    order the documents first name them."""
    row = actor.row
    return (-row.documents, -row.events, row.name.casefold(), actor.first_document, actor.first_position)


def actor_page(pairs: Sequence[Pair], clusters: Clusters, cluster_id: str) -> ActorPage | None:
    """All that the collection says about one actor, or None when no document names it."""
    actor = _gather(pairs, clusters, only=cluster_id).get(cluster_id)
    if actor is None:
        return None
    spellings = sorted(actor.spellings.items(), key=lambda item: (-len(item[1]), item[0].casefold()))
    return ActorPage(
        cluster_id=cluster_id,
        name=_name(actor),
        type=actor.types.most_common(1)[0][0],
        spellings=tuple(Spelling(name, tuple(refs.values())) for name, refs in spellings),
        roles=tuple(actor.roles),
        events=tuple(sorted(actor.events, key=lambda e: (date_key(e.date), e.source.document_id))),
        documents=tuple(sorted(actor.documents.values(), key=lambda d: (date_key(d.date), d.document_id))),
    )
