"""The requests page reads the stored view: the same groups, counts, overdue flags and order as the
view computed from the whole collection, on any day and both backends."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from casewatch.analyse.derived import refresh_views
from casewatch.analyse.requests import RequestsView, requests_view
from casewatch.model import DocumentMeta, Entity, EntityType, Extraction, Genre, PartialDate, Request
from casewatch.store import Store
from casewatch.store.schema import EVERYTHING
from casewatch.web.routes import requests as page
from casewatch.web.routes.deps import Views
from casewatch.web.schemas import RequestsOut

BOARD = Entity("b", EntityType.ORGANIZATION, "Committee of Invented Experts")
UNION = Entity("u", EntityType.ORGANIZATION, "Federation of Harbour Workers")
ASKS = (
    "release the detained leaders",
    "amend the Labour Code and provide information",
    "carry out an independent investigation",
    "take note of the situation",
)


def _letter(n: int) -> Extraction:
    issuers = ("b",) if n % 3 else ("b", "u")  # every third a joint communication
    asks = tuple(
        Request(
            issuers, ("Government",), text, 0, 10, deadline=PartialDate(2021, 1 + n % 12) if n % 2 else None
        )
        for text in ASKS[: 1 + n % len(ASKS)]
    )
    due = PartialDate(2020, 1 + n % 12) if n % 4 == 0 else None
    meta = DocumentMeta(
        Genre.ILO_CFA, PartialDate(2019 + n % 3, 1 + n % 12), countries=("ATL",), reply_due=due
    )
    return Extraction(meta=meta, entities=(BOARD, UNION), requests=asks)


def _shape(out: RequestsOut | RequestsView) -> Any:
    def groups(found: Any) -> list[Any]:
        return [
            (
                g.name,
                g.overdue,
                [(r.id, r.overdue, getattr(r.deadline, "iso", r.deadline)) for r in g.requests],
            )
            for g in found
        ]

    return out.total, out.overdue, groups(out.by_body), groups(out.by_topic)


@pytest.fixture
def filled(store: Store, docs: Any) -> Store:
    for n in range(14):
        docs.add(f"letter-{n}.txt", f"Letter {n}", _letter(n))
    reply = DocumentMeta(Genre.GOVERNMENT_REPLY, PartialDate(2021, 5, 2), countries=("ATL",))
    docs.add("reply.txt", "A reply", Extraction(meta=reply))
    refresh_views(store)
    return store


@pytest.mark.parametrize("today", [date(2019, 6, 1), date(2021, 3, 15), date(2030, 1, 1)])
def test_the_stored_page_is_the_computed_view(filled: Store, today: date) -> None:
    computed = requests_view(list(filled.extractions()), filled.clusters(), today)
    shown = page.requests_data(Views(filled), filled, today, EVERYTHING, 1)
    assert shown.total == computed.total > 20
    assert _shape(shown) == _shape(computed)
    assert any(r.overdue for g in shown.by_body for r in g.requests) == (computed.overdue > 0)


def test_a_group_is_paged_in_order(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page, "PAGE_SIZE", 4)
    today = date(2021, 3, 15)
    computed = requests_view(list(filled.extractions()), filled.clusters(), today)
    longest = max(len(g.requests) for g in (*computed.by_body, *computed.by_topic))
    pages = [
        page.requests_data(Views(filled), filled, today, EVERYTHING, n)
        for n in range(1, 1 + -(-longest // 4))
    ]
    assert pages[0].pages == len(pages)
    for n, group in enumerate(computed.by_topic):
        assert [r.id for p in pages for r in p.by_topic[n].requests] == [r.id for r in group.requests]
        assert {p.by_topic[n].count for p in pages} == {len(group.requests)}
