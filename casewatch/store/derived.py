"""Views the analysis stage precomputes from the whole collection: the timeline and the actor list.

Both are replaced whole, in one transaction, with the store revision they were computed from,
and read a page at a time. Timeline entries are numbered in date order, so a page is an index
range scan on the id (or on (type, id) with a type filter); country and actor filters are
semi-joins on `timeline_facets`. Actors are numbered by rank.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from casewatch.store.rows import ActorRow, TimelineChoices, TimelineRow
from casewatch.store.schema import actor_summaries, derived, timeline_entries, timeline_facets

NAME = "views"
_e, _f, _a = timeline_entries.c, timeline_facets.c, actor_summaries.c
_CHUNK = 5000  # rows per insert statement


def built_from(conn: Connection) -> int | None:
    """The store revision the views were computed from; None if they never were."""
    value = conn.scalar(sa.select(derived.c.revision).where(derived.c.name == NAME))
    return None if value is None else int(value)


def _facet_rows(row: TimelineRow) -> Iterator[dict[str, Any]]:
    for country in dict.fromkeys(row.countries):
        yield {"facet": "country", "value": country, "entry_id": row.id, "label": None}
    for cluster_id, name in dict(row.actors).items():
        yield {"facet": "actor", "value": cluster_id, "entry_id": row.id, "label": name}


def _insert(conn: Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    for start in range(0, len(rows), _CHUNK):
        conn.execute(sa.insert(table), list(rows[start : start + _CHUNK]))


def replace(
    conn: Connection, timeline: Sequence[TimelineRow], actors: Sequence[ActorRow], revision: int
) -> None:
    """Drop the held views and keep these, computed from the store at `revision`."""
    for table in (timeline_facets, timeline_entries, actor_summaries):
        conn.execute(sa.delete(table))
    _insert(conn, timeline_entries, [{"id": r.id, "type": r.type, "body": r.body} for r in timeline])
    _insert(conn, timeline_facets, [facet for r in timeline for facet in _facet_rows(r)])
    _insert(conn, actor_summaries, [{"id": n, **a.__dict__} for n, a in enumerate(actors, start=1)])
    conn.execute(sa.delete(derived).where(derived.c.name == NAME))
    conn.execute(sa.insert(derived).values(name=NAME, revision=revision))


def _has(facet: str, value: str) -> sa.ColumnElement[bool]:
    chosen = sa.select(_f.entry_id).where(_f.facet == facet, _f.value == value)
    return _e.id.in_(chosen)


def _where(type_: str | None, country: str | None, actor: str | None) -> list[sa.ColumnElement[bool]]:
    conditions = []
    if type_:
        conditions.append(_e.type == type_)
    if country:
        conditions.append(_has("country", country))
    if actor:
        conditions.append(_has("actor", actor))
    return conditions


def timeline_page(
    conn: Connection, *, type_: str | None, country: str | None, actor: str | None, limit: int, offset: int
) -> list[tuple[int, dict[str, Any]]]:
    """The entries matching the filters, in date order, from `offset` on."""
    query = sa.select(_e.id, _e.body).where(*_where(type_, country, actor)).order_by(_e.id)
    return [(row.id, row.body) for row in conn.execute(query.limit(limit).offset(offset))]


def timeline_count(conn: Connection, *, type_: str | None, country: str | None, actor: str | None) -> int:
    query = sa.select(sa.func.count()).select_from(timeline_entries).where(*_where(type_, country, actor))
    return int(conn.scalar(query) or 0)


def timeline_choices(conn: Connection, actors: int) -> TimelineChoices:
    """Every type and country, and the `actors` actors with the most entries."""
    types = conn.scalars(sa.select(_e.type).distinct().order_by(_e.type))
    countries = conn.scalars(sa.select(_f.value).where(_f.facet == "country").distinct().order_by(_f.value))
    entries = sa.func.count().label("entries")
    named = (
        sa.select(_f.value, sa.func.min(_f.label).label("label"), entries)
        .where(_f.facet == "actor")
        .group_by(_f.value)
        .order_by(entries.desc(), _f.value)
        .limit(actors)
    )
    return TimelineChoices(
        types=tuple(types),
        countries=tuple(countries),
        actors=tuple((row.value, row.label or row.value) for row in conn.execute(named)),
    )


def actor_page(conn: Connection, limit: int, offset: int) -> list[ActorRow]:
    query = sa.select(_a.cluster_id, _a.name, _a.type, _a.documents, _a.events).order_by(_a.id)
    return [ActorRow(**row._mapping) for row in conn.execute(query.limit(limit).offset(offset))]


def actor_count(conn: Connection) -> int:
    return int(conn.scalar(sa.select(sa.func.count()).select_from(actor_summaries)) or 0)
