"""The stored follow-up refreshed country by country after each batch equals one whole recompute
of the same documents, whatever order they came in, with the reviewers' moves and the label
scopes applied (on SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from casewatch.analyse.derived import refresh_views
from casewatch.analyse.followup import grouped
from casewatch.model import Label
from casewatch.store.schema import scope_key
from tests.analyse.followup.invented import (
    ALL,
    DOCKERS_APPEAL,
    DOCKERS_LETTER,
    DOCKERS_REPLY,
    DOCKERS_REPORT,
    MINERS_LETTER,
    MINERS_RECORD,
    PRINTERS_LETTER,
    STATELESS_LETTER,
    add_batch,
    held_rows,
)

ORDERS = {
    "as written": [ALL[0:2], ALL[2:4], ALL[4:6], ALL[6:8]],
    "findings first": [
        (DOCKERS_REPORT, MINERS_RECORD, DOCKERS_REPLY),
        (STATELESS_LETTER,),
        (DOCKERS_LETTER, MINERS_LETTER, PRINTERS_LETTER),
        (DOCKERS_APPEAL,),
    ],
    "one by one, newest first": [(d,) for d in sorted(ALL, key=lambda d: d.day, reverse=True)],
    "one by one, oldest first": [(d,) for d in sorted(ALL, key=lambda d: d.day)],
}


@pytest.fixture
def whole_refreshes(store, monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    """How many times the follow-up was computed whole."""
    calls: list[int] = []
    real = store.keep_followup_group

    def counted(*args, first=False, **kwargs):  # type: ignore[no-untyped-def]
        calls.extend([1] if first else [])
        return real(*args, first=first, **kwargs)

    monkeypatch.setattr(store, "keep_followup_group", counted)
    return calls


@pytest.mark.parametrize("order", list(ORDERS))
def test_batches_give_the_follow_up_of_one_whole_recompute(store, docs, whole_refreshes, order):
    for batch in ORDERS[order]:
        add_batch(store, docs, batch)
    assert whole_refreshes == [1]  # the first batch only: the others recomputed their countries
    incremental = held_rows(store)
    assert store.count_threads("IRL") >= 2 and store.count_threads("MDV") >= 2 and store.disputes()
    refresh_views(store, everything=True)
    assert len(whole_refreshes) == 2
    assert held_rows(store) == incremental


@pytest.mark.parametrize("order", list(ORDERS))
def test_every_prefix_of_the_batches_gives_the_whole_follow_up(store, docs, order):
    for batch in ORDERS[order]:
        add_batch(store, docs, batch)
        incremental = held_rows(store)
        refresh_views(store, everything=True)
        assert held_rows(store) == incremental


def test_the_appeal_brings_the_reply_on_its_new_name_into_the_release_thread(store, docs):
    add_batch(store, docs, (DOCKERS_LETTER, DOCKERS_REPLY))
    release = next(r for r in store.thread_page("IRL") if r.body["remedy"] == "release")
    assert release.latest == "unknown"  # the reply names Mr Rook, whom no ask names yet
    add_batch(store, docs, (DOCKERS_APPEAL,))
    release = next(r for r in store.thread_page("IRL") if r.body["remedy"] == "release")
    assert release.latest == "met" and "Rook" in release.body["status"][-1]["quote"]


def test_a_batch_reads_only_the_texts_of_its_own_documents(store, docs, monkeypatch):
    add_batch(store, docs, (DOCKERS_LETTER, DOCKERS_REPORT, MINERS_LETTER))
    read: list[int] = []
    real = store.load_texts
    monkeypatch.setattr(store, "load_texts", lambda ids: read.extend(ids) or real(ids))
    add_batch(store, docs, (DOCKERS_REPLY,))
    reply = next(r.id for r in store.documents() if r.source == DOCKERS_REPLY.source)
    assert set(read) == {reply}


def test_a_batch_of_one_country_leaves_the_others_rows_but_ranks_all_threads(store, docs):
    add_batch(store, docs, (DOCKERS_LETTER, MINERS_LETTER))
    miners = [r.body["about"] for r in store.thread_page("MDV")]
    add_batch(store, docs, (PRINTERS_LETTER,))  # older than both: its threads rank first
    assert [(r.thread, r.country) for r in store.thread_page(limit=2)] == [("t1", "PER"), ("t2", "IRL")]
    assert [r.body["about"] for r in store.thread_page("MDV")] == miners
    assert all(r.body["id"] == r.thread for r in store.thread_page())


def test_a_move_and_the_batches_after_it_give_the_whole_result(store, docs, whole_refreshes):
    add_batch(store, docs, (DOCKERS_LETTER, MINERS_LETTER))
    release = next(r for r in store.thread_page("IRL") if r.body["remedy"] == "release")
    reinstate = next(r for r in store.thread_page("IRL") if r.body["remedy"] != "release")
    store.move_ask(reinstate.body["requests"][0]["ask"], release.body["requests"][0]["ask"], "reviewer")
    refresh_views(store)
    assert store.count_threads("IRL") == 1
    add_batch(store, docs, (DOCKERS_REPORT, MINERS_RECORD))
    store.move_ask(reinstate.body["requests"][0]["ask"], None, "reviewer")  # set apart again
    refresh_views(store)
    assert whole_refreshes == [1]
    incremental = held_rows(store)
    refresh_views(store, everything=True)
    assert held_rows(store) == incremental


def test_a_relabelled_document_leaves_the_narrower_scopes(store, docs, whole_refreshes):
    """The committee's report turns restricted after it was read: its finding, marks and asks
    leave every scope that does not see restricted documents, as a whole recompute leaves them."""
    add_batch(store, docs, (DOCKERS_LETTER, MINERS_LETTER, DOCKERS_REPORT))
    report = next(r.id for r in store.documents() if r.source == DOCKERS_REPORT.source)
    store.accounts.set_label(report, Label.RESTRICTED)
    refresh_views(store)
    assert whole_refreshes == [1]
    narrow = scope_key(frozenset({"public", "internal"}))
    release = next(r for r in store.thread_page("IRL", scope=narrow) if r.body["remedy"] == "release")
    assert (len(release.body["requests"]), release.latest) == (1, "unknown")
    assert store.followup_marks(report, narrow) == [] and store.threads_of_requests([report], narrow) == {}
    assert "Committee" not in str([r.body for r in store.thread_page(scope=narrow, limit=10_000)])
    assert next(r for r in store.thread_page("IRL") if r.body["remedy"] == "release").latest == "met"
    incremental = held_rows(store)
    refresh_views(store, everything=True)
    assert held_rows(store) == incremental


def test_new_clusters_alone_recompute_the_countries_they_reach(store, docs, whole_refreshes):
    """The report's Ms Ferris is taken for another person: its finding no longer meets the ask."""
    add_batch(store, docs, (DOCKERS_LETTER, DOCKERS_REPORT, MINERS_LETTER))
    report = next(r for r in store.documents() if r.source == DOCKERS_REPORT.source)
    clusters = store.clusters()
    store.set_clusters({**clusters, f"{report.sha256[:16]}:p0": "someone else"})
    refresh_views(store)
    assert whole_refreshes == [1]
    release = next(r for r in store.thread_page("IRL") if "Ferris" in r.body["about"])
    assert release.latest != "met"
    incremental = held_rows(store)
    refresh_views(store, everything=True)
    assert held_rows(store) == incremental


def _texts_read(store, monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    read: list[int] = []
    real = store.load_texts
    monkeypatch.setattr(store, "load_texts", lambda ids: read.extend(ids) or real(ids))
    return read


def _renamed_clusters(store, rename) -> None:  # type: ignore[no-untyped-def]
    store.set_clusters({ref: rename.get(cluster, cluster) for ref, cluster in store.clusters().items()})
    refresh_views(store)


def test_an_actor_renamed_by_resolution_is_renamed_in_the_kept_readings(store, docs, monkeypatch):
    add_batch(store, docs, (DOCKERS_LETTER, DOCKERS_REPORT, DOCKERS_APPEAL))
    read = _texts_read(store, monkeypatch)
    _renamed_clusters(store, {"ferris": "ferris-and-more"})
    assert read == []  # no text read again: the readings' keys were renamed
    incremental = held_rows(store)
    refresh_views(store, everything=True)
    assert held_rows(store) == incremental


def test_two_actors_of_a_document_made_one_read_it_again(store, docs, monkeypatch):
    add_batch(store, docs, (DOCKERS_LETTER, DOCKERS_REPLY, DOCKERS_APPEAL))
    read = _texts_read(store, monkeypatch)
    _renamed_clusters(store, {"rook": "ferris"})
    appeal = next(r.id for r in store.documents() if r.source == DOCKERS_APPEAL.source)
    assert appeal in read  # its two names are now one actor: a renaming cannot say so
    incremental = held_rows(store)
    refresh_views(store, everything=True)
    assert held_rows(store) == incremental


def test_a_whole_refresh_keeping_its_readings_one_at_a_time_gives_the_whole_result(store, docs, monkeypatch):
    """A rebuild keeps each reading as it is made: the same follow-up and the same kept readings
    as a rebuild holding them all to the end."""
    add_batch(store, docs, ALL)
    ids = [row.id for row in store.documents()]
    refresh_views(store, everything=True)
    whole, readings = held_rows(store), store.followup_readings(ids)
    monkeypatch.setattr(grouped, "_KEPT_AT_ONCE", 1)
    refresh_views(store, everything=True)
    assert held_rows(store) == whole
    assert store.followup_readings(ids) == readings and len(readings) == len(ids)
