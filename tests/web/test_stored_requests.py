"""The requests page reads the stored view: the same groups, counts, overdue flags and order as the
requests computed from the whole collection grouped by body and topic, on any day and both backends."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from casewatch.analyse.derived import refresh_views
from casewatch.analyse.requests import RequestItem, body_of, request_items
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


@dataclass(frozen=True)
class Group:
    name: str
    requests: list[RequestItem]
    overdue: int


@dataclass(frozen=True)
class Computed:
    """What the page should show: every request, grouped by body and by topic, ranked as the page ranks."""

    total: int
    overdue: int
    by_body: list[Group]
    by_topic: list[Group]


def _ranked(named: dict[str, list[RequestItem]]) -> list[Group]:
    groups = [Group(name, found, sum(r.overdue for r in found)) for name, found in named.items()]
    return sorted(groups, key=lambda g: (-g.overdue, -len(g.requests), g.name.casefold()))


def _computed(store: Store, today: date) -> Computed:
    items = request_items(list(store.extractions()), store.clusters(), today)
    by_body: dict[str, list[RequestItem]] = defaultdict(list)
    by_topic: dict[str, list[RequestItem]] = defaultdict(list)
    for item in items:
        by_body[body_of(item)].append(item)
        for topic in item.topics:
            by_topic[topic].append(item)
    return Computed(len(items), sum(r.overdue for r in items), _ranked(by_body), _ranked(by_topic))


def _shape(out: RequestsOut | Computed) -> Any:
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
    computed = _computed(filled, today)
    shown = page.requests_data(Views(filled), filled, today, EVERYTHING, 1)
    assert shown.total == computed.total > 20
    assert _shape(shown) == _shape(computed)
    assert any(r.overdue for g in shown.by_body for r in g.requests) == (computed.overdue > 0)


def test_a_group_is_paged_in_order(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page, "PAGE_SIZE", 4)
    today = date(2021, 3, 15)
    computed = _computed(filled, today)
    longest = max(len(g.requests) for g in (*computed.by_body, *computed.by_topic))
    pages = [
        page.requests_data(Views(filled), filled, today, EVERYTHING, n)
        for n in range(1, 1 + -(-longest // 4))
    ]
    assert pages[0].pages == len(pages)
    for n, group in enumerate(computed.by_topic):
        assert [r.id for p in pages for r in p.by_topic[n].requests] == [r.id for r in group.requests]
        assert {p.by_topic[n].count for p in pages} == {len(group.requests)}
