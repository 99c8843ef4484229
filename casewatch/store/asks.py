"""The requests page's view as the analysis stage keeps it: every request, and the groups it is in.

Requests are numbered in the page's order (date of their document, then id) and each is listed
under its issuing body and under each of its topics. Whether a request is overdue depends on the
day it is looked at, so each keeps its deadline's last day, left out once a reply came: a page
counts a group's overdue requests with an index range, and reads a group's slice by its number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from casewatch.store.schema import EVERYTHING, metadata, scope_column

_CHUNK = 2000

request_items = sa.Table(
    "request_items",
    metadata,
    scope_column(),
    sa.Column("id", sa.Integer, nullable=False, autoincrement=False),  # rank: the page's order
    sa.Column("body", sa.JSON, nullable=False),  # the item, without its overdue flag
    sa.Column("open_due", sa.String(10)),  # the deadline's last day (ISO) while no reply came
    sa.PrimaryKeyConstraint("scope", "id"),
)
request_groups = sa.Table(
    "request_groups",
    metadata,
    scope_column(),
    sa.Column("kind", sa.String(8), nullable=False),  # "body" | "topic"
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("item", sa.Integer, nullable=False),
    sa.Column("open_due", sa.String(10)),  # the item's, so overdue counts read this table alone
    sa.PrimaryKeyConstraint("scope", "kind", "name", "item"),
    sa.Index("ix_request_groups_due", "scope", "open_due", "kind", "name"),
)
TABLES = (request_items, request_groups)
_i, _g = request_items.c, request_groups.c


@dataclass(frozen=True)
class AskRow:
    """One request as stored: its body, the last day to answer while unanswered, and its groups."""

    body: dict[str, Any]
    open_due: str | None
    bodies: tuple[str, ...]
    topics: tuple[str, ...]


@dataclass(frozen=True)
class GroupCount:
    kind: str
    name: str
    count: int
    overdue: int


def create(conn: Connection) -> None:
    """Migration: the tables, and the held views marked out of date so the next refresh fills them."""
    for table in TABLES:
        table.create(conn, checkfirst=True)
    conn.exec_driver_sql("DELETE FROM derived WHERE name = 'views'")


def _insert(conn: Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    for start in range(0, len(rows), _CHUNK):
        conn.execute(sa.insert(table), list(rows[start : start + _CHUNK]))


def clear(conn: Connection) -> None:
    """Drop the held requests of every scope."""
    for table in (request_groups, request_items):
        conn.execute(sa.delete(table))


def add(conn: Connection, scope: str, asks: Sequence[AskRow], start: int = 0) -> None:
    """Keep these requests of a scope, in this order, numbered from `start`."""
    items = [
        {"scope": scope, "id": n, "body": a.body, "open_due": a.open_due} for n, a in enumerate(asks, start)
    ]
    _insert(conn, request_items, items)
    groups = [
        {"scope": scope, "kind": kind, "name": name, "item": n, "open_due": a.open_due}
        for n, a in enumerate(asks, start)
        for kind, names in (("body", a.bodies), ("topic", a.topics))
        for name in dict.fromkeys(names)
    ]
    _insert(conn, request_groups, groups)


def totals(conn: Connection, today: str, scope: str) -> tuple[int, int]:
    """All requests of the scope, and those overdue on `today` (ISO)."""
    count = conn.scalar(sa.select(sa.func.count()).where(_i.scope == scope))
    late = conn.scalar(sa.select(sa.func.count()).where(_i.scope == scope, _i.open_due < today))
    return int(count or 0), int(late or 0)


def groups(conn: Connection, today: str, scope: str) -> list[GroupCount]:
    """Every group of the scope with its requests and those overdue on `today`."""
    counted = sa.select(_g.kind, _g.name, sa.func.count()).where(_g.scope == scope)
    counts = conn.execute(counted.group_by(_g.kind, _g.name))
    late_query = sa.select(_g.kind, _g.name, sa.func.count()).where(_g.scope == scope, _g.open_due < today)
    late = {(kind, name): int(n) for kind, name, n in conn.execute(late_query.group_by(_g.kind, _g.name))}
    return [GroupCount(kind, name, int(n), late.get((kind, name), 0)) for kind, name, n in counts]


Page = list[tuple[dict[str, Any], str | None]]  # (body, last day while unanswered) of each request


def group_page(conn: Connection, kind: str, name: str, limit: int, offset: int, scope: str) -> Page:
    """(body, open_due) of a group's requests in the scope, in order, from `offset` on."""
    query = (
        sa.select(_i.body, _i.open_due)
        .join(request_groups, sa.and_(_g.scope == _i.scope, _g.item == _i.id))
        .where(_g.scope == scope, _g.kind == kind, _g.name == name)
        .order_by(_g.item)
        .limit(limit)
        .offset(offset)
    )
    return [(row.body, row.open_due) for row in conn.execute(query)]


def group_pages(
    conn: Connection, chosen: Sequence[tuple[str, str]], limit: int, offset: int, scope: str
) -> dict[tuple[str, str], Page]:
    """`group_page` of each (kind, name) group, in one statement: a part per group, each an
    index range, so a page of many groups is one round trip."""
    if not chosen:
        return {}
    parts = []
    for kind, name in chosen:
        part = (
            sa.select(_g.kind, _g.name, _g.item)
            .where(_g.scope == scope, _g.kind == kind, _g.name == name)
            .order_by(_g.item)
            .limit(limit)
            .offset(offset)
        )
        parts.append(sa.select(part.subquery()))
    shown = sa.union_all(*parts).subquery()
    query = (
        sa.select(shown.c.kind, shown.c.name, _i.body, _i.open_due)
        .join(request_items, sa.and_(_i.scope == scope, _i.id == shown.c.item))
        .order_by(shown.c.kind, shown.c.name, shown.c.item)
    )
    found: dict[tuple[str, str], Page] = {group: [] for group in chosen}
    for row in conn.execute(query):
        found[(row.kind, row.name)].append((row.body, row.open_due))
    return found


class AsksStore:
    """The Store's methods for the stored requests view (mixed into `Store`, which gives the engine)."""

    engine: Engine

    def request_totals(self, today: str, scope: str = EVERYTHING) -> tuple[int, int]:
        """Requests held in a label scope, and those overdue on `today` (ISO)."""
        with self.engine.connect() as conn:
            return totals(conn, today, scope)

    def request_groups(self, today: str, scope: str = EVERYTHING) -> list[GroupCount]:
        """Every group of requests (by body, by topic) with its count and its overdue on `today`."""
        with self.engine.connect() as conn:
            return groups(conn, today, scope)

    def request_group_page(
        self, kind: str, name: str, limit: int, offset: int, scope: str = EVERYTHING
    ) -> Page:
        """(body, last day while unanswered) of a group's requests, in the page's order."""
        with self.engine.connect() as conn:
            return group_page(conn, kind, name, limit, offset, scope)

    def request_group_pages(
        self, chosen: Sequence[tuple[str, str]], limit: int, offset: int, scope: str = EVERYTHING
    ) -> dict[tuple[str, str], Page]:
        """`request_group_page` of each (kind, name) group, read in one statement."""
        with self.engine.connect() as conn:
            return group_pages(conn, chosen, limit, offset, scope)
