"""The overview's counts, kept up to date on write by the database itself.

Counting documents per status, genre, country and cited instrument, and events per year, over
the whole collection took seconds on a large one, on the first request and after every write.
Triggers on `documents` and on the fact tables record each change's effect on those counts as
rows of `tally_changes` (label, facet, value, +n or -n); a page sums them with the settled
counts of `tallies`, which `settle` folds the changes into after each write batch. Changes are
appended, never updated in place, so concurrent writers on PostgreSQL take no lock on a shared
count row (two ingests updating the same counts in different orders could deadlock).

Only readable (ok) documents count, except the per-status count. A document's own counts move
when its status, label, genre or countries change (all its facts with it); a fact inserted or
deleted moves its document's counts while that document is readable.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from casewatch.store.schema import metadata

tallies = sa.Table(
    "tallies",
    metadata,
    sa.Column("label", sa.String(16), primary_key=True),
    sa.Column("facet", sa.String(16), primary_key=True),
    sa.Column("value", sa.Text, primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
)
tally_changes = sa.Table(
    "tally_changes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("label", sa.String(16), nullable=False),
    sa.Column("facet", sa.String(16), nullable=False),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("n", sa.Integer, nullable=False),
)
_t, _ch = tallies.c, tally_changes.c
FACTS = ("events", "requests", "citations")
Labels = frozenset[str] | None

_ADD = "INSERT INTO tally_changes (label, facet, value, n) "
# A document's own counts, with `{sign}` 1 or -1; `{row}` is NEW or OLD, `{countries}` unnests
# its country list per dialect. Facts are read as they are when the document row changes.
_DOCUMENT_PARTS = (
    "SELECT {row}.confidentiality, 'status', {row}.status, {sign}",
    "SELECT {row}.confidentiality, 'genre', {row}.genre, {sign}"
    " WHERE {row}.status = 'ok' AND {row}.genre IS NOT NULL",
    "SELECT DISTINCT {row}.confidentiality, 'country', c.value, {sign} FROM {countries}"
    " WHERE {row}.status = 'ok'",
    *(
        f"SELECT {{row}}.confidentiality, 'fact', '{table}', {{sign}} * COUNT(*) FROM {table}"
        f" WHERE document_id = {{row}}.id AND {{row}}.status = 'ok' HAVING COUNT(*) > 0"
        for table in FACTS
    ),
    "SELECT {row}.confidentiality, 'year', substr(date, 1, 4) || '|' || type, {sign} * COUNT(*)"
    " FROM events WHERE document_id = {row}.id AND date IS NOT NULL AND {row}.status = 'ok'"
    " GROUP BY substr(date, 1, 4) || '|' || type",
    "SELECT DISTINCT {row}.confidentiality, 'instrument', key, {sign} FROM citations"
    " WHERE document_id = {row}.id AND {row}.status = 'ok'",
)
_SQLITE_COUNTRIES = (
    "json_each(CASE WHEN json_type({row}.countries) = 'array' THEN {row}.countries ELSE '[]' END) AS c"
    " WHERE c.type = 'text' AND"
)
_PG_COUNTRIES = (
    "json_array_elements_text(CASE WHEN json_typeof({row}.countries) = 'array'"
    " THEN {row}.countries ELSE '[]'::json END) AS c(value) WHERE"
)


def _document(row: str, sign: int, countries: str) -> list[str]:
    """The statements adding (sign 1) or taking away (-1) a document row's counts."""
    return [
        _ADD + part.replace("FROM {countries} WHERE", "FROM " + countries).format(row=row, sign=sign)
        for part in _DOCUMENT_PARTS
    ]


# A fact's counts while its document is readable: `{fact}` is the fact row (NEW / OLD, or a
# transition table on PostgreSQL), joined to its document.
def _fact_parts(table: str, sign: int, fact: str, joined: str) -> list[str]:
    ok = f"FROM {joined} WHERE d.status = 'ok'"
    found = [
        f"SELECT d.confidentiality, 'fact', '{table}', {sign} * COUNT(*) {ok} GROUP BY d.confidentiality"
    ]
    if table == "events":
        year = f"substr({fact}.date, 1, 4) || '|' || {fact}.type"
        found.append(
            f"SELECT d.confidentiality, 'year', {year}, {sign} * COUNT(*) {ok} AND {fact}.date IS NOT NULL"
            f" GROUP BY d.confidentiality, {year}"
        )
    return [_ADD + part for part in found]


def _instrument(sign: int, fact: str, joined: str) -> str:
    """A cited instrument counts once per document: its first citation there adds it, its last
    one removed takes it away (checked after the change, so: now exactly the added ones / none)."""
    same = f"k.document_id = {fact}.document_id AND k.key = {fact}.key"
    held = f"(SELECT COUNT(*) FROM citations AS k WHERE {same})"
    first = f"{held} = 1" if sign > 0 else f"{held} = 0"
    return (
        _ADD + f"SELECT DISTINCT d.confidentiality, 'instrument', {fact}.key, {sign}"
        f" FROM {joined} WHERE d.status = 'ok' AND {first}"
    )


def _sqlite_triggers() -> Iterator[str]:
    def body(statements: list[str]) -> str:
        return " BEGIN " + "; ".join(statements) + "; END"

    countries = {row: _SQLITE_COUNTRIES.format(row=row) for row in ("NEW", "OLD")}
    yield "CREATE TRIGGER tallies_document_insert AFTER INSERT ON documents" + body(
        _document("NEW", 1, countries["NEW"])
    )
    moved = " OR ".join(
        f"OLD.{column} IS NOT NEW.{column}" for column in ("status", "confidentiality", "genre", "countries")
    )
    yield f"CREATE TRIGGER tallies_document_update AFTER UPDATE ON documents WHEN {moved}" + body(
        _document("OLD", -1, countries["OLD"]) + _document("NEW", 1, countries["NEW"])
    )
    for table in FACTS:
        for op, row, sign in (("INSERT", "NEW", 1), ("DELETE", "OLD", -1)):
            joined = f"documents AS d WHERE d.id = {row}.document_id AND"
            parts = [
                p.replace(f"FROM {joined} WHERE", f"FROM {joined}")
                for p in _fact_parts(table, sign, row, joined)
            ]
            if table == "citations":
                parts.append(_instrument(sign, row, joined).replace(f"FROM {joined} WHERE", f"FROM {joined}"))
            yield f"CREATE TRIGGER tallies_{table}_{op.lower()} AFTER {op} ON {table}" + body(parts)


def _pg_triggers() -> Iterator[str]:
    countries = {row: _PG_COUNTRIES.format(row=row) for row in ("NEW", "OLD")}
    moved = (
        " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in ("status", "confidentiality", "genre"))
        + " OR OLD.countries::text IS DISTINCT FROM NEW.countries::text"
    )
    old = ";\n".join(_document("OLD", -1, countries["OLD"]))
    new = ";\n".join(_document("NEW", 1, countries["NEW"]))
    yield f"""CREATE FUNCTION tallies_document() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            IF NOT ({moved}) THEN RETURN NULL; END IF;
            {old};
        END IF;
        {new};
        RETURN NULL;
    END $$"""
    yield (
        "CREATE TRIGGER tallies_document AFTER INSERT OR UPDATE ON documents"
        " FOR EACH ROW EXECUTE FUNCTION tallies_document()"
    )
    # Per statement, over its transition table: row triggers of a many-row statement all run
    # after it, so a row's "first citation of its instrument" test would see its siblings.
    for table in FACTS:
        for op, sign, relation in (("INSERT", 1, "NEW"), ("DELETE", -1, "OLD")):
            joined = "changed AS f JOIN documents AS d ON d.id = f.document_id"
            parts = _fact_parts(table, sign, "f", joined)
            if table == "citations":
                parts.append(_instrument_pg(sign))
            name = f"tallies_{table}_{op.lower()}"
            statements = ";\n".join(parts)
            yield f"""CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN {statements}; RETURN NULL; END $$"""
            yield (
                f"CREATE TRIGGER {name} AFTER {op} ON {table} REFERENCING {relation} TABLE AS changed"
                f" FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
            )


def _instrument_pg(sign: int) -> str:
    """Per statement: an instrument a document now cites only through the added citations (or no
    longer cites at all) moves its count by one."""
    held = "(SELECT COUNT(*) FROM citations AS k WHERE k.document_id = f.document_id AND k.key = f.key)"
    moved = f"COUNT(*) = {held}" if sign > 0 else f"{held} = 0"
    return (
        _ADD + f"SELECT d.confidentiality, 'instrument', f.key, {sign}"
        " FROM changed AS f JOIN documents AS d ON d.id = f.document_id WHERE d.status = 'ok'"
        f" GROUP BY d.confidentiality, f.document_id, f.key HAVING {moved}"
    )


def create(conn: Connection) -> None:
    """Migration 0027_tallies: the tables and their triggers, settled from the held documents."""
    for table in (tallies, tally_changes):
        table.create(conn, checkfirst=True)
    postgres = conn.dialect.name == "postgresql"
    for sql in _pg_triggers() if postgres else _sqlite_triggers():
        conn.exec_driver_sql(sql)
    fill(conn)


# Every held document counted at once (the migration): the same counts as the triggers keep.
_ALL_OK = "JOIN documents AS d ON d.id = f.document_id WHERE d.status = 'ok'"
_FILL = (
    "SELECT confidentiality, 'status', status, COUNT(*) FROM documents GROUP BY confidentiality, status",
    "SELECT confidentiality, 'genre', genre, COUNT(*) FROM documents WHERE status = 'ok'"
    " AND genre IS NOT NULL GROUP BY confidentiality, genre",
    f"SELECT d.confidentiality, 'country', f.country, COUNT(*) FROM document_countries AS f {_ALL_OK}"
    " GROUP BY d.confidentiality, f.country",
    *(
        f"SELECT d.confidentiality, 'fact', '{table}', COUNT(*) FROM {table} AS f {_ALL_OK}"
        " GROUP BY d.confidentiality"
        for table in FACTS
    ),
    "SELECT d.confidentiality, 'year', substr(f.date, 1, 4) || '|' || f.type, COUNT(*) FROM events AS f"
    f" {_ALL_OK} AND f.date IS NOT NULL GROUP BY d.confidentiality, substr(f.date, 1, 4) || '|' || f.type",
    "SELECT d.confidentiality, 'instrument', f.key, COUNT(DISTINCT f.document_id) FROM citations AS f"
    f" {_ALL_OK} GROUP BY d.confidentiality, f.key",
)


def fill(conn: Connection) -> None:
    """Count every held document anew."""
    conn.execute(sa.delete(tally_changes))
    conn.execute(sa.delete(tallies))
    for query in _FILL:
        conn.exec_driver_sql(_ADD + query)
    settle(conn)


def _upsert(conn: Connection) -> sa.Insert:
    insert = (postgresql if conn.dialect.name == "postgresql" else sqlite).insert(tallies)
    return insert.on_conflict_do_update(
        index_elements=[_t.label, _t.facet, _t.value], set_={"n": _t.n + insert.excluded.n}
    )


def settle(conn: Connection) -> None:
    """Fold the recorded changes into the settled counts (in key order: two writers settling at
    once on PostgreSQL then lock the same rows in the same order)."""
    moved = conn.execute(sa.delete(tally_changes).returning(_ch.label, _ch.facet, _ch.value, _ch.n))
    sums: dict[tuple[str, str, str], int] = defaultdict(int)
    for label, facet, value, n in moved:
        sums[(label, facet, value)] += int(n)
    rows = [{"label": k[0], "facet": k[1], "value": k[2], "n": n} for k, n in sorted(sums.items()) if n]
    if rows:
        conn.execute(_upsert(conn), rows)
        conn.execute(sa.delete(tallies).where(_t.n == 0))


def counts(conn: Connection, labels: Labels = None) -> dict[tuple[str, str], int]:
    """(facet, value) -> count over the documents of these labels (None: all), settled or not."""
    parts = [sa.select(t.c.label, t.c.facet, t.c.value, t.c.n) for t in (tallies, tally_changes)]
    every = sa.union_all(*parts).subquery()
    query = sa.select(every.c.facet, every.c.value, sa.func.sum(every.c.n))
    if labels is not None:
        query = query.where(every.c.label.in_(sorted(labels)))
    found = conn.execute(query.group_by(every.c.facet, every.c.value))
    return {(str(facet), str(value)): int(n) for facet, value, n in found if n}
