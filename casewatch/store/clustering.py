"""The Store's judgements and clusters, and the stored views read a page at a time (mixed into `Store`)."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import replace
from typing import Any

import sqlalchemy as sa

from casewatch.errors import Cancelled, NotFound, message
from casewatch.model import EntityRecord, Judgement
from casewatch.store import admission, asks, schema, view_parts
from casewatch.store import derived as derived_views
from casewatch.store.listing import BATCH, StoreBase, utc_now
from casewatch.store.resolution import Resolving, entity_record, judgement_of, judgement_values, records_query
from casewatch.store.rows import ActorRow, TimelineChoices, TimelineFilter
from casewatch.store.schema import EVERYTHING, doc_entities, documents, entity_clusters
from casewatch.store.turns import sqlite_turn

_d = documents.c
_JUDGEMENTS = schema.judgements  # the name `judgements` is also a method and a parameter
_TURN_LOOK = 0.2  # seconds between two tries at the turn, while a stop may come
_AFTER_BATCH_LOCK = 0x62617463  # the session lock of `Store.one_at_a_time`; unlike every other lock key


class ClustersStore(StoreBase):
    """Judgements, clusters and the derived views' pages."""

    # ---- resolution ---------------------------------------------------------------------------

    def entity_records(self) -> list[EntityRecord]:
        """Non-board entities of ok documents, as cross-document resolution sees them."""
        query = records_query().order_by(_d.id, doc_entities.c.seq)
        with self.engine.connect() as conn:
            return [entity_record(row) for row in conn.execute(query)]

    def replace_auto_judgements(self, judgements: Sequence[Judgement]) -> None:
        """Drop every automatic judgement and keep these instead; user judgements stay."""
        now = utc_now()
        rows = [judgement_values(replace(j, source="auto"), now) for j in judgements]
        with self._writer.begin() as conn:
            conn.execute(sa.delete(_JUDGEMENTS).where(_JUDGEMENTS.c.source == "auto"))
            if rows:
                conn.execute(sa.insert(_JUDGEMENTS), rows)
            admission.bump(conn)

    def add_user_judgement(self, judgement: Judgement) -> None:
        """A person's merge or split; it replaces their earlier judgement on the same pair."""
        j = _JUDGEMENTS.c
        pair = sa.or_(
            sa.and_(j.left_ref == judgement.left, j.right_ref == judgement.right),
            sa.and_(j.left_ref == judgement.right, j.right_ref == judgement.left),
        )
        with self._writer.begin() as conn:
            conn.execute(sa.delete(_JUDGEMENTS).where(j.source == "user", pair))
            conn.execute(
                sa.insert(_JUDGEMENTS).values(
                    **judgement_values(replace(judgement, source="user"), utc_now())
                )
            )
            admission.bump(conn)

    def judgements(self, source: str | None = None) -> list[Judgement]:
        query = sa.select(_JUDGEMENTS).order_by(_JUDGEMENTS.c.id)
        if source is not None:
            query = query.where(_JUDGEMENTS.c.source == source)
        with self.engine.connect() as conn:
            return [judgement_of(row) for row in conn.execute(query)]

    @contextmanager
    def one_at_a_time(self, stop: threading.Event | None = None) -> Iterator[None]:
        """Processes run the block one after another (a PostgreSQL session lock; on SQLite a lock on
        a file beside the database). For work made of several transactions that two ingests must
        not interleave: resolving, then recomputing the stored views (the follow-up a group of
        countries at a time). With `stop`, the wait for the turn ends in Cancelled once it is set."""
        if self.dialect != "postgresql":
            database = self.database_file()
            with sqlite_turn(database, stop) if database else nullcontext():
                yield
            return
        with self.engine.connect() as conn:
            _take_turn(conn, stop)
            try:
                yield
            finally:
                conn.execute(sa.text("SELECT pg_advisory_unlock(:key)"), {"key": _AFTER_BATCH_LOCK})
                conn.commit()

    @contextmanager
    def resolving(self) -> Iterator[Resolving]:
        """A resolution's locked writing transaction: resolutions run one after another, each
        seeing every document committed before it began (see store/resolution.py)."""
        with self._writer.begin() as conn:
            txn = Resolving(conn)
            txn.lock()
            yield txn
            admission.bump(conn)

    def set_clusters(self, clusters: Mapping[str, str]) -> None:
        """Replace all clusters: entity ref -> cluster id."""
        with self._writer.begin() as conn:
            derived_views.one_at_a_time(conn)  # two ingests ending together replace them in turn
            ids = {sha[:16]: doc_id for doc_id, sha in conn.execute(sa.select(_d.id, _d.sha256))}
            rows = [self._cluster_row(ids, ref, cluster_id) for ref, cluster_id in clusters.items()]
            conn.execute(sa.delete(entity_clusters))
            if rows:
                conn.execute(sa.insert(entity_clusters), rows)
            admission.bump(conn)

    @staticmethod
    def _cluster_row(ids: Mapping[str, int], ref: str, cluster_id: str) -> dict[str, Any]:
        prefix, _, key = ref.partition(":")
        if prefix not in ids or not key:
            raise NotFound(message("unknown_ref", ref=ref))
        return {"ref": ref, "document_id": ids[prefix], "key": key, "cluster_id": cluster_id}

    def clusters(self) -> dict[str, str]:
        query = sa.select(entity_clusters.c.ref, entity_clusters.c.cluster_id).order_by(entity_clusters.c.ref)
        with self.engine.connect() as conn:
            return {ref: cluster_id for ref, cluster_id in conn.execute(query)}

    # ---- derived views (computed by the analysis stage, kept for fast reading) -------------------

    def views_built_from(self) -> int | None:
        """The store revision the held timeline and actor list were computed from; None if never."""
        with self.engine.connect() as conn:
            return derived_views.built_from(conn)

    def replace_views(self, scoped: Mapping[str, derived_views.ViewRows], revision: int) -> None:
        """Keep these timeline entries, actors (ranked) and requests of each label scope instead of
        the held ones, as computed at `revision`. Derived data changes no fact, so the revision
        does not move."""
        with self._writer.begin() as conn:
            derived_views.replace(conn, scoped, revision)
            for table in (*view_parts.PARTS, *view_parts.STATE):  # what they came from is unknown:
                conn.execute(sa.delete(table))  # the next refresh computes them whole
            asks.clear(conn)
            for scope, views in scoped.items():
                asks.add(conn, scope, views.requests)

    def timeline_page(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
        after: str | None = None,
        scope: str = EVERYTHING,
        **filters: str | None,
    ) -> list[tuple[int, dict[str, Any]]]:
        """(rank, body) of the held timeline entries of a label scope matching the filters (the
        fields of TimelineFilter: type, country, actor, year_from, year_to), in date order: from
        `offset` on, or those sorting after the entry key `after` (see derived.entry_key)."""
        chosen = TimelineFilter(**filters)
        with self.engine.connect() as conn:
            return derived_views.timeline_page(
                conn, chosen, limit=limit, offset=offset, after=after, scope=scope
            )

    def timeline_position(self, after: str, *, scope: str = EVERYTHING, **filters: str | None) -> int:
        """How many held entries matching the filters sort up to the entry key `after`."""
        with self.engine.connect() as conn:
            return derived_views.timeline_position(conn, TimelineFilter(**filters), after, scope)

    def count_timeline(self, *, scope: str = EVERYTHING, **filters: str | None) -> int:
        with self.engine.connect() as conn:
            return derived_views.timeline_count(conn, TimelineFilter(**filters), scope)

    def timeline_choices(self, actors: int = 300, scope: str = EVERYTHING) -> TimelineChoices:
        """The timeline's types and countries, and its `actors` most-involved actors."""
        with self.engine.connect() as conn:
            return derived_views.timeline_choices(conn, actors, scope)

    def actor_summaries(
        self,
        limit: int = 100,
        offset: int = 0,
        *,
        type_: str | None = None,
        name: str | None = None,
        scope: str = EVERYTHING,
    ) -> list[ActorRow]:
        """The held actor list of a label scope, most involved first, from `offset` on; of one
        type, or with `name` in their name (case folded), when asked."""
        with self.engine.connect() as conn:
            return derived_views.actor_page(conn, limit, offset, type_=type_, name=name, scope=scope)

    def count_actor_summaries(
        self, *, type_: str | None = None, name: str | None = None, scope: str = EVERYTHING
    ) -> int:
        with self.engine.connect() as conn:
            return derived_views.actor_count(conn, type_=type_, name=name, scope=scope)

    def named_actors(self, limit: int, scope: str = EVERYTHING) -> tuple[int, list[ActorRow]]:
        """The held actor list's persons and organisations: how many, and the `limit` first."""
        with self.engine.connect() as conn:
            return derived_views.named_actors(conn, limit, scope)

    def documents_naming(self, cluster_id: str) -> list[int]:
        """Ok documents with an entity in this cluster (or whose own entity ref it is), by id."""
        c = entity_clusters.c
        query = sa.select(c.document_id).where(c.cluster_id == cluster_id)
        with self.engine.connect() as conn:
            found = set(conn.scalars(query))
            prefix, _, key = cluster_id.partition(":")
            if key and len(prefix) == 16:  # an entity no cluster holds is its own actor
                own = sa.select(_d.id).where(_d.sha256.startswith(prefix, autoescape=True))
                found.update(conn.scalars(own))
        return sorted(found)

    def clusters_of(self, document_ids: Sequence[int]) -> dict[str, str]:
        """Entity ref -> cluster id for the entities of these documents."""
        c = entity_clusters.c
        found: dict[str, str] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(document_ids), BATCH):
                batch = list(document_ids[start : start + BATCH])
                query = sa.select(c.ref, c.cluster_id).where(c.document_id.in_(batch))
                found.update((ref, cluster_id) for ref, cluster_id in conn.execute(query))
        return found


def _take_turn(conn: sa.Connection, stop: threading.Event | None) -> None:
    """Wait for the session lock of `Store.one_at_a_time`, or until `stop` is set (Cancelled)."""
    if stop is None:
        conn.execute(sa.text("SELECT pg_advisory_lock(:key)"), {"key": _AFTER_BATCH_LOCK})
        conn.commit()
        return
    while not conn.scalar(sa.text("SELECT pg_try_advisory_lock(:key)"), {"key": _AFTER_BATCH_LOCK}):
        conn.commit()
        if stop.wait(_TURN_LOOK):
            raise Cancelled
    conn.commit()
