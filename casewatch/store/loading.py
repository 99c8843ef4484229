"""The Store's reading of extractions, reviews, full-text search and overview figures (mixed into `Store`)."""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from casewatch.model import DocumentMeta, DocumentStatus, Extraction, FactReview
from casewatch.store import admission, facts, reviews, tallies
from casewatch.store import overview as figures
from casewatch.store import search as fulltext
from casewatch.store.listing import BATCH, ORDERS, DocumentFilter, StoreBase, document_row, select_documents
from casewatch.store.rows import DocumentRow, SearchHit
from casewatch.store.schema import FACT_TABLES, documents

_d = documents.c
FRESH_KEPT = 1000  # extractions an ingest keeps in memory at most (see FreshExtractions)


class FreshExtractions:
    """Extractions an ingest keeps in memory after storing them, for its views to read back: decoding
    them from their fact rows again cost more than storing them. Kept only while an ingest holds them
    (`keeping`), bounded so a large batch's memory stays flat (the latest stored are kept: a refresh
    reads in id order, the last ones read last)."""

    def __init__(self) -> None:
        self._kept: dict[int, Extraction] | None = None  # document id -> extraction stored here
        self._holders = 0
        self._lock = threading.Lock()

    @contextmanager
    def keeping(self) -> Iterator[None]:
        """While inside, the extractions saved are kept. Only while an ingest runs: a document stored
        is then claimed by it, so no other writer changes its facts meanwhile."""
        with self._lock:
            if self._holders == 0:
                self._kept = {}
            self._holders += 1
        try:
            yield
        finally:
            with self._lock:
                self._holders -= 1
                if self._holders == 0:
                    self._kept = None

    def held(self) -> list[int] | None:
        """The ids of the extractions kept, oldest first; None when no ingest keeps any."""
        kept = self._kept
        return None if kept is None else list(kept)

    def keep(self, stored: Sequence[tuple[int, Extraction]]) -> None:
        """Remember extractions just committed, while an ingest keeps them."""
        with self._lock:
            kept = self._kept
            if kept is None:
                return
            for document_id, ext in stored:
                kept.pop(document_id, None)  # re-inserted: it is the latest now
                kept[document_id] = ext
            while len(kept) > FRESH_KEPT:
                del kept[next(iter(kept))]

    def of(self, ids: Sequence[int], fields: Collection[str] | None) -> dict[int, Extraction]:
        """The kept extractions of these documents, with only `fields`' fact lists as loading gives."""
        kept = self._kept
        if not kept:
            return {}
        found = {i: kept[i] for i in ids if i in kept}
        if fields is None:
            return found
        left_out: dict[str, Any] = {name: () for name in FACT_TABLES if name not in fields}
        return {i: replace(ext, **left_out) for i, ext in found.items()}


class ExtractionsStore(StoreBase):
    """Extractions as reviewed, search and the overview's aggregates."""

    _fresh: FreshExtractions  # made by the store's constructor: each store keeps its own

    def keeping_fresh(self) -> AbstractContextManager[None]:
        """While inside, the extractions this store saves are kept in memory (the latest `FRESH_KEPT`)
        and `extractions_of` reads them from there: an ingest's views read back the facts it has just
        stored."""
        return self._fresh.keeping()

    def _keep_fresh(self, stored: Sequence[tuple[int, Extraction]]) -> None:
        self._fresh.keep(stored)

    def _fresh_of(self, ids: Sequence[int], fields: Collection[str] | None) -> dict[int, Extraction]:
        return self._fresh.of(ids, fields)

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
        chosen = DocumentFilter(status=DocumentStatus.OK, labels=labels)
        query = chosen.apply(select_documents().order_by(*ORDERS["id"]), self.dialect)
        with self.engine.connect() as conn:
            docs = [document_row(row) for row in conn.execute(query)]
        for start in range(0, len(docs), BATCH):
            batch = docs[start : start + BATCH]
            with self.engine.connect() as conn:
                loaded = self._reviewed(conn, self._load_extractions(conn, [doc.id for doc in batch], fields))
            yield from ((doc, loaded[doc.id]) for doc in batch)

    def extractions_of(
        self, ids: Sequence[int], fields: Collection[str] | None = None
    ) -> list[tuple[DocumentRow, Extraction]]:
        """These ok documents (unknown or failed ids skipped) with their extractions (only the
        `fields` fact lists if given, as `extractions`), in id order."""
        found: list[tuple[DocumentRow, Extraction]] = []
        for start in range(0, len(ids), BATCH):
            batch = list(ids[start : start + BATCH])
            query = select_documents().where(_d.id.in_(batch), _d.status == DocumentStatus.OK.value)
            with self.engine.connect() as conn:
                docs = [document_row(row) for row in conn.execute(query)]
                kept = self._fresh_of([doc.id for doc in docs], fields)
                unkept = [doc.id for doc in docs if doc.id not in kept]
                stored = self._load_extractions(conn, unkept, fields) if unkept else {}
                loaded = self._reviewed(conn, {**kept, **stored})
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

    def overview_counts(self, labels: frozenset[str] | None = None, *, actors: bool = True) -> dict[str, int]:
        """Readable documents, failed ones, and facts (events, requests, citations) and distinct
        actors (entity clusters, unless not `actors`) of the readable ones."""
        with self.engine.connect() as conn:
            counted = figures.stored_fact_counts(tallies.counts(conn, labels))
            return {**counted, "actors": figures.actor_count(conn, labels)} if actors else counted

    def overview_tallies(self, labels: frozenset[str] | None = None) -> dict[str, dict[str, int]]:
        """Readable documents per country, genre and cited instrument (key "countries", ...)."""
        with self.engine.connect() as conn:
            return figures.stored_tallies(tallies.counts(conn, labels))

    def events_per_year(self, labels: frozenset[str] | None = None) -> list[tuple[str, str, int]]:
        """(year, event type, count) of the dated events of readable documents, oldest first."""
        with self.engine.connect() as conn:
            return figures.stored_years(tallies.counts(conn, labels))

    def count_actors(self, labels: frozenset[str] | None = None) -> int:
        """Distinct actors (entity clusters) of the readable documents."""
        with self.engine.connect() as conn:
            return figures.actor_count(conn, labels)

    def overview_figures(self, labels: frozenset[str] | None = None) -> dict[tuple[str, str], int]:
        """Every count the overview shows, as the database keeps them: (facet, value) -> count
        (facets "status", "genre", "country", "instrument", "fact", "year"), in one read."""
        with self.engine.connect() as conn:
            return tallies.counts(conn, labels)

    def settle_tallies(self) -> None:
        """Fold the counts' recorded changes into the settled counts (after a write batch)."""
        with self._writer.begin() as conn:
            tallies.settle(conn)

    def latest_documents(self, limit: int, labels: frozenset[str] | None = None) -> list[DocumentRow]:
        """Readable documents, latest date first (a year after its months), undated last, then by id
        descending. Partial ISO text sorts so: "2017-03-04" > "2017-03" > "2017"."""
        ok = select_documents().where(figures.readable(labels))
        dated = ok.where(_d.date.is_not(None)).order_by(_d.date.desc(), _d.id.desc())  # index order
        with self.engine.connect() as conn:
            rows = list(conn.execute(dated.limit(limit)).all())
            if len(rows) < limit:
                undated = ok.where(_d.date.is_(None)).order_by(_d.id.desc())
                rows += conn.execute(undated.limit(limit - len(rows))).all()
        return [document_row(row) for row in rows]

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
