"""The timeline page `/timeline` (filters: country, type, actor, years; paged) and `/api/v1/timeline`.

The analysis stage keeps the grouped timeline in the store, per label scope; a page reads one
slice of the reader's scope.
"""

from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from casewatch.store.derived import entry_key
from casewatch.store.rows import TimelineChoices, TimelineFilter
from casewatch.web.auth import views_scope
from casewatch.web.paging import paging
from casewatch.web.render import page
from casewatch.web.routes.deps import Views, json_of, views_of
from casewatch.web.schemas import ActorRefOut, TimelineEntryOut, TimelineOut

router = APIRouter()
PAGE_SIZE = 100
ACTOR_CHOICES = 300  # the actor filter offers the actors with the most events
AFTER_LENGTH = 300  # an entry key: two dates, a document id and an anchor
SOURCES_SHOWN = 3  # quotes side by side per entry on the page (rendering every kept one was most of its time)


def _choices(views: Views, actor: str | None, scope: str) -> TimelineChoices:
    """The filter choices; a chosen actor stays offered even when it is not among the most involved."""
    found = views.from_stored(
        ("timeline-choices", scope), lambda: views.store.timeline_choices(ACTOR_CHOICES, scope)
    )
    if actor and actor not in {cid for cid, _ in found.actors}:
        return TimelineChoices(found.types, found.countries, (*found.actors, (actor, actor)))
    return found


def timeline_filter(
    country: str | None = None,
    type: str | None = None,
    actor: str | None = None,
    year_from: str | None = Query(None, pattern=r"^\d{4}$", description="first year, YYYY"),
    year_to: str | None = Query(None, pattern=r"^\d{4}$", description="last year, YYYY"),
) -> TimelineFilter:
    return TimelineFilter(type or None, country or None, actor or None, year_from, year_to)


def timeline_data(
    views: Views, chosen: TimelineFilter, scope: str, number: int = 1, after: str | None = None
) -> TimelineOut:
    """A page of the timeline of the label `scope`: page `number`, or the page after the entry
    key `after` (keyset paging: an index range however deep, and no entry skipped or repeated
    when entries were added before it since the previous page)."""
    stale = views.views_stale()
    found = views.stored_page(
        ("timeline", chosen, scope, number, after), lambda: _read(views, chosen, scope, number, after)
    )
    found.stale = stale
    return found


def _read(views: Views, chosen: TimelineFilter, scope: str, number: int, after: str | None) -> TimelineOut:
    filters = asdict(chosen)
    store = views.store
    total = views.from_stored(
        ("timeline-count", chosen, scope), lambda: store.count_timeline(scope=scope, **filters)
    )
    if after is None:
        where = paging(total, number, PAGE_SIZE)
        offset = (where.page - 1) * PAGE_SIZE
        rows = store.timeline_page(**filters, limit=PAGE_SIZE + 1, offset=offset, scope=scope)
    else:  # the page number is where the entry after `after` falls
        before = store.timeline_position(after, scope=scope, **filters)
        where = paging(total, before // PAGE_SIZE + 1, PAGE_SIZE)
        rows = store.timeline_page(**filters, limit=PAGE_SIZE + 1, after=after, scope=scope)
    shown = rows[:PAGE_SIZE]
    choices = _choices(views, chosen.actor, scope)
    return TimelineOut(
        entries=[TimelineEntryOut.model_validate(body) for _, body in shown],
        types=list(choices.types),
        countries=list(choices.countries),
        actors=[ActorRefOut(name=name, cluster_id=cid) for cid, name in choices.actors],
        filters=filters,
        next_after=entry_key(shown[-1][1]) if len(rows) > PAGE_SIZE else None,
        **where.__dict__,
    )


@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
def timeline_page(
    request: Request,
    chosen: TimelineFilter = Depends(timeline_filter),
    page_number: int = Query(1, alias="page", ge=1),
    after: str | None = Query(None, max_length=AFTER_LENGTH),
) -> HTMLResponse:
    found = timeline_data(views_of(request), chosen, views_scope(request), page_number, after)
    return page(request, "timeline.html", found, sources_shown=SOURCES_SHOWN)


@router.get("/api/v1/timeline", response_model=TimelineOut, tags=["timeline"])
def timeline_api(
    request: Request,
    chosen: TimelineFilter = Depends(timeline_filter),
    page_number: int = Query(1, alias="page", ge=1),
    after: str | None = Query(None, max_length=AFTER_LENGTH, description="`next_after` of the page before"),
) -> Response:
    """Events in date order, one entry per event with its sources (the first 20 of
    `source_count`); conflicts listed, not resolved. PAGE_SIZE entries a page: by `page`, or
    the one after the previous page's `next_after`. Filters: country, type, actor (cluster id),
    year_from and year_to (YYYY; undated events are left out)."""
    return json_of(timeline_data(views_of(request), chosen, views_scope(request), page_number, after))
