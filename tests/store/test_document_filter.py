"""Document lists filtered in the database by a partial-date range and a sender's name, on both backends."""

from __future__ import annotations

from typing import Any

import pytest

from casewatch.model import DocumentMeta, Extraction, Genre, PartialDate, Party
from casewatch.store import DocumentFilter, Store

LETTERS = {
    "year.txt": (PartialDate(2019), (Party("Confederación Sindical de Trabajadores"),), ()),
    "month.txt": (PartialDate(2019, 3), (Party("Human Rights Watch"),), (Party("Élodie Martín"),)),
    "day.txt": (PartialDate(2019, 3, 31), (Party("Ministry of Labour"),), ()),
    "later.txt": (PartialDate(2020, 1, 2), (Party("100%_Union\\Front"),), ()),
    "undated.txt": (None, (Party("Human Rights Watch"),), ()),
}


@pytest.fixture
def letters(store: Store, docs: Any) -> Store:
    for source, (day, senders, signatories) in LETTERS.items():
        meta = DocumentMeta(Genre.UNION_LETTER, day, senders=senders, signatories=signatories)
        docs.add(source, f"Letter {source}", Extraction(meta=meta))
    return store


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("2019-03-31", "2019-03-31", {"year.txt", "month.txt", "day.txt"}),  # partial dates cover it
        ("2019-04-01", "2019-12-31", {"year.txt"}),
        ("2019-03-01", None, {"year.txt", "month.txt", "day.txt", "later.txt"}),
        (None, "2019-02-28", {"year.txt"}),
        ("2020-01-03", None, set()),
    ],
)
def test_a_range_keeps_dates_that_overlap_it(
    letters: Store, first: str | None, last: str | None, expected: set[str]
) -> None:
    where = DocumentFilter(first_day=first, last_day=last)
    assert {d.source for d in letters.documents(where=where)} == expected
    assert letters.count_documents(where=where) == len(expected)


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        ("rights watch", {"month.txt", "undated.txt"}),
        ("CONFEDERACIÓN", {"year.txt"}),  # case folded beyond ASCII
        ("élodie", {"month.txt"}),  # signatories count as senders
        ("100%_", {"later.txt"}),  # LIKE wildcards are taken literally
        ("\\front", {"later.txt"}),
        ("%", {"later.txt"}),
        ("nobody", set()),
    ],
)
def test_a_sender_matches_part_of_a_name(letters: Store, sender: str, expected: set[str]) -> None:
    assert {d.source for d in letters.documents(where=DocumentFilter(sender=sender))} == expected


def test_filters_combine_with_the_shorthands(letters: Store) -> None:
    where = DocumentFilter(sender="rights watch", first_day="2019-01-01", last_day="2019-12-31")
    assert [d.source for d in letters.documents(where=where, genre="union_letter")] == ["month.txt"]
    assert letters.documents(where=where, genre="news") == []
