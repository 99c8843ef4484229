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

_SQLITE_SEARCH = sa.text(
    f"""
    SELECT d.id, d.source, d.title, d.genre, d.date, d.countries,
           snippet(documents_fts, -1, :open, :close, '…', {_SNIPPET_TOKENS}) AS snippet,
           bm25(documents_fts, 1.0, 2.0) AS score
    FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
    WHERE documents_fts MATCH :query AND d.status = 'ok'
    ORDER BY score, d.id
    LIMIT :limit OFFSET :offset
    """
).columns(countries=schema.JSON_LIST)

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


def _hit(row: Any) -> SearchHit:
    return SearchHit(
        document_id=row.id,
        source=row.source,
        title=row.title,
        genre=Genre(row.genre) if row.genre else None,
        date=PartialDate.parse(row.date) if row.date else None,
        snippet=snippet_html(row.snippet or ""),
        rank=-float(row.score),
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
        rows = conn.execute(_SQLITE_SEARCH, {"query": match, "open": _OPEN, "close": _CLOSE, **page})
    return [_hit(row) for row in rows]
