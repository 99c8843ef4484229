"""The overview's counts kept by the database equal the counts computed over the whole collection,
after every kind of write, settled or not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from casewatch.model import (
    Citation,
    DocumentMeta,
    Event,
    EventType,
    Extraction,
    Genre,
    Label,
    PartialDate,
    Request,
    Text,
)
from casewatch.store import Store, tallies
from casewatch.store import overview as figures

LABEL_SETS: list[frozenset[str] | None] = [None, frozenset({"internal"}), frozenset({"public", "restricted"})]


def _ext(
    genre: Genre, countries: tuple[str, ...], keys: tuple[str, ...], years: tuple[int | None, ...]
) -> Extraction:
    return Extraction(
        meta=DocumentMeta(genre, PartialDate(2020, 1), "REF", "en", countries),
        events=tuple(
            Event(EventType.ARREST, 0, 5, "quote", date=PartialDate(y) if y else None) for y in years
        ),
        citations=tuple(Citation(key, (), 0, 5) for key in keys),
        requests=(Request(("Arden Federation of Dock Workers",), ("Government",), "Release them.", 0, 5),),
    )


def _whole(store: Store, labels: frozenset[str] | None) -> tuple[Any, ...]:
    with store.engine.connect() as conn:
        counts = figures.fact_counts(conn, labels)
        return counts, figures.tallies(conn, labels), figures.events_per_year(conn, labels)


def _kept(store: Store, labels: frozenset[str] | None) -> tuple[Any, ...]:
    found = store.overview_figures(labels)
    return figures.stored_fact_counts(found), figures.stored_tallies(found), figures.stored_years(found)


def _assert_kept_equals_whole(store: Store) -> None:
    for labels in LABEL_SETS:
        assert _kept(store, labels) == _whole(store, labels), labels


def _save(store: Store, document_id: int, ext: Extraction) -> None:
    store.save_extraction(document_id, Text("Arden dock workers were arrested.", "text/plain"), ext)


WRITES: list[tuple[str, Callable[[Store, list[int]], None]]] = [
    # the same instrument cited twice counts the document once; re-saving replaces every fact
    (
        "re-saved",
        lambda s, ids: _save(s, ids[0], _ext(Genre.NEWS, ("ARD",), ("ILO C098", "ILO C098"), (2019,))),
    ),
    ("re-saved without facts", lambda s, ids: _save(s, ids[1], Extraction())),
    ("failed", lambda s, ids: s.mark_failed(ids[2], "unreadable")),
    ("relabelled", lambda s, ids: s.accounts.set_label(ids[3], Label.RESTRICTED)),
    ("made public", lambda s, ids: s.accounts.set_label(ids[0], Label.PUBLIC)),
]


@pytest.fixture
def held(store: Store, docs: Any) -> list[int]:
    found = [
        docs.add(
            "a.txt",
            "Arden letter one.",
            _ext(
                Genre.UNION_LETTER,
                ("ARD", "ARD", "BEL"),
                ("ILO C087", "ILO C087", "ILO C098"),
                (2018, 2018, None),
            ),
        ),
        docs.add(
            "b.txt", "Arden letter two.", _ext(Genre.GOVERNMENT_REPLY, ("BEL",), ("ILO C087",), (2019,))
        ),
        docs.add("c.txt", "Arden letter three.", _ext(Genre.UN_COMMUNICATION, (), (), (2018,))),
        docs.add("d.txt", "Arden letter four.", _ext(Genre.UNION_LETTER, ("ARD",), ("UN ICCPR",), ())),
    ]
    docs.start("e.txt", "An Arden file being read.")  # started, not saved: not readable
    return found


@pytest.mark.parametrize("settled", [False, True])
def test_kept_counts_follow_every_write(store: Store, held: list[int], settled: bool) -> None:
    _assert_kept_equals_whole(store)
    for name, write in WRITES:
        write(store, held)
        if settled:
            store.settle_tallies()
        assert _kept(store, None) == _whole(store, None), name
        _assert_kept_equals_whole(store)


def test_settling_folds_the_changes_and_keeps_the_counts(store: Store, held: list[int]) -> None:
    before = store.overview_figures()
    store.settle_tallies()
    store.settle_tallies()  # nothing more to fold
    assert store.overview_figures() == before
    assert figures.stored_fact_counts(before) == {
        "documents": 4,
        "failed": 1,
        "events": 5,
        "requests": 4,
        "citations": 5,
    }
    assert figures.stored_tallies(before)["instruments"] == {"ILO C087": 2, "ILO C098": 1, "UN ICCPR": 1}


def test_counting_anew_gives_the_kept_counts(store: Store, held: list[int]) -> None:
    """What the migration does on a database holding documents already."""
    WRITES[2][1](store, held)
    before = store.overview_figures()
    with store.engine.begin() as conn:
        tallies.fill(conn)
    assert store.overview_figures() == before
    _assert_kept_equals_whole(store)
