"""What a refresh after a batch reads of the documents' states: the batch's only.

Each ok document's state is kept in `document_states` (brought up to date from the documents
noted by `changes`), what the stored views were computed from in `views_read`, and what the
follow-up was computed from in `followup_read`. Which documents a refresh must compute again is
where a held record differs from the state: found by the database in one anti-join (no row
leaves it but those that differ), so a refresh reads into Python the states and held records of
those documents only, of the countries the follow-up recomputes, and per-label counts, never
every document's.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from casewatch.store import view_parts
from casewatch.store.batching import sorted_batches
from casewatch.store.followup_parts import (
    HeldState,
    ReadState,
    bring_up_to_date,
    document_states,
    followup_moves,
    followup_read,
)
from casewatch.store.view_parts import views_read

_s = document_states.c
_STATE_COLUMNS = (_s.document_id, _s.country, _s.ref, _s.signature, _s.label, _s.genre, _s.basis)


def _differing(held: sa.Table, columns: tuple[str, ...]) -> sa.CompoundSelect:
    """Documents whose state differs from `held` in any of `columns`, or held by one side only."""
    h = held.c
    state_side = sa.select(_s.document_id).select_from(
        document_states.outerjoin(held, h.document_id == _s.document_id)
    )
    moved = sa.or_(h.document_id.is_(None), *[h[name] != _s[name] for name in columns])
    gone = (
        sa.select(h.document_id)
        .select_from(held.outerjoin(document_states, _s.document_id == h.document_id))
        .where(_s.document_id.is_(None))
    )
    return sa.union(state_side.where(moved), gone)


def moved_from_views(conn: Connection) -> set[int]:
    """The documents the stored views must read again (as `view_patch._comparable` compares)."""
    return set(conn.scalars(_differing(views_read, ("label", "genre", "signature"))))


def moved_from_followup(conn: Connection) -> set[int]:
    """The documents the stored follow-up must read again (as `changed_documents` compares)."""
    return set(conn.scalars(_differing(followup_read, ("signature",))))


def _state(row: Any) -> ReadState:
    return ReadState(row.country, row.ref, row.signature, row.label, row.genre, row.basis)


def states_of(conn: Connection, ids: Collection[int]) -> dict[int, ReadState]:
    """The held states of these documents (those that are ok)."""
    found: dict[int, ReadState] = {}
    for chunk in sorted_batches(ids):
        query = sa.select(*_STATE_COLUMNS).where(_s.document_id.in_(chunk))
        found.update((row.document_id, _state(row)) for row in conn.execute(query))
    return found


def states_in(conn: Connection, countries: Collection[str]) -> dict[int, ReadState]:
    """The held states of every ok document of these countries."""
    query = sa.select(*_STATE_COLUMNS).where(_s.country.in_(sorted(countries)))
    return {row.document_id: _state(row) for row in conn.execute(query)}


def countries_of_refs(conn: Connection, refs: Collection[str]) -> dict[str, str]:
    """The country of the ok document of each ask id prefix (its sha256 prefix)."""
    found: dict[str, str] = {}
    wanted = sorted(set(refs))
    for start in range(0, len(wanted), 500):
        query = sa.select(_s.ref, _s.country).where(_s.ref.in_(wanted[start : start + 500]))
        found.update((row.ref, row.country) for row in conn.execute(query))
    return found


def label_counts(conn: Connection, table: sa.Table) -> dict[str, int]:
    """How many documents of each label `table` (the states, or what the views were read from) holds."""
    query = sa.select(table.c.label, sa.func.count()).group_by(table.c.label)
    return {label: count for label, count in conn.execute(query)}


def followup_held_of(conn: Connection, ids: Collection[int]) -> HeldState:
    """What the follow-up was computed from: these documents, and every move applied."""
    r, m = followup_read.c, followup_moves.c
    documents: dict[int, ReadState] = {}
    for chunk in sorted_batches(ids):
        query = sa.select(r.document_id, r.country, r.signature).where(r.document_id.in_(chunk))
        for row in conn.execute(query):
            documents[row.document_id] = ReadState(row.country, "", row.signature)
    moves = {row.ask: row.target for row in conn.execute(sa.select(m.ask, m.target))}
    return HeldState(documents, moves)


class StateReads:
    """The Store's reads of the documents' states for a refresh after a batch (mixed into `Store`)."""

    engine: Engine
    _writer: Engine

    def bring_states_up_to_date(self) -> None:
        """Keep the states of the documents noted as changed (see `changes`)."""
        with self._writer.begin() as conn:
            bring_up_to_date(conn)

    def views_moved(self) -> tuple[set[int], dict[int, ReadState], dict[int, ReadState]]:
        """The documents the stored views must read again, their states now and as the views
        hold them, read in one snapshot."""
        with self.engine.connect() as conn:
            moved = moved_from_views(conn)
            return moved, states_of(conn, moved), view_parts.held(conn, moved)

    def label_counts(self) -> tuple[dict[str, int], dict[str, int]]:
        """Documents per label: held now, and as the stored views were computed from."""
        with self.engine.connect() as conn:
            return label_counts(conn, document_states), label_counts(conn, views_read)

    def followup_moved(self) -> tuple[set[int], dict[int, ReadState]]:
        """The documents the stored follow-up must read again, and their states now."""
        with self.engine.connect() as conn:
            moved = moved_from_followup(conn)
            return moved, states_of(conn, moved)

    def followup_holds_any(self) -> bool:
        """Whether the stored follow-up records any document it was computed from."""
        with self.engine.connect() as conn:
            return conn.scalar(sa.select(followup_read.c.document_id).limit(1)) is not None

    def followup_held_of(self, ids: Collection[int]) -> HeldState:
        with self.engine.connect() as conn:
            return followup_held_of(conn, ids)

    def states_in(self, countries: Collection[str]) -> dict[int, ReadState]:
        with self.engine.connect() as conn:
            return states_in(conn, countries)

    def countries_of_refs(self, refs: Collection[str]) -> Mapping[str, str]:
        with self.engine.connect() as conn:
            return countries_of_refs(conn, refs)
