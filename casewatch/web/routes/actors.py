"""Actor pages `/actors` (paged), `/actors/{cluster_id}` and their JSON twins."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from casewatch.access.roles import Permission, can
from casewatch.analyse.actors import actor_page
from casewatch.analyse.common import Pair
from casewatch.errors import NotFound
from casewatch.ingest import judge_actors
from casewatch.model import Verdict
from casewatch.web import charts
from casewatch.web.auth import Labels, scope_of, viewer_of, views_scope
from casewatch.web.paging import paging
from casewatch.web.render import csrf_cookie, label, own_form, page
from casewatch.web.routes.deps import Views, views_of
from casewatch.web.schemas import ActorPageOut, ActorsOut

router = APIRouter()
PAGE_SIZE = 100


ACTOR_TYPES = ("person", "organization", "place")


@dataclass(frozen=True)
class ActorFilter:
    type: str | None = None
    q: str | None = None


def actor_filter(
    type: str | None = Query(
        None, pattern="^(person|organization|place)$", description="person, organization or place"
    ),
    q: str | None = Query(None, max_length=200, description="part of the actor's name, any case"),
) -> ActorFilter:
    return ActorFilter(type or None, (q or "").strip() or None)


def actors_data(views: Views, scope: str, number: int = 1, chosen: ActorFilter = ActorFilter()) -> ActorsOut:
    """A page of the actor list of the label `scope`."""
    stale = views.views_stale()
    count = views.store.count_actor_summaries(type_=chosen.type, name=chosen.q, scope=scope)
    where = paging(count, number, PAGE_SIZE)
    offset = (where.page - 1) * PAGE_SIZE
    shown = views.store.actor_summaries(PAGE_SIZE, offset, type_=chosen.type, name=chosen.q, scope=scope)
    filters = {"type": chosen.type, "q": chosen.q}
    return ActorsOut.model_validate({"actors": shown, **where.__dict__, "stale": stale, "filters": filters})


def actor_data(views: Views, cluster_id: str, labels: Labels) -> ActorPageOut:
    """Everything about one actor, from the documents of these `labels` (None: all) that name it
    (loaded whole: spellings come from their mentions)."""
    ids = views.store.documents_naming(cluster_id)
    pairs: list[Pair] = [
        (row, ext)
        for row, ext in views.store.extractions_of(ids)
        if labels is None or row.confidentiality in labels
    ]
    view = actor_page(pairs, views.store.clusters_of(ids), cluster_id)
    if view is None:
        raise HTTPException(404, "No document names this actor.")
    return ActorPageOut.model_validate(view)


@router.get("/actors", response_class=HTMLResponse, include_in_schema=False)
def actors_page(
    request: Request,
    page_number: int = Query(1, alias="page", ge=1),
    chosen: ActorFilter = Depends(actor_filter),
) -> HTMLResponse:
    return page(
        request,
        "actors.html",
        actors_data(views_of(request), views_scope(request), page_number, chosen),
        types=ACTOR_TYPES,
    )


@router.get("/actors/{cluster_id}", response_class=HTMLResponse, include_in_schema=False)
def actor_html(request: Request, cluster_id: str) -> HTMLResponse:
    model = actor_data(views_of(request), cluster_id, scope_of(request))
    dots = [
        (e.date, e.type, f"/documents/{e.source.document_id}#{e.anchor}", f"{e.date}: {label(e.type)}")
        for e in model.events
        if e.date
    ]
    merging = {
        "can_merge": can(viewer_of(request).role, Permission.MERGE),
        "can_export": can(viewer_of(request).role, Permission.EXPORT),
        "merge_token": request.app.state.csrf.token(csrf_cookie(request)),
    }
    return page(request, "actor.html", model, life_line=charts.life_line(dots), **merging)


@router.get("/api/v1/actors", response_model=ActorsOut, tags=["actors"])
def actors_api(
    request: Request,
    page_number: int = Query(1, alias="page", ge=1),
    chosen: ActorFilter = Depends(actor_filter),
) -> ActorsOut:
    """Collection-wide actors (entity clusters), the most involved first, PAGE_SIZE a page; of one
    `type`, or with `q` in their name."""
    return actors_data(views_of(request), views_scope(request), page_number, chosen)


@router.get("/api/v1/actors/{cluster_id}", response_model=ActorPageOut, tags=["actors"])
def actor_api(request: Request, cluster_id: str) -> ActorPageOut:
    """One actor: every spelling and where, roles, events, documents naming it."""
    return actor_data(views_of(request), cluster_id, scope_of(request))


class JudgementIn(BaseModel):
    first: str  # an actor (cluster id, as in /actors/ID) or one of its records
    second: str


def _judge(request: Request, pair: JudgementIn, verdict: Verdict) -> dict[str, str]:
    try:
        left, right = judge_actors(
            views_of(request).store, pair.first, pair.second, verdict, viewer_of(request).name
        )
    except NotFound as exc:
        raise HTTPException(404, str(exc)) from None
    return {"recorded": verdict.value, "first": left, "second": right}


@router.post("/api/v1/actors/merge", tags=["actors"])
def merge_api(request: Request, pair: JudgementIn) -> dict[str, str]:
    """Declare two actors one (kept as a judgement every later resolution keeps)."""
    return _judge(request, pair, Verdict.SAME)


@router.post("/api/v1/actors/split", tags=["actors"])
def split_api(request: Request, pair: JudgementIn) -> dict[str, str]:
    """Declare two records different actors, undoing a wrong merge."""
    return _judge(request, pair, Verdict.DIFFERENT)


@router.post("/actors/{cluster_id}/merge", include_in_schema=False)
def merge_form(
    request: Request, cluster_id: str, other: str = Form(...), csrf_token: str = Form("")
) -> Response:
    """The actor page's form: this actor and another are one."""
    own_form(request, csrf_token)
    _judge(request, JudgementIn(first=cluster_id, second=other.strip()), Verdict.SAME)
    return RedirectResponse("/actors", status_code=303)
