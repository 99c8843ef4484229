"""The timeline page `/timeline` (filters: country, type, actor) and `/api/v1/timeline`."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from casewatch.analyse.timeline import timeline
from casewatch.store import Store
from casewatch.web.render import page
from casewatch.web.routes.deps import collection, store_of
from casewatch.web.schemas import TimelineOut

router = APIRouter()


def timeline_data(store: Store, country: str | None, type: str | None, actor: str | None) -> TimelineOut:
    found = collection(store)
    view = timeline(
        found.pairs, found.clusters, country=country or None, type=type or None, actor=actor or None
    )
    out = TimelineOut.model_validate(view)
    out.filters = {"country": country or None, "type": type or None, "actor": actor or None}
    return out


@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
def timeline_page(
    request: Request, country: str | None = None, type: str | None = None, actor: str | None = None
) -> HTMLResponse:
    return page(request, "timeline.html", timeline_data(store_of(request), country, type, actor))


@router.get("/api/v1/timeline", response_model=TimelineOut, tags=["timeline"])
def timeline_api(
    request: Request, country: str | None = None, type: str | None = None, actor: str | None = None
) -> TimelineOut:
    """Events in date order, one entry per event with every source; conflicts listed, not resolved."""
    return timeline_data(store_of(request), country, type, actor)
