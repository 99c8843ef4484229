"""Aggregate queries behind the overview page: counts, tallies and actor involvement, per dialect."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from casewatch.model import Genre, PartialDate
from casewatch.store.facets import document_countries
from casewatch.store.schema import citations, documents, events, requests

_d = documents.c
_IDS = 500  # documents per round of the deadline walk (and per IN list)
_OK = "ok"

# Non-board entities of readable documents with their collection-wide actor: the cluster the
# resolution stage put them in, else their own entity ref (as analyse.common.entity_ref spells it).
_LOCAL = """
local AS (
  SELECT e.document_id AS doc, e.seq AS seq, e.key AS key, e.name AS name, e.type AS type,
         COALESCE(ec.cluster_id, (SELECT substr(d.sha256, 1, 16) FROM documents AS d
                                  WHERE d.id = e.document_id) || ':' || e.key) AS cid
  FROM doc_entities AS e
  LEFT JOIN entity_clusters AS ec ON ec.document_id = e.document_id AND ec.key = e.key
  WHERE e.document_id IN (SELECT id FROM documents WHERE status = 'ok'{labels}) AND NOT e.board
    AND e.type <> 'place'
)"""
_LABELLED = " AND confidentiality IN :labels"  # documents of the reader's labels only
Labels = frozenset[str] | None  # confidentiality labels the reader sees; None: all
# The overview's actors are persons and organisations: a place is where things happen, not who acts.
# Clusters are matched on (document, key), the parts of their ref, which the index on
# entity_clusters.document_id serves; a document's (text-laden) row is read only for the ref
# of an entity no cluster holds.

# Each dialect unnests a JSON list its own way; `{column}` is an events column of local keys.
_KEYS = {
    "sqlite": "SELECT ev.id AS event, '{role}' AS role, ev.document_id AS doc, k.value AS key"
    " FROM events AS ev, json_each(ev.{column}) AS k WHERE ev.{column} IS NOT NULL",
    "postgresql": "SELECT ev.id AS event, '{role}' AS role, ev.document_id AS doc, k.value AS key"
    " FROM events AS ev, json_array_elements_text(ev.{column}) AS k(value)"
    " WHERE ev.{column} IS NOT NULL AND json_typeof(ev.{column}) = 'array'",
}


@dataclass(frozen=True)
class ActorTally:
    """One actor's involvement: documents and event roles, every name and type its entities carry."""

    cluster_id: str
    documents: int
    events: int
    names: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)  # in first-seen order (document id, seq)


@dataclass(frozen=True)
class DatedDocument:
    """What deadlines read of a readable document, from its columns (no text, meta or original)."""

    id: int
    sha256: str
    source: str
    genre: Genre
    date: PartialDate | None
    reference: str | None
    countries: tuple[str, ...]
    reply_due: PartialDate | None


_DATED = (_d.id, _d.sha256, _d.source, _d.genre, _d.date, _d.reference, _d.countries, _d.reply_due)


def _dated(row: Any) -> DatedDocument:
    return DatedDocument(
        row.id,
        row.sha256,
        row.source,
        Genre(row.genre or Genre.OTHER),
        _partial(row.date),
        row.reference,
        tuple(row.countries or ()),
        _partial(row.reply_due),
    )


def deadline_documents(conn: Connection) -> list[DatedDocument]:
    """Readable documents that ask for a reply by a date, and dated government replies."""
    reply = sa.and_(_d.genre == Genre.GOVERNMENT_REPLY.value, _d.date.is_not(None))
    query = sa.select(*_DATED).where(_d.status == _OK, sa.or_(_d.reply_due.is_not(None), reply))
    return [_dated(row) for row in conn.execute(query.order_by(_d.id))]


def _local(labels: Labels) -> str:
    return _LOCAL.format(labels="" if labels is None else _LABELLED)


def _bound(query: sa.TextClause, labels: Labels) -> sa.TextClause:
    if labels is None:
        return query
    return query.bindparams(sa.bindparam("labels", sorted(labels), expanding=True))


def readable(labels: Labels) -> sa.ColumnElement[bool]:
    """Readable documents of these labels (None: any)."""
    ok = _d.status == _OK
    return ok if labels is None else sa.and_(ok, _d.confidentiality.in_(sorted(labels)))


def _countries_of(conn: Connection, ids: list[int]) -> dict[int, tuple[str, ...]]:
    """The countries of these documents, from the (document, country) pairs the triggers keep."""
    found: dict[int, list[str]] = {i: [] for i in ids}
    pairs = document_countries.c
    for start in range(0, len(ids), _IDS):
        chosen = pairs.document_id.in_(ids[start : start + _IDS])
        for document_id, country in conn.execute(sa.select(pairs.document_id, pairs.country).where(chosen)):
            found[document_id].append(country)
    return {i: tuple(sorted(codes)) for i, codes in found.items()}


def _light(rows: list[Any], countries: dict[int, tuple[str, ...]], genre: Genre) -> list[DatedDocument]:
    """Documents as the deadline walk needs them (dates, countries); the rest is read for those shown."""
    return [
        DatedDocument(
            r.id, "", "", genre, _partial(r.date), r.reference, countries[r.id], _partial(r.reply_due)
        )
        for r in rows
    ]


def asking(conn: Connection, today: str, *, due: bool, labels: Labels = None) -> Iterator[DatedDocument]:
    """Readable documents asking for a reply, earliest deadline first (then by id): those whose
    deadline's last day is `today` or later, or (`due`) those whose deadline has passed; id,
    dates and countries only, read from indexes a few hundred at a time.

    A partial ISO date ("2017-03") ends on or after a day when it is not before that day's
    prefix of its own length; ISO text sorts as the dates do (a year before its months)."""
    reply_due = _d.reply_due
    still_open = reply_due >= sa.func.substr(sa.literal(today), 1, sa.func.length(reply_due))
    # the same as a range of the deadline index: an open deadline is not before today's year, a
    # passed one is before today (a prefix of today sorts before it)
    bound = reply_due < today if due else reply_due >= today[:4]
    readable_ = sa.func.coalesce(_d.status, None) == _OK  # read from the deadline index, not the status one
    # the reference too: a reply is known by the letter's reference it cites
    query = sa.select(_d.id, _d.date, _d.reference, reply_due).where(
        readable_, reply_due.is_not(None), bound, ~still_open if due else still_open
    )
    if labels is not None:
        query = query.where(_d.confidentiality.in_(sorted(labels)))
    last: tuple[str, int] | None = None
    while True:
        page = query if last is None else query.where(sa.tuple_(reply_due, _d.id) > sa.tuple_(*last))
        rows = list(conn.execute(page.order_by(reply_due, _d.id).limit(_IDS)))
        if not rows:
            return
        yield from _light(rows, _countries_of(conn, [r.id for r in rows]), Genre.OTHER)
        last = (rows[-1].reply_due, rows[-1].id)


def dated_documents(conn: Connection, ids: list[int]) -> dict[int, DatedDocument]:
    """These documents as the overview shows them."""
    return {row.id: _dated(row) for row in conn.execute(sa.select(*_DATED).where(_d.id.in_(ids)))}


def _partial(value: str | None) -> PartialDate | None:
    return PartialDate.parse(value) if value else None


def fact_counts(conn: Connection, labels: Labels = None) -> dict[str, int]:
    """Readable and failed documents, and the events, requests and citations of readable ones
    (of these labels, None: all)."""
    by_status = sa.select(_d.status, sa.func.count())
    if labels is not None:
        by_status = by_status.where(_d.confidentiality.in_(sorted(labels)))
    status: dict[str, int] = dict(conn.execute(by_status.group_by(_d.status)).all())
    found = {"documents": int(status.get(_OK, 0)), "failed": int(status.get("failed", 0))}
    readable_ = sa.select(_d.id).where(readable(labels))  # from the status index: no row reads
    for name, table in (("events", events), ("requests", requests), ("citations", citations)):
        query = sa.select(sa.func.count()).where(table.c.document_id.in_(readable_))
        found[name] = int(conn.scalar(query) or 0)
    return found


Figures = dict[tuple[str, str], int]  # (facet, value) -> count, as store/tallies.py keeps them


def stored_fact_counts(found: Figures) -> dict[str, int]:
    """`fact_counts` from the kept counts."""
    counted = {"documents": found.get(("status", _OK), 0), "failed": found.get(("status", "failed"), 0)}
    return counted | {name: found.get(("fact", name), 0) for name in ("events", "requests", "citations")}


def stored_tallies(found: Figures) -> dict[str, dict[str, int]]:
    """`tallies` from the kept counts."""
    facets = {"countries": "country", "genres": "genre", "instruments": "instrument"}
    return {key: {v: n for (f, v), n in found.items() if f == facet} for key, facet in facets.items()}


def stored_years(found: Figures) -> list[tuple[str, str, int]]:
    """`events_per_year` from the kept counts."""
    years = (tuple(v.split("|", 1)) for f, v in found if f == "year")
    return sorted((y, t, found[("year", f"{y}|{t}")]) for y, t in years)


def events_per_year(conn: Connection, labels: Labels = None) -> list[tuple[str, str, int]]:
    """(year, event type, count) for the dated events of readable documents, oldest year first."""
    year = sa.func.substr(events.c.date, 1, 4)
    query = (
        sa.select(year, events.c.type, sa.func.count())
        .where(events.c.date.is_not(None), events.c.document_id.in_(sa.select(_d.id).where(readable(labels))))
        .group_by(year, events.c.type)
        .order_by(year, events.c.type)
    )
    return [(str(y), str(t), int(n)) for y, t, n in conn.execute(query)]


def tallies(conn: Connection, labels: Labels = None) -> dict[str, dict[str, int]]:
    """Readable documents (of these labels, None: all) per country, per genre and per cited instrument."""
    readable_ = sa.select(_d.id).where(readable(labels))  # from the status index: no row reads
    instruments = (
        sa.select(citations.c.key, sa.func.count(sa.distinct(citations.c.document_id)))
        .where(citations.c.document_id.in_(readable_))
        .group_by(citations.c.key)
    )
    genres = sa.select(_d.genre, sa.func.count()).where(readable(labels)).group_by(_d.genre)
    pairs = document_countries.c  # kept by triggers: no JSON unnested
    countries = (
        sa.select(pairs.country, sa.func.count(sa.distinct(pairs.document_id)))
        .where(pairs.document_id.in_(readable_))
        .group_by(pairs.country)
    )
    return {
        "countries": {str(k): int(n) for k, n in conn.execute(countries)},
        "genres": {str(k): int(n) for k, n in conn.execute(genres) if k is not None},
        "instruments": {str(k): int(n) for k, n in conn.execute(instruments)},
    }


def actor_count(conn: Connection, labels: Labels = None) -> int:
    query = _bound(sa.text(f"WITH {_local(labels)} SELECT COUNT(DISTINCT cid) FROM local"), labels)
    return int(conn.scalar(query) or 0)


def top_actors(conn: Connection, limit: int, labels: Labels = None) -> list[ActorTally]:
    """The `limit` most involved actors (documents, then event roles), with every actor tied
    with the last of them, since the final order also depends on the preferred name; in the
    order the documents (by id) first name them."""
    ranked = _ranked(conn, limit, labels) if limit > 0 else []
    if not ranked:
        return []
    names = sa.text(
        f"WITH {_local(labels)} SELECT cid, name, type FROM local WHERE cid IN :ids ORDER BY doc, seq"
    )
    names = _bound(names.bindparams(sa.bindparam("ids", expanding=True)), labels)
    ranks = {cid: ActorTally(cid, docs, evs) for cid, docs, evs in ranked}
    found: dict[str, ActorTally] = {}  # in first-seen order, as a walk of the documents meets them
    for cid, name, kind in conn.execute(names, {"ids": list(ranks)}):
        tally = found.setdefault(cid, ranks[cid])
        tally.names[name] += 1
        tally.types[kind] += 1
    return list(found.values())


def _ranked(conn: Connection, limit: int, labels: Labels) -> list[tuple[str, int, int]]:
    keys = _KEYS[_dialect(conn)]
    query = f"""WITH {_local(labels)},
roles AS ({keys.format(role="actor", column="actors")}
          UNION ALL {keys.format(role="target", column="targets")}),
involved AS (SELECT DISTINCT r.event, r.role, l.cid FROM roles AS r
             JOIN local AS l ON l.doc = r.doc AND l.key = r.key),
docs AS (SELECT cid, COUNT(DISTINCT doc) AS documents FROM local GROUP BY cid),
evs AS (SELECT cid, COUNT(*) AS events FROM involved GROUP BY cid)
SELECT docs.cid, docs.documents, COALESCE(evs.events, 0) AS events
FROM docs LEFT JOIN evs ON evs.cid = docs.cid
ORDER BY docs.documents DESC, COALESCE(evs.events, 0) DESC"""
    ranked: list[tuple[str, int, int]] = []
    for cid, docs, evs in conn.execute(_bound(sa.text(query), labels)):
        if len(ranked) >= limit and (docs, evs) != ranked[limit - 1][1:]:
            break
        ranked.append((str(cid), int(docs), int(evs)))
    return ranked


def _dialect(conn: Connection) -> str:
    return "postgresql" if conn.dialect.name == "postgresql" else "sqlite"
