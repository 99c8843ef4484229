"""Query parameters the JSON API does not know are an error, not silently ignored.

`actors?type=person` returning every actor looks like a filtered answer and is not one: a
client that misspells or guesses a parameter is told which ones the route takes.
"""

from __future__ import annotations

from fastapi import HTTPException, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from casewatch.errors import message


def _query_names(dependant: Dependant) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


async def reject_unknown_query(request: Request) -> None:
    """Raise 422 when an /api/ request names a query parameter its route does not declare.

    Async though it awaits nothing: a plain function would be run in a worker thread, a hop that
    costs every request more than this check itself."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute) or not request.url.path.startswith("/api/"):
        return
    known = _query_names(route.dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        detail = message("unknown_params", names=", ".join(unknown), known=", ".join(sorted(known)) or "none")
        raise HTTPException(422, detail)
