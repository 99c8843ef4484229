"""What the stored follow-up was computed from, and its refresh country by country.

Threads and disputes are grouped per country (a thread's findings come from its own
country's documents), so after a write only the countries whose documents changed need
computing again. Each document read into the stored follow-up is kept here with a signature
of everything its reading depends on: its label, its country, its last save, its latest fact
review and the clusters of its names. The reviewers' moves applied are kept too, so a new
move recomputes the countries of the asks it joins. `store/followup.py` holds the result.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from casewatch.model import DocumentStatus
from casewatch.store import changes, schema
from casewatch.store import followup_readings as kept
from casewatch.store.batching import sorted_batches
from casewatch.store.derived import one_at_a_time
from casewatch.store.followup import (
    NAME,
    SCOPED,
    DisputeRow,
    FollowupRows,
    MarkRow,
    ThreadRow,
    ask_rows,
    followup_asks,
    followup_disputes,
    followup_marks,
    followup_threads,
    insert_rows,
)

# No foreign key: a document deleted since must still be seen as gone (its country recomputed).
followup_read = sa.Table(
    "followup_read",
    schema.metadata,
    sa.Column("document_id", sa.Integer, primary_key=True),
    sa.Column("country", sa.String(8), nullable=False),
    sa.Column("signature", sa.String(40), nullable=False),
)

followup_moves = sa.Table(
    "followup_moves",
    schema.metadata,
    sa.Column("ask", sa.String(64), primary_key=True),
    sa.Column("target", sa.String(64)),
)

# Each ok document's state as last read (`current`), kept up to date by the documents noted in
# `changes`: a refresh takes the states from here, not from the documents.
document_states = sa.Table(
    "document_states",
    schema.metadata,
    sa.Column("document_id", sa.Integer, primary_key=True),
    sa.Column("country", sa.String(8), nullable=False),
    sa.Column("ref", sa.String(16), nullable=False),
    sa.Column("signature", sa.String(40), nullable=False),
    sa.Column("label", sa.String(32), nullable=False),
    sa.Column("genre", sa.String(32), nullable=False),
    sa.Column("basis", sa.String(40), nullable=False),
)
_STATES = "document_states"  # its row in `derived`: the states are held (filled once whole)

TABLES = (followup_read, followup_moves)
_d, _c, _r = schema.documents.c, schema.entity_clusters.c, schema.fact_reviews.c
Moves = Mapping[str, str | None]


@dataclass(frozen=True)
class ReadState:
    """A document as the follow-up last read it (or would read it now)."""

    country: str
    ref: str  # the sha256 prefix its asks' ids start with
    signature: str
    label: str = ""  # its confidentiality: the stored views' scopes it is in
    genre: str = ""  # a government reply or a UN communication is evidence of replies
    basis: str = ""  # the signature without its label and clusters: what its text and facts are


@dataclass(frozen=True)
class HeldState:
    documents: dict[int, ReadState]
    moves: dict[str, str | None]


def create(conn: Connection) -> None:
    """Migration 0023_followup_read: what the stored follow-up was read from. Empty, so the next
    refresh computes the follow-up whole and fills it."""
    for table in TABLES:
        table.create(conn, checkfirst=True)


def current(conn: Connection, ids: Collection[int] | None = None) -> dict[int, ReadState]:
    """Every ok document as a refresh would read it now, with its signature (of these `ids`
    only, when given: a refresh after a write reads the documents it changed, see `changes`)."""
    if ids is None:
        return _states(conn, None)
    found: dict[int, ReadState] = {}
    for chunk in sorted_batches(ids):
        found.update(_states(conn, chunk))
    return found


def _states(conn: Connection, ids: list[int] | None) -> dict[int, ReadState]:
    reviews = sa.select(_r.sha256, sa.func.max(_r.id)).group_by(_r.sha256)
    clusters = sa.select(_c.document_id, _c.ref, _c.cluster_id)
    query = sa.select(_d.id, _d.sha256, _d.countries, _d.confidentiality, _d.updated_at, _d.genre).where(
        _d.status == DocumentStatus.OK.value
    )
    if ids is not None:
        hashes = sa.select(_d.sha256).where(_d.id.in_(ids))
        reviews, clusters = reviews.where(_r.sha256.in_(hashes)), clusters.where(_c.document_id.in_(ids))
        query = query.where(_d.id.in_(ids))
    reviewed = dict(conn.execute(reviews).all())
    named: dict[int, list[str]] = defaultdict(list)
    for doc_id, ref, cluster in conn.execute(clusters):
        named[doc_id].append(f"{ref}={cluster}")
    found = {}
    for row in conn.execute(query):
        country = row.countries[0] if row.countries else ""
        parts = [row.confidentiality, country, str(row.updated_at), str(reviewed.get(row.sha256))]
        digest = hashlib.sha1("\n".join(parts + sorted(named.get(row.id, []))).encode()).hexdigest()
        basis = hashlib.sha1("\n".join(parts[1:]).encode()).hexdigest()
        genre = row.genre or ""
        found[row.id] = ReadState(country, row.sha256[:16], digest, row.confidentiality, genre, basis)
    return found


def create_states(conn: Connection) -> None:
    """Migration 0029_document_changes: the states table, empty and not marked held, so the next
    refresh reads every document's state once and fills it."""
    document_states.create(conn, checkfirst=True)
    changes.create(conn)


def bring_up_to_date(conn: Connection, *, whole: bool = False) -> None:
    """Read again the states of the documents noted as changed (of every document when `whole`
    or when none is held yet) and keep them, taking the notes off in the same transaction."""
    one_at_a_time(conn)
    marked = sa.select(schema.derived.c.name).where(schema.derived.c.name == _STATES)
    if whole or conn.scalar(marked) is None:
        changes.clear(conn)
        conn.execute(sa.delete(document_states))
        _keep_states(conn, current(conn))
        conn.execute(sa.delete(schema.derived).where(schema.derived.c.name == _STATES))
        conn.execute(sa.insert(schema.derived).values(name=_STATES, revision=0))
        return
    noted = changes.take(conn)
    for chunk in sorted_batches(noted):
        conn.execute(sa.delete(document_states).where(document_states.c.document_id.in_(chunk)))
    _keep_states(conn, current(conn, noted))


def _keep_states(conn: Connection, found: Mapping[int, ReadState]) -> None:
    insert_rows(conn, document_states, [{"document_id": i, **state.__dict__} for i, state in found.items()])


def states(conn: Connection) -> dict[int, ReadState]:
    """The held state of every ok document (see `bring_up_to_date`)."""
    s = document_states.c
    query = sa.select(s.document_id, s.country, s.ref, s.signature, s.label, s.genre, s.basis)
    return {row.document_id: ReadState(*row[1:]) for row in conn.execute(query)}


def held(conn: Connection, countries: Collection[str] | None = None) -> HeldState:
    """What the follow-up was computed from (the documents of these `countries` only, when given)."""
    r, m = followup_read.c, followup_moves.c
    query = sa.select(r.document_id, r.country, r.signature)
    if countries is not None:
        query = query.where(r.country.in_(sorted(countries)))
    documents = {row.document_id: ReadState(row.country, "", row.signature) for row in conn.execute(query)}
    moves = {row.ask: row.target for row in conn.execute(sa.select(m.ask, m.target))}
    return HeldState(documents, moves)


def keep_state(
    conn: Connection, now: Mapping[int, ReadState], moves: Moves, changed: Collection[int] | None
) -> None:
    """Record what the follow-up was computed from: `changed` documents only (None: all)."""
    table = followup_read
    if changed is None:
        conn.execute(sa.delete(table))
        changed = list(now)
    for chunk in sorted_batches(changed):
        conn.execute(sa.delete(table).where(table.c.document_id.in_(chunk)))
    rows = [
        {"document_id": i, "country": now[i].country, "signature": now[i].signature}
        for i in changed
        if i in now
    ]
    insert_rows(conn, table, rows)
    conn.execute(sa.delete(followup_moves))
    insert_rows(conn, followup_moves, [{"ask": ask, "target": target} for ask, target in moves.items()])


Rank = Callable[[ThreadRow], Any]  # where a thread ranks among all (analyse/followup/stored.py)
Names = dict[tuple[bool, str], str]  # (recomputed now, name it had) -> its name now


def _ranked(kept: Sequence[ThreadRow], new: Sequence[ThreadRow], rank: Rank) -> tuple[list[ThreadRow], Names]:
    """The kept and new threads in one ranking, named "t1", "t2" ... in order, and the names
    they had (a kept thread's stored name, a new one's among the recomputed countries only)."""
    ranked = sorted([(t, False) for t in kept] + [(t, True) for t in new], key=lambda pair: rank(pair[0]))
    names: Names = {}
    threads = []
    for n, (row, fresh) in enumerate(ranked, start=1):
        names[(fresh, row.thread)] = f"t{n}"
        threads.append(ThreadRow(f"t{n}", row.country, row.latest, {**row.body, "id": f"t{n}"}))
    return threads, names


def _renamed(mark: MarkRow, names: Names, fresh: bool) -> MarkRow:
    """A status mark names its thread ("t5: met (committee)"): named anew with the thread."""
    if mark.kind == "dispute":
        return mark
    thread, sep, rest = mark.label.partition(": ")
    return replace(mark, label=f"{names.get((fresh, thread), thread)}{sep}{rest}")


def _rename_kept_marks(conn: Connection, scope: str, names: Names) -> None:
    """Status marks of the documents not recomputed, whose thread changed rank, named anew."""
    moved = {old for (fresh, old), new in names.items() if not fresh and old != new}
    if not moved:
        return
    m = followup_marks.c
    query = sa.select(m.document_id, m.start, m.end, m.kind, m.label).where(
        m.scope == scope, m.kind != "dispute"
    )
    marks = [MarkRow(**row._mapping) for row in conn.execute(query)]
    stale = [mark for mark in marks if mark.label.partition(": ")[0] in moved]
    if not stale:
        return
    one = sa.delete(followup_marks).where(
        m.scope == scope,
        m.document_id == sa.bindparam("d"),
        m.start == sa.bindparam("s"),
        m.end == sa.bindparam("e"),
        m.kind == sa.bindparam("k"),
        m.label == sa.bindparam("l"),
    )
    conn.execute(
        one, [{"d": x.document_id, "s": x.start, "e": x.end, "k": x.kind, "l": x.label} for x in stale]
    )
    insert_rows(conn, followup_marks, [{"scope": scope, **_renamed(x, names, False).__dict__} for x in stale])


def _kept_threads(conn: Connection, scope: str, countries: Collection[str]) -> list[ThreadRow]:
    t = followup_threads.c
    query = sa.select(t.thread, t.country, t.latest, t.body).where(t.scope == scope).order_by(t.id)
    return [ThreadRow(**row._mapping) for row in conn.execute(query) if row.country not in countries]


def _kept_disputes(conn: Connection, scope: str, countries: Collection[str]) -> list[DisputeRow]:
    d = followup_disputes.c
    query = sa.select(d.document_id, d.country, d.body).where(d.scope == scope).order_by(d.id)
    return [DisputeRow(**row._mapping) for row in conn.execute(query) if row.country not in countries]


def patch(
    conn: Connection,
    scoped: Mapping[str, FollowupRows],
    countries: Collection[str],
    documents: Collection[int],
    revision: int,
    rank: Rank,
) -> None:
    """Replace the follow-up of these countries (whose documents are `documents`, then and now)
    in every scope by `scoped`, keep the other countries' rows, and rank the threads and
    disputes again over the whole collection, as a whole refresh numbers them."""
    one_at_a_time(conn)
    for scope, rows in scoped.items():
        threads, names = _ranked(_kept_threads(conn, scope, countries), rows.threads, rank)
        disputes = sorted(
            [*_kept_disputes(conn, scope, countries), *rows.disputes], key=lambda d: d.document_id
        )
        for table in (followup_threads, followup_disputes, followup_asks):
            conn.execute(sa.delete(table).where(table.c.scope == scope))
        m = followup_marks.c
        for chunk in sorted_batches(documents):
            conn.execute(sa.delete(followup_marks).where(m.scope == scope, m.document_id.in_(chunk)))
        _rename_kept_marks(conn, scope, names)
        marks = dict.fromkeys(_renamed(mark, names, True) for mark in rows.marks)
        insert_rows(conn, followup_marks, [{"scope": scope, **mark.__dict__} for mark in marks])
        insert_rows(conn, followup_asks, ask_rows(scope, threads))
        numbered = [{"scope": scope, "id": n, **t.__dict__} for n, t in enumerate(threads, 1)]
        insert_rows(conn, followup_threads, numbered)
        numbered = [{"scope": scope, "id": n, **d.__dict__} for n, d in enumerate(disputes, 1)]
        insert_rows(conn, followup_disputes, numbered)
    for table in SCOPED:  # a scope no longer computed (none of its rows are kept)
        conn.execute(sa.delete(table).where(table.c.scope.not_in(list(scoped))))
    mark_built(conn, revision)


def built(conn: Connection) -> bool:
    """Whether the follow-up is marked built: not while a whole refresh is under way (or was cut
    off), which a refresh of some countries must then leave alone."""
    return conn.scalar(sa.select(schema.derived.c.name).where(schema.derived.c.name == NAME)) is not None


def mark_built(conn: Connection, revision: int) -> None:
    conn.execute(sa.delete(schema.derived).where(schema.derived.c.name == NAME))
    conn.execute(sa.insert(schema.derived).values(name=NAME, revision=revision))


class FollowupParts:
    """The Store's methods for refreshing the follow-up country by country (mixed into `Store`)."""

    engine: Engine
    _writer: Engine

    def followup_read_now(self, *, whole: bool = False) -> dict[int, ReadState]:
        """Every ok document as the follow-up would read it now (see `current`): the held
        states with those of the documents changed since brought up to date (`changes`), or
        every document read again when `whole`."""
        with self._writer.begin() as conn:
            bring_up_to_date(conn, whole=whole)
        with self.engine.connect() as conn:
            return states(conn)

    def followup_held(self) -> HeldState:
        """The documents and moves the stored follow-up was computed from."""
        with self.engine.connect() as conn:
            return held(conn)

    def followup_readings(self, ids: Collection[int]) -> dict[int, tuple[str, dict[str, Any]]]:
        """The kept readings of these documents: id -> (the signature read at, the reading)."""
        with self.engine.connect() as conn:
            return kept.readings(conn, ids)

    def keep_followup_readings(self, readings: kept.Kept) -> None:
        """Keep these readings now, ahead of the follow-up they are made for: a reading stands
        by its document's signature alone, so it is right whatever becomes of that refresh."""
        with self._writer.begin() as conn:
            kept.keep(conn, readings, ())

    def patch_followup(
        self,
        scoped: Mapping[str, FollowupRows],
        countries: Collection[str],
        changed: Collection[int],
        revision: int,
        *,
        now: Mapping[int, ReadState],
        moves: Moves,
        rank: Rank,
    ) -> None:
        """Replace the follow-up of `countries` in every scope (see `patch`); `changed`: the
        documents whose state moved since the last refresh (the readings made for it are kept
        already, those of the documents gone are dropped). Nothing is written while the
        follow-up is not built: a whole refresh under way (or cut off) computes these too."""
        documents = {i for i, state in now.items() if state.country in countries}
        with self._writer.begin() as conn:
            one_at_a_time(conn)
            if not built(conn):
                return
            gone = set(held(conn, countries).documents)
            patch(conn, scoped, countries, documents | gone, revision, rank)
            keep_state(conn, now, moves, changed)
            kept.keep(conn, {}, [i for i in changed if i not in now])

    def mark_followup_current(self, revision: int) -> None:
        """Nothing the follow-up reads changed: it stands as computed at `revision`."""
        with self._writer.begin() as conn:
            one_at_a_time(conn)
            if built(conn):
                mark_built(conn, revision)
