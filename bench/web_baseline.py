"""Raw baselines for bench_web.py: the bare full-text query, and the same behind a one-route app.

A page's figures are compared with one indexed row read behind the same kind of app, a search's
with the engine's own full-text query (FTS5 on SQLite, a tsvector match on PostgreSQL) ranked
and limited like ours, so a ratio says what casewatch's own layers cost.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from fastapi import FastAPI

from casewatch.store import Store

_RAW_SEARCH = {
    "sqlite": "SELECT rowid AS id, snippet(documents_fts, 0, '<mark>', '</mark>', '…', 12) AS snippet"
    " FROM documents_fts WHERE documents_fts MATCH :q ORDER BY rank LIMIT 20",
    "postgresql": "SELECT id, left(text, 200) AS snippet FROM documents"
    " WHERE fts @@ plainto_tsquery('simple', :q)"
    " ORDER BY ts_rank(fts, plainto_tsquery('simple', :q)) DESC LIMIT 20",
}
_RAW_ROW = "SELECT id, source, date, genre FROM documents WHERE id = :id"


def raw_search(store: Store, word: str) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text(_RAW_SEARCH[store.dialect]), {"q": word})
        return [dict(row._mapping) for row in rows]


def raw_app(store: Store) -> FastAPI:
    """/search?q= answers the raw full-text query; /row/{id} one document's row."""
    app = FastAPI()

    @app.get("/search")
    def search(q: str) -> list[dict[str, Any]]:
        return raw_search(store, q)

    @app.get("/row/{document_id}")
    def row(document_id: int) -> dict[str, Any]:
        with store.engine.connect() as conn:
            found = conn.execute(sa.text(_RAW_ROW), {"id": document_id}).first()
        return dict(found._mapping) if found else {}

    return app
