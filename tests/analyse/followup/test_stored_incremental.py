"""The stored follow-up refreshed country by country after each batch equals one whole recompute
of the same documents, whatever order they came in, with the reviewers' moves and the label
scopes applied (on SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pytest

from casewatch.access.roles import VIEW_SCOPES
from casewatch.analyse.derived import refresh_views
from casewatch.analyse.followup import grouped
from casewatch.model import (
    Citation,
    DocumentMeta,
    Entity,
    EntityType,
    Extraction,
    Genre,
    Label,
    Mention,
    PartialDate,
    Request,
    SpeakerGroup,
    Statement,
)
from casewatch.store.schema import scope_key


@dataclass(frozen=True)
class Invented:
    """An invented document as extraction would have left it."""

    source: str
    country: str | None
    genre: Genre
    day: str
    text: str
    asks: tuple[str, ...] = ()
    people: dict[str, str] = field(default_factory=dict)  # name -> the actor it is (a cluster)
    laws: dict[str, str] = field(default_factory=dict)
    turns: tuple[tuple[str, SpeakerGroup], ...] = ()

    def extraction(self) -> Extraction:
        spans = {name: [m.span() for m in re.finditer(re.escape(name), self.text)] for name in self.people}
        laws = {law: [m.span() for m in re.finditer(re.escape(law), self.text)] for law in self.laws}
        starts = [self.text.index(head) for head, _ in self.turns]
        ends = [*starts[1:], len(self.text)] if starts else []
        country = self.country
        return Extraction(
            meta=DocumentMeta(
                self.genre, PartialDate.parse(self.day), countries=(country,) if country else ()
            ),
            mentions=tuple(
                Mention("person", name, s, e, f"p{n}") for n, name in enumerate(spans) for s, e in spans[name]
            ),
            entities=tuple(Entity(f"p{n}", EntityType.PERSON, name) for n, name in enumerate(spans)),
            citations=tuple(Citation(self.laws[law], (), s, e) for law in laws for s, e in laws[law]),
            requests=tuple(
                Request((), (), a, self.text.index(a), self.text.index(a) + len(a)) for a in self.asks
            ),
            statements=tuple(
                Statement(head, group, s, e, country)
                for (head, group), s, e in zip(self.turns, starts, ends, strict=True)
            ),
        )


DOCKERS_LETTER = Invented(
    "dockers-letter.txt",
    "IRL",
    Genre.UNION_LETTER,
    "2021-01-05",
    "Dear Prime Minister,\nWe urge the Government to release the dockers' leader Ms Alma Ferris and to "
    "reinstate the dismissed dockers.\n",
    asks=("release the dockers' leader Ms Alma Ferris", "reinstate the dismissed dockers"),
    people={"Alma Ferris": "ferris"},
)
DOCKERS_REPORT = Invented(
    "dockers-report.txt",
    "IRL",
    Genre.ILO_CFA,
    "2021-06",
    "The Committee notes that Ms Alma Ferris was released on 3 May 2021.\n"
    "The Committee requests the Government to release all detained dockers.\n",
    asks=("release all detained dockers",),
    people={"Alma Ferris": "ferris"},
)
MINERS_LETTER = Invented(
    "miners-letter.txt",
    "MDV",
    Genre.UNION_LETTER,
    "2023-02-10",
    "Excellency,\nWe call on the Government to release Mr Tomas Verel and to amend the Penal Code so that "
    "joining a strike is no longer an offence.\n",
    asks=("release Mr Tomas Verel", "amend the Penal Code"),
    people={"Tomas Verel": "verel"},
    laws={"Penal Code": "MDV Penal Code"},
)
MINERS_RECORD = Invented(
    "miners-record.txt",
    "MDV",
    Genre.ILO_CAS,
    "2024-06",
    "Written information provided by the Government\n\n"
    "The criminal case against Mr Tomas Verel is not related to trade union activities but was initiated "
    "due to tax evasion.\n\nCurrently, Mr Tomas Verel is at liberty.\n\n"
    "Discussion by the Committee\n\n"
    "Worker members – Judicial harassment of union leaders is still going on. The most striking example "
    "is that of Mr Tomas Verel.\n\n"
    "Mr Tomas Verel was released from custody but is still barred from union office for five years.\n",
    people={"Tomas Verel": "verel"},
    turns=(
        ("Written information provided by the Government", SpeakerGroup.GOVERNMENT),
        ("Worker members –", SpeakerGroup.WORKERS),
    ),
)
STATELESS_LETTER = Invented(
    "stateless.txt",
    None,
    Genre.UNION_LETTER,
    "2022-03-01",
    "Dear Director,\nWe ask the authorities to reinstate the dismissed teachers.\n",
    asks=("reinstate the dismissed teachers",),
)
PRINTERS_LETTER = Invented(
    "printers-letter.txt",
    "PER",
    Genre.UNION_LETTER,
    "2019-09-01",
    "Dear Minister,\nWe urge the Government to release Mr Ivo Sandal and to drop the charges against him.\n",
    asks=("release Mr Ivo Sandal", "drop the charges against him"),
    people={"Ivo Sandal": "sandal"},
)
DOCKERS_APPEAL = Invented(  # asks again, naming one more person: the release thread grows
    "dockers-appeal.txt",
    "IRL",
    Genre.UNION_LETTER,
    "2022-02-01",
    "Dear Prime Minister,\nWe urge the Government again to release Ms Alma Ferris and Mr Cian Rook, "
    "and to reinstate the dismissed dockers.\n",
    asks=("release Ms Alma Ferris and Mr Cian Rook", "reinstate the dismissed dockers"),
    people={"Alma Ferris": "ferris", "Cian Rook": "rook"},
)
DOCKERS_REPLY = Invented(  # speaks of Mr Rook only: a finding of the release thread once he is in it
    "dockers-reply.txt",
    "IRL",
    Genre.GOVERNMENT_REPLY,
    "2022-05-10",
    "Excellency,\nThe Government informs that Mr Cian Rook was released on 2 April 2022.\n"
    "The dismissed dockers were reinstated in March 2022.\n",
    people={"Cian Rook": "rook"},
)
ALL = (
    DOCKERS_LETTER,
    DOCKERS_REPORT,
    MINERS_LETTER,
    MINERS_RECORD,
    STATELESS_LETTER,
    PRINTERS_LETTER,
    DOCKERS_REPLY,
    DOCKERS_APPEAL,
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


def _add(store, docs, batch) -> None:  # type: ignore[no-untyped-def]
    """Store a batch, resolve its names (one actor per person named) and refresh the views."""
    for invented in batch:
        docs.add(invented.source, invented.text, invented.extraction())
    clusters = {}
    for row in store.documents(order="id"):
        invented = next(i for i in ALL if i.source == row.source)
        clusters.update(
            {f"{row.sha256[:16]}:p{n}": actor for n, actor in enumerate(invented.people.values())}
        )
    store.set_clusters(clusters)
    refresh_views(store)


def _held(store) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Everything the follow-up keeps, in every scope."""
    ids = [row.id for row in store.documents(order="id")]
    found = {}
    for labels in VIEW_SCOPES:
        scope = scope_key(labels)
        marks = {i: sorted(store.followup_marks(i, scope), key=repr) for i in ids}
        found[scope] = (
            store.thread_page(limit=10_000, scope=scope),
            store.disputes(scope=scope),
            marks,
            store.threads_of_requests(ids, scope),
            store.followup_countries(scope),
        )
    return found


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
        _add(store, docs, batch)
    assert whole_refreshes == [1]  # the first batch only: the others recomputed their countries
    incremental = _held(store)
    assert store.count_threads("IRL") >= 2 and store.count_threads("MDV") >= 2 and store.disputes()
    refresh_views(store, everything=True)
    assert len(whole_refreshes) == 2
    assert _held(store) == incremental


@pytest.mark.parametrize("order", list(ORDERS))
def test_every_prefix_of_the_batches_gives_the_whole_follow_up(store, docs, order):
    for batch in ORDERS[order]:
        _add(store, docs, batch)
        incremental = _held(store)
        refresh_views(store, everything=True)
        assert _held(store) == incremental


def test_the_appeal_brings_the_reply_on_its_new_name_into_the_release_thread(store, docs):
    _add(store, docs, (DOCKERS_LETTER, DOCKERS_REPLY))
    release = next(r for r in store.thread_page("IRL") if r.body["remedy"] == "release")
    assert release.latest == "unknown"  # the reply names Mr Rook, whom no ask names yet
    _add(store, docs, (DOCKERS_APPEAL,))
    release = next(r for r in store.thread_page("IRL") if r.body["remedy"] == "release")
    assert release.latest == "met" and "Rook" in release.body["status"][-1]["quote"]


def test_a_batch_reads_only_the_texts_of_its_own_documents(store, docs, monkeypatch):
    _add(store, docs, (DOCKERS_LETTER, DOCKERS_REPORT, MINERS_LETTER))
    read: list[int] = []
    real = store.load_texts
    monkeypatch.setattr(store, "load_texts", lambda ids: read.extend(ids) or real(ids))
    _add(store, docs, (DOCKERS_REPLY,))
    reply = next(r.id for r in store.documents() if r.source == DOCKERS_REPLY.source)
    assert set(read) == {reply}


def test_a_batch_of_one_country_leaves_the_others_rows_but_ranks_all_threads(store, docs):
    _add(store, docs, (DOCKERS_LETTER, MINERS_LETTER))
    miners = [r.body["about"] for r in store.thread_page("MDV")]
    _add(store, docs, (PRINTERS_LETTER,))  # older than both: its threads rank first
    assert [(r.thread, r.country) for r in store.thread_page(limit=2)] == [("t1", "PER"), ("t2", "IRL")]
    assert [r.body["about"] for r in store.thread_page("MDV")] == miners
    assert all(r.body["id"] == r.thread for r in store.thread_page())


def test_a_move_and_the_batches_after_it_give_the_whole_result(store, docs, whole_refreshes):
    _add(store, docs, (DOCKERS_LETTER, MINERS_LETTER))
    release = next(r for r in store.thread_page("IRL") if r.body["remedy"] == "release")
    reinstate = next(r for r in store.thread_page("IRL") if r.body["remedy"] != "release")
    store.move_ask(reinstate.body["requests"][0]["ask"], release.body["requests"][0]["ask"], "reviewer")
    refresh_views(store)
    assert store.count_threads("IRL") == 1
    _add(store, docs, (DOCKERS_REPORT, MINERS_RECORD))
    store.move_ask(reinstate.body["requests"][0]["ask"], None, "reviewer")  # set apart again
    refresh_views(store)
    assert whole_refreshes == [1]
    incremental = _held(store)
    refresh_views(store, everything=True)
    assert _held(store) == incremental


def test_a_relabelled_document_leaves_the_narrower_scopes(store, docs, whole_refreshes):
    """The committee's report turns restricted after it was read: its finding, marks and asks
    leave every scope that does not see restricted documents, as a whole recompute leaves them."""
    _add(store, docs, (DOCKERS_LETTER, MINERS_LETTER, DOCKERS_REPORT))
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
    incremental = _held(store)
    refresh_views(store, everything=True)
    assert _held(store) == incremental


def test_new_clusters_alone_recompute_the_countries_they_reach(store, docs, whole_refreshes):
    """The report's Ms Ferris is taken for another person: its finding no longer meets the ask."""
    _add(store, docs, (DOCKERS_LETTER, DOCKERS_REPORT, MINERS_LETTER))
    report = next(r for r in store.documents() if r.source == DOCKERS_REPORT.source)
    clusters = store.clusters()
    store.set_clusters({**clusters, f"{report.sha256[:16]}:p0": "someone else"})
    refresh_views(store)
    assert whole_refreshes == [1]
    release = next(r for r in store.thread_page("IRL") if "Ferris" in r.body["about"])
    assert release.latest != "met"
    incremental = _held(store)
    refresh_views(store, everything=True)
    assert _held(store) == incremental


def _texts_read(store, monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    read: list[int] = []
    real = store.load_texts
    monkeypatch.setattr(store, "load_texts", lambda ids: read.extend(ids) or real(ids))
    return read


def _renamed_clusters(store, rename) -> None:  # type: ignore[no-untyped-def]
    store.set_clusters({ref: rename.get(cluster, cluster) for ref, cluster in store.clusters().items()})
    refresh_views(store)


def test_an_actor_renamed_by_resolution_is_renamed_in_the_kept_readings(store, docs, monkeypatch):
    _add(store, docs, (DOCKERS_LETTER, DOCKERS_REPORT, DOCKERS_APPEAL))
    read = _texts_read(store, monkeypatch)
    _renamed_clusters(store, {"ferris": "ferris-and-more"})
    assert read == []  # no text read again: the readings' keys were renamed
    incremental = _held(store)
    refresh_views(store, everything=True)
    assert _held(store) == incremental


def test_two_actors_of_a_document_made_one_read_it_again(store, docs, monkeypatch):
    _add(store, docs, (DOCKERS_LETTER, DOCKERS_REPLY, DOCKERS_APPEAL))
    read = _texts_read(store, monkeypatch)
    _renamed_clusters(store, {"rook": "ferris"})
    appeal = next(r.id for r in store.documents() if r.source == DOCKERS_APPEAL.source)
    assert appeal in read  # its two names are now one actor: a renaming cannot say so
    incremental = _held(store)
    refresh_views(store, everything=True)
    assert _held(store) == incremental


def test_a_whole_refresh_keeping_its_readings_one_at_a_time_gives_the_whole_result(store, docs, monkeypatch):
    """A rebuild keeps each reading as it is made: the same follow-up and the same kept readings
    as a rebuild holding them all to the end."""
    _add(store, docs, ALL)
    ids = [row.id for row in store.documents()]
    refresh_views(store, everything=True)
    whole, readings = _held(store), store.followup_readings(ids)
    monkeypatch.setattr(grouped, "_KEPT_AT_ONCE", 1)
    refresh_views(store, everything=True)
    assert _held(store) == whole
    assert store.followup_readings(ids) == readings and len(readings) == len(ids)
