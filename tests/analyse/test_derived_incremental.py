"""The stored timeline, actor list and requests refreshed by what each batch reaches equal one
whole recompute of the same documents, whatever order they came in, through merges, splits,
moves of a name to another actor, relabelling and replies (on SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from casewatch.access.roles import VIEW_SCOPES
from casewatch.analyse import view_scope
from casewatch.analyse.derived import VIEW_FIELDS, refresh_views
from casewatch.analyse.view_rows import scope_views
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
    Request,
)
from casewatch.store import Store
from casewatch.store.changes import document_changes
from casewatch.store.schema import scope_key

Happening = tuple[EventType, str, str | None, tuple[str, ...]]  # type, quote, date, who undergoes it


@dataclass(frozen=True)
class Invented:
    """An invented document as extraction would have left it: the persons it names (each with
    the actor it is), what happened to them, and what it asks."""

    source: str
    country: str
    genre: Genre
    day: str
    people: tuple[tuple[str, str], ...] = ()  # (name as written, actor)
    happenings: tuple[Happening, ...] = ()
    asks: tuple[str, ...] = ()
    reference: str | None = None
    cites: str = ""

    @property
    def text(self) -> str:
        said = " ".join(quote for _, quote, _, _ in self.happenings)
        return f"{self.source}\n{self.cites}\n{said}\n" + "\n".join(self.asks)

    def extraction(self) -> Extraction:
        keys = {name: f"p{n}" for n, (name, _) in enumerate(self.people)}
        events = tuple(
            Event(
                kind,
                0,
                len(quote),
                quote,
                PartialDate.parse(day) if day else None,
                targets=tuple(keys[t] for t in who),
            )
            for kind, quote, day, who in self.happenings
        )
        asks = tuple(Request(("Union of Invented Dockers",), (), ask, 0, len(ask)) for ask in self.asks)
        meta = DocumentMeta(
            self.genre, PartialDate.parse(self.day), self.reference, countries=(self.country,)
        )
        people = tuple(Entity(keys[name], EntityType.PERSON, name) for name, _ in self.people)
        return Extraction(meta=meta, entities=people, events=events, requests=asks)


ARREST, RELEASE, THREAT = EventType.ARREST, EventType.RELEASE, EventType.HARASSMENT
LETTER = Invented(
    "letter.txt",
    "IRL",
    Genre.UN_COMMUNICATION,
    "2021-01-05",
    people=(("Alma Ferris", "ferris"), ("Oren Dusk", "dusk")),
    happenings=(
        (ARREST, "Ms Alma Ferris was arrested on 2 January 2021.", "2021-01-02", ("Alma Ferris",)),
        (ARREST, "Mr Oren Dusk was detained in January 2021.", "2021-01", ("Oren Dusk",)),
        (THREAT, "Ms Alma Ferris was threatened in December 2020.", "2020-12", ("Alma Ferris",)),
    ),
    asks=("release Ms Alma Ferris", "drop the charges against Mr Oren Dusk"),
    reference="AL IRL 1/2021",
)
REPLY = Invented(
    "reply.txt",
    "IRL",
    Genre.GOVERNMENT_REPLY,
    "2021-03-01",
    happenings=((RELEASE, "The docker was released on 20 February 2021.", "2021-02-20", ()),),
    cites="Ref.: AL IRL 1/2021",
)
REPORT = Invented(
    "report.txt",
    "IRL",
    Genre.ILO_CFA,
    "2021-06",
    people=(("A. Ferris", "ferris"), ("Oren Dusk", "dusk")),
    happenings=(
        (ARREST, "A. Ferris was arrested in January 2021.", "2021", ("A. Ferris",)),
        (ARREST, "Oren Dusk was arrested in 2021.", "2021", ("Oren Dusk",)),
    ),
    asks=("release all detained dockers",),
)
MINERS = Invented(
    "miners.txt",
    "MDV",
    Genre.UNION_LETTER,
    "2023-02-10",
    people=(("Tomas Verel", "verel"), ("A. Ferris", "ferris")),
    happenings=((ARREST, "Mr Tomas Verel was arrested on 1 February 2023.", "2023-02-01", ("Tomas Verel",)),),
    asks=("release Mr Tomas Verel",),
)
UNDATED = Invented(
    "undated.txt",
    "MDV",
    Genre.NGO_REPORT,
    "2023",
    people=(("T. Verel", "verel"), ("Ines Corra", "corra")),
    happenings=(
        (ARREST, "T. Verel was held.", None, ("T. Verel",)),
        (RELEASE, "Ines Corra was freed.", None, ("Ines Corra",)),
    ),
)
ALL = (LETTER, REPLY, REPORT, MINERS, UNDATED)
ORDERS = {
    "as written": [ALL[0:2], ALL[2:4], ALL[4:]],
    "replies first": [(REPLY, UNDATED), (REPORT,), (MINERS, LETTER)],
    "the letter before its reply": [(LETTER, MINERS), (REPORT,), (REPLY, UNDATED)],
    "one by one, newest first": [(d,) for d in sorted(ALL, key=lambda d: d.day, reverse=True)],
}


def _clusters(store: Store, moved: dict[str, str] | None = None) -> dict[str, str]:
    """One actor per person as the documents name them; `moved`: "source:name" -> another actor."""
    found = {}
    for row in store.documents(order="id"):
        invented = next((i for i in ALL if i.source == row.source), None)  # else a reply naming no one
        for n, (name, actor) in enumerate(invented.people if invented else ()):
            found[f"{row.sha256[:16]}:p{n}"] = (moved or {}).get(f"{row.source}:{name}", actor)
    return found


def _add(store: Store, docs: Any, batch: tuple[Invented, ...]) -> None:
    for invented in batch:
        docs.add(invented.source, invented.text, invented.extraction())
    store.set_clusters(_clusters(store))
    refresh_views(store)


def _held(store: Store) -> dict[str, Any]:
    """Every stored view of every scope, as pages read them."""
    found = {}
    for labels in VIEW_SCOPES:
        scope = scope_key(labels)
        found[scope] = (
            store.timeline_page(limit=10_000, scope=scope),
            store.timeline_choices(scope=scope),
            store.count_timeline(scope=scope, country="IRL"),
            store.actor_summaries(limit=10_000, scope=scope),
            store.request_rows(scope),
            sorted(store.request_groups("2030-01-01", scope), key=repr),
        )
    return found


def _whole(store: Store) -> dict[str, tuple[Any, ...]]:
    """The views of every scope computed whole in memory from the stored documents."""
    pairs = list(store.extractions(fields=VIEW_FIELDS))
    found = {}
    for labels in VIEW_SCOPES:
        chosen = [p for p in pairs if p[0].confidentiality in labels]
        views = scope_views(store, chosen, store.clusters(), labels)
        found[scope_key(labels)] = (
            [(row.id, row.body) for row in views.timeline],
            list(views.actors),
            [(ask.body, ask.open_due) for ask in views.requests],
        )
    return found


def _stored(store: Store) -> dict[str, tuple[Any, ...]]:
    return {
        scope_key(labels): (
            store.timeline_page(limit=10_000, scope=scope_key(labels)),
            store.actor_summaries(limit=10_000, scope=scope_key(labels)),
            store.request_rows(scope_key(labels)),
        )
        for labels in VIEW_SCOPES
    }


@pytest.fixture
def wholes(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For each refresh written, whether it was whole."""
    calls: list[bool] = []
    real = store.apply_view_patches

    def spy(patches: Any, *args: Any) -> bool:
        calls.append(patches.whole)
        return real(patches, *args)

    monkeypatch.setattr(store, "apply_view_patches", spy)
    return calls


def _equal_to_whole(store: Store) -> None:
    incremental = _held(store)
    assert _stored(store) == _whole(store)
    refresh_views(store, everything=True)
    assert _held(store) == incremental


@pytest.mark.parametrize("order", list(ORDERS))
def test_batches_give_the_views_of_one_whole_recompute(store, docs, wholes, order):  # type: ignore[no-untyped-def]
    for batch in ORDERS[order]:
        _add(store, docs, batch)
    assert wholes == [True] + [False] * (len(ORDERS[order]) - 1)
    letter = next(
        body for body, _ in store.request_rows(scope_key(VIEW_SCOPES[0])) if "Ferris" in body["text"]
    )
    assert letter["reply"]["source"] == REPLY.source  # evidence from another batch's document
    names = {row.cluster_id: row.name for row in store.actor_summaries(limit=100)}
    assert names["ferris"] == "A. Ferris"  # two documents write it so, one otherwise
    bodies = str([body for _, body in store.timeline_page(limit=100)])
    assert "'Alma Ferris'" not in bodies  # the letter's entries show the actor's name of all
    _equal_to_whole(store)


def test_merges_splits_and_moves_of_names_give_the_whole_result(store, docs, wholes):  # type: ignore[no-untyped-def]
    _add(store, docs, ALL[:3])
    store.set_clusters(
        {**_clusters(store), **{k: "ferris" for k, v in _clusters(store).items() if v == "dusk"}}
    )
    refresh_views(store)  # Ferris and Dusk taken for one person: their arrests group
    assert store.count_actor_summaries() == 1
    _equal_to_whole(store)
    store.set_clusters(_clusters(store))  # split again
    refresh_views(store)
    _add(store, docs, ALL[3:])
    store.set_clusters(_clusters(store, {"report.txt:Oren Dusk": "verel"}))  # one name moved to another
    refresh_views(store)
    assert wholes.count(True) == 2  # the first batch, and the check above
    _equal_to_whole(store)


def test_a_relabelled_document_leaves_and_rejoins_the_narrower_scopes(store, docs, wholes):  # type: ignore[no-untyped-def]
    _add(store, docs, ALL)
    reply = next(r.id for r in store.documents() if r.source == REPLY.source)
    store.accounts.set_label(reply, Label.RESTRICTED)
    refresh_views(store)
    narrow = scope_key(frozenset({"public", "internal"}))
    shown = {body["text"]: body["reply"] for body, _ in store.request_rows(narrow)}
    assert shown["release Ms Alma Ferris"] is None  # the reply is not of that scope
    assert "released" not in str(store.timeline_page(limit=100, scope=narrow))
    _equal_to_whole(store)
    store.accounts.set_label(reply, Label.PUBLIC)
    refresh_views(store)
    assert wholes == [True, False, True, False]
    _equal_to_whole(store)


def test_a_batch_reads_only_the_documents_it_reaches(store, docs, monkeypatch):  # type: ignore[no-untyped-def]
    _add(store, docs, (LETTER, REPLY, REPORT))
    read: list[int] = []
    real = store.extractions_of
    monkeypatch.setattr(store, "extractions_of", lambda ids, **kw: read.extend(ids) or real(ids, **kw))

    def sources() -> set[str]:
        return {r.source for r in store.documents(order="id") if r.id in read}

    _add(store, docs, (UNDATED,))  # another country, other persons: nothing held is regrouped
    assert sources() == {UNDATED.source}
    read.clear()
    _add(store, docs, (MINERS,))  # its Verel's arrest joins the undated one's; Ferris is renamed only
    assert sources() == {MINERS.source, UNDATED.source}
    assert "'A. Ferris'" in str(store.timeline_page(limit=100)) and "'Alma Ferris'" not in str(
        store.timeline_page(limit=100)
    )
    _equal_to_whole(store)


def test_a_gone_document_leaves_every_view(store, docs, wholes):  # type: ignore[no-untyped-def]
    _add(store, docs, ALL)
    report = next(r.id for r in store.documents() if r.source == REPORT.source)
    store.mark_failed(report, "read again later")
    refresh_views(store)
    assert wholes == [True, False]
    assert not re.search("release all detained", str(store.request_rows(scope_key(VIEW_SCOPES[0]))))
    _equal_to_whole(store)


def _statements(store: Store) -> list[str]:
    """Every statement either engine of the store runs from now on."""
    seen: list[str] = []
    for engine in {store.engine, store._writer}:
        event.listen(engine, "before_cursor_execute", lambda *args: seen.append(str(args[2])))
    return seen


def test_a_refresh_after_no_change_reads_no_document(store, docs, wholes):  # type: ignore[no-untyped-def]
    _add(store, docs, ALL)
    seen = _statements(store)
    refresh_views(store)
    read = [sql for sql in seen if re.search(r"\bdocuments\b|\bentity_clusters\b|\bfact_reviews\b", sql)]
    assert read == [], "\n----\n".join(read)
    assert wholes == [True, False]


def test_a_write_by_any_path_is_noted_and_taken_by_the_refresh(store, docs, wholes):  # type: ignore[no-untyped-def]
    _add(store, docs, ALL)
    reply = next(r.id for r in store.documents() if r.source == REPLY.source)
    with store._writer.begin() as conn:  # not through the store's methods: the triggers note it
        conn.execute(
            sa.text("UPDATE documents SET confidentiality = 'restricted' WHERE id = :i"), {"i": reply}
        )
        conn.execute(sa.text("DELETE FROM entity_clusters WHERE document_id = :i"), {"i": reply})
    with store.engine.connect() as conn:
        assert set(conn.scalars(sa.select(document_changes.c.document_id))) == {reply}
    refresh_views(store)
    with store.engine.connect() as conn:
        assert list(conn.scalars(sa.select(document_changes.c.document_id))) == []
    narrow = scope_key(frozenset({"public", "internal"}))
    assert "released" not in str(store.timeline_page(limit=100, scope=narrow))
    assert wholes == [True, False]
    _equal_to_whole(store)


def test_a_batch_reads_the_states_and_names_of_the_documents_it_reaches_only(store, docs, monkeypatch):  # type: ignore[no-untyped-def]
    """No record of every document is read into the refresh: not their states, not what the
    views or the follow-up were computed from, not every name's cluster."""
    from casewatch.store import followup_parts, view_parts

    _add(store, docs, (LETTER, REPLY, REPORT))
    whole: list[str] = []

    def spied(name: str, module: Any, restricted: str) -> None:
        real = getattr(module, name)

        def spy(conn: Any, *args: Any, **kw: Any) -> Any:
            if (args[0] if args else kw.get(restricted)) is None:
                whole.append(name)
            return real(conn, *args, **kw)

        monkeypatch.setattr(module, name, spy)

    spied("held", view_parts, "ids")
    spied("held", followup_parts, "countries")
    spied("current", followup_parts, "ids")
    monkeypatch.setattr(followup_parts, "states", lambda conn: whole.append("states") or {})
    real_clusters = store.clusters
    monkeypatch.setattr(store, "clusters", lambda: whole.append("clusters") or real_clusters())
    _add(store, docs, (UNDATED,))  # another country: its own states only
    assert whole == []
    _add(store, docs, (MINERS,))
    assert whole == []
    monkeypatch.undo()
    _equal_to_whole(store)


BY_DAY = Invented(
    "answer.txt",
    "IRL",
    Genre.GOVERNMENT_REPLY,
    "2021-02-11",
    happenings=((RELEASE, "The docker was set free on 9 February 2021.", "2021-02-09", ()),),
    cites="In reply to your communication dated 5 January 2021.",
)


def test_a_reply_by_the_letters_day_in_a_later_batch_shows_and_goes(store, docs, wholes):  # type: ignore[no-untyped-def]
    """A reply naming the letter by its day reaches the letter's kept requests; it leaves them
    when it fails; an unrelated batch between leaves them as they are."""
    _add(store, docs, (LETTER, MINERS))
    _add(store, docs, (BY_DAY,))

    def replies() -> set[str | None]:
        rows = store.request_rows(scope_key(VIEW_SCOPES[0]))
        return {(body.get("reply") or {}).get("source") for body, _ in rows if "Ferris" in body["text"]}

    assert replies() == {BY_DAY.source}
    _equal_to_whole(store)
    _add(store, docs, (UNDATED,))
    assert replies() == {BY_DAY.source}
    answer = next(r.id for r in store.documents() if r.source == BY_DAY.source)
    store.mark_failed(answer, "read again later")
    refresh_views(store)
    assert replies() == {None}
    _equal_to_whole(store)


def test_a_whole_refresh_read_a_document_at_a_time_gives_the_whole_result(store, docs, monkeypatch):  # type: ignore[no-untyped-def]
    """A rebuild holds a few documents' facts at a time; the views are those of all at once."""
    monkeypatch.setattr(view_scope, "WHOLE_CHUNK", 1)
    _add(store, docs, ALL)
    refresh_views(store, everything=True)
    assert _stored(store) == _whole(store)
    names = {row.cluster_id: row.name for row in store.actor_summaries(limit=100)}
    assert names["ferris"] == "A. Ferris"  # the name of all documents, not of the chunk holding one
