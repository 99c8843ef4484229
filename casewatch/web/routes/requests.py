"""Requests to governments `/requests`, grouped by body and by topic (paged), and `/api/v1/requests`.

The analysis stage keeps every request with its groups in the store; a page reads the groups'
counts and one slice of each group.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from casewatch.store import Store
from casewatch.store.asks import GroupCount
from casewatch.web.auth import views_scope
from casewatch.web.paging import paging
from casewatch.web.render import page
from casewatch.web.routes.deps import Views, json_of, store_of, today_of, views_of
from casewatch.web.schemas import RequestsOut

router = APIRouter()
PAGE_SIZE = 50  # requests of each group a page shows
Threads = dict[tuple[int, str], tuple[str, str]]
Shown = list[tuple[GroupCount, list[dict[str, Any]]]]


def _ranked(groups: list[GroupCount], kind: str) -> list[GroupCount]:
    """A kind's groups: those with overdue requests first, then the larger, then by name."""
    chosen = [g for g in groups if g.kind == kind]
    return sorted(chosen, key=lambda g: (-g.overdue, -g.count, g.name.casefold()))


def _slices(
    store: Store, groups: list[GroupCount], number: int, today: str, scope: str
) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Each group's requests on page `number` (read in one statement), each flagged overdue when
    its last day is past."""
    chosen = [(g.kind, g.name) for g in groups]
    found = store.request_group_pages(chosen, PAGE_SIZE, (number - 1) * PAGE_SIZE, scope)
    return {
        group: [{**body, "overdue": due is not None and due < today} for body, due in rows]
        for group, rows in found.items()
    }


def _with_thread(item: dict[str, Any], threads: Threads) -> dict[str, Any]:
    """The request with the follow-up thread it is in and that thread's latest status."""
    thread, status = threads.get((item["source"]["document_id"], item["anchor"]), (None, None))
    return {**item, "thread": thread, "thread_status": status}


def _groups(shown: Shown, threads: Threads) -> list[dict[str, Any]]:
    return [
        {
            "name": g.name,
            "overdue": g.overdue,
            "count": g.count,
            "requests": [_with_thread(item, threads) for item in items],
        }
        for g, items in shown
    ]


def requests_data(views: Views, store: Store, today: date, scope: str, number: int = 1) -> RequestsOut:
    """Page `number` shows the PAGE_SIZE requests of that rank in every group of the label `scope`;
    pages = the longest group's."""
    stale = views.views_stale()
    # the threads' statuses come from the follow-up, which is stored after the other views
    key = ("requests", today, scope, number, store.followup_built_from())
    found = views.stored_page(key, lambda: _read(views, store, today, scope, number))
    found.stale = stale
    return found


def _read(views: Views, store: Store, today: date, scope: str, number: int) -> RequestsOut:
    day = today.isoformat()
    groups = views.from_stored(("request-groups", day, scope), lambda: store.request_groups(day, scope))
    total, overdue = views.from_stored(
        ("request-totals", day, scope), lambda: store.request_totals(day, scope)
    )
    where = paging(max((g.count for g in groups), default=0), number, PAGE_SIZE)
    ranked = {kind: _ranked(groups, kind) for kind in ("body", "topic")}
    slices = _slices(store, [*ranked["body"], *ranked["topic"]], where.page, day, scope)
    shown = {kind: [(g, slices[(g.kind, g.name)]) for g in found] for kind, found in ranked.items()}
    asked = [
        item["source"]["document_id"] for found in shown.values() for _, items in found for item in items
    ]
    threads = store.threads_of_requests(asked, scope)
    return RequestsOut.model_validate(
        {
            "total": total,
            "overdue": overdue,
            "by_body": _groups(shown["body"], threads),
            "by_topic": _groups(shown["topic"], threads),
            "today": today,
            "page": where.page,
            "pages": where.pages,
        }
    )


@router.get("/requests", response_class=HTMLResponse, include_in_schema=False)
def requests_page(request: Request, page_number: int = Query(1, alias="page", ge=1)) -> HTMLResponse:
    out = requests_data(
        views_of(request), store_of(request), today_of(request), views_scope(request), page_number
    )
    return page(request, "requests.html", out)


@router.get("/api/v1/requests", response_model=RequestsOut, tags=["requests"])
def requests_api(request: Request, page_number: int = Query(1, alias="page", ge=1)) -> Response:
    """Every request with issuer, addressee, deadline and source; overdue ones flagged.
    Each group lists PAGE_SIZE requests a page (`count` says how many it has in all)."""
    return json_of(
        requests_data(
            views_of(request), store_of(request), today_of(request), views_scope(request), page_number
        )
    )
