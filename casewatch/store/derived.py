"""Views the analysis stage precomputes from the collection: the timeline and the actor list.

Each is kept once per label scope (the labels a role sees: computed from the documents of those
labels only, so a fact seen only in a document a reader may not see is not in their rows). All
scopes are replaced whole, in one transaction, with the store revision they were computed from,
and read a page at a time within one scope. Timeline entries are numbered in date order, so a
page is an index range scan on (scope, id) (or on (scope, type, id) with a type filter); country
and actor filters are semi-joins on `timeline_facets`. Actors are numbered by rank.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from casewatch.store.asks import AskRow
from casewatch.store.rows import ActorRow, TimelineChoices, TimelineFilter, TimelineRow
from casewatch.store.schema import EVERYTHING, actor_summaries, derived, timeline_entries, timeline_facets

NAME = "views"
_e, _f, _a = timeline_entries.c, timeline_facets.c, actor_summaries.c
_CHUNK = 5000  # rows per insert statement


_PG_LOCK_KEY = 0x76696577  # serialises replacements of the stored views (any constant will do)


def one_at_a_time(conn: Connection) -> None:
    """Wait until no other transaction is replacing stored views. Two refreshes at once (two
    ingests ending together) would otherwise each delete the rows they see and insert the same
    numbers, and on PostgreSQL the later would fail on the earlier's rows. SQLite writes one
    transaction at a time anyway."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})


def built_from(conn: Connection) -> int | None:
    """The store revision the views were computed from; None if they never were."""
    value = conn.scalar(sa.select(derived.c.revision).where(derived.c.name == NAME))
    return None if value is None else int(value)


@dataclass(frozen=True)
class ViewRows:
    """The stored views of one label scope."""

    timeline: Sequence[TimelineRow] = ()
    actors: Sequence[ActorRow] = ()
    requests: Sequence[AskRow] = ()


def facet_rows(scope: str, row: TimelineRow) -> Iterator[dict[str, Any]]:
    for country in dict.fromkeys(row.countries):
        yield {"scope": scope, "facet": "country", "value": country, "entry_id": row.id, "label": None}
    for cluster_id, name in dict(row.actors).items():
        yield {"scope": scope, "facet": "actor", "value": cluster_id, "entry_id": row.id, "label": name}
    if row.year:
        yield {"scope": scope, "facet": "year", "value": row.year, "entry_id": row.id, "label": None}


def _day(iso: str | None) -> str:
    """A partial ISO date as fixed-width text sorting as `analyse.common.date_key`: undated last,
    a year before its months, a month before its days (a space sorts before "-")."""
    return "1" + " " * 10 if not iso else "0" + iso.ljust(10)


def entry_key(body: Mapping[str, Any]) -> str:
    """Where a timeline entry sorts, as text: its date, then its first report's date, document and
    anchor, as `analyse.view_rows.entry_rank` ranks entries (so text order is rank order)."""
    first = (body.get("sources") or [{}])[0]
    document_id = int((first.get("source") or {}).get("document_id", 0))
    return f"{_day(body.get('date'))}{_day(first.get('date'))}{document_id:012d}{first.get('anchor', '')}"


def entry_rows(scope: str, rows: Sequence[TimelineRow]) -> list[dict[str, Any]]:
    """The stored rows of these entries of a scope."""
    return [
        {"scope": scope, "id": r.id, "type": r.type, "body": r.body, "key": entry_key(r.body)} for r in rows
    ]


def _insert(conn: Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    for start in range(0, len(rows), _CHUNK):
        conn.execute(sa.insert(table), list(rows[start : start + _CHUNK]))


def replace(conn: Connection, scoped: Mapping[str, ViewRows], revision: int) -> None:
    """Drop the held timelines and actor lists and keep these, per scope, computed from the store
    at `revision`."""
    one_at_a_time(conn)
    for table in (timeline_facets, timeline_entries, actor_summaries):
        conn.execute(sa.delete(table))
    for scope, views in scoped.items():
        timeline = views.timeline
        _insert(conn, timeline_entries, entry_rows(scope, timeline))
        _insert(conn, timeline_facets, [facet for r in timeline for facet in facet_rows(scope, r)])
        actors = [{"scope": scope, "id": n, **a.__dict__} for n, a in enumerate(views.actors, start=1)]
        _insert(conn, actor_summaries, actors)
    conn.execute(sa.delete(derived).where(derived.c.name == NAME))
    conn.execute(sa.insert(derived).values(name=NAME, revision=revision))


def _has(scope: str, facet: str, value: str) -> sa.ColumnElement[bool]:
    chosen = sa.select(_f.entry_id).where(_f.scope == scope, _f.facet == facet, _f.value == value)
    return _e.id.in_(chosen)


def _in_years(scope: str, first: str | None, last: str | None) -> sa.ColumnElement[bool]:
    """Entries dated within the years (YYYY, either end open); undated entries are outside."""
    chosen = sa.select(_f.entry_id).where(_f.scope == scope, _f.facet == "year")
    if first:
        chosen = chosen.where(_f.value >= first)
    if last:
        chosen = chosen.where(_f.value <= last)
    return _e.id.in_(chosen)


def _where(chosen: TimelineFilter, scope: str) -> list[sa.ColumnElement[bool]]:
    conditions = [_e.scope == scope]
    if chosen.type:
        conditions.append(_e.type == chosen.type)
    if chosen.country:
        conditions.append(_has(scope, "country", chosen.country))
    if chosen.actor:
        conditions.append(_has(scope, "actor", chosen.actor))
    if chosen.year_from or chosen.year_to:
        conditions.append(_in_years(scope, chosen.year_from, chosen.year_to))
    return conditions


def timeline_page(
    conn: Connection,
    chosen: TimelineFilter,
    *,
    limit: int,
    offset: int = 0,
    after: str | None = None,
    scope: str = EVERYTHING,
) -> list[tuple[int, dict[str, Any]]]:
    """The scope's entries matching the filters, in date order: those sorting after the entry
    key `after` (an index range, however deep), else from `offset` on."""
    query = sa.select(_e.id, _e.body).where(*_where(chosen, scope))
    if after is not None:
        query = query.where(_e.key > after).order_by(_e.key)
    else:
        query = query.order_by(_e.id).offset(offset)
    return [(row.id, row.body) for row in conn.execute(query.limit(limit))]


def timeline_position(conn: Connection, chosen: TimelineFilter, after: str, scope: str = EVERYTHING) -> int:
    """How many of the scope's entries matching the filters sort up to the entry key `after`."""
    query = sa.select(sa.func.count()).select_from(timeline_entries).where(*_where(chosen, scope))
    return int(conn.scalar(query.where(_e.key <= after)) or 0)


def timeline_keys(conn: Connection, ranks: Sequence[int], scope: str = EVERYTHING) -> dict[int, str]:
    """The sort keys of these ranks of the scope's timeline."""
    query = sa.select(_e.id, _e.key).where(_e.scope == scope, _e.id.in_(list(ranks)))
    return {row.id: row.key for row in conn.execute(query)}


def fill_keys(conn: Connection) -> None:
    """Migration 0028_timeline_keys: the column and its indexes, and the held entries' keys."""
    if "key" not in {c["name"] for c in sa.inspect(conn).get_columns("timeline_entries")}:
        collated = ' COLLATE "C"' if conn.dialect.name == "postgresql" else ""
        conn.exec_driver_sql(f"ALTER TABLE timeline_entries ADD COLUMN key TEXT{collated}")
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_timeline_entries_key ON timeline_entries (scope, key)"
    )
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_timeline_entries_type_key ON timeline_entries (scope, type, key)"
    )
    rows = conn.execute(sa.select(_e.scope, _e.id, _e.body).where(_e.key.is_(None)))
    keys = [{"s": row.scope, "i": row.id, "k": entry_key(row.body)} for row in rows]
    update = sa.update(timeline_entries).where(_e.scope == sa.bindparam("s"), _e.id == sa.bindparam("i"))
    for start in range(0, len(keys), _CHUNK):
        conn.execute(update.values(key=sa.bindparam("k")), keys[start : start + _CHUNK])


def timeline_count(conn: Connection, chosen: TimelineFilter, scope: str = EVERYTHING) -> int:
    query = sa.select(sa.func.count()).select_from(timeline_entries).where(*_where(chosen, scope))
    return int(conn.scalar(query) or 0)


def timeline_choices(conn: Connection, actors: int, scope: str = EVERYTHING) -> TimelineChoices:
    """Every type and country of the scope, and the `actors` actors with the most entries."""
    types = conn.scalars(sa.select(_e.type).where(_e.scope == scope).distinct().order_by(_e.type))
    country = sa.and_(_f.scope == scope, _f.facet == "country")
    countries = conn.scalars(sa.select(_f.value).where(country).distinct().order_by(_f.value))
    entries = sa.func.count().label("entries")
    named = (
        sa.select(_f.value, sa.func.min(_f.label).label("label"), entries)
        .where(_f.scope == scope, _f.facet == "actor")
        .group_by(_f.value)
        .order_by(entries.desc(), _f.value)
        .limit(actors)
    )
    return TimelineChoices(
        types=tuple(types),
        countries=tuple(countries),
        actors=tuple((row.value, row.label or row.value) for row in conn.execute(named)),
    )


def _actor_where(scope: str, type_: str | None, name: str | None) -> list[sa.ColumnElement[bool]]:
    conditions = [_a.scope == scope]
    if type_:
        conditions.append(_a.type == type_)
    if name:  # a substring, case folded; LIKE's wildcards in it are literal
        conditions.append(sa.func.lower(_a.name).contains(name.lower(), autoescape=True))
    return conditions


def actor_page(
    conn: Connection,
    limit: int,
    offset: int,
    *,
    type_: str | None = None,
    name: str | None = None,
    scope: str = EVERYTHING,
) -> list[ActorRow]:
    query = sa.select(_a.cluster_id, _a.name, _a.type, _a.documents, _a.events)
    query = query.where(*_actor_where(scope, type_, name)).order_by(_a.id)
    return [ActorRow(**row._mapping) for row in conn.execute(query.limit(limit).offset(offset))]


def actor_count(
    conn: Connection, *, type_: str | None = None, name: str | None = None, scope: str = EVERYTHING
) -> int:
    query = sa.select(sa.func.count()).select_from(actor_summaries).where(*_actor_where(scope, type_, name))
    return int(conn.scalar(query) or 0)


def named_actors(conn: Connection, limit: int, scope: str = EVERYTHING) -> tuple[int, list[ActorRow]]:
    """How many actors of the scope are persons or organisations (not places: a place is where
    things happen, not who acts), and the `limit` most involved of them, in rank order."""
    who = sa.and_(_a.scope == scope, _a.type != "place")
    count = conn.scalar(sa.select(sa.func.count()).select_from(actor_summaries).where(who))
    query = sa.select(_a.cluster_id, _a.name, _a.type, _a.documents, _a.events).where(who)
    rows = conn.execute(query.order_by(_a.id).limit(limit))
    return int(count or 0), [ActorRow(**row._mapping) for row in rows]
