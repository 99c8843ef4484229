"""Read-only aggregate queries for pages over large collections, per dialect."""

from __future__ import annotations

import sqlalchemy as sa


def _like(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, its own % _ and \\ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# A sender matches when its name, or a signatory's, contains the text (case folded: SQLite
# connections get a Unicode `casefold` function, see engine.py; PostgreSQL's lower() folds).
_SQLITE_SENT_BY = (
    "EXISTS (SELECT 1 FROM json_each(documents.meta, '$.{field}') AS p"
    " WHERE casefold(json_extract(p.value, '$.name')) LIKE :{param} ESCAPE '\\')"
)
_PG_SENT_BY = (
    "EXISTS (SELECT 1 FROM json_array_elements(CASE WHEN json_typeof(documents.meta -> '{field}') = 'array'"
    " THEN documents.meta -> '{field}' ELSE '[]'::json END) AS p"
    " WHERE lower(p ->> 'name') LIKE :{param} ESCAPE '\\')"
)


def sent_by(dialect: str, sender: str) -> sa.ColumnElement[bool]:
    """Documents whose senders or signatories include a name containing `sender`."""
    shape = _PG_SENT_BY if dialect == "postgresql" else _SQLITE_SENT_BY
    pattern = _like(sender.casefold() if dialect != "postgresql" else sender.lower())
    clauses = [
        sa.text(shape.format(field=field, param=f"sender_{field}")).bindparams(**{f"sender_{field}": pattern})
        for field in ("senders", "signatories")
    ]
    return sa.or_(*clauses)


def dated_within(date: sa.ColumnElement[str], first: str | None, last: str | None) -> sa.ColumnElement[bool]:
    """Partial ISO dates ("2017", "2017-03", "2017-03-04") overlapping the days first..last.

    A partial date covers a span: it ends on or after `first` when it is not before `first`'s
    prefix of its own length, and starts on or before `last` when it is not after `last`'s.
    """
    conditions: list[sa.ColumnElement[bool]] = [date.is_not(None)]
    if first:
        conditions.append(date >= sa.func.substr(sa.literal(first), 1, sa.func.length(date)))
    if last:
        conditions.append(date <= sa.func.substr(sa.literal(last), 1, sa.func.length(date)))
    return sa.and_(*conditions)
