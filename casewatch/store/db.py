"""The Store: the one interface the rest of casewatch uses to keep documents, facts and judgements."""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from casewatch.errors import NotFound, message
from casewatch.model import (
    DocumentMeta,
    DocumentStatus,
    EntityRecord,
    Extraction,
    FactReview,
    Genre,
    Judgement,
    PartialDate,
    Text,
)
from casewatch.store import (
    admission,
    asks,
    bulk,
    facets,
    facts,
    integrity,
    migrations,
    reviews,
    schema,
    views,
    writes,
)
from casewatch.store import derived as derived_views
from casewatch.store import engine as engines
from casewatch.store import overview as figures
from casewatch.store import search as fulltext
from casewatch.store.accounts import Accounts
from casewatch.store.asks import AsksStore
from casewatch.store.followup import FollowupStore
from casewatch.store.followup_parts import FollowupParts
from casewatch.store.resolution import (
    Resolving,
    entity_record,
    judgement_of,
    judgement_values,
    records_query,
)
from casewatch.store.rows import (
    ActorRow,
    Admission,
    DocumentRow,
    ProvenanceRow,
    SearchHit,
    SkippedPath,
    TimelineChoices,
    TimelineFilter,
)
from casewatch.store.schema import (
    EVERYTHING,
    FACT_TABLES,
    doc_entities,
    documents,
    entity_clusters,
    originals,
    provenance,
    skipped_paths,
)

_d = documents.c
_JUDGEMENTS = schema.judgements  # the name `judgements` is also a method and a parameter
_ORDERS: dict[str, tuple[Any, ...]] = {
    "date": (_d.date.is_(None), _d.date, _d.id),
    "-date": (_d.date.is_(None), _d.date.desc(), _d.id.desc()),
    "id": (_d.id,),
    "source": (_d.source, _d.id),
    "updated": (_d.updated_at.desc(), _d.id.desc()),
}
_BATCH = 200  # documents per round of extraction loading (stays under SQL parameter limits)
_BULK_BATCH = 2000  # documents per bulk-load statement round
_ROW_COLUMNS = [c for c in documents.c if c.name not in ("text", "meta", "claimed_by", "claimed_at")]
_UNCLAIMED = {"claimed_by": None, "claimed_at": None}
_AFTER_BATCH_LOCK = 0x62617463  # the session lock of `Store.one_at_a_time`; unlike every other lock key
# The largest id each database's integer column holds: a bigger number from a URL names no
# document, and must not reach the driver (which refuses it with an overflow, a server error).
_MAX_ID = {"sqlite": 2**63 - 1, "postgresql": 2**31 - 1}


def _now() -> datetime:
    return datetime.now(UTC)


def _partial(value: str | None) -> PartialDate | None:
    return PartialDate.parse(value) if value else None


def _document_row(row: Any) -> DocumentRow:
    values = row._mapping
    return DocumentRow(
        id=values["id"],
        sha256=values["sha256"],
        source=values["source"],
        media_type=values["media_type"],
        parent_id=values["parent_id"],
        status=DocumentStatus(values["status"]),
        error=values["error"],
        genre=Genre(values["genre"]) if values["genre"] else None,
        date=_partial(values["date"]),
        reference=values["reference"],
        language=values["language"],
        countries=tuple(values["countries"] or ()),
        reply_due=_partial(values["reply_due"]),
        title=values["title"],
        encoding=values["encoding"],
        pages=values["pages"],
        size=values["size"],
        created_at=values["created_at"],
        updated_at=values["updated_at"],
        text=values.get("text"),
        confidentiality=values.get("confidentiality") or "internal",
    )


def _select_documents(with_text: bool = False) -> sa.Select[Any]:
    columns = [*_ROW_COLUMNS, originals.c.size, *([_d.text] if with_text else [])]
    return sa.select(*columns).join(originals, originals.c.sha256 == _d.sha256)


@dataclass(frozen=True)
class DocumentFilter:
    """Which documents a list shows: by status, genre, country, a date range, a sender's name.

    The range is given as its first and last days in ISO form; a document is in it when its
    (possibly partial) date overlaps it. `sender` matches part of a sender's or signatory's name.
    """

    status: DocumentStatus | str | None = None
    genre: Genre | str | None = None
    country: str | None = None
    first_day: str | None = None
    last_day: str | None = None
    sender: str | None = None
    labels: frozenset[str] | None = None  # confidentiality labels the reader may see; None: all

    def apply(self, query: sa.Select[Any], dialect: str, *, ordered: bool = False) -> sa.Select[Any]:
        """The query narrowed to these documents. An `ordered` query (a page of the list in date
        order) reads the date index and checks each row, so its conditions are written in a form
        no other index serves: SQLite would otherwise pick one and sort every match."""
        if self.labels is not None:
            query = query.where(_unindexed(_d.confidentiality, ordered).in_(sorted(self.labels)))
        if self.status is not None:
            query = query.where(_unindexed(_d.status, ordered) == str(self.status))
        if self.genre is not None:
            query = query.where(_unindexed(_d.genre, ordered) == str(self.genre))
        if self.country is not None:  # (document, country) pairs are kept by triggers
            query = query.where(
                facets.names(_d.id, self.country) if ordered else _d.id.in_(facets.naming(self.country))
            )
        if self.first_day or self.last_day:
            query = query.where(views.dated_within(_d.date, self.first_day, self.last_day))
        if self.sender:
            query = query.where(views.sent_by(dialect, self.sender))
        return query


def _unindexed(column: sa.ColumnElement[Any], ordered: bool) -> sa.ColumnElement[Any]:
    """The column, or when `ordered` the same value as an expression no index holds."""
    return sa.func.coalesce(column, None) if ordered else column


def _merged(where: DocumentFilter | None, status: Any, genre: Any, country: str | None) -> DocumentFilter:
    """The filter `where`, with the shorthand arguments given taking precedence."""
    chosen = where or DocumentFilter()
    return replace(
        chosen,
        status=status or chosen.status,
        genre=genre or chosen.genre,
        country=country or chosen.country,
    )


def _insert_ignoring_duplicates(conn: Connection, table: sa.Table, values: dict[str, Any]) -> None:
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(table).values(**values).on_conflict_do_nothing())


def _upsert(
    conn: Connection, table: sa.Table, key: Sequence[str], values: dict[str, Any], changed: Sequence[str]
) -> None:
    """Insert `values`, or when a row with the same `key` exists, set its `changed` columns."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(table).values(**values)
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=list(key), set_={name: statement.excluded[name] for name in changed}
        )
    )


class Store(FollowupStore, FollowupParts, AsksStore):
    """Documents, their originals and facts, and resolution judgements, in SQLite or PostgreSQL."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
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
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def accounts(self) -> Accounts:
        """Users, sessions, API tokens, document labels and the audit log."""
        return Accounts(self.engine, self._writer)

    def own_files(self) -> tuple[Path, ...]:
        """The files of a SQLite database (with its WAL and shared-memory files), so an ingest of
        the folder that holds them can skip them; () for PostgreSQL and in-memory databases."""
        database = self.engine.url.database
        if self.dialect != "sqlite" or not database or database == ":memory:":
            return ()
        path = Path(database)
        return (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")))

    # ---- documents and originals ------------------------------------------------------------

    def find_by_sha(self, sha256: str) -> DocumentRow | None:
        with self.engine.connect() as conn:
            row = conn.execute(_select_documents().where(_d.sha256 == sha256)).first()
        return _document_row(row) if row else None

    def add_original(self, sha256: str, data: bytes) -> None:
        """Keep the original bytes; the same sha256 again is a no-op (originals never change)."""
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError(message("sha_mismatch", sha256=sha256))
        with self._writer.begin() as conn:
            _insert_ignoring_duplicates(conn, originals, {"sha256": sha256, "size": len(data), "data": data})
            admission.bump(conn)

    def start_document(
        self, sha256: str, source: str, media_type: str | None, parent_id: int | None = None
    ) -> int:
        """The document id for an original, its status reset to failed until `save_extraction`.

        An ok document keeps its status: another ingest finished it, and nothing here redoes it."""
        with self._writer.begin() as conn:
            document_id = admission.start(conn, sha256, source, media_type, parent_id, _now())
            admission.bump(conn)
        return document_id

    def admit_document(
        self, found: writes.Arrival, by: str, claimant: str, *, stale_before: datetime
    ) -> Admission:
        """What an ingest does with a file it is about to read, in one transaction: keep the
        original, start (or find) its document, record where it was found, and claim it."""
        if hashlib.sha256(found.data).hexdigest() != found.sha256:
            raise ValueError(message("sha_mismatch", sha256=found.sha256))
        now = _now()
        with self._writer.begin() as conn:
            admission.add_original(conn, found.sha256, found.data)
            document_id = admission.start(conn, found.sha256, found.source, None, found.parent_id, now)
            admission.add_provenance(conn, document_id, found.path, by, now)
            claimed = admission.claim(conn, document_id, claimant, stale_before, None, now)
            status = admission.status(conn, document_id)
            admission.bump(conn)
        return Admission(document_id, claimed, status == DocumentStatus.OK.value)

    def claim_document(
        self, document_id: int, claimant: str, *, stale_before: datetime, replacing: str | None = None
    ) -> bool:
        """Take a document for reading, atomically: True when it is not ok and no other ingest holds it.

        A claim taken before `stale_before`, or the one named `replacing` (whose ingest is known to
        be gone), gives way. `save_extraction` and `mark_failed` end the claim."""
        with self._writer.begin() as conn:
            taken = admission.claim(conn, document_id, claimant, stale_before, replacing, _now())
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
            conn.execute(sa.update(documents).where(_d.claimed_by == claimant).values(**_UNCLAIMED))
            admission.bump(conn)

    def add_provenance(self, document_id: int, path: str, ingested_by: str) -> None:
        """Record that the document was found at `path`: a new place, or the same place seen again."""
        with self._writer.begin() as conn:
            self._require(conn, document_id)
            admission.add_provenance(conn, document_id, path, ingested_by, _now())
            admission.bump(conn)

    def add_skipped(self, path: str, reason: str, ingested_by: str, outcome: str = "skipped") -> None:
        """Record a path an ingest saw but did not read into a document, and why (the latest reason)."""
        now = _now()
        values = {"path": path, "outcome": outcome, "reason": reason, "ingested_by": ingested_by}
        changed = ("outcome", "reason", "ingested_by", "last_seen")
        with self._writer.begin() as conn:
            _upsert(conn, skipped_paths, ("path",), {**values, "first_seen": now, "last_seen": now}, changed)
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
            writes.save(conn, batch, sources, _now())
            admission.bump(conn)

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
        values = {"status": DocumentStatus.FAILED.value, "error": error, "updated_at": _now(), **_UNCLAIMED}
        query = sa.update(documents).where(_d.id == document_id)
        if claimant is not None:
            query = query.where(_d.claimed_by == claimant)
        with self._writer.begin() as conn:
            self._require(conn, document_id)
            conn.execute(query.values(**values))
            admission.bump(conn)

    def holds_id(self, document_id: int) -> bool:
        """Whether the number fits the database's id column (else no document can have it)."""
        return 1 <= document_id <= _MAX_ID.get(self.dialect, 2**31 - 1)

    def document(self, document_id: int) -> DocumentRow:
        """One document, with its text."""
        if not self.holds_id(document_id):
            raise NotFound(message("no_document", id=document_id))
        with self.engine.connect() as conn:
            row = conn.execute(_select_documents(with_text=True).where(_d.id == document_id)).first()
        if row is None:
            raise NotFound(message("no_document", id=document_id))
        return _document_row(row)

    def load_text(self, document_id: int) -> str:
        """The document's stored text ("" until an extraction was saved)."""
        with self.engine.connect() as conn:
            self._require(conn, document_id)
            return conn.scalar(sa.select(_d.text).where(_d.id == document_id)) or ""

    def load_texts(self, ids: Sequence[int]) -> Iterator[tuple[int, str]]:
        """The stored texts of these documents (unknown ids skipped), in the order given, read in
        batches: a few queries where `load_text` would make two per document."""
        for start in range(0, len(ids), _BATCH):
            batch = list(ids[start : start + _BATCH])
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
        if order not in _ORDERS:
            raise ValueError(message("bad_order", order=order, choices=", ".join(_ORDERS)))
        query = _select_documents().order_by(*_ORDERS[order]).limit(limit).offset(offset)
        by_date = order in ("date", "-date")
        query = _merged(where, status, genre, country).apply(query, self.dialect, ordered=by_date)
        with self.engine.connect() as conn:
            return [_document_row(row) for row in conn.execute(query)]

    def count_documents(
        self,
        *,
        status: DocumentStatus | str | None = None,
        genre: Genre | str | None = None,
        country: str | None = None,
        where: DocumentFilter | None = None,
    ) -> int:
        """How many documents `documents()` would list with these filters (one COUNT query)."""
        chosen = _merged(where, status, genre, country)
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
            _insert_ignoring_duplicates(conn, originals, {"sha256": sha256, "size": size, "data": b""})
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

    # ---- extractions and search -------------------------------------------------------------

    @staticmethod
    def _reviewed(conn: Connection, loaded: dict[int, Extraction]) -> dict[int, Extraction]:
        """The extractions as their reviewers left them (see store/reviews.py)."""
        found = reviews.latest(conn, list(loaded))
        return {i: reviews.apply(ext, found.get(i, [])) for i, ext in loaded.items()}

    def reviewed_extraction(self, document_id: int) -> Extraction:
        """The document's extraction with its reviews applied (what every view shows)."""
        with self.engine.connect() as conn:
            self._require(conn, document_id)
            return self._reviewed(conn, {document_id: self._load_extraction(conn, document_id)})[document_id]

    def review_fact(self, document_id: int, review: FactReview) -> None:
        """Keep an editor's review of one event or request of the document."""
        with self._writer.begin() as conn:
            self._require(conn, document_id)
            sha = conn.scalar(sa.select(_d.sha256).where(_d.id == document_id))
            reviews.add(conn, str(sha), review)
            admission.bump(conn)

    def fact_reviews(self, document_id: int) -> list[FactReview]:
        """The latest review of each reviewed fact of the document."""
        with self.engine.connect() as conn:
            return reviews.latest(conn, [document_id]).get(document_id, [])

    def load_extraction(self, document_id: int) -> Extraction:
        """Exactly the Extraction last given to `save_extraction` for this document."""
        with self.engine.connect() as conn:
            self._require(conn, document_id)
            return self._load_extraction(conn, document_id)

    def _load_extraction(self, conn: Connection, document_id: int) -> Extraction:
        return self._load_extractions(conn, [document_id])[document_id]

    @staticmethod
    def _load_extractions(
        conn: Connection, ids: Sequence[int], fields: Collection[str] | None = None
    ) -> dict[int, Extraction]:
        """Extractions of several documents with one query per table (only `fields`' tables if given)."""
        metas = dict(conn.execute(sa.select(_d.id, _d.meta).where(_d.id.in_(ids))).all())
        wanted = {name: t for name, t in FACT_TABLES.items() if fields is None or name in fields}
        rows: dict[int, dict[str, list[Any]]] = {i: {name: [] for name in wanted} for i in ids}
        for name, table in wanted.items():
            query = (
                sa.select(table)
                .where(table.c.document_id.in_(ids))
                .order_by(table.c.document_id, table.c.seq)
            )
            for row in conn.execute(query):
                rows[row.document_id][name].append(row._mapping)
        return {i: facts.extraction(metas.get(i), rows[i]) for i in ids}

    def extractions(
        self, fields: Collection[str] | None = None, labels: frozenset[str] | None = None
    ) -> Iterator[tuple[DocumentRow, Extraction]]:
        """Every ok document (of these confidentiality `labels`, None: all) with its extraction,
        in id order (loaded in batches).

        `fields` names the fact lists to load (e.g. {"entities", "events"}); the others stay
        empty, which saves most of the time on a large collection. None loads everything.
        """
        docs = self.documents(where=DocumentFilter(status=DocumentStatus.OK, labels=labels), order="id")
        for start in range(0, len(docs), _BATCH):
            batch = docs[start : start + _BATCH]
            with self.engine.connect() as conn:
                loaded = self._reviewed(conn, self._load_extractions(conn, [doc.id for doc in batch], fields))
            yield from ((doc, loaded[doc.id]) for doc in batch)

    def extractions_of(
        self, ids: Sequence[int], fields: Collection[str] | None = None
    ) -> list[tuple[DocumentRow, Extraction]]:
        """These ok documents (unknown or failed ids skipped) with their extractions (only the
        `fields` fact lists if given, as `extractions`), in id order."""
        found: list[tuple[DocumentRow, Extraction]] = []
        for start in range(0, len(ids), _BATCH):
            batch = list(ids[start : start + _BATCH])
            query = _select_documents().where(_d.id.in_(batch), _d.status == DocumentStatus.OK.value)
            with self.engine.connect() as conn:
                docs = [_document_row(row) for row in conn.execute(query)]
                loaded = self._reviewed(conn, self._load_extractions(conn, [doc.id for doc in docs], fields))
            found += [(doc, loaded[doc.id]) for doc in docs]
        return sorted(found, key=lambda pair: pair[0].id)

    def search(
        self,
        query: str,
        limit: int = 20,
        offset: int = 0,
        *,
        seconds: float = fulltext.SEARCH_SECONDS,
        stop: fulltext.Stop | None = None,
        labels: Collection[str] | None = None,
        shown: fulltext.Shown | None = None,
    ) -> list[SearchHit]:
        """Ranked full-text hits for any user string (it is never passed on as query syntax), for
        its first `fulltext.MAX_TERMS` words, among documents of these confidentiality `labels`
        (None: all); SearchStopped past `seconds` or once `stop` is set. Only the hits `shown`
        accepts get a snippet (None: all), so a page counting more hits than it shows stays fast."""
        seen = sorted(labels) if labels is not None else fulltext.ALL_LABELS
        with self.engine.connect() as conn:
            return fulltext.search(conn, query, limit, offset, seconds, stop, seen, shown)

    # ---- overview figures (aggregates, no collection load) ----------------------------------------

    # Each takes the confidentiality `labels` of the documents it counts (None: all).

    def overview_counts(self, labels: frozenset[str] | None = None) -> dict[str, int]:
        """Readable documents, failed ones, and facts (events, requests, citations) and distinct
        actors (entity clusters) of the readable ones."""
        with self.engine.connect() as conn:
            return {**figures.fact_counts(conn, labels), "actors": figures.actor_count(conn, labels)}

    def overview_tallies(self, labels: frozenset[str] | None = None) -> dict[str, dict[str, int]]:
        """Readable documents per country, genre and cited instrument (key "countries", ...)."""
        with self.engine.connect() as conn:
            return figures.tallies(conn, labels)

    def events_per_year(self, labels: frozenset[str] | None = None) -> list[tuple[str, str, int]]:
        """(year, event type, count) of the dated events of readable documents, oldest first."""
        with self.engine.connect() as conn:
            return figures.events_per_year(conn, labels)

    def latest_documents(self, limit: int, labels: frozenset[str] | None = None) -> list[DocumentRow]:
        """Readable documents, latest date first (a year after its months), undated last, then by id
        descending. Partial ISO text sorts so: "2017-03-04" > "2017-03" > "2017"."""
        ok = _select_documents().where(figures.readable(labels))
        dated = ok.where(_d.date.is_not(None)).order_by(_d.date.desc(), _d.id.desc())  # index order
        with self.engine.connect() as conn:
            rows = list(conn.execute(dated.limit(limit)).all())
            if len(rows) < limit:
                undated = ok.where(_d.date.is_(None)).order_by(_d.id.desc())
                rows += conn.execute(undated.limit(limit - len(rows))).all()
        return [_document_row(row) for row in rows]

    def asking_documents(
        self, today: str, *, due: bool, labels: frozenset[str] | None = None
    ) -> Iterator[figures.DatedDocument]:
        """Documents asking for a reply by a date not yet past on `today` (ISO) or, `due`, past;
        earliest first, with their dates and countries only. Read as they are consumed: stop
        early to read only what is needed."""
        with self.engine.connect() as conn:
            yield from figures.asking(conn, today, due=due, labels=labels)

    def dated_documents(self, ids: Collection[int]) -> dict[int, figures.DatedDocument]:
        with self.engine.connect() as conn:
            return figures.dated_documents(conn, sorted(ids))

    def deadline_documents(self) -> list[figures.DatedDocument]:
        """Readable documents that ask for a reply by a date, and dated government replies."""
        with self.engine.connect() as conn:
            return figures.deadline_documents(conn)

    def metas(self, ids: Collection[int]) -> dict[int, DocumentMeta]:
        """The stored DocumentMeta of a few documents (unknown ids left out)."""
        query = sa.select(_d.id, _d.meta).where(_d.id.in_(list(ids)))
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return {i: facts.decode_dataclass(DocumentMeta, m) if m else DocumentMeta() for i, m in rows}

    def top_actors(self, limit: int, labels: frozenset[str] | None = None) -> list[figures.ActorTally]:
        """The most involved actors (see `overview.top_actors`), unordered among ties."""
        with self.engine.connect() as conn:
            return figures.top_actors(conn, limit, labels)

    # ---- resolution ---------------------------------------------------------------------------

    def entity_records(self) -> list[EntityRecord]:
        """Non-board entities of ok documents, as cross-document resolution sees them."""
        query = records_query().order_by(_d.id, doc_entities.c.seq)
        with self.engine.connect() as conn:
            return [entity_record(row) for row in conn.execute(query)]

    def replace_auto_judgements(self, judgements: Sequence[Judgement]) -> None:
        """Drop every automatic judgement and keep these instead; user judgements stay."""
        now = _now()
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
                sa.insert(_JUDGEMENTS).values(**judgement_values(replace(judgement, source="user"), _now()))
            )
            admission.bump(conn)

    def judgements(self, source: str | None = None) -> list[Judgement]:
        query = sa.select(_JUDGEMENTS).order_by(_JUDGEMENTS.c.id)
        if source is not None:
            query = query.where(_JUDGEMENTS.c.source == source)
        with self.engine.connect() as conn:
            return [judgement_of(row) for row in conn.execute(query)]

    @contextmanager
    def one_at_a_time(self) -> Iterator[None]:
        """Processes run the block one after another (a PostgreSQL session lock; SQLite's single
        writer already orders them). For work made of several transactions that two ingests
        must not interleave: resolving, then recomputing the stored views."""
        if self.dialect != "postgresql":
            yield
            return
        with self.engine.connect() as conn:
            conn.execute(sa.text("SELECT pg_advisory_lock(:key)"), {"key": _AFTER_BATCH_LOCK})
            conn.commit()
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
            asks.clear(conn)
            for scope, views in scoped.items():
                asks.add(conn, scope, views.requests)

    def timeline_page(
        self, *, limit: int = 100, offset: int = 0, scope: str = EVERYTHING, **filters: str | None
    ) -> list[tuple[int, dict[str, Any]]]:
        """(rank, body) of the held timeline entries of a label scope matching the filters (the
        fields of TimelineFilter: type, country, actor, year_from, year_to), in date order."""
        chosen = TimelineFilter(**filters)
        with self.engine.connect() as conn:
            return derived_views.timeline_page(conn, chosen, limit=limit, offset=offset, scope=scope)

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
            for start in range(0, len(document_ids), _BATCH):
                batch = list(document_ids[start : start + _BATCH])
                query = sa.select(c.ref, c.cluster_id).where(c.document_id.in_(batch))
                found.update((ref, cluster_id) for ref, cluster_id in conn.execute(query))
        return found

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
            ids = bulk.load(conn, batch, _now(), ingested_by)
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

    def _require(self, conn: Connection, document_id: int) -> None:
        stored = self.holds_id(document_id) and conn.scalar(sa.select(_d.id).where(_d.id == document_id))
        if not stored:
            raise NotFound(message("no_document", id=document_id))
