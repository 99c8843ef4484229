"""Full-text search costs one statement: ranking, the status and label filter, and the hits' rows
together; snippets only for the hits a page shows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa

from casewatch.store import Store
from casewatch.store.search import _SLACK


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """The queries the store sends meanwhile (not BEGIN, nor PostgreSQL's time limit setting)."""
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "set_config" not in statement and statement.strip().upper() != "BEGIN":
            seen.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", record)


def test_a_search_is_one_statement(store: Store, docs: Any) -> None:
    for n in range(30):
        docs.add(f"letter-{n}.txt", f"Letter {n}: the union called a strike; strike number {n}.")
    with statements(store) as seen:
        hits = store.search("strike", limit=25)
    assert len(hits) == 25 and all("<mark>strike</mark>" in hit.snippet for hit in hits)
    assert len(seen) == 1


def test_readable_documents_are_found_behind_many_better_unreadable_ones(store: Store, docs: Any) -> None:
    for n in range(_SLACK + 5):
        failed = docs.add(f"failed-{n}.txt", f"Lockout {n}: lockout, lockout and lockout again.")
        store.mark_failed(failed, "the reader process died (timeout)")
    readable = docs.add("readable.txt", "One lockout at the port.")
    assert [hit.document_id for hit in store.search("lockout", limit=1)] == [readable]
    assert store.search("lockout", labels=["restricted"]) == []


def test_only_the_shown_hits_get_a_snippet(store: Store, docs: Any) -> None:
    for source in ("a.txt", "b.txt", "c.txt"):
        docs.add(source, f"In {source} the federation was dissolved.")
    hits = store.search("dissolved", shown=lambda hit: hit.source == "b.txt")
    snippets = {hit.source: hit.snippet for hit in hits}
    assert snippets["a.txt"] == snippets["c.txt"] == ""
    assert "<mark>dissolved</mark>" in snippets["b.txt"]
