"""The timeline page `/timeline` (filters: country, type, actor; paged) and `/api/v1/timeline`."""

from __future__ import annotations

from dataclasses import replace

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from casewatch.analyse.timeline import Timeline, TimelineEntry, filtered, timeline
from casewatch.web.paging import paged
from casewatch.web.render import page
from casewatch.web.routes.deps import Loaded, Snapshot, Views, views_of
from casewatch.web.schemas import TimelineOut

router = APIRouter()
PAGE_SIZE = 100
SOURCES_SHOWN = 20  # an event reported by hundreds of documents lists the first ones only


def _whole(loaded: Loaded) -> Timeline:
    return timeline(loaded.data.pairs, loaded.data.clusters)


def _filtered(found: Snapshot, country: str | None, type: str | None, actor: str | None) -> Timeline:
    """Grouping reports into events is the costly part: it is done once, filters select from it."""
    return found.view(
        ("timeline", country, type, actor),
        lambda loaded: filtered(loaded.view("timeline", _whole), country=country, type=type, actor=actor),
    )


def _shown(entry: TimelineEntry) -> dict[str, object]:
    shown = replace(entry, sources=entry.sources[:SOURCES_SHOWN])
    return {**shown.__dict__, "source_count": len(entry.sources)}


def timeline_data(
    views: Views, country: str | None, type: str | None, actor: str | None, number: int = 1
) -> TimelineOut:
    found = views.snapshot()
    view = _filtered(found, country or None, type or None, actor or None)
    entries, where = paged(view.entries, number, PAGE_SIZE)
    out = TimelineOut.model_validate(
        {**view.__dict__, "entries": [_shown(e) for e in entries], **where.__dict__}
    )
    out.stale = found.stale
    out.filters = {"country": country or None, "type": type or None, "actor": actor or None}
    return out


@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
def timeline_page(
    request: Request,
    country: str | None = None,
    type: str | None = None,
    actor: str | None = None,
    page_number: int = Query(1, alias="page", ge=1),
) -> HTMLResponse:
    out = timeline_data(views_of(request), country, type, actor, page_number)
    return page(request, "timeline.html", out)


@router.get("/api/v1/timeline", response_model=TimelineOut, tags=["timeline"])
def timeline_api(
    request: Request,
    country: str | None = None,
    type: str | None = None,
    actor: str | None = None,
    page_number: int = Query(1, alias="page", ge=1),
) -> TimelineOut:
    """Events in date order, one entry per event with its sources (the first SOURCES_SHOWN of
    `source_count`); conflicts listed, not resolved. PAGE_SIZE entries a page."""
    return timeline_data(views_of(request), country, type, actor, page_number)
