"""The overview page `/` and `/api/v1/overview`."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from casewatch.access.roles import stored_scope
from casewatch.analyse.overview import overview_of_store
from casewatch.web import charts
from casewatch.web.auth import Labels, scope_of
from casewatch.web.render import label, page
from casewatch.web.routes.deps import Views, today_of, views_of
from casewatch.web.schemas import OverviewOut

router = APIRouter()
TOP = 10  # documents, deadlines, instruments and actors each list shows


def overview_data(views: Views, today: date, labels: Labels) -> OverviewOut:
    """The overview of the documents of these labels (None: all), as if no other were held."""
    scope = stored_scope(labels)
    built = views.store.views_built_from()
    if built is None:  # never computed: at once (views_stale computes them the first time)
        views.views_stale()
        built = views.store.views_built_from()

    def compute() -> OverviewOut:
        actors = views.store.named_actors(TOP, scope)
        found = overview_of_store(views.store, today, limit=TOP, labels=labels, actors=actors)
        return OverviewOut.model_validate(found)

    # Counts are aggregate queries, read again after each write; actors come from the stored
    # list (ranking them anew would count every name of the collection), so the overview is
    # also kept per stored-list version. Pydantic models are mutable: hand out a copy.
    model = views.cached(("overview", today, labels, built), compute).model_copy(deep=True)
    model.stale = views.views_stale()  # a refresh it starts no longer slows the counts above
    return model


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def overview_page(request: Request) -> HTMLResponse:
    model = overview_data(views_of(request), today_of(request), scope_of(request))
    years = [(t.year, t.type, t.count) for t in model.events_by_year]
    genres = [(label(t.name), f"/documents?genre={quote(t.name)}", t.count) for t in model.genres]
    pictures = {
        "years": charts.events_by_year(years),
        "legend": charts.legend(years),
        "genres": charts.bars(genres, "Documents per genre"),
    }
    return page(request, "overview.html", model, charts=pictures)


@router.get("/api/v1/overview", response_model=OverviewOut, tags=["overview"])
def overview_api(request: Request) -> OverviewOut:
    """Collection counts, countries, latest documents, deadlines, top instruments and actors."""
    return overview_data(views_of(request), today_of(request), scope_of(request))
