"""Read-only aggregate queries for pages over large collections, per dialect."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

# The countries column is a JSON list: each dialect has its own way to unnest it.
_SQLITE_COUNTRIES = sa.text(
    "SELECT DISTINCT c.value FROM documents AS d, json_each(d.countries) AS c WHERE d.countries IS NOT NULL"
)
_PG_COUNTRIES = sa.text(
    "SELECT DISTINCT c FROM documents AS d, json_array_elements_text(d.countries) AS c"
    " WHERE d.countries IS NOT NULL AND json_typeof(d.countries) = 'array'"
)


def distinct_countries(conn: Connection) -> set[str]:
    """Every country code any document names."""
    query = _PG_COUNTRIES if conn.dialect.name == "postgresql" else _SQLITE_COUNTRIES
    return {str(code) for (code,) in conn.execute(query)}
