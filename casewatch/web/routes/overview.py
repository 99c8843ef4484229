"""The overview page `/` and `/api/v1/overview`."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from casewatch.analyse.overview import overview
from casewatch.store import Store
from casewatch.web.render import page
from casewatch.web.routes.deps import collection, store_of, today_of
from casewatch.web.schemas import OverviewOut

router = APIRouter()


def overview_data(store: Store, today: date) -> OverviewOut:
    found = collection(store)
    view = overview(found.pairs, found.clusters, today, failed=len(store.failures()))
    return OverviewOut.model_validate(view)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def overview_page(request: Request) -> HTMLResponse:
    return page(request, "overview.html", overview_data(store_of(request), today_of(request)))


@router.get("/api/v1/overview", response_model=OverviewOut, tags=["overview"])
def overview_api(request: Request) -> OverviewOut:
    """Collection counts, countries, latest documents, deadlines, top instruments and actors."""
    return overview_data(store_of(request), today_of(request))
