"""The stored follow-up: threads and disputes refreshed with the views, reviewers' moves kept."""

from __future__ import annotations

from casewatch.access.roles import stored_scope
from casewatch.analyse import derived
from casewatch.analyse.derived import refresh_views
from casewatch.model import (
    DocumentMeta,
    Entity,
    EntityType,
    Extraction,
    Genre,
    Label,
    Mention,
    PartialDate,
    Request,
    Text,
)

LETTER = """Dear Prime Minister,
We urge the Government to release the dockers' leader Ms Alma Ferris and to reinstate the dismissed dockers.
"""
REPORT = """The Committee notes that Ms Alma Ferris was released on 3 May 2021.
The Committee requests the Government to release all detained dockers.
"""


def _ext(text: str, genre: Genre, day: PartialDate, asks: list[str]) -> Extraction:
    requests = tuple(Request((), (), a, text.index(a), text.index(a) + len(a)) for a in asks)
    name = text.index("Alma Ferris")
    return Extraction(
        meta=DocumentMeta(genre, day, countries=("IRL",)),
        mentions=(Mention("person", "Alma Ferris", name, name + 11, "p1"),),
        entities=(Entity("p1", EntityType.PERSON, "Alma Ferris"),),
        requests=requests,
    )


def _fill(store, docs):  # type: ignore[no-untyped-def]
    letter = _ext(
        LETTER,
        Genre.UNION_LETTER,
        PartialDate(2021, 1, 5),
        ["release the dockers' leader Ms Alma Ferris", "reinstate the dismissed dockers"],
    )
    report = _ext(REPORT, Genre.ILO_CFA, PartialDate(2021, 6), ["release all detained dockers"])
    ids = docs.add("letter.txt", LETTER, letter), docs.add("report.txt", REPORT, report)
    refs = [f"{d.sha256[:16]}:p1" for d in store.documents(order="id")]
    store.set_clusters(dict.fromkeys(refs, "ferris"))  # resolution: one person in both
    refresh_views(store)
    return ids


def test_threads_are_stored_with_their_status(store, docs):
    _, report = _fill(store, docs)
    assert store.count_threads("IRL") == 2
    release = next(r for r in store.thread_page("IRL") if r.body["remedy"] == "release")
    assert [a["document"] for a in release.body["requests"]] == ["letter.txt", "report.txt"]
    assert release.latest == "met"
    assert store.thread(release.thread) == release
    marks = store.followup_marks(report)
    assert [(m.kind, REPORT[m.start : m.end]) for m in marks] == [
        ("met", "The Committee notes that Ms Alma Ferris was released on 3 May 2021.")
    ]
    assert store.followup_countries() == [("IRL", 2)]
    reinstate = next(r for r in store.thread_page("IRL") if r.body["remedy"] != "release")
    assert store.followup_statuses() == {"IRL": {"met": 1, reinstate.latest: 1}}
    assert store.followup_built_from() == store.revision()


def test_a_reviewers_move_survives_recomputation(store, docs):
    _fill(store, docs)
    release = next(r for r in store.thread_page("IRL") if r.body["remedy"] == "release")
    moved = release.body["requests"][1]["ask"]
    store.move_ask(moved, None, "reviewer")
    refresh_views(store)
    assert store.count_threads("IRL") == 3
    letter_id = store.documents(order="id")[0].id
    store.save_extraction(letter_id, Text(LETTER, "text/plain"), store.load_extraction(letter_id))
    refresh_views(store)  # a re-ingest recomputes everything: the judgement stays
    assert store.count_threads("IRL") == 3
    assert store.thread_moves() == {moved: None}


def test_the_follow_up_is_recomputed_only_when_behind(store, docs, monkeypatch):
    _fill(store, docs)
    calls = []
    real = derived.refresh_followup
    monkeypatch.setattr(derived, "refresh_followup", lambda *args: calls.append(args) or real(*args))
    refresh_views(store)  # nothing written since the last refresh: the follow-up is current
    assert calls == []
    release = next(r for r in store.thread_page("IRL") if r.body["remedy"] == "release")
    before = store.revision()
    store.move_ask(release.body["requests"][1]["ask"], None, "reviewer")  # a write like any other
    assert store.revision() == before + 1
    refresh_views(store)
    assert len(calls) == 1 and store.followup_built_from() == store.revision()
    refresh_views(store, everything=True)
    assert len(calls) == 2


def test_a_scopes_threads_weigh_only_the_documents_of_its_labels(store, docs):
    """The committee's report is restricted: for a reader of other labels the release is still
    asked, with no sign of being met, and the report is neither a column nor a mark."""
    _, report = _fill(store, docs)
    store.accounts.set_label(report, Label.RESTRICTED)
    refresh_views(store)
    narrow = stored_scope(frozenset({"public", "internal"}))
    release = next(r for r in store.thread_page("IRL", scope=narrow) if r.body["remedy"] == "release")
    assert ([a["document"] for a in release.body["requests"]], release.latest) == (["letter.txt"], "unknown")
    assert store.followup_marks(report, narrow) == [] and store.threads_of_requests([report], narrow) == {}
    assert "Committee" not in str([r.body for r in store.thread_page(scope=narrow)])
    assert next(r for r in store.thread_page("IRL") if r.body["remedy"] == "release").latest == "met"
    assert store.thread_page(scope=stored_scope(frozenset({"public"}))) == []


def test_threads_of_documents_naming_no_country_are_read_apart(store, docs):
    _fill(store, docs)
    stateless = _ext(LETTER, Genre.UNION_LETTER, PartialDate(2021, 2, 1), ["reinstate the dismissed dockers"])
    stateless = Extraction(
        meta=DocumentMeta(Genre.UNION_LETTER, PartialDate(2021, 2, 1)),
        mentions=stateless.mentions,
        entities=stateless.entities,
        requests=stateless.requests,
    )
    docs.add("stateless.txt", LETTER + " ", stateless)
    refresh_views(store)
    assert store.count_threads("") == 1
    assert {r.country for r in store.thread_page("")} == {""}
    assert store.count_threads(None) == store.count_threads("IRL") + 1
