"""Full-text search on both backends: the query language of query.py over the terms of terms.py.

Each document's words, folded and stemmed in its language, are kept in `search_terms`: an FTS5
table on SQLite (columns words, stems), a tsvector on PostgreSQL (words weighted A, stems B).
A query is parsed once and rebuilt in each engine's syntax from folded word characters only,
so no user text reaches an engine as syntax; snippets are built from the stored text.

Every search is bounded: its first MAX_TERMS terms only (query.py), a time limit (SQLite: a
progress handler that looks at the clock; PostgreSQL: `statement_timeout`), and a `Stop` that
another thread can set (the client went away, the server is closing) to end it at once.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.sql.selectable import TextualSelect

from casewatch.errors import SearchStopped, message
from casewatch.model import Genre, PartialDate
from casewatch.store.query import MAX_TERMS, Query, parse, to_fts5, to_tsquery
from casewatch.store.rows import SearchHit
from casewatch.store.schema import JSON_LIST
from casewatch.store.snippet import SCAN_CHARS, Passages
from casewatch.store.terms import index_terms

# One statement per search on either engine: rank, keep the readable documents of the reader's
# labels, and read the hits' rows with the head of their text (for the snippet). A page that counts
# more hits than it shows (`shown`) reads the rows without heads, then the shown ones' heads by id.
# SQLite ranks in the index alone first: joining documents for every match (to check the status)
# reads each matching row and dominates the time for common words. The best rowids, with a little
# slack for the rare failed or unseen documents among them, are then joined in the same statement;
# `ranked` says how many the index gave, so a short answer can tell "no more" from "all filtered".
_HEAD = f"substr(d.text, 1, {SCAN_CHARS}) AS head"
_NO_HEAD = "NULL AS head"  # a page counting more hits than it shows reads the shown ones' heads after
_HIT_SQL = "d.id, d.source, d.title, d.genre, d.date, d.countries, d.language"


def _sqlite_search(head: str) -> TextualSelect:
    return (
        sa.text(
            "WITH best AS (SELECT rowid AS id, bm25(search_terms, 2.0, 1.0) AS score FROM search_terms"
            " WHERE search_terms MATCH :query ORDER BY score, rowid LIMIT :depth),"
            " counted AS (SELECT id, score, count(*) OVER () AS ranked FROM best)"
            f" SELECT {_HIT_SQL}, {head}, c.score, c.ranked FROM counted AS c LEFT JOIN documents AS d"
            " ON d.id = c.id AND d.status = 'ok'"
            " AND d.confidentiality IN (SELECT value FROM json_each(:labels))"
            # the readable first; the others say `ranked`
            " ORDER BY d.id IS NULL, c.score, c.id LIMIT :limit"
        ).columns()  # countries as their JSON text: _hit decodes each distinct list once
    )


def _sqlite_search_ok(head: str) -> TextualSelect:
    """Many unseen or failed documents among the best: rank among the readable ones only."""
    return (
        sa.text(
            f"SELECT {_HIT_SQL}, {head}, bm25(search_terms, 2.0, 1.0) AS score, 0 AS ranked"
            " FROM search_terms AS t JOIN documents AS d ON d.id = t.rowid WHERE search_terms MATCH :query"
            " AND d.status = 'ok' AND d.confidentiality IN (SELECT value FROM json_each(:labels))"
            " ORDER BY score, t.rowid LIMIT :limit"
        ).columns()  # countries as their JSON text: _hit decodes each distinct list once
    )


_SLACK = 20
SEARCH_SECONDS = 5.0
# SQLite VM steps between looks at the clock: about 50 ms apart at worst; no measurable cost.
_PROGRESS_STEPS = 1000
_QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE for a statement timeout or cancel
Shown = Callable[[SearchHit], bool]  # which hits a page shows, so only those get a snippet
__all__ = ["MAX_TERMS", "SEARCH_SECONDS", "Shown", "Stop", "bounded", "index_documents", "search"]


def _pg_best(head: str) -> TextualSelect:
    """As on SQLite: the best few ranked from the index table alone (joining documents for every
    match made PostgreSQL scan the whole documents table), then their rows read by primary key."""
    return sa.text(
        "WITH best AS MATERIALIZED (SELECT t.document_id AS id, -ts_rank_cd(t.terms, q.query) AS score"
        " FROM search_terms AS t, to_tsquery('simple', :query) AS q(query) WHERE t.terms @@ q.query"
        " ORDER BY score, t.document_id LIMIT :depth),"
        " counted AS (SELECT id, score, count(*) OVER () AS ranked FROM best),"
        " chosen AS (SELECT c.id AS hit, c.score, c.ranked, r.id AS readable FROM counted AS c"
        " LEFT JOIN documents AS r ON r.id = c.id AND r.status = 'ok' AND r.confidentiality = ANY(:labels)"
        " ORDER BY r.id IS NULL, c.score, c.id LIMIT :limit)"  # the text's head read for these only
        f" SELECT {_HIT_SQL}, {head}, c.score, c.ranked FROM chosen AS c"
        " LEFT JOIN documents AS d ON d.id = c.readable ORDER BY c.readable IS NULL, c.score, c.hit"
    ).columns(countries=JSON_LIST)


def _pg_search(head: str) -> TextualSelect:
    """Many unseen or failed documents among the best: rank among the readable ones only."""
    return sa.text(
        f"SELECT {_HIT_SQL}, {head}, -ts_rank_cd(t.terms, q.query) AS score, 0 AS ranked"
        " FROM search_terms AS t JOIN documents AS d ON d.id = t.document_id,"
        " to_tsquery('simple', :query) AS q(query)"
        " WHERE t.terms @@ q.query AND d.status = 'ok' AND d.confidentiality = ANY(:labels)"
        " ORDER BY score, t.document_id LIMIT :limit"
    ).columns(countries=JSON_LIST)


_PG_HEAD = f"left(d.text, {SCAN_CHARS}) AS head"
# (ranking statement, readable-only statement) per engine, with the heads read or not
_STATEMENTS = {
    ("sqlite", True): (_sqlite_search(_HEAD), _sqlite_search_ok(_HEAD)),
    ("sqlite", False): (_sqlite_search(_NO_HEAD), _sqlite_search_ok(_NO_HEAD)),
    ("postgresql", True): (_pg_best(_PG_HEAD), _pg_search(_PG_HEAD)),
    ("postgresql", False): (_pg_best(_NO_HEAD), _pg_search(_NO_HEAD)),
}
_HEADS = {
    "sqlite": sa.text(
        f"SELECT id, substr(text, 1, {SCAN_CHARS}) AS head FROM documents"
        " WHERE id IN (SELECT value FROM json_each(:ids))"
    ),
    "postgresql": sa.text(f"SELECT id, left(text, {SCAN_CHARS}) AS head FROM documents WHERE id = ANY(:ids)"),
}
ALL_LABELS = ("public", "internal", "restricted")  # model.Label's values

_SQLITE_INDEX = (
    "DELETE FROM search_terms WHERE rowid = :id",
    "INSERT INTO search_terms(rowid, words, stems) VALUES (:id, :words, :stems)",
)
_PG_INDEX = (
    "INSERT INTO search_terms(document_id, terms) VALUES (:id,"
    " setweight(to_tsvector('simple', :words), 'A') || setweight(to_tsvector('simple', :stems), 'B'))"
    " ON CONFLICT (document_id) DO UPDATE SET terms = EXCLUDED.terms",
)


class Stop:
    """Lets another thread stop a running search: its client went away, or the server is closing."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._cancel: Callable[[], object] | None = None

    def is_set(self) -> bool:
        return self._event.is_set()

    def set(self) -> None:
        with self._lock:
            self._event.set()
            if self._cancel is not None:
                self._cancel()

    @contextmanager
    def cancelling(self, cancel: Callable[[], object]) -> Iterator[None]:
        """While inside, `set()` also calls `cancel` (a database server's own query cancel)."""
        with self._lock:
            self._cancel = cancel
        try:
            yield
        finally:
            with self._lock:
                self._cancel = None


def index_documents(conn: Connection, docs: Sequence[tuple[int, str, str, str | None]]) -> None:
    """Keep search terms in step with documents (id, source, text, language): the file name
    first, then the text."""
    params = []
    for document_id, source, text, language in docs:
        words, stems = index_terms(f"{source}\n{text}", language)
        params.append({"id": document_id, "words": words, "stems": stems})
    if not params:
        return
    for sql in _PG_INDEX if conn.dialect.name == "postgresql" else _SQLITE_INDEX:
        conn.execute(sa.text(sql), params)


class Found(NamedTuple):
    """A row of the search statements, their columns in this order. Read as a plain tuple: a
    page's hundred rows each read eight of their fields by name, at a cost that showed."""

    id: int | None  # None: among the best ranked, but not readable
    source: str
    title: str | None
    genre: str | None
    date: str | None
    countries: Any  # a JSON array's text on SQLite, a list on PostgreSQL
    language: str | None
    head: str | None
    score: float
    ranked: int


def _rows(conn: Connection, query: Query, wanted: int, labels: Sequence[str], heads: bool) -> list[Found]:
    """The best `wanted` readable documents' rows, best first, in one statement (two when many
    of the best are unreadable); with the heads of their texts, or not (`heads`)."""
    postgres = conn.dialect.name == "postgresql"
    best, only_ok = _STATEMENTS[conn.dialect.name, heads]
    terms = to_tsquery(query) if postgres else to_fts5(query)
    params = {"query": terms, "limit": wanted, "depth": wanted + _SLACK, "labels": _listed(conn, labels)}
    rows = [Found._make(row) for row in conn.execute(best, params)]
    readable = [r for r in rows if r.id is not None]
    if len(readable) < wanted and rows and rows[0].ranked == wanted + _SLACK:
        return [Found._make(row) for row in conn.execute(only_ok, params)]
    return readable


def _hits(
    conn: Connection, rows: Sequence[Found], query: Query, check: Callable[[], None], shown: Shown | None
) -> list[SearchHit]:
    """The rows as hits in rank order, each `shown` one with its snippet (all when None: the rows
    then hold their heads; else the shown ones' heads are read here, in one statement);
    `check` runs before each snippet, so the time limit and a stop bound this part too."""
    passages = Passages(query)
    if shown is None:  # every hit, and the rows hold their heads
        hits = []
        for row in rows:
            check()
            hits.append(_hit(row, passages.of(row.head or row.source, row.language)))
        return hits
    hits = [_hit(row) for row in rows]
    chosen = [i for i, hit in enumerate(hits) if shown(hit)]
    if not chosen:
        return hits
    ids = [hits[i].document_id for i in chosen]
    read = conn.execute(_HEADS[conn.dialect.name], {"ids": _listed(conn, ids)})
    heads: dict[int, str | None] = {document_id: head for document_id, head in read}
    for i in chosen:
        check()
        row = rows[i]
        hits[i] = _hit(row, passages.of(heads.get(hits[i].document_id) or row.source, row.language))
    return hits


def _listed(conn: Connection, values: Sequence[Any]) -> Any:
    """A list parameter: a JSON array on SQLite (read with json_each: an expanding IN is compiled
    again at every call, which cost a rare word's search a third of its time), a list on PostgreSQL."""
    return list(values) if conn.dialect.name == "postgresql" else json.dumps(list(values))


def _hit(row: Found, snippet: str = "") -> SearchHit:
    assert row.id is not None  # _rows keeps the readable rows only
    countries = row.countries
    return SearchHit(
        document_id=row.id,
        source=row.source,
        title=row.title,
        genre=_genre(row.genre) if row.genre else None,
        date=_date(row.date) if row.date else None,
        snippet=snippet,
        rank=-float(row.score),
        countries=_countries(countries) if isinstance(countries, str) else tuple(countries or ()),
    )


# Hits repeat their genres, dates and lists of countries; each is immutable, so one reading
# serves them all.
_genre = lru_cache(maxsize=64)(Genre)
_date = lru_cache(maxsize=1 << 12)(PartialDate.parse)


@lru_cache(maxsize=1 << 12)
def _countries(stored: str) -> tuple[str, ...]:
    return tuple(json.loads(stored) or ())


@contextmanager
def _sqlite_limit(conn: Connection, seconds: float, stop: Stop) -> Iterator[None]:
    """Every statement inside ends with "interrupted" once past the deadline or stopped."""
    raw: Any = conn.connection.driver_connection
    deadline = time.monotonic() + seconds
    raw.set_progress_handler(lambda: stop.is_set() or time.monotonic() > deadline, _PROGRESS_STEPS)
    try:
        yield
    finally:
        raw.set_progress_handler(None, 0)


@contextmanager
def _postgres_limit(conn: Connection, seconds: float, stop: Stop) -> Iterator[None]:
    """The transaction's statements time out; `stop` cancels the running one on the server."""
    milliseconds = str(max(1, round(seconds * 1000)))
    conn.execute(sa.select(sa.func.set_config("statement_timeout", milliseconds, True)))
    raw: Any = conn.connection.driver_connection
    with stop.cancelling(raw.cancel_safe):
        yield


def _stopped(exc: sa.exc.DBAPIError) -> bool:
    """Whether the database gave up on the statement because it was told to."""
    return getattr(exc.orig, "sqlstate", None) == _QUERY_CANCELED or "interrupted" in str(exc.orig)


@contextmanager
def bounded(conn: Connection, seconds: float, stop: Stop) -> Iterator[Callable[[], None]]:
    """Statements inside end with SearchStopped past `seconds` or once `stop` is set; the check
    it gives raises the same between steps done in Python."""
    if stop.is_set():
        raise SearchStopped(message("search_cancelled"))
    deadline = time.monotonic() + seconds

    def check() -> None:
        if stop.is_set():
            raise SearchStopped(message("search_cancelled"))
        if time.monotonic() > deadline:
            raise SearchStopped(message("search_timeout", seconds=seconds))

    limited = _postgres_limit if conn.dialect.name == "postgresql" else _sqlite_limit
    try:
        with limited(conn, seconds, stop):
            yield check
    except sa.exc.DBAPIError as exc:
        if stop.is_set():
            raise SearchStopped(message("search_cancelled")) from None
        if _stopped(exc):
            raise SearchStopped(message("search_timeout", seconds=seconds)) from None
        raise


def search(
    conn: Connection,
    text: str,
    limit: int,
    offset: int,
    seconds: float = SEARCH_SECONDS,
    stop: Stop | None = None,
    labels: Sequence[str] = ALL_LABELS,
    shown: Shown | None = None,
) -> list[SearchHit]:
    """Ranked hits among ok documents of these confidentiality labels, best first, for any user string.
    Only the hits `shown` accepts (called in rank order) get their snippet; None: every hit.

    Raises SearchStopped when the search outlives `seconds` or `stop` is set."""
    query, stop = parse(text), stop or Stop()
    if stop.is_set():
        raise SearchStopped(message("search_cancelled"))
    if query.empty or limit <= 0:
        return []
    with bounded(conn, seconds, stop) as check:
        rows = _rows(conn, query, max(0, offset) + limit, labels, heads=shown is None)
        return _hits(conn, rows[max(0, offset) :], query, check, shown)
