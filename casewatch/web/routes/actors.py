"""Actor pages `/actors`, `/actors/{cluster_id}` and their JSON twins."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from casewatch.analyse.actors import actor_list, actor_page
from casewatch.store import Store
from casewatch.web.render import page
from casewatch.web.routes.deps import collection, store_of
from casewatch.web.schemas import ActorPageOut, ActorsOut

router = APIRouter()


def actors_data(store: Store) -> ActorsOut:
    found = collection(store)
    return ActorsOut.model_validate({"actors": actor_list(found.pairs, found.clusters)})


def actor_data(store: Store, cluster_id: str) -> ActorPageOut:
    found = collection(store)
    view = actor_page(found.pairs, found.clusters, cluster_id)
    if view is None:
        raise HTTPException(404, "No document names this actor.")
    return ActorPageOut.model_validate(view)


@router.get("/actors", response_class=HTMLResponse, include_in_schema=False)
def actors_page(request: Request) -> HTMLResponse:
    return page(request, "actors.html", actors_data(store_of(request)))


@router.get("/actors/{cluster_id}", response_class=HTMLResponse, include_in_schema=False)
def actor_html(request: Request, cluster_id: str) -> HTMLResponse:
    return page(request, "actor.html", actor_data(store_of(request), cluster_id))


@router.get("/api/v1/actors", response_model=ActorsOut, tags=["actors"])
def actors_api(request: Request) -> ActorsOut:
    """Every collection-wide actor (entity cluster), the most involved first."""
    return actors_data(store_of(request))


@router.get("/api/v1/actors/{cluster_id}", response_model=ActorPageOut, tags=["actors"])
def actor_api(request: Request, cluster_id: str) -> ActorPageOut:
    """One actor: every spelling and where, roles, events, documents naming it."""
    return actor_data(store_of(request), cluster_id)
