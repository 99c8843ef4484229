"""The overview page `/` and `/api/v1/overview`."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from casewatch.analyse.overview import overview_of_store
from casewatch.web.render import page
from casewatch.web.routes.deps import Views, today_of, views_of
from casewatch.web.schemas import OverviewOut

router = APIRouter()


def overview_data(views: Views, today: date) -> OverviewOut:
    def compute() -> OverviewOut:
        return OverviewOut.model_validate(overview_of_store(views.store, today))

    # Aggregate queries, no collection load: a write costs the next request milliseconds.
    # Pydantic models are mutable: hand out a copy so no request can change the cached one.
    return views.cached(("overview", today), compute).model_copy(deep=True)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def overview_page(request: Request) -> HTMLResponse:
    return page(request, "overview.html", overview_data(views_of(request), today_of(request)))


@router.get("/api/v1/overview", response_model=OverviewOut, tags=["overview"])
def overview_api(request: Request) -> OverviewOut:
    """Collection counts, countries, latest documents, deadlines, top instruments and actors."""
    return overview_data(views_of(request), today_of(request))
