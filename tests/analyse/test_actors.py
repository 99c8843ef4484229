"""Actor pages gather every spelling, role, event and document of one cluster."""

from __future__ import annotations

from datetime import date

from casewatch.analyse.actors import actor_list, actor_page
from casewatch.analyse.overview import overview
from casewatch.model import (
    Citation,
    Entity,
    EntityType,
    Event,
    EventType,
    Extraction,
    Genre,
    Mention,
    PartialDate,
)


def _docs(row, doc_meta):
    union = Entity(
        key="u", type=EntityType.ORGANIZATION, name="Union of Banana Workers", acronyms=("UBW", "STB")
    )
    leader = Entity(key="p", type=EntityType.PERSON, name="Rosa Quispe", roles=("General Secretary",))
    board = Entity(key="b", type=EntityType.PERSON, name="Board Member", board=True)
    town = Entity(key="l", type=EntityType.PLACE, name="Puerto Banano")
    strike = Event(
        type=EventType.PROTEST,
        start=0,
        end=20,
        quote="the UBW went on strike",
        date=PartialDate(2022, 8),
        actors=("u",),
    )
    first = Extraction(
        meta=doc_meta(Genre.UNION_LETTER, "2022-09-01"),
        entities=(union, leader, board, town),
        mentions=(Mention("organization", "UBW", 4, 7, "u"),),
        events=(strike,),
        citations=(Citation("ILO C087", ("art 2",), 0, 5),),
    )
    union2 = Entity(key="x", type=EntityType.ORGANIZATION, name="Banana Workers' Union")
    second = Extraction(
        meta=doc_meta(Genre.ILO_CFA, "2023"),
        entities=(union2,),
        citations=(Citation("ILO C087", (), 0, 5), Citation("ILO C098", (), 9, 12)),
    )
    clusters = {f"{1:016x}:u": "c-union", f"{2:016x}:x": "c-union"}
    return [(row(1, "letter.txt"), first), (row(2, "report.pdf"), second)], clusters


def test_actor_list_ranks_by_documents_and_skips_board_lists(row, doc_meta):
    pairs, clusters = _docs(row, doc_meta)
    summaries = actor_list(pairs, clusters)
    assert [(s.cluster_id, s.name, s.documents, s.events) for s in summaries] == [
        ("c-union", "Union of Banana Workers", 2, 1),
        (f"{1:016x}:l", "Puerto Banano", 1, 0),  # the actors pages list places too, by type
        (f"{1:016x}:p", "Rosa Quispe", 1, 0),
    ]


def test_actor_page_lists_spellings_roles_events_documents(row, doc_meta):
    pairs, clusters = _docs(row, doc_meta)
    page = actor_page(pairs, clusters, "c-union")
    assert page is not None
    assert [(s.name, [r.source for r in s.sources]) for s in page.spellings] == [  # STB: never written
        ("Banana Workers' Union", ["report.pdf"]),
        ("UBW", ["letter.txt"]),
        ("Union of Banana Workers", ["letter.txt"]),
    ]
    assert [(e.role, e.type, e.anchor) for e in page.events] == [("actor", "protest", "f-e0")]
    assert [d.source for d in page.documents] == ["letter.txt", "report.pdf"]  # in date order
    assert actor_page(pairs, clusters, "missing") is None
    person = actor_page(pairs, clusters, f"{1:016x}:p")
    assert person is not None and person.roles == ("General Secretary",)


def test_overview_counts_and_top_lists(row, doc_meta):
    pairs, clusters = _docs(row, doc_meta)
    view = overview(pairs, clusters, date(2024, 1, 1), failed=3)
    assert (view.documents, view.failed, view.events, view.citations, view.actors) == (2, 3, 1, 3, 2)
    assert [(t.name, t.count) for t in view.instruments] == [("ILO C087", 2), ("ILO C098", 1)]
    assert [(t.name, t.count) for t in view.countries] == [("GTM", 2)]
    assert [d.source for d in view.latest] == ["report.pdf", "letter.txt"]
    assert view.top_actors[0].cluster_id == "c-union"
    assert "place" not in {a.type for a in view.top_actors}  # a place is where, not who
