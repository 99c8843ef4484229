"""What resolution reads and writes, inside one locked transaction: records, their keys, judgements, clusters.

Several ingests may resolve at once (one per process on PostgreSQL); each does so in a writing
transaction that first takes a lock, so resolutions follow one another and each sees every
document committed before it began. SQLite's writing transaction is such a lock already.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from casewatch.errors import NotFound, message
from casewatch.model import DocumentStatus, EntityRecord, EntityType, Judgement, Verdict
from casewatch.store import schema
from casewatch.store.batching import batches, sorted_batches

_RESOLUTION_LOCK = 0x72657376  # any constant: the advisory lock resolutions take on PostgreSQL
_ROWS = 5000  # rows per insert: a whole collection's judgements and clusters are not built as rows at once
_d, _e, _k, _c = schema.documents.c, schema.doc_entities.c, schema.resolution_keys.c, schema.entity_clusters.c
_j = schema.judgements.c
_left, _right = schema.entity_clusters.alias("left_cluster"), schema.entity_clusters.alias("right_cluster")
_v = schema.derived.c
_KEYS_VERSION = "resolution_keys"  # its row holds the version of the rules the key index was made by


def records_query() -> sa.Select[Any]:
    """Non-board entities of ok documents, with what makes each a record (`entity_record`)."""
    return (
        sa.select(_d.id, _d.sha256, _d.source, _d.countries)
        .add_columns(_e.key, _e.type, _e.name, _e.aliases, _e.acronyms, _e.roles)
        .join(schema.documents, _d.id == _e.document_id)
        .where(_d.status == DocumentStatus.OK.value, _e.board.is_(False))
    )


def entity_record(row: Any) -> EntityRecord:
    return EntityRecord(
        ref=f"{row.sha256[:16]}:{row.key}",
        document=row.source,
        type=EntityType(row.type),
        name=row.name,
        aliases=tuple(row.aliases or ()),
        acronyms=tuple(row.acronyms or ()),
        roles=tuple(row.roles or ()),
        countries=tuple(row.countries or ()),
    )


@dataclass
class Resolving:
    """One resolution's view of the store, in its locked transaction."""

    conn: Connection

    def lock(self) -> None:
        if self.conn.dialect.name == "postgresql":
            self.conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _RESOLUTION_LOCK})

    def unresolved(self) -> dict[str, tuple[int, EntityRecord]]:
        """Records of ok documents not yet in any cluster row: ref -> (document id, record)."""
        clustered = sa.exists().where(_c.document_id == _e.document_id, _c.key == _e.key)
        rows = self.conn.execute(records_query().where(~clustered))
        return {record.ref: (row.id, record) for row in rows for record in (entity_record(row),)}

    def count_records(self) -> int:
        query = records_query().with_only_columns(sa.func.count())
        return int(self.conn.scalar(query) or 0)

    def all_records(self) -> dict[str, tuple[int, EntityRecord]]:
        rows = self.conn.execute(records_query())
        return {record.ref: (row.id, record) for row in rows for record in (entity_record(row),)}

    def records(self, refs: Collection[str]) -> list[EntityRecord]:
        """The records of these refs (of ok documents; others are left out)."""
        prefixes = {ref.partition(":")[0] for ref in refs}
        found = []
        for chunk in sorted_batches(prefixes):
            ids = self.conn.scalars(sa.select(_d.id).where(sa.func.substr(_d.sha256, 1, 16).in_(chunk)))
            for row in self.conn.execute(records_query().where(_d.id.in_(list(ids)))):
                record = entity_record(row)
                if record.ref in refs:
                    found.append(record)
        return found

    def has_keys(self, version: int) -> bool:
        """False when records were clustered but the key index is missing (a database from before
        the index) or was made by other rules than `version`'s: it must then be made again whole."""
        clustered = self.conn.scalar(sa.select(_c.ref).limit(1)) is not None
        if not clustered:
            return True
        made = self.conn.scalar(sa.select(_v.revision).where(_v.name == _KEYS_VERSION))
        return made == version and self.conn.scalar(sa.select(_k.ref).limit(1)) is not None

    def add_keys(
        self, keyed: Iterable[tuple[str, int, Collection[str]]], version: int, *, every: bool = False
    ) -> None:
        """(ref, document id, keys) made by the rules of `version`; replaces what those refs had
        (with `every`, the whole index). Written a chunk of refs at a time, so the keys of a
        whole collection (several per record) are never all held at once."""
        if every:
            self.conn.execute(sa.delete(schema.resolution_keys))
        for chunk in batches(keyed):
            if not every:
                refs = [ref for ref, _doc, _keys in chunk]
                self.conn.execute(sa.delete(schema.resolution_keys).where(_k.ref.in_(refs)))
            rows = [{"ref": ref, "key": key, "document_id": doc} for ref, doc, keys in chunk for key in keys]
            if rows:
                self.conn.execute(sa.insert(schema.resolution_keys), rows)
        self.conn.execute(sa.delete(schema.derived).where(_v.name == _KEYS_VERSION))
        self.conn.execute(sa.insert(schema.derived).values(name=_KEYS_VERSION, revision=version))

    def refs_with(self, keys: Collection[str]) -> set[str]:
        found: set[str] = set()
        for chunk in sorted_batches(keys):
            found.update(self.conn.scalars(sa.select(_k.ref).where(_k.key.in_(chunk))))
        return found

    def keys_of(self, refs: Collection[str]) -> set[str]:
        found: set[str] = set()
        for chunk in sorted_batches(refs):
            found.update(self.conn.scalars(sa.select(_k.key).where(_k.ref.in_(chunk))))
        return found

    def user_judgements(self) -> list[Judgement]:
        query = sa.select(schema.judgements).where(_j.source == "user").order_by(_j.id)
        return [judgement_of(row) for row in self.conn.execute(query)]

    def held(self, refs: Collection[str] | None = None) -> list[Judgement]:
        """The automatic links that hold the current clusters of `refs` (None: of all records)
        together: kept by the next resolution, so adding documents never splits an actor. The rule
        of `resolve.held_links`, read by a join so that no judgement outside a cluster is loaded."""
        same_cluster = (
            sa.select(schema.judgements)
            .join(_left, _left.c.ref == _j.left_ref)
            .join(_right, _right.c.ref == _j.right_ref)
            .where(
                _j.source == "auto",
                _j.verdict == Verdict.SAME.value,
                _left.c.cluster_id == _right.c.cluster_id,
            )
            .order_by(_j.id)
        )
        if refs is None:
            return [judgement_of(row) for row in self.conn.execute(same_cluster)]
        found = []
        for chunk in sorted_batches(refs):
            found += [
                judgement_of(row) for row in self.conn.execute(same_cluster.where(_j.left_ref.in_(chunk)))
            ]
        return found

    def replace(
        self, refs: Collection[str], judgements: Sequence[Judgement], clusters: Mapping[str, str]
    ) -> None:
        """The automatic judgements touching `refs` and their clusters, replaced by these."""
        for chunk in sorted_batches(refs):
            touching = sa.or_(_j.left_ref.in_(chunk), _j.right_ref.in_(chunk))
            self.conn.execute(sa.delete(schema.judgements).where(_j.source == "auto", touching))
            self.conn.execute(sa.delete(schema.entity_clusters).where(_c.ref.in_(chunk)))
        self._insert(judgements, clusters)

    def replace_all(self, judgements: Sequence[Judgement], clusters: Mapping[str, str]) -> None:
        self.conn.execute(sa.delete(schema.judgements).where(_j.source == "auto"))
        self.conn.execute(sa.delete(schema.entity_clusters))
        self._insert(judgements, clusters)

    def _insert(self, judgements: Sequence[Judgement], clusters: Mapping[str, str]) -> None:
        now = datetime.now(UTC)
        for chunk in batches(judgements, _ROWS):
            self.conn.execute(
                sa.insert(schema.judgements),
                [judgement_values(replace(j, source="auto"), now) for j in chunk],
            )
        ids = self._document_ids({ref.partition(":")[0] for ref in clusters})
        for members in batches(clusters.items(), _ROWS):
            self.conn.execute(
                sa.insert(schema.entity_clusters), [_cluster_row(ids, ref, cid) for ref, cid in members]
            )

    def _document_ids(self, prefixes: Collection[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for chunk in sorted_batches(prefixes):
            prefix = sa.func.substr(_d.sha256, 1, 16)
            rows = self.conn.execute(sa.select(prefix, _d.id).where(prefix.in_(chunk)))
            found.update((p, i) for p, i in rows)
        return found


def _cluster_row(ids: Mapping[str, int], ref: str, cluster_id: str) -> dict[str, Any]:
    prefix, _, key = ref.partition(":")
    if prefix not in ids or not key:
        raise NotFound(message("unknown_ref", ref=ref))
    return {"ref": ref, "document_id": ids[prefix], "key": key, "cluster_id": cluster_id}


def judgement_of(row: Any) -> Judgement:
    """A judgements row as the model's Judgement (the one conversion, for the store too)."""
    verdict = Verdict(row.verdict)
    return Judgement(row.left_ref, row.right_ref, verdict, float(row.score), row.evidence, row.source)


def judgement_values(judgement: Judgement, now: datetime) -> dict[str, Any]:
    return {
        "left_ref": judgement.left,
        "right_ref": judgement.right,
        "verdict": judgement.verdict.value,
        "score": judgement.score,
        "evidence": judgement.evidence,
        "source": judgement.source,
        "created_at": now,
    }
