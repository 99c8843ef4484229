"""Full-text search per dialect: any user string becomes a safe query; snippets are safe HTML.

SQLite uses the FTS5 table `documents_fts` (external content over documents.text/source):
each term of the query (see `search_terms`) becomes a quoted FTS5 string, all ANDed, so no
FTS syntax (NEAR, col:, *, ^, -, parentheses) ever reaches the engine raw. PostgreSQL uses
`plainto_tsquery('simple', ...)`, which accepts any text, over the generated `fts` column.

Every search is bounded: its first MAX_TERMS distinct words only, a time limit (SQLite: a
progress handler that looks at the clock; PostgreSQL: `statement_timeout`), and a `Stop` that
another thread can set (the client went away, the server is closing) to end it at once.
"""

from __future__ import annotations

import html
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from casewatch.errors import SearchStopped, message
from casewatch.model import Genre, PartialDate
from casewatch.store import schema
from casewatch.store.rows import SearchHit

# Markers the snippet functions put around hits. Readers strip C0 controls from text, so these
# never occur in stored text; and even if they did, escaping happens first, so no HTML leaks.
_OPEN, _CLOSE = "\x02", "\x03"
_LT = "\x01"  # stands for "<" in PostgreSQL's view of the text (see migrations._PG_FTS)
_WORD = re.compile(r"\w")
_WORDS = re.compile(r"\w+")
_JOINED = 3  # words joined by punctuation that still count as one term
_SNIPPET_TOKENS = 16
# Snippets and headlines cost the square of the words: on one 80 kB letter 20 words took 0.5 s,
# 80 words 8 s, 400 words minutes. A dozen distinct words is more than any real question needs.
MAX_TERMS = 12
SEARCH_SECONDS = 5.0
# SQLite VM steps between looks at the clock: about 50 ms apart at worst, inside costly snippets;
# no measurable cost on a common-word search (68 ms either way at 2,000 documents).
_PROGRESS_STEPS = 1000
_QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE for a statement timeout or cancel

# SQLite ranks in the index alone: joining documents for every match (to check the status)
# reads each matching row and dominates the time for common words. The few best rowids are
# then checked and described one by one; failed documents among them are rare.
_SQLITE_RANK = sa.text(
    """
    SELECT rowid AS id, bm25(documents_fts, 1.0, 2.0) AS score FROM documents_fts
    WHERE documents_fts MATCH :query ORDER BY score, rowid LIMIT :limit
    """
)
_SQLITE_RANK_OK = sa.text(
    """
    SELECT f.rowid AS id, bm25(documents_fts, 1.0, 2.0) AS score
    FROM documents_fts AS f JOIN documents AS d ON d.id = f.rowid
    WHERE documents_fts MATCH :query AND d.status = 'ok'
    ORDER BY score, f.rowid LIMIT :limit
    """
)
_SQLITE_HIT = sa.text(
    f"""
    SELECT d.id, d.source, d.title, d.genre, d.date, d.countries, d.status,
           snippet(documents_fts, -1, :open, :close, '…', {_SNIPPET_TOKENS}) AS snippet
    FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
    WHERE documents_fts MATCH :query AND documents_fts.rowid = :id
    """
).columns(countries=schema.JSON_LIST)
_SLACK = 20  # extra ranked rowids fetched, so a few failed documents need no second ranking

_PG_SEARCH = sa.text(
    """
    SELECT d.id, d.source, d.title, d.genre, d.date, d.countries,
           ts_headline('simple', replace(coalesce(nullif(d.text, ''), d.source), '<', chr(1)),
                       q.query, :options) AS snippet,
           -ts_rank_cd(d.fts, q.query) AS score
    FROM documents AS d, plainto_tsquery('simple', :query) AS q(query)
    WHERE d.fts @@ q.query AND d.status = 'ok'
    ORDER BY score, d.id
    LIMIT :limit OFFSET :offset
    """
).columns(countries=schema.JSON_LIST)
_PG_OPTIONS = (
    f'StartSel={_OPEN}, StopSel={_CLOSE}, MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "'
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


def search_terms(query: str) -> tuple[list[str], int]:
    """The query's words to search (the first ones, MAX_TERMS words in all), and how many
    distinct words it had.

    A string of a few words joined by punctuation ("union's", "C.87", "file.txt") stays one term,
    as the engines read it; a longer one ("a,b,c,d,...") counts as its words, so that one long
    string cannot slip past the bound. Repeating a word adds nothing to an AND query but cost.
    """
    seen: set[str] = set()
    terms: list[str] = []
    for word in query.replace("\x00", " ").split():  # PostgreSQL refuses NUL in text parameters
        words = _WORDS.findall(word)
        for term in [word] if 0 < len(words) <= _JOINED else words:
            if term.casefold() not in seen:
                seen.add(term.casefold())
                terms.append(term)
    return _first_words(terms), len(terms)


def _first_words(terms: list[str]) -> list[str]:
    kept: list[str] = []
    count = 0
    for term in terms:
        count += len(_WORDS.findall(term))
        if count > MAX_TERMS:
            break
        kept.append(term)
    return kept


def fts5_query(query: str) -> str | None:
    """Each word as an FTS5 string (quotes doubled), ANDed; None when nothing is searchable."""
    words = [word for word in query.split() if _WORD.search(word)]
    if not words:
        return None
    return " AND ".join('"' + word.replace('"', '""') + '"' for word in words)


def snippet_html(raw: str) -> str:
    """Escape the snippet's text as HTML, then turn the hit markers into <mark> tags."""
    escaped = html.escape(raw.replace(_LT, "<"), quote=True)
    return escaped.replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")


def _sqlite_search(conn: Connection, match: str, limit: int, offset: int) -> list[SearchHit]:
    wanted = limit + offset
    ranked = conn.execute(_SQLITE_RANK, {"query": match, "limit": wanted + _SLACK}).all()
    hits = [hit for hit in (_sqlite_hit(conn, match, rowid, score) for rowid, score in ranked) if hit]
    if len(hits) < wanted and len(ranked) == wanted + _SLACK:  # many failed documents: rank again
        ranked = conn.execute(_SQLITE_RANK_OK, {"query": match, "limit": wanted}).all()
        hits = [hit for hit in (_sqlite_hit(conn, match, rowid, score) for rowid, score in ranked) if hit]
    return hits[offset:wanted]


def _sqlite_hit(conn: Connection, match: str, rowid: int, score: float) -> SearchHit | None:
    params = {"query": match, "id": rowid, "open": _OPEN, "close": _CLOSE}
    row = conn.execute(_SQLITE_HIT, params).first()
    return _hit(row, score) if row is not None and row.status == "ok" else None


def _hit(row: Any, score: float | None = None) -> SearchHit:
    return SearchHit(
        document_id=row.id,
        source=row.source,
        title=row.title,
        genre=Genre(row.genre) if row.genre else None,
        date=PartialDate.parse(row.date) if row.date else None,
        snippet=snippet_html(row.snippet or ""),
        rank=-float(row.score if score is None else score),
        countries=tuple(row.countries or ()),
    )


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


def _ranked(conn: Connection, terms: list[str], limit: int, offset: int) -> list[SearchHit]:
    if conn.dialect.name == "postgresql":
        params = {"query": " ".join(terms), "options": _PG_OPTIONS, "limit": limit, "offset": offset}
        return [_hit(row) for row in conn.execute(_PG_SEARCH, params)]
    match = fts5_query(" ".join(terms))
    return _sqlite_search(conn, match, limit, offset) if match else []


def search(
    conn: Connection,
    query: str,
    limit: int,
    offset: int,
    seconds: float = SEARCH_SECONDS,
    stop: Stop | None = None,
) -> list[SearchHit]:
    """Ranked hits among ok documents, best first, for the query's first MAX_TERMS words.

    Raises SearchStopped when the search outlives `seconds` or `stop` is set."""
    terms, _ = search_terms(query)
    stop = stop or Stop()
    if stop.is_set():
        raise SearchStopped(message("search_cancelled"))
    if not terms:
        return []
    limited = _postgres_limit if conn.dialect.name == "postgresql" else _sqlite_limit
    try:
        with limited(conn, seconds, stop):
            return _ranked(conn, terms, max(0, limit), max(0, offset))
    except sa.exc.DBAPIError as exc:
        if stop.is_set():
            raise SearchStopped(message("search_cancelled")) from None
        if _stopped(exc):
            raise SearchStopped(message("search_timeout", seconds=seconds)) from None
        raise
