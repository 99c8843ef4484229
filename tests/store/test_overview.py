"""The overview from aggregate queries equals the overview computed from the loaded collection."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from casewatch.analyse.overview import overview, overview_of_store
from casewatch.analyse.replies import reply_evidence
from casewatch.model import (
    Citation,
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

TODAY = date(2021, 6, 15)
ORG = Entity("u", EntityType.ORGANIZATION, "Dockers Union of Ruritania", acronyms=("DUR",))
ORG_SHORT = Entity("u", EntityType.ORGANIZATION, "DUR")
CHAIR = Entity("c", EntityType.PERSON, "Ms. Ilse Varga", roles=("chairperson",))
MINISTRY = Entity("m", EntityType.ORGANIZATION, "Ministry of Labour")
BOARD = Entity("b", EntityType.PERSON, "Karl Board", board=True)
# named in three documents, more than any actor: a place, where things happen, is no actor
PORT = Entity("l", EntityType.PLACE, "Port Ruritania")


def _meta(genre: Genre, when: PartialDate | None, countries: tuple[str, ...], **more: object) -> DocumentMeta:
    return DocumentMeta(genre, when, f"REF {genre.value}", "en", countries, **more)  # type: ignore[arg-type]


def _event(kind: EventType, actors: tuple[str, ...], targets: tuple[str, ...]) -> Event:
    return Event(kind, 0, 10, "quote text", PartialDate(2020, 2), actors=actors, targets=targets)


EXTRACTIONS = [
    Extraction(
        meta=_meta(
            Genre.UNION_LETTER, PartialDate(2020, 3, 4), ("RUR", "SYL"), reply_due=PartialDate(2020, 5)
        ),
        entities=(ORG, CHAIR, MINISTRY, BOARD, PORT),
        # the chair is actor and target of one event: two roles; the board member is no actor
        events=(_event(EventType.ARREST, ("m", "b"), ("c", "u")), _event(EventType.ASSAULT, ("c",), ("c",))),
        citations=(Citation("ILO C087", ("3",), 0, 5), Citation("ILO C087", ("2",), 6, 9)),
        requests=(Request(("UN",), ("Government",), "Please reply.", 0, 13),),
    ),
    Extraction(
        meta=_meta(Genre.GOVERNMENT_REPLY, PartialDate(2020, 6), ("RUR",), title="Reply of the Government"),
        entities=(ORG_SHORT, MINISTRY, PORT),
        events=(_event(EventType.SUSPENSION, ("m",), ("u", "x")),),
        citations=(Citation("ILO C098", (), 0, 5), Citation("ILO C087", (), 6, 9)),
    ),
    Extraction(
        meta=_meta(Genre.UN_COMMUNICATION, PartialDate(2020), ("SYL",), reply_due=PartialDate(2021, 8, 1)),
        entities=(CHAIR, PORT),
        citations=(Citation("UN ICCPR", ("22",), 0, 5),),
    ),
    Extraction(
        meta=_meta(Genre.UN_COMMUNICATION, PartialDate(2019, 11, 2), (), reply_due=PartialDate(2021, 1)),
        entities=(MINISTRY,),
    ),
    Extraction(meta=_meta(Genre.OTHER, None, ("FRE",), title="Undated note")),
    Extraction(meta=_meta(Genre.UNION_LETTER, PartialDate(2020, 3), ("RUR",))),
    # overdue: no government reply names them
    Extraction(meta=_meta(Genre.NGO_REPORT, PartialDate(2020, 8), ("FRE",), reply_due=PartialDate(2020, 10))),
    Extraction(
        meta=_meta(Genre.UNION_LETTER, PartialDate(2020, 7, 1), ("SYL",), reply_due=PartialDate(2020, 9))
    ),
    Extraction(meta=_meta(Genre.NEWS, PartialDate(2021, 2), ("RUR",), reply_due=PartialDate(2021, 6, 15))),
]


def _text(n: int) -> str:
    """The government reply (document 1) answers the union's letter of 4 March 2020 by its date."""
    return f"Document number {n}." + (" In reply to your letter of 4 March 2020." if n == 1 else "")


@pytest.fixture
def filled(store: Store, docs: Any) -> Store:
    ids = [docs.add(f"doc-{n}.txt", _text(n), ext) for n, ext in enumerate(EXTRACTIONS)]
    # a failed re-ingest keeps its old facts, which no view may count
    failed = docs.add("failed.txt", "A failed one.", EXTRACTIONS[0])
    store.mark_failed(failed, "unreadable")
    shas = {row.id: row.sha256[:16] for row in store.documents()}
    # the union's two spellings are one actor; the ministry stays one actor per document
    store.set_clusters({f"{shas[ids[0]]}:u": "org:dockers", f"{shas[ids[1]]}:u": "org:dockers"})
    return store


@pytest.mark.parametrize("limit", [1, 2, 3, 4, 10])
def test_overview_from_queries_equals_overview_from_collection(filled: Store, limit: int) -> None:
    pairs = list(filled.extractions())
    evidence = reply_evidence(filled)
    expected = overview(pairs, filled.clusters(), TODAY, failed=1, limit=limit, evidence=evidence)
    assert overview_of_store(filled, TODAY, limit=limit) == expected


def test_overview_from_queries_counts(filled: Store) -> None:
    found = overview_of_store(filled, TODAY, limit=2)
    assert (found.documents, found.failed, found.events, found.requests, found.citations) == (9, 1, 3, 1, 5)
    assert [(t.name, t.count) for t in found.instruments] == [("ILO C087", 2), ("ILO C098", 1)]
    assert [(a.name, a.documents, a.events) for a in found.top_actors] == [
        ("Dockers Union of Ruritania", 2, 2),
        ("Ms. Ilse Varga", 1, 3),
    ]
    assert found.actors == 6
    assert [(d.source.reference, d.due.iso, d.days_left) for d in found.overdue] == [
        ("REF union_letter", "2020-09", -258),
        ("REF ngo_report", "2020-10", -227),
    ]
    assert [(d.due.iso, d.days_left) for d in found.upcoming] == [("2021-06-15", 0), ("2021-08-01", 47)]


def test_overview_of_an_empty_store(store: Store) -> None:
    assert overview_of_store(store, TODAY) == overview([], {}, TODAY)


@pytest.mark.parametrize(
    ("labels", "failed"), [(frozenset({"public"}), 0), (frozenset({"public", "internal"}), 1)]
)
def test_overview_of_some_labels_is_that_of_their_documents_alone(
    filled: Store, labels: frozenset[str], failed: int
) -> None:
    """The union's letter is restricted: its spelling of the union's name, its events, its
    citations and its deadline are not counted for a reader of other labels."""
    ids = sorted(row.id for row in filled.documents() if row.status.value == "ok")
    filled.accounts.set_label(ids[0], Label.RESTRICTED)
    for other in ids[2:]:
        filled.accounts.set_label(other, Label.PUBLIC)
    pairs = list(filled.extractions(labels=labels))
    evidence = reply_evidence(filled, labels)
    expected = overview(pairs, filled.clusters(), TODAY, failed=failed, evidence=evidence)
    found = overview_of_store(filled, TODAY, labels=labels)
    assert found == expected
    assert "Dockers Union of Ruritania" not in {a.name for a in found.top_actors}
    assert overview_of_store(filled, TODAY).documents == 9


@pytest.mark.parametrize(
    ("due", "still_open"),
    [
        ("2021", True),  # a year's deadline runs to its last day
        ("2021-06", True),
        ("2021-06-15", True),  # today is the last day
        ("2021-06-14", False),
        ("2021-05", False),
        ("2020", False),
    ],
)
def test_a_partial_deadline_is_open_until_its_last_day(
    store: Store, docs: Any, due: str, still_open: bool
) -> None:
    from casewatch.store.overview import asking

    meta = _meta(Genre.UN_COMMUNICATION, PartialDate(2020, 1, 2), ("SYL",), reply_due=PartialDate.parse(due))
    docs.add("letter.txt", "An invented letter.", Extraction(meta=meta))
    with store.engine.connect() as conn:
        upcoming = [d.reply_due.iso for d in asking(conn, TODAY.isoformat(), due=False) if d.reply_due]
        overdue = [d.reply_due.iso for d in asking(conn, TODAY.isoformat(), due=True) if d.reply_due]
    assert (upcoming, overdue) == (([due], []) if still_open else ([], [due]))
