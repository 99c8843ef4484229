"""The whole follow-up computed a group of countries at a time equals the follow-up of every
document at once, and a refresh cut off after its first group leaves the follow-up marked not
built, which the next refresh completes (on SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from casewatch.access.roles import VIEW_SCOPES
from casewatch.analyse.derived import refresh_views
from casewatch.analyse.followup import grouped
from casewatch.analyse.followup.load import collection_followup
from casewatch.analyse.followup.rows import followup_rows
from casewatch.errors import Cancelled
from casewatch.store import Store
from casewatch.store.followup_parts import ReadState
from casewatch.store.schema import scope_key
from tests.analyse.followup.invented import ALL, add_batch, all_rows

WIDEST = scope_key(VIEW_SCOPES[0])


def _rebuilt(store: Store, monkeypatch: pytest.MonkeyPatch, group: int, batch: int) -> dict[str, list[Any]]:
    monkeypatch.setattr(grouped, "_GROUP_DOCUMENTS", group)
    monkeypatch.setattr(grouped, "_READ_AT_ONCE", batch)
    refresh_views(store, everything=True)
    return all_rows(store)


def _move_across_countries(store: Store) -> None:
    """A reviewer joins a miners' ask to a dockers' thread: the two countries are one unit."""
    dockers = next(r for r in store.thread_page("IRL") if r.body["remedy"] == "release")
    miners = next(r for r in store.thread_page("MDV") if r.body["remedy"] == "release")
    store.move_ask(miners.body["requests"][0]["ask"], dockers.body["requests"][0]["ask"], "reviewer")


@pytest.mark.parametrize("moved", [False, True], ids=["no move", "a move across countries"])
def test_a_group_per_country_gives_the_rows_of_one_group(  # type: ignore[no-untyped-def]
    store, docs, monkeypatch, moved
):
    add_batch(store, docs, ALL)
    if moved:
        _move_across_countries(store)
    assert len(grouped.country_groups(store.followup_read_now(), store.thread_moves(), 1)) >= 3
    whole = _rebuilt(store, monkeypatch, group=10_000, batch=10_000)
    assert whole["followup_threads"] and whole["followup_disputes"] and whole["followup_marks"]
    assert _rebuilt(store, monkeypatch, group=1, batch=1) == whole


def test_the_grouped_rows_are_those_of_every_document_at_once(store, docs, monkeypatch):  # type: ignore[no-untyped-def]
    add_batch(store, docs, ALL)
    _move_across_countries(store)
    _rebuilt(store, monkeypatch, group=1, batch=2)
    at_once = followup_rows(collection_followup(store, store.thread_moves()))
    assert store.thread_page(limit=10_000, scope=WIDEST) == at_once.threads
    assert store.disputes(scope=WIDEST) == at_once.disputes


def test_countries_joined_by_a_move_are_one_group_and_groups_stay_under_the_bound() -> None:
    now = {
        1: ReadState("AAA", "a1", "s"),
        2: ReadState("AAA", "a2", "s"),
        3: ReadState("BBB", "b1", "s"),
        4: ReadState("CCC", "c1", "s"),
        5: ReadState("DDD", "d1", "s"),
        6: ReadState("DDD", "d2", "s"),
        7: ReadState("DDD", "d3", "s"),
    }
    assert grouped.country_groups(now, {}, 3) == [["AAA", "BBB"], ["CCC"], ["DDD"]]
    assert grouped.country_groups(now, {"c1:r0": "a2:r1"}, 3) == [["AAA", "CCC"], ["BBB"], ["DDD"]]
    assert grouped.country_groups(now, {"b1:r0": None}, 100) == [["AAA", "BBB", "CCC", "DDD"]]


class _AfterFirstGroup(threading.Event):
    """Asks a refresh to stop once a first group is kept and the follow-up is not yet whole."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def is_set(self) -> bool:
        return self.store.followup_built_from() is None and self.store.count_threads(scope=WIDEST) > 0


@pytest.mark.parametrize("then", ["refresh", "rebuild"])
def test_a_refresh_cut_off_after_its_first_group_is_completed_by_the_next(  # type: ignore[no-untyped-def]
    store, docs, monkeypatch, then
):
    add_batch(store, docs, ALL)
    whole = all_rows(store)
    monkeypatch.setattr(grouped, "_GROUP_DOCUMENTS", 1)
    with pytest.raises(Cancelled):
        refresh_views(store, _AfterFirstGroup(store), everything=True)
    assert store.followup_built_from() is None  # marked not built: the pages say it is behind
    cut = all_rows(store)
    assert cut["followup_threads"] and len(cut["followup_threads"]) < len(whole["followup_threads"])
    refresh_views(store, everything=then == "rebuild")
    assert store.followup_built_from() == store.revision()
    assert all_rows(store) == whole
