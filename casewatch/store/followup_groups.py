"""The whole follow-up kept a group of countries at a time, so that a refresh holds one group's
rows, not the collection's.

The follow-up's own mark in `derived` (the revision it was computed from, which the pages and
the API compare with the store's to say it is behind) is taken off with the held rows before
the first group, and put back in the same transaction as the last group's rows: until then
the follow-up reads as not built, and whatever stops the refresh part way (a crash, a kill)
leaves it so, and the next refresh computes it whole again.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from casewatch.store import followup_readings as kept
from casewatch.store.batching import sorted_batches
from casewatch.store.derived import one_at_a_time
from casewatch.store.followup import (
    NAME,
    SCOPED,
    DisputeRow,
    FollowupRows,
    ask_rows,
    followup_asks,
    followup_disputes,
    followup_marks,
    followup_threads,
    insert_rows,
)
from casewatch.store.followup_parts import Moves, ReadState, keep_state, mark_built
from casewatch.store.schema import derived


@dataclass(frozen=True)
class GroupRows:
    """A group's follow-up in the scopes holding the same documents, a piece at a time (the
    rows of one thread, then the disputes), made as they are kept: one thread's bodies and
    marks are held at once, not the group's. Threads are named by their rank among all
    ("t<rank>"); `dispute_ids`: the ids its disputes take among all, in document order."""

    scopes: tuple[str, ...]
    pieces: Iterable[FollowupRows]
    dispute_ids: Sequence[int]


@dataclass(frozen=True)
class Finish:
    """What the last group's transaction records besides its rows: the follow-up is whole."""

    revision: int
    now: Mapping[int, ReadState]
    moves: Moves


def start(conn: Connection) -> None:
    """Take the follow-up's mark and rows off: from here it reads as not built."""
    one_at_a_time(conn)
    conn.execute(sa.delete(derived).where(derived.c.name == NAME))
    for table in SCOPED:
        conn.execute(sa.delete(table))


def _drop_group(conn: Connection, scope: str, countries: Collection[str], documents: Collection[int]) -> None:
    """The group's rows of a scope, should they be there (a group kept twice)."""
    for table in (followup_threads, followup_disputes):
        conn.execute(sa.delete(table).where(table.c.scope == scope, table.c.country.in_(sorted(countries))))
    for table in (followup_marks, followup_asks):
        for chunk in sorted_batches(documents):
            conn.execute(sa.delete(table).where(table.c.scope == scope, table.c.document_id.in_(chunk)))


def _thread_id(name: str) -> int:
    return int(name.removeprefix("t"))


def keep_group(
    conn: Connection, groups: Sequence[GroupRows], countries: Collection[str], documents: Collection[int]
) -> None:
    one_at_a_time(conn)
    for group in groups:
        for scope in group.scopes:
            _drop_group(conn, scope, countries, documents)
        ids = iter(group.dispute_ids)
        for rows in group.pieces:
            disputes = [(next(ids), d) for d in rows.disputes]
            for scope in group.scopes:
                _insert(conn, scope, rows, disputes)


def _insert(
    conn: Connection, scope: str, rows: FollowupRows, disputes: Sequence[tuple[int, DisputeRow]]
) -> None:
    insert_rows(conn, followup_asks, ask_rows(scope, rows.threads))
    insert_rows(conn, followup_marks, [{"scope": scope, **m.__dict__} for m in dict.fromkeys(rows.marks)])
    threads = [{"scope": scope, "id": _thread_id(t.thread), **t.__dict__} for t in rows.threads]
    insert_rows(conn, followup_threads, threads)
    insert_rows(conn, followup_disputes, [{"scope": scope, "id": n, **d.__dict__} for n, d in disputes])


def finish(conn: Connection, done: Finish) -> None:
    """Record what the whole follow-up was computed from, and mark it built."""
    keep_state(conn, done.now, done.moves, None)
    kept.drop_all_but(conn, done.now)
    mark_built(conn, done.revision)


def _parts(conn: Connection, parts: Sequence[str]) -> sa.ColumnElement[Any]:
    """These parts of a kept reading as one JSON array, its JSON parsed once by the database
    (a column per part would parse it once per part: most of a reading is its cued sentences)."""
    body = kept.followup_readings.c.body
    if conn.dialect.name == "postgresql":
        found = sa.func.json_build_array(*[body[part] for part in parts])
    else:  # several paths give an array of their values (one to nothing makes a single part one)
        found = sa.func.json_extract(body, *[f'$."{part}"' for part in parts], "$.__array__")
    return sa.type_coerce(found, sa.JSON)


def reading_parts(conn: Connection, ids: Collection[int], parts: Sequence[str]) -> dict[int, dict[str, Any]]:
    """These parts of the kept readings of these documents (not the whole of each: its cued
    sentences, most of it, stay in the store)."""
    k = kept.followup_readings.c
    found: dict[int, dict[str, Any]] = {}
    for chunk in sorted_batches(ids):
        query = sa.select(k.document_id, k.signature, _parts(conn, parts)).where(k.document_id.in_(chunk))
        for document_id, signature, values in conn.execute(query):
            found[document_id] = {"signature": signature, **dict(zip(parts, values, strict=False))}
    return found


class FollowupGroups:
    """The Store's methods for keeping the whole follow-up a group at a time (mixed into `Store`)."""

    engine: Engine
    _writer: Engine

    def keep_followup_group(
        self,
        groups: Sequence[GroupRows],
        countries: Collection[str],
        documents: Collection[int],
        *,
        first: bool = False,
        done: Finish | None = None,
    ) -> None:
        """Keep one group's follow-up (the countries' threads and disputes, the documents' marks
        and asks) in every scope. The `first` group's transaction takes the held follow-up off
        (it reads as not built from then); with `done`, the last group's marks it whole."""
        with self._writer.begin() as conn:
            if first:
                start(conn)
            keep_group(conn, groups, countries, documents)
            if done is not None:
                finish(conn, done)

    def followup_reading_parts(self, ids: Collection[int], parts: Sequence[str]) -> dict[int, dict[str, Any]]:
        """Document id -> these parts of its kept reading, and the signature it was read at."""
        with self.engine.connect() as conn:
            return reading_parts(conn, ids, parts)
