"""Requests to governments `/requests`, grouped by body and by topic (paged), and `/api/v1/requests`."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from casewatch.analyse.replies import reply_evidence
from casewatch.analyse.requests import RequestGroup, RequestItem, RequestsView, requests_view
from casewatch.store import Store
from casewatch.web.paging import paging
from casewatch.web.render import page
from casewatch.web.routes.deps import Views, store_of, today_of, views_of
from casewatch.web.schemas import RequestsOut

router = APIRouter()
PAGE_SIZE = 50  # requests of each group a page shows
Threads = dict[tuple[int, str], tuple[str, str]]


def _group(group: RequestGroup, number: int, threads: Threads) -> dict[str, object]:
    start = (number - 1) * PAGE_SIZE
    return {
        **group.__dict__,
        "requests": [_with_thread(r, threads) for r in group.requests[start : start + PAGE_SIZE]],
        "count": len(group.requests),
    }


def _with_thread(item: RequestItem, threads: Threads) -> dict[str, object]:
    """The request with the follow-up thread it is in and that thread's latest status."""
    thread, status = threads.get((item.source.document_id, item.anchor), (None, None))
    return {**item.__dict__, "thread": thread, "thread_status": status}


def _threads(store: Store, view: RequestsView, number: int) -> Threads:
    start = (number - 1) * PAGE_SIZE
    shown = [r for g in (*view.by_body, *view.by_topic) for r in g.requests[start : start + PAGE_SIZE]]
    return store.threads_of_requests([r.source.document_id for r in shown])


def requests_data(views: Views, store: Store, today: date, number: int = 1) -> RequestsOut:
    """Page `number` shows the PAGE_SIZE requests of that rank in every group; pages = the longest group's."""
    found = views.snapshot()
    # the evidence is read inside the recipe: a rebuild for a newer revision reads it anew
    view: RequestsView = found.view(
        ("requests", today),
        lambda loaded: requests_view(loaded.data.pairs, loaded.data.clusters, today, reply_evidence(store)),
    )
    longest = max((len(g.requests) for g in (*view.by_body, *view.by_topic)), default=0)
    where = paging(longest, number, PAGE_SIZE)
    threads = _threads(store, view, where.page)
    return RequestsOut.model_validate(
        {
            **view.__dict__,
            "by_body": [_group(g, where.page, threads) for g in view.by_body],
            "by_topic": [_group(g, where.page, threads) for g in view.by_topic],
            "page": where.page,
            "pages": where.pages,
            "stale": found.stale,
        }
    )


@router.get("/requests", response_class=HTMLResponse, include_in_schema=False)
def requests_page(request: Request, page_number: int = Query(1, alias="page", ge=1)) -> HTMLResponse:
    out = requests_data(views_of(request), store_of(request), today_of(request), page_number)
    return page(request, "requests.html", out)


@router.get("/api/v1/requests", response_model=RequestsOut, tags=["requests"])
def requests_api(request: Request, page_number: int = Query(1, alias="page", ge=1)) -> RequestsOut:
    """Every request with issuer, addressee, deadline and source; overdue ones flagged.
    Each group lists PAGE_SIZE requests a page (`count` says how many it has in all)."""
    return requests_data(views_of(request), store_of(request), today_of(request), page_number)
