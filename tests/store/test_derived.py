"""Stored views (timeline, actor list): replaced whole, read a page at a time, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from casewatch.store import Store
from casewatch.store.derived import ViewRows
from casewatch.store.rows import ActorRow, TimelineChoices, TimelineRow
from casewatch.store.schema import EVERYTHING


def _row(
    rank: int,
    type_: str,
    countries: tuple[str, ...],
    actors: tuple[tuple[str, str], ...],
    year: str | None = None,
) -> TimelineRow:
    body = {"id": f"ev-{rank}", "type": type_, "quote": f"q{rank}"}
    return TimelineRow(rank, type_, body, countries, actors, year)


ROWS = [
    _row(1, "arrest", ("PER",), (("c-rojas", "Luis Rojas"),), "2015"),
    _row(2, "protest", ("PER", "BOL"), (("c-fenatrap", "FENATRAP"), ("c-rojas", "Luis Rojas")), "2018"),
    _row(3, "arrest", ("GTM",), (), "2019"),
    _row(4, "conviction", ("PER",), (("c-rojas", "Luis Rojas"),)),
]


ACTORS = [
    ActorRow("c-rojas", "Luis Rojas", "person", 3, 3),
    ActorRow("c-fenatrap", "FENATRAP", "organization", 1, 1),
    ActorRow("c-police", "National Police", "organization", 1, 0),
]


@pytest.fixture
def held(store: Store) -> Store:
    store.replace_views({EVERYTHING: ViewRows(ROWS, ACTORS)}, revision=store.revision())
    return store


def test_a_store_starts_with_no_timeline(store: Store) -> None:
    assert (store.views_built_from(), store.count_timeline(), store.timeline_page()) == (None, 0, [])
    assert (store.count_actor_summaries(), store.actor_summaries()) == (0, [])


@pytest.mark.parametrize(
    ("filters", "ranks"),
    [
        ({}, [1, 2, 3, 4]),
        ({"type": "arrest"}, [1, 3]),
        ({"country": "PER"}, [1, 2, 4]),
        ({"country": "BOL"}, [2]),
        ({"actor": "c-rojas"}, [1, 2, 4]),
        ({"actor": "c-rojas", "type": "arrest"}, [1]),
        ({"country": "GTM", "actor": "c-rojas"}, []),
        ({"type": "no such type"}, []),
        ({"year_from": "2016"}, [2, 3]),
        ({"year_to": "2018"}, [1, 2]),
        ({"year_from": "2018", "year_to": "2018"}, [2]),
        ({"year_from": "2016", "type": "arrest"}, [3]),
        ({"year_from": "2020"}, []),
    ],
)
def test_filters_select_entries_in_rank_order(held: Store, filters: dict[str, str], ranks: list[int]) -> None:
    page = held.timeline_page(**filters)
    assert ([rank for rank, _ in page], held.count_timeline(**filters)) == (ranks, len(ranks))
    assert [body["quote"] for _, body in page] == [f"q{rank}" for rank in ranks]


def test_pages_are_slices(held: Store) -> None:
    assert [rank for rank, _ in held.timeline_page(limit=2, offset=1)] == [2, 3]


def test_choices_list_types_countries_and_actors_by_involvement(held: Store) -> None:
    choices = held.timeline_choices(actors=1)
    assert (choices.types, choices.countries, choices.actors) == (
        ("arrest", "conviction", "protest"),
        ("BOL", "GTM", "PER"),
        (("c-rojas", "Luis Rojas"),),
    )


def test_replacing_keeps_only_the_new_entries_and_their_revision(held: Store) -> None:
    release = _row(1, "release", ("PER",), (("c-rojas", "Luis Rojas"),))
    held.replace_views({EVERYTHING: ViewRows([release], ACTORS[:1])}, revision=41)
    assert (held.views_built_from(), held.count_timeline(), held.count_timeline(country="GTM")) == (41, 1, 0)
    assert (held.timeline_choices().types, held.actor_summaries()) == (("release",), ACTORS[:1])


def test_actors_are_read_in_rank_order_a_page_at_a_time(held: Store) -> None:
    assert (held.actor_summaries(), held.count_actor_summaries()) == (ACTORS, 3)
    assert held.actor_summaries(limit=1, offset=1) == ACTORS[1:2]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"type_": "organization"}, ACTORS[1:]),
        ({"name": "ROJAS"}, ACTORS[:1]),
        ({"name": "na", "type_": "organization"}, ACTORS[1:]),  # FENATRAP, National Police
        ({"name": "%"}, []),  # LIKE's wildcards are taken literally
        ({"name": "_"}, []),
        ({"type_": "place"}, []),
    ],
)
def test_actors_by_type_and_name(held: Store, filters: dict[str, str], expected: list[ActorRow]) -> None:
    assert held.actor_summaries(**filters) == expected
    assert held.count_actor_summaries(**filters) == len(expected)


def test_keeping_views_does_not_move_the_revision(store: Store) -> None:
    before = store.revision()
    store.replace_views({EVERYTHING: ViewRows(ROWS, ACTORS)}, revision=before)
    assert store.revision() == before


NARROW = "internal,public"


def test_each_label_scope_is_read_apart(store: Store) -> None:
    """A scope holds what its documents show: a reader of it never gets another scope's rows."""
    only_public = _row(1, "arrest", ("BOL",), (("c-police", "National Police"),))
    scoped = {
        EVERYTHING: ViewRows(ROWS, ACTORS),
        NARROW: ViewRows([only_public], ACTORS[2:]),
        "public": ViewRows(),
    }
    store.replace_views(scoped, revision=store.revision())
    assert (
        store.count_timeline(),
        store.count_timeline(scope=NARROW),
        store.count_timeline(scope="public"),
    ) == (
        len(ROWS),
        1,
        0,
    )
    assert store.timeline_page(scope=NARROW) == [(1, only_public.body)]
    assert store.count_timeline(scope=NARROW, actor="c-rojas") == 0
    assert store.timeline_choices(scope=NARROW) == TimelineChoices(
        ("arrest",), ("BOL",), (("c-police", "National Police"),)
    )
    assert (store.actor_summaries(scope=NARROW), store.count_actor_summaries(scope=NARROW, name="rojas")) == (
        ACTORS[2:],
        0,
    )
    assert store.actor_summaries(scope="public") == []
