"""The timeline merges one event reported by several documents and keeps their disagreements."""

from __future__ import annotations

from dataclasses import replace

from casewatch.analyse.timeline import timeline
from casewatch.model import Entity, EntityType, Event, EventType, Extraction, PartialDate


def _person(key: str, name: str) -> Entity:
    return Entity(key=key, type=EntityType.PERSON, name=name)


def _arrest(day: str | None, quote: str, target: str = "p1", kind: EventType = EventType.ARREST) -> Event:
    return Event(
        type=kind,
        start=0,
        end=len(quote),
        quote=quote,
        date=PartialDate.parse(day) if day else None,
        targets=(target,),
    )


def _pair(row, doc_meta, doc_id, events, name="Ana Morales", key="p1", day="2021-05-01"):
    ext = Extraction(meta=doc_meta(day=day), entities=(_person(key, name),), events=tuple(events))
    return row(doc_id), ext


def _clusters(*doc_ids: int, key: str = "p1") -> dict[str, str]:
    return {f"{i:016x}:{key}": "c-ana" for i in doc_ids}


def test_same_event_from_two_documents_is_one_row_with_both_quotes(row, doc_meta):
    one = _pair(row, doc_meta, 1, [_arrest("2021-03-02", "Ms Morales was detained on 2 March 2021")])
    two = _pair(row, doc_meta, 2, [_arrest("2021-03", "she was arrested in March 2021")], name="A. Morales")
    view = timeline([one, two], _clusters(1, 2))
    assert len(view.entries) == 1
    entry = view.entries[0]
    assert entry.date == PartialDate(2021, 3, 2)
    assert [s.quote for s in entry.sources] == [
        "she was arrested in March 2021",
        "Ms Morales was detained on 2 March 2021",
    ]
    assert entry.conflicts == ()
    assert entry.targets[0].cluster_id == "c-ana"


def test_unresolved_actors_keep_events_apart(row, doc_meta):
    one = _pair(row, doc_meta, 1, [_arrest("2021-03-02", "detained")])
    two = _pair(row, doc_meta, 2, [_arrest("2021-03-02", "detained")])
    assert len(timeline([one, two], {}).entries) == 2


def test_different_days_are_flagged_as_a_conflict(row, doc_meta):
    one = _pair(row, doc_meta, 1, [_arrest("2021-03-02", "detained on 2 March")])
    two = _pair(row, doc_meta, 2, [_arrest("2021-03-09", "detained on 9 March")])
    (entry,) = timeline([one, two], _clusters(1, 2)).entries
    assert entry.conflicts == ("dates differ: 2021-03-02 / 2021-03-09",)
    assert len(entry.sources) == 2


def test_an_act_told_by_many_documents_names_each_date_once(row, doc_meta):
    told = [_pair(row, doc_meta, i, [_arrest("2021-03-02", "detained on 2 March")]) for i in range(1, 300)]
    late = _pair(row, doc_meta, 300, [_arrest("2021-03-09", "detained on 9 March")])
    (entry,) = timeline([*told, late], _clusters(*range(1, 301))).entries
    assert entry.conflicts == ("dates differ: 2021-03-02 / 2021-03-09",)
    assert len(entry.sources) == 300


def test_different_sentences_are_flagged(row, doc_meta):
    one = _pair(
        row, doc_meta, 1, [_arrest("2021-06", "sentenced to 5 years in prison", kind=EventType.CONVICTION)]
    )
    two = _pair(row, doc_meta, 2, [_arrest(None, "a sentence of seven years", kind=EventType.CONVICTION)])
    (entry,) = timeline([one, two], _clusters(1, 2)).entries
    assert entry.conflicts == ("terms differ: 5 years / seven years",)


def test_different_fines_are_flagged(row, doc_meta):
    one = _pair(row, doc_meta, 1, [_arrest("2021", "fined 2,000 dollars", kind=EventType.CONVICTION)])
    two = _pair(row, doc_meta, 2, [_arrest("2021", "a fine of $3,500", kind=EventType.CONVICTION)])
    (entry,) = timeline([one, two], _clusters(1, 2)).entries
    assert entry.conflicts == ("amounts differ: $3,500 / 2,000 dollars",)


def test_other_year_or_type_is_another_event(row, doc_meta):
    one = _pair(
        row,
        doc_meta,
        1,
        [_arrest("2020-03-02", "detained"), _arrest("2021", "released", kind=EventType.RELEASE)],
    )
    two = _pair(row, doc_meta, 2, [_arrest("2021-03-02", "detained again")])
    view = timeline([one, two], _clusters(1, 2))
    assert [(e.type, e.date.iso if e.date else None) for e in view.entries] == [
        ("arrest", "2020-03-02"),
        ("release", "2021"),
        ("arrest", "2021-03-02"),
    ]


def test_undated_events_come_last_and_filters_apply(row, doc_meta):
    one = _pair(
        row,
        doc_meta,
        1,
        [_arrest(None, "detained at some point"), _arrest("2019", "protest", kind=EventType.PROTEST)],
    )
    other = (row(2), replace(one[1], meta=doc_meta(countries=("PHL",))))
    view = timeline([one], {})
    assert [e.type for e in view.entries] == ["protest", "arrest"]
    assert [e.type for e in timeline([one], {}, type="arrest").entries] == ["arrest"]
    assert timeline([one, other], {}, country="PHL").entries[0].countries == ("PHL",)
    assert timeline([one], _clusters(1), actor="c-ana").entries[0].targets[0].name == "Ana Morales"
    assert timeline([one], _clusters(1), actor="nobody").entries == ()


def test_an_entry_shows_the_forum_and_who_told_it(row, doc_meta):
    event = replace(_arrest("2021-03-02", "the court remanded Ms Morales"), forum=("o1",), reporter=("o2",))
    ext = Extraction(
        meta=doc_meta(day="2021-05-01"),
        entities=(
            _person("p1", "Ana Morales"),
            Entity(key="o1", type=EntityType.ORGANIZATION, name="City Court"),
            Entity(key="o2", type=EntityType.ORGANIZATION, name="Dockers Union"),
        ),
        events=(event,),
    )
    [entry] = timeline([(row(1), ext)], {}).entries
    assert ([a.name for a in entry.forum], [a.name for a in entry.reporters]) == (
        ["City Court"],
        ["Dockers Union"],
    )
