"""Writing a batch's change to the stored timeline, actor list and requests of each label scope.

The analysis stage gives each view whole, in rank order, beside the rows it read: only the
rows from the first one that differs on are written again (a batch's events and actors rank
anywhere, but the rows before them stay). The parts and links the change replaces are swapped
in the same transaction, with what the views were read from, once no other refresh has moved
that meanwhile.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from casewatch.store import asks, derived, schema, view_parts
from casewatch.store.asks import AskRow
from casewatch.store.batching import sorted_batches
from casewatch.store.followup_parts import ReadState
from casewatch.store.rows import TimelineRow
from casewatch.store.view_parts import ActorPart, RankedActor, timeline_links, views_read

_e, _f, _a = schema.timeline_entries.c, schema.timeline_facets.c, schema.actor_summaries.c
_i, _g = asks.request_items.c, asks.request_groups.c


@dataclass
class ScopePatch:
    """One scope's views as the batch leaves them, beside the rows held before it."""

    documents: Collection[int] = ()  # whose actor parts are replaced by `parts`
    parts: Sequence[ActorPart] = ()
    actors: tuple[Sequence[RankedActor], Sequence[RankedActor]] = ((), ())  # held, new
    timeline: tuple[Sequence[dict[str, Any]], Sequence[TimelineRow]] = ((), ())
    entries: Collection[str] = ()  # regrouped: their links are replaced by `links`
    links: Sequence[tuple[str, str, str]] = ()  # (kind, value, entry)
    requests: tuple[Sequence[tuple[dict[str, Any], str | None]], Sequence[AskRow]] = ((), ())


@dataclass
class Patches:
    """Every scope's patch, the scopes copied from a wider one, and what they were read from."""

    scoped: dict[str, ScopePatch] = field(default_factory=dict)
    copies: dict[str, str] = field(default_factory=dict)  # scope -> the wider scope it equals
    unchanged: list[str] = field(default_factory=list)  # scopes the batch does not reach
    whole: bool = False  # the held views are dropped first


def _first_change(old: Sequence[Any], new: Sequence[Any]) -> int:
    """The first position where the two lists differ (the shorter's length when one starts the other)."""
    return next(
        (n for n, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new))
    )


def _insert(conn: Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    for start in range(0, len(rows), 2000):
        conn.execute(sa.insert(table), list(rows[start : start + 2000]))


def _actors(conn: Connection, scope: str, held: Sequence[RankedActor], new: Sequence[RankedActor]) -> None:
    first = _first_change(held, new)  # ranks are 1-based
    conn.execute(sa.delete(schema.actor_summaries).where(_a.scope == scope, _a.id > first))
    rows = [
        {
            "scope": scope,
            "id": n,
            **a.row.__dict__,
            "first_document": a.first_document,
            "first_position": a.first_position,
        }
        for n, a in enumerate(new[first:], start=first + 1)
    ]
    _insert(conn, schema.actor_summaries, rows)


def _timeline(
    conn: Connection, scope: str, held: Sequence[dict[str, Any]], new: Sequence[TimelineRow]
) -> None:
    first = _first_change(held, [row.body for row in new])
    conn.execute(sa.delete(schema.timeline_facets).where(_f.scope == scope, _f.entry_id > first))
    conn.execute(sa.delete(schema.timeline_entries).where(_e.scope == scope, _e.id > first))
    tail = new[first:]
    _insert(conn, schema.timeline_entries, derived.entry_rows(scope, tail))
    _insert(conn, schema.timeline_facets, [facet for r in tail for facet in derived.facet_rows(scope, r)])


def _requests(
    conn: Connection, scope: str, held: Sequence[tuple[dict[str, Any], str | None]], new: Sequence[AskRow]
) -> None:
    first = _first_change(held, [(row.body, row.open_due) for row in new])  # numbered from 0
    conn.execute(sa.delete(asks.request_groups).where(_g.scope == scope, _g.item >= first))
    conn.execute(sa.delete(asks.request_items).where(_i.scope == scope, _i.id >= first))
    asks.add(conn, scope, new[first:], start=first)


def _parts(conn: Connection, scope: str, patch: ScopePatch) -> None:
    p, link = view_parts.actor_parts.c, timeline_links.c
    for chunk in sorted_batches(patch.documents):
        conn.execute(sa.delete(view_parts.actor_parts).where(p.scope == scope, p.document_id.in_(chunk)))
    _insert(conn, view_parts.actor_parts, [{"scope": scope, **_part_values(x)} for x in patch.parts])
    for chunk in sorted_batches(patch.entries):
        conn.execute(sa.delete(timeline_links).where(link.scope == scope, link.entry.in_(chunk)))
    links = [{"scope": scope, "kind": k, "value": v, "entry": e} for k, v, e in dict.fromkeys(patch.links)]
    _insert(conn, timeline_links, links)


def _part_values(part: ActorPart) -> dict[str, Any]:
    values = dict(part.__dict__)
    values.update(names=[list(n) for n in part.names], types=[list(t) for t in part.types])
    return values


def _keep_state(conn: Connection, now: Mapping[int, ReadState], held: Mapping[int, ReadState]) -> None:
    """Record what the views were computed from: the documents whose state moved only."""
    was, now_is = _comparable(held), _comparable(now)  # what `views_read` keeps of a state
    moved = {i for i in was.keys() | now_is.keys() if was.get(i) != now_is.get(i)}
    for chunk in sorted_batches(moved):
        conn.execute(sa.delete(views_read).where(views_read.c.document_id.in_(chunk)))
    rows = [
        {"document_id": i, "label": now[i].label, "genre": now[i].genre, "signature": now[i].signature}
        for i in moved
        if i in now
    ]
    _insert(conn, views_read, rows)


def _comparable(states: Mapping[int, ReadState]) -> dict[int, tuple[str, str, str]]:
    return {i: (s.label, s.genre, s.signature) for i, s in states.items()}


def apply(
    conn: Connection,
    patches: Patches,
    now: Mapping[int, ReadState],
    held: Mapping[int, ReadState],
    revision: int,
) -> bool:
    """Write the patches, unless the views were refreshed meanwhile from other documents than
    `held` (False: compute again). `now` and `held`: the states of the documents the batch
    changed (every document's when whole), now and as the views held them."""
    derived.one_at_a_time(conn)
    if not patches.whole and _comparable(view_parts.held(conn, {*now, *held})) != _comparable(held):
        return False
    if patches.whole:
        for table in (*view_parts.SCOPED, views_read):
            conn.execute(sa.delete(table))
    for scope, patch in patches.scoped.items():  # a scope sharing a wider one's patch: the same rows
        _parts(conn, scope, patch)
        _actors(conn, scope, *patch.actors)
        _timeline(conn, scope, *patch.timeline)
        _requests(conn, scope, *patch.requests)
    for scope, wider in patches.copies.items():
        view_parts.scope_of_copy(conn, scope, wider)
    kept = [*patches.scoped, *patches.copies, *patches.unchanged]
    for table in view_parts.SCOPED:  # a scope no longer computed
        conn.execute(sa.delete(table).where(table.c.scope.not_in(kept)))
    _keep_state(conn, now, {} if patches.whole else held)
    conn.execute(sa.delete(schema.derived).where(schema.derived.c.name == view_parts.NAME))
    conn.execute(sa.insert(schema.derived).values(name=view_parts.NAME, revision=revision))
    return True


class ViewPartsStore:
    """The Store's methods for refreshing the stored views by what a batch reaches (mixed into `Store`)."""

    engine: Engine
    _writer: Engine

    def views_hold_any(self) -> bool:
        """Whether the stored views record any document they were computed from."""
        with self.engine.connect() as conn:
            return conn.scalar(sa.select(views_read.c.document_id).limit(1)) is not None

    def views_held(self) -> dict[int, ReadState]:
        """The documents (label, genre, signature) the stored views were computed from."""
        with self.engine.connect() as conn:
            return view_parts.held(conn)

    def actor_parts(
        self, scope: str, *, documents: Collection[int] = (), clusters: Collection[str] = ()
    ) -> list[ActorPart]:
        with self.engine.connect() as conn:
            return view_parts.parts(conn, scope, documents=documents, clusters=clusters)

    def actor_ranking(self, scope: str) -> list[RankedActor]:
        with self.engine.connect() as conn:
            return view_parts.ranking(conn, scope)

    def timeline_bodies(self, scope: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return view_parts.timeline_bodies(conn, scope)

    def request_rows(self, scope: str) -> list[tuple[dict[str, Any], str | None]]:
        with self.engine.connect() as conn:
            return view_parts.request_rows(conn, scope)

    def timeline_reach(
        self, scope: str, documents: Collection[int], keys: Collection[str]
    ) -> view_parts.Reach:
        with self.engine.connect() as conn:
            return view_parts.reach(conn, scope, documents, keys)

    def apply_view_patches(
        self, patches: Patches, now: Mapping[int, ReadState], held: Mapping[int, ReadState], revision: int
    ) -> bool:
        with self._writer.begin() as conn:
            return apply(conn, patches, now, held, revision)
