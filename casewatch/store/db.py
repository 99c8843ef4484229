"""The Store: the one interface the rest of casewatch uses to keep documents, facts and judgements."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from casewatch.errors import NotFound, message
from casewatch.model import DocumentStatus, Extraction, Genre, Text
from casewatch.store import admission, bulk, facets, integrity, migrations, schema, writes
from casewatch.store import engine as engines
from casewatch.store.accounts import Accounts
from casewatch.store.asks import AsksStore
from casewatch.store.clustering import ClustersStore
from casewatch.store.followup import FollowupStore
from casewatch.store.followup_groups import FollowupGroups
from casewatch.store.followup_parts import FollowupParts
from casewatch.store.listing import (
    BATCH,
    ORDERS,
    UNCLAIMED,
    DocumentFilter,
    document_row,
    insert_ignoring_duplicates,
    merged,
    select_documents,
    upsert,
    utc_now,
)
from casewatch.store.loading import ExtractionsStore, FreshExtractions
from casewatch.store.reply_marks import ReplyMarksStore
from casewatch.store.rows import Admission, DocumentRow, ProvenanceRow, SkippedPath
from casewatch.store.schema import documents, originals, provenance, skipped_paths
from casewatch.store.state_reads import StateReads
from casewatch.store.turns import TURN_SUFFIX
from casewatch.store.view_patch import ViewPartsStore

_d = documents.c
_BULK_BATCH = 2000  # documents per bulk-load statement round


class Store(
    ExtractionsStore,
    ClustersStore,
    ViewPartsStore,
    FollowupStore,
    FollowupParts,
    FollowupGroups,
    StateReads,
    AsksStore,
    ReplyMarksStore,
):
    """Documents, their originals and facts, and resolution judgements, in SQLite or PostgreSQL."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._fresh = FreshExtractions()
        # Writes go through this engine so SQLite takes the write lock at BEGIN (see engine.py).
        self._writer = engine.execution_options(**{engines.WRITE_OPTION: True})

    @classmethod
    def open(cls, target: str) -> Store:
        """Open (creating if needed) the database at a path or URL and apply pending migrations."""
        url = engines.url_of(target)
        engine = engines.create(url)
        try:
            engines.check_connection(engine)
            migrations.migrate(
                engine.execution_options(**{engines.WRITE_OPTION: True}), engines.label_of(url)
            )
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def accounts(self) -> Accounts:
        """Users, sessions, API tokens, document labels and the audit log."""
        return Accounts(self.engine, self._writer)

    def own_files(self) -> tuple[Path, ...]:
        """The files of a SQLite database (with its WAL and shared-memory files), so an ingest of
        the folder that holds them can skip them; () for PostgreSQL and in-memory databases."""
        path = self.database_file()
        if path is None:
            return ()
        suffixes = ("-wal", "-shm", "-journal", TURN_SUFFIX)
        return (path, *(path.with_name(path.name + suffix) for suffix in suffixes))

    # ---- documents and originals ------------------------------------------------------------

    def find_by_sha(self, sha256: str) -> DocumentRow | None:
        with self.engine.connect() as conn:
            row = conn.execute(select_documents().where(_d.sha256 == sha256)).first()
        return document_row(row) if row else None

    def add_original(self, sha256: str, data: bytes) -> None:
        """Keep the original bytes; the same sha256 again is a no-op (originals never change)."""
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError(message("sha_mismatch", sha256=sha256))
        with self._writer.begin() as conn:
            insert_ignoring_duplicates(conn, originals, {"sha256": sha256, "size": len(data), "data": data})
            admission.bump(conn)

    def start_document(
        self, sha256: str, source: str, media_type: str | None, parent_id: int | None = None
    ) -> int:
        """The document id for an original, its status reset to failed until `save_extraction`.

        An ok document keeps its status: another ingest finished it, and nothing here redoes it."""
        with self._writer.begin() as conn:
            document_id = admission.start(conn, sha256, source, media_type, parent_id, utc_now())
            admission.bump(conn)
        return document_id

    def admit_document(
        self, found: writes.Arrival, by: str, claimant: str, *, stale_before: datetime
    ) -> Admission:
        """What an ingest does with a file it is about to read, in one transaction: keep the
        original, start (or find) its document, record where it was found, and claim it."""
        if hashlib.sha256(found.data).hexdigest() != found.sha256:
            raise ValueError(message("sha_mismatch", sha256=found.sha256))
        now = utc_now()
        with self._writer.begin() as conn:
            admission.add_original(conn, found.sha256, found.data)
            document_id = admission.start(
                conn, found.sha256, found.source, None, found.parent_id, now, kept=True
            )
            admission.add_provenance(conn, document_id, found.path, by, now)
            claimed = admission.claim(conn, document_id, claimant, stale_before, None, now)
            # a claim is only taken of a document not ok: its status is asked only when refused
            ok = not claimed and admission.status(conn, document_id) == DocumentStatus.OK.value
            admission.bump(conn)
        return Admission(document_id, claimed, ok)

    def claim_document(
        self, document_id: int, claimant: str, *, stale_before: datetime, replacing: str | None = None
    ) -> bool:
        """Take a document for reading, atomically: True when it is not ok and no other ingest holds it.

        A claim taken before `stale_before`, or the one named `replacing` (whose ingest is known to
        be gone), gives way. `save_extraction` and `mark_failed` end the claim."""
        with self._writer.begin() as conn:
            taken = admission.claim(conn, document_id, claimant, stale_before, replacing, utc_now())
            admission.bump(conn)
        return taken

    def claim_holder(self, document_id: int) -> str | None:
        """Which ingest holds the document now, if any."""
        with self.engine.connect() as conn:
            holder: str | None = conn.scalar(sa.select(_d.claimed_by).where(_d.id == document_id))
        return holder

    def release_claims(self, claimant: str) -> None:
        """End every claim `claimant` still holds (its batch is over, finished or not)."""
        with self._writer.begin() as conn:
            conn.execute(sa.update(documents).where(_d.claimed_by == claimant).values(**UNCLAIMED))
            admission.bump(conn)

    def add_provenance(self, document_id: int, path: str, ingested_by: str) -> None:
        """Record that the document was found at `path`: a new place, or the same place seen again."""
        with self._writer.begin() as conn:
            self._require(conn, document_id)
            admission.add_provenance(conn, document_id, path, ingested_by, utc_now())
            admission.bump(conn)

    def add_skipped(self, path: str, reason: str, ingested_by: str, outcome: str = "skipped") -> None:
        """Record a path an ingest saw but did not read into a document, and why (the latest reason)."""
        now = utc_now()
        values = {"path": path, "outcome": outcome, "reason": reason, "ingested_by": ingested_by}
        changed = ("outcome", "reason", "ingested_by", "last_seen")
        with self._writer.begin() as conn:
            upsert(conn, skipped_paths, ("path",), {**values, "first_seen": now, "last_seen": now}, changed)
            admission.bump(conn)

    def skipped(self) -> list[SkippedPath]:
        """Paths seen and not read into a document, in the order they were first seen."""
        query = sa.select(skipped_paths).order_by(skipped_paths.c.id)
        with self.engine.connect() as conn:
            return [SkippedPath(**row._mapping) for row in conn.execute(query)]

    def save_extraction(self, document_id: int, text: Text, ext: Extraction, note: str | None = None) -> None:
        """In one transaction: replace the document's facts, store its text and metadata, mark it ok.

        `note` is kept in the error column of the ok document: something a reader should know
        (facts come from part of the text only)."""
        self.save_extractions([writes.Saved(document_id, text, ext, note)])

    def save_extractions(self, batch: Sequence[writes.Saved]) -> None:
        """`save_extraction` for a batch of documents, in one transaction (all or none stored)."""
        if not batch:
            return
        ids = [saved.document_id for saved in batch]
        with self._writer.begin() as conn:
            sources = self._sources(conn, ids)
            writes.save(conn, batch, sources, utc_now())
            admission.bump(conn)
        self._keep_fresh([(saved.document_id, saved.extraction) for saved in batch])

    def _sources(self, conn: Connection, ids: Sequence[int]) -> dict[int, str]:
        """Each document's source name; NotFound when one of them is not stored."""
        held = [i for i in ids if self.holds_id(i)]
        sources = dict(conn.execute(sa.select(_d.id, _d.source).where(_d.id.in_(held))).all())
        missing = next((i for i in ids if i not in sources), None)
        if missing is not None:
            raise NotFound(message("no_document", id=missing))
        return sources

    def mark_failed(self, document_id: int, error: str, claimant: str | None = None) -> None:
        """Set the document failed with `error`; with `claimant`, only while that ingest holds it
        (a claim taken over as stale must not undo the work of the ingest that took it)."""
        values = {"status": DocumentStatus.FAILED.value, "error": error, "updated_at": utc_now(), **UNCLAIMED}
        query = sa.update(documents).where(_d.id == document_id)
        if claimant is not None:
            query = query.where(_d.claimed_by == claimant)
        with self._writer.begin() as conn:
            self._require(conn, document_id)
            conn.execute(query.values(**values))
            admission.bump(conn)

    def document(self, document_id: int) -> DocumentRow:
        """One document, with its text."""
        if not self.holds_id(document_id):
            raise NotFound(message("no_document", id=document_id))
        with self.engine.connect() as conn:
            row = conn.execute(select_documents(with_text=True).where(_d.id == document_id)).first()
        if row is None:
            raise NotFound(message("no_document", id=document_id))
        return document_row(row)

    def load_text(self, document_id: int) -> str:
        """The document's stored text ("" until an extraction was saved)."""
        with self.engine.connect() as conn:
            self._require(conn, document_id)
            return conn.scalar(sa.select(_d.text).where(_d.id == document_id)) or ""

    def load_texts(self, ids: Sequence[int]) -> Iterator[tuple[int, str]]:
        """The stored texts of these documents (unknown ids skipped), in the order given, read in
        batches: a few queries where `load_text` would make two per document."""
        for start in range(0, len(ids), BATCH):
            batch = list(ids[start : start + BATCH])
            with self.engine.connect() as conn:
                found = dict(conn.execute(sa.select(_d.id, _d.text).where(_d.id.in_(batch))).all())
            yield from ((i, found[i] or "") for i in batch if i in found)

    def documents(
        self,
        *,
        status: DocumentStatus | str | None = None,
        genre: Genre | str | None = None,
        country: str | None = None,
        where: DocumentFilter | None = None,
        limit: int | None = None,
        offset: int = 0,
        order: str = "date",
    ) -> list[DocumentRow]:
        """Documents (without text) filtered and ordered; `order` is date, -date, id, source or updated.

        `where` filters further (date range, sender); status, genre and country are shorthands."""
        if order not in ORDERS:
            raise ValueError(message("bad_order", order=order, choices=", ".join(ORDERS)))
        query = select_documents().order_by(*ORDERS[order]).limit(limit).offset(offset)
        by_date = order in ("date", "-date")
        query = merged(where, status, genre, country).apply(query, self.dialect, ordered=by_date)
        with self.engine.connect() as conn:
            return [document_row(row) for row in conn.execute(query)]

    def count_documents(
        self,
        *,
        status: DocumentStatus | str | None = None,
        genre: Genre | str | None = None,
        country: str | None = None,
        where: DocumentFilter | None = None,
    ) -> int:
        """How many documents `documents()` would list with these filters (one COUNT query)."""
        chosen = merged(where, status, genre, country)
        query = chosen.apply(sa.select(sa.func.count()).select_from(documents), self.dialect)
        with self.engine.connect() as conn:
            return int(conn.scalar(query) or 0)

    def document_countries(self, labels: frozenset[str] | None = None) -> list[str]:
        """Every country code a document names (one of these confidentiality `labels`; None: any), sorted."""
        visible = None if labels is None else sa.select(_d.id).where(_d.confidentiality.in_(sorted(labels)))
        with self.engine.connect() as conn:
            return facets.countries(conn, visible)

    def failures(self) -> list[DocumentRow]:
        return self.documents(status=DocumentStatus.FAILED, order="id")

    def add_unkept_original(self, sha256: str, size: int) -> None:
        """Record a file too large to keep: its hash and size, no bytes (`original` then says so)."""
        with self._writer.begin() as conn:
            insert_ignoring_duplicates(conn, originals, {"sha256": sha256, "size": size, "data": b""})
            admission.bump(conn)

    def original(self, document_id: int) -> bytes:
        query = sa.select(originals.c.data, originals.c.size).join(documents, _d.sha256 == originals.c.sha256)
        if not self.holds_id(document_id):
            raise NotFound(message("no_document", id=document_id))
        with self.engine.connect() as conn:
            row = conn.execute(query.where(_d.id == document_id)).first()
        if row is None:
            raise NotFound(message("no_document", id=document_id))
        if len(row.data) != row.size:
            raise NotFound(message("original_not_kept", size=row.size))
        return bytes(row.data)

    def provenance(self, document_id: int) -> list[ProvenanceRow]:
        query = sa.select(provenance).where(provenance.c.document_id == document_id)
        if not self.holds_id(document_id):
            return []
        with self.engine.connect() as conn:
            return [ProvenanceRow(**row._mapping) for row in conn.execute(query.order_by(provenance.c.id))]

    # ---- housekeeping ---------------------------------------------------------------------------

    def revision(self) -> int:
        """A number that grows with every write through the Store (one indexed row read).

        Views derived from the collection can be cached while it stays the same.
        """
        rev = schema.revision
        with self.engine.connect() as conn:
            return int(conn.scalar(sa.select(rev.c.value).where(rev.c.id == 1)) or 0)

    def bulk_load(self, docs: Iterable[bulk.BulkDocument], ingested_by: str = "bulk") -> list[int]:
        """Store many extracted documents fast (one transaction per few thousand); the new ids.

        Documents whose original the store already holds are skipped, as ingest would.
        """
        loaded: list[int] = []
        batch: list[bulk.BulkDocument] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) == _BULK_BATCH:
                loaded += self._bulk_batch(batch, ingested_by)
                batch = []
        return loaded + (self._bulk_batch(batch, ingested_by) if batch else [])

    def _bulk_batch(self, batch: Sequence[bulk.BulkDocument], ingested_by: str) -> list[int]:
        with self._writer.begin() as conn:
            ids = bulk.load(conn, batch, utc_now(), ingested_by)
            admission.bump(conn)
        return ids

    def counts(self) -> dict[str, int]:
        """Rows per kind: documents (ok, failed), originals, provenance, each fact table, resolution."""
        with self.engine.connect() as conn:
            return integrity.counts(conn)

    def integrity_check(self) -> list[str]:
        """Problems found in the database; [] when it is sound."""
        with self._writer.begin() as conn:
            return integrity.problems(conn)
