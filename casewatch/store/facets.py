"""The document list's facets, kept up to date on write by the database itself.

A document names its countries in a JSON list, which no index serves: a country filter, and the
list of countries to choose from, had to unnest every document's list on each request. Each
(document, country) pair is kept in `document_countries` by triggers on `documents` instead, so
every write path (ingest, bulk load, a re-saved extraction) keeps it right without knowing it.
Two more indexes let the list read its pages in date order and count by status, genre and
label without reading the text-laden rows.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

_meta = sa.MetaData()
document_countries = sa.Table(
    "document_countries",
    _meta,
    sa.Column("document_id", sa.Integer, primary_key=True),
    sa.Column("country", sa.Text, primary_key=True),
)
_c = document_countries.c

_TABLE = [
    "CREATE TABLE document_countries (document_id INTEGER NOT NULL REFERENCES documents(id)"
    " ON DELETE CASCADE, country TEXT NOT NULL, PRIMARY KEY (document_id, country))",
    "CREATE INDEX ix_document_countries_country ON document_countries (country, document_id)",
]
# The list's orders (see db._ORDERS): undated last, latest first, by id among equals; the
# columns a count filters on, so counting reads the index alone; deadlines in order.
_INDEXES = [
    "CREATE INDEX ix_documents_latest ON documents ((date IS NULL), date DESC, id DESC)",
    "CREATE INDEX ix_documents_earliest ON documents ((date IS NULL), date, id)",
    "CREATE INDEX ix_documents_scope ON documents (confidentiality, status, genre)",
    "CREATE INDEX ix_documents_reply_due ON documents (reply_due, id, status, date)",  # deadlines
]
_SQLITE_PAIRS = (
    "INSERT OR IGNORE INTO document_countries (document_id, country)"
    " SELECT {row}.id, c.value FROM json_each({row}.countries) AS c"
    " WHERE {row}.countries IS NOT NULL AND json_type({row}.countries) = 'array'"
    " AND c.type = 'text'"
)
_SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER document_countries_insert AFTER INSERT ON documents BEGIN
        {_SQLITE_PAIRS.format(row="new")};
    END""",
    f"""CREATE TRIGGER document_countries_update AFTER UPDATE OF countries ON documents BEGIN
        DELETE FROM document_countries WHERE document_id = old.id;
        {_SQLITE_PAIRS.format(row="new")};
    END""",
    """CREATE TRIGGER document_countries_delete AFTER DELETE ON documents BEGIN
        DELETE FROM document_countries WHERE document_id = old.id;
    END""",
]
_PG_PAIRS = (
    "INSERT INTO document_countries (document_id, country)"
    " SELECT DISTINCT {row}.id, c FROM json_array_elements_text({row}.countries) AS c"
    " WHERE json_typeof({row}.countries) = 'array' ON CONFLICT DO NOTHING"
)
_PG_TRIGGERS = [
    f"""CREATE FUNCTION document_countries_keep() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            DELETE FROM document_countries WHERE document_id = OLD.id;
        END IF;
        IF NEW.countries IS NOT NULL THEN
            {_PG_PAIRS.format(row="NEW")};
        END IF;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER document_countries_insert AFTER INSERT ON documents"
    " FOR EACH ROW EXECUTE FUNCTION document_countries_keep()",
    "CREATE TRIGGER document_countries_update AFTER UPDATE OF countries ON documents"
    " FOR EACH ROW EXECUTE FUNCTION document_countries_keep()",
]
_BACKFILL = {
    "sqlite": "INSERT OR IGNORE INTO document_countries (document_id, country)"
    " SELECT d.id, c.value FROM documents AS d, json_each(d.countries) AS c"
    " WHERE d.countries IS NOT NULL AND json_type(d.countries) = 'array' AND c.type = 'text'",
    "postgresql": "INSERT INTO document_countries (document_id, country)"
    " SELECT DISTINCT d.id, c FROM documents AS d, json_array_elements_text(d.countries) AS c"
    " WHERE d.countries IS NOT NULL AND json_typeof(d.countries) = 'array' ON CONFLICT DO NOTHING",
}


def create(conn: Connection) -> None:
    """Migration: the table, its triggers and the list's indexes, filled from the held documents."""
    postgres = conn.dialect.name == "postgresql"
    for sql in [*_TABLE, *_INDEXES, *(_PG_TRIGGERS if postgres else _SQLITE_TRIGGERS)]:
        conn.exec_driver_sql(sql)
    conn.exec_driver_sql(_BACKFILL[conn.dialect.name])


def naming(country: str) -> sa.Select[tuple[int]]:
    """The ids of documents that name this country."""
    return sa.select(_c.document_id).where(_c.country == country)


def names(document_id: sa.ColumnElement[int], country: str) -> sa.ColumnElement[bool]:
    """Whether the document (a correlated id) names this country: one primary-key lookup."""
    return sa.exists().where(_c.document_id == document_id, _c.country == country)


def countries(conn: Connection, visible: sa.Select[tuple[int]] | None = None) -> list[str]:
    """Every country code a document names (of the `visible` documents only, when given), sorted."""
    query = sa.select(_c.country).distinct().order_by(_c.country)
    if visible is not None:
        query = query.where(_c.document_id.in_(visible))
    return list(conn.scalars(query))
