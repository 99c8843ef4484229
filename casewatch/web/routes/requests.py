"""Requests to governments `/requests`, grouped by body and by topic (paged), and `/api/v1/requests`."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from casewatch.analyse.requests import RequestGroup, RequestsView, requests_view
from casewatch.web.paging import paging
from casewatch.web.render import page
from casewatch.web.routes.deps import Views, today_of, views_of
from casewatch.web.schemas import RequestsOut

router = APIRouter()
PAGE_SIZE = 50  # requests of each group a page shows


def _group(group: RequestGroup, number: int) -> dict[str, object]:
    start = (number - 1) * PAGE_SIZE
    return {
        **group.__dict__,
        "requests": group.requests[start : start + PAGE_SIZE],
        "count": len(group.requests),
    }


def requests_data(views: Views, today: date, number: int = 1) -> RequestsOut:
    """Page `number` shows the PAGE_SIZE requests of that rank in every group; pages = the longest group's."""
    found = views.snapshot()
    view: RequestsView = found.view(
        ("requests", today), lambda loaded: requests_view(loaded.data.pairs, loaded.data.clusters, today)
    )
    longest = max((len(g.requests) for g in (*view.by_body, *view.by_topic)), default=0)
    where = paging(longest, number, PAGE_SIZE)
    return RequestsOut.model_validate(
        {
            **view.__dict__,
            "by_body": [_group(g, where.page) for g in view.by_body],
            "by_topic": [_group(g, where.page) for g in view.by_topic],
            "page": where.page,
            "pages": where.pages,
            "stale": found.stale,
        }
    )


@router.get("/requests", response_class=HTMLResponse, include_in_schema=False)
def requests_page(request: Request, page_number: int = Query(1, alias="page", ge=1)) -> HTMLResponse:
    out = requests_data(views_of(request), today_of(request), page_number)
    return page(request, "requests.html", out)


@router.get("/api/v1/requests", response_model=RequestsOut, tags=["requests"])
def requests_api(request: Request, page_number: int = Query(1, alias="page", ge=1)) -> RequestsOut:
    """Every request with issuer, addressee, deadline and source; overdue ones flagged.
    Each group lists PAGE_SIZE requests a page (`count` says how many it has in all)."""
    return requests_data(views_of(request), today_of(request), page_number)
