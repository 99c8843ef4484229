"""Stored views: the timeline and actor list the analysis keeps in the store equal what it computes."""

from __future__ import annotations

import hashlib
from pathlib import Path

from casewatch.access.roles import stored_scope
from casewatch.analyse.derived import SOURCES_KEPT, refresh_views
from casewatch.analyse.timeline import timeline
from casewatch.model import (
    DocumentMeta,
    Entity,
    EntityType,
    Event,
    EventType,
    Extraction,
    Genre,
    Label,
    PartialDate,
    Text,
)
from casewatch.store import Store
from casewatch.store.rows import ActorRow
from casewatch.web.schemas import TimelineEntryOut


def _report(store: Store, n: int, day: int) -> None:
    text = f"Police detained Rosa Mamani in Oruro on {day} June 2023 (report {n}).\n"
    ext = Extraction(
        meta=DocumentMeta(Genre.NEWS, PartialDate(2023, 6, 30), countries=("BOL",)),
        entities=(Entity("p", EntityType.PERSON, "Rosa Mamani"),),
        events=(
            Event(
                EventType.ARREST,
                0,
                len(text) - 1,
                text.strip(),
                date=PartialDate(2023, 6, day),
                targets=("p",),
            ),
        ),
    )
    data = text.encode()
    sha = hashlib.sha256(data).hexdigest()
    store.add_original(sha, data)
    store.save_extraction(
        store.start_document(sha, f"report-{n}.txt", "text/plain"), Text(text, "text/plain"), ext
    )
    store.set_clusters({**store.clusters(), f"{sha[:16]}:p": "mamani"})


def test_the_stored_timeline_is_the_computed_one(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "t.sqlite")) as store:
        for n, day in enumerate((3, 3, 4)):
            _report(store, n, day)
        assert refresh_views(store) == 1
        computed = timeline(list(store.extractions()), store.clusters()).entries
        [(rank, body)] = store.timeline_page()
        stored = TimelineEntryOut.model_validate(body)
        assert (rank, stored.id, stored.type, stored.source_count) == (1, "ev-1", "arrest", 3)
        assert (
            stored.model_dump()
            == TimelineEntryOut.model_validate({**computed[0].__dict__, "source_count": 3}).model_dump()
        )
        assert stored.conflicts == ["dates differ: 2023-06-03 / 2023-06-04"]
        assert store.views_built_from() == store.revision()
        assert store.count_timeline(actor="mamani", country="BOL") == 1
        assert store.actor_summaries() == [ActorRow("mamani", "Rosa Mamani", "person", 3, 3)]


def test_an_event_reported_many_times_keeps_its_first_sources(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "t.sqlite")) as store:
        for n in range(SOURCES_KEPT + 3):
            _report(store, n, 3)
        refresh_views(store)
        [(_, body)] = store.timeline_page()
        assert (len(body["sources"]), body["source_count"]) == (SOURCES_KEPT, SOURCES_KEPT + 3)


def test_each_label_scope_is_computed_from_its_documents(tmp_path: Path) -> None:
    """Three reports of one arrest: a viewer (public and internal) counts the two they may see;
    the public, only the public one; no scope counts a source it may not see."""
    with Store.open(str(tmp_path / "t.sqlite")) as store:
        for n, day in enumerate((3, 3, 4)):
            _report(store, n, day)
        rows = store.documents(order="id")
        store.accounts.set_label(rows[0].id, Label.PUBLIC)
        store.accounts.set_label(rows[2].id, Label.RESTRICTED)
        refresh_views(store)
        counted = {}
        for labels in ({"public"}, {"public", "internal"}, None):
            scope = stored_scope(None if labels is None else frozenset(labels))
            [(_, body)] = store.timeline_page(scope=scope)
            [actor] = store.actor_summaries(scope=scope)
            counted[scope] = (
                body["source_count"],
                actor.documents,
                [s["source"]["source"] for s in body["sources"]],
            )
        assert counted == {
            "public": (1, 1, ["report-0.txt"]),
            "internal,public": (2, 2, ["report-0.txt", "report-1.txt"]),
            "internal,public,restricted": (3, 3, ["report-0.txt", "report-1.txt", "report-2.txt"]),
        }


def test_a_scope_holding_no_other_document_than_a_wider_one_has_the_same_views(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "t.sqlite")) as store:
        _report(store, 0, 3)  # internal, as every document is until labelled
        refresh_views(store)
        assert (
            store.timeline_page(scope=stored_scope(frozenset({"public", "internal"})))
            == store.timeline_page()
        )
        assert store.count_timeline(scope=stored_scope(frozenset({"public"}))) == 0
