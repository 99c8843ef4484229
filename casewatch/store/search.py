"""Full-text search per dialect: any user string becomes a safe query; snippets are safe HTML.

SQLite uses the FTS5 table `documents_fts` (external content over documents.text/source):
each whitespace-separated word of the query becomes a quoted FTS5 string, all ANDed, so no
FTS syntax (NEAR, col:, *, ^, -, parentheses) ever reaches the engine raw. PostgreSQL uses
`plainto_tsquery('simple', ...)`, which accepts any text, over the generated `fts` column.
"""

from __future__ import annotations

import html
import re
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from casewatch.model import Genre, PartialDate
from casewatch.store import schema
from casewatch.store.rows import SearchHit

# Markers the snippet functions put around hits. Readers strip C0 controls from text, so these
# never occur in stored text; and even if they did, escaping happens first, so no HTML leaks.
_OPEN, _CLOSE = "\x02", "\x03"
_LT = "\x01"  # stands for "<" in PostgreSQL's view of the text (see migrations._PG_FTS)
_WORD = re.compile(r"\w")
_SNIPPET_TOKENS = 16

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


def search(conn: Connection, query: str, limit: int, offset: int) -> list[SearchHit]:
    """Ranked hits among ok documents, best first."""
    query = query.replace("\x00", " ")  # PostgreSQL refuses NUL in text parameters
    if not _WORD.search(query):
        return []
    page = {"limit": max(0, limit), "offset": max(0, offset)}
    if conn.dialect.name == "postgresql":
        params = {"query": query, "options": _PG_OPTIONS, **page}
        rows = conn.execute(_PG_SEARCH, params)
    else:
        match = fts5_query(query)
        if match is None:
            return []
        return _sqlite_search(conn, match, page["limit"], page["offset"])
    return [_hit(row) for row in rows]
