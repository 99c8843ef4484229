"""Requests to governments `/requests`, grouped by body and by topic, and `/api/v1/requests`."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from casewatch.analyse.requests import requests_view
from casewatch.store import Store
from casewatch.web.render import page
from casewatch.web.routes.deps import collection, store_of, today_of
from casewatch.web.schemas import RequestsOut

router = APIRouter()


def requests_data(store: Store, today: date) -> RequestsOut:
    found = collection(store)
    return RequestsOut.model_validate(requests_view(found.pairs, found.clusters, today))


@router.get("/requests", response_class=HTMLResponse, include_in_schema=False)
def requests_page(request: Request) -> HTMLResponse:
    return page(request, "requests.html", requests_data(store_of(request), today_of(request)))


@router.get("/api/v1/requests", response_model=RequestsOut, tags=["requests"])
def requests_api(request: Request) -> RequestsOut:
    """Every request with issuer, addressee, deadline and source; overdue ones flagged."""
    return requests_data(store_of(request), today_of(request))
