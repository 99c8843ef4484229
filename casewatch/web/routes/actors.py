"""Actor pages `/actors` (paged), `/actors/{cluster_id}` and their JSON twins."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from casewatch.analyse.actors import ActorSummary, actor_list, actor_page
from casewatch.analyse.common import Pair, entity_ref
from casewatch.web.paging import paged
from casewatch.web.render import page
from casewatch.web.routes.deps import Collection, Views, views_of
from casewatch.web.schemas import ActorPageOut, ActorsOut

router = APIRouter()
PAGE_SIZE = 100


def actors_data(views: Views, number: int = 1) -> ActorsOut:
    found = views.snapshot()
    everyone: list[ActorSummary] = found.view(
        "actors", lambda loaded: actor_list(loaded.data.pairs, loaded.data.clusters)
    )
    shown, where = paged(everyone, number, PAGE_SIZE)
    return ActorsOut.model_validate({"actors": shown, **where.__dict__, "stale": found.stale})


def _naming(found: Collection, cluster_id: str) -> list[int]:
    """The documents with a (non-board) entity in the cluster."""
    return [
        row.id
        for row, ext in found.pairs
        if any(
            found.clusters.get(entity_ref(row, e.key), entity_ref(row, e.key)) == cluster_id
            for e in ext.entities
            if not e.board
        )
    ]


def actor_data(views: Views, cluster_id: str) -> ActorPageOut:
    found = views.snapshot()
    ids = found.view(("naming", cluster_id), lambda loaded: _naming(loaded.data, cluster_id))
    # Spellings come from mentions, which the cached collection leaves out: load these documents whole.
    pairs: list[Pair] = list(views.store.extractions_of(ids))
    view = actor_page(pairs, found.collection.clusters, cluster_id)
    if view is None:
        raise HTTPException(404, "No document names this actor.")
    out = ActorPageOut.model_validate(view)
    out.stale = found.stale
    return out


@router.get("/actors", response_class=HTMLResponse, include_in_schema=False)
def actors_page(request: Request, page_number: int = Query(1, alias="page", ge=1)) -> HTMLResponse:
    return page(request, "actors.html", actors_data(views_of(request), page_number))


@router.get("/actors/{cluster_id}", response_class=HTMLResponse, include_in_schema=False)
def actor_html(request: Request, cluster_id: str) -> HTMLResponse:
    return page(request, "actor.html", actor_data(views_of(request), cluster_id))


@router.get("/api/v1/actors", response_model=ActorsOut, tags=["actors"])
def actors_api(request: Request, page_number: int = Query(1, alias="page", ge=1)) -> ActorsOut:
    """Collection-wide actors (entity clusters), the most involved first, PAGE_SIZE a page."""
    return actors_data(views_of(request), page_number)


@router.get("/api/v1/actors/{cluster_id}", response_model=ActorPageOut, tags=["actors"])
def actor_api(request: Request, cluster_id: str) -> ActorPageOut:
    """One actor: every spelling and where, roles, events, documents naming it."""
    return actor_data(views_of(request), cluster_id)
