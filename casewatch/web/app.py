"""The web application factory: one store, security headers, HTML pages and their JSON twins."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import HTTPException
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from casewatch.errors import message
from casewatch.read import Limits
from casewatch.store import Store
from casewatch.store.search import SEARCH_SECONDS
from casewatch.web.auth import SINGLE_USER, Access, Forbidden, LoginRequired, authorize, login_location
from casewatch.web.jobs import Uploads
from casewatch.web.params import reject_unknown_query
from casewatch.web.render import compile_templates, page
from casewatch.web.routes import (
    actors,
    communications,
    docs,
    documents,
    exports,
    followup,
    jobs,
    login,
    overview,
    requests,
    review,
    search,
    timeline,
    upload,
)
from casewatch.web.routes.deps import Views
from casewatch.web.security import BodyLimit, Csrf, SecurityHeaders

STATIC = Path(__file__).parent / "static"


def create_app(
    db_target: str,
    *,
    today: Callable[[], date] = date.today,
    access: Access = SINGLE_USER,
    search_seconds: float = SEARCH_SECONDS,
    limits: Limits | None = None,
) -> FastAPI:
    """The casewatch web app over the store at `db_target` (a path or database URL).

    `access` says how people are admitted: by default the single-user laptop mode, in which the
    local user may do everything (`casewatch serve` asks for accounts unless told otherwise). A
    full-text search is stopped after `search_seconds`; uploads are read under `limits`, and an
    upload's body may not exceed `limits.max_bytes` (plus the form around it)."""
    limits = limits or Limits()
    app = FastAPI(
        title="casewatch",
        summary="Freedom-of-association case file: documents, actors, timeline, requests, search",
        version="1",
        openapi_url="/openapi.json",
        docs_url=None,  # the interactive docs need inline scripts, which the CSP forbids: /docs is ours
        redoc_url=None,
        lifespan=_lifespan,
        dependencies=[Depends(authorize), Depends(reject_unknown_query)],
    )
    app.state.store = Store.open(db_target)
    app.state.views = Views(app.state.store)
    app.state.today = today
    app.state.csrf = Csrf()
    app.state.access = access
    app.state.searches = search.Searches(search_seconds)
    app.state.uploads = Uploads(app.state.store, limits)
    body_limit = limits.max_bytes + upload.FORM_SLACK
    app.add_middleware(BodyLimit, limit=body_limit, detail=message("upload_too_large", limit=body_limit))
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    for module in (
        overview,
        documents,
        actors,
        timeline,
        requests,
        communications,
        review,
        followup,
        search,
        upload,
        jobs,
        exports,
        docs,
        login,
    ):
        app.include_router(module.router)
    app.add_api_route("/api/v1/openapi.json", lambda: app.openapi(), include_in_schema=False)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(LoginRequired, _to_login)
    app.add_exception_handler(Forbidden, _forbidden)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """At start, compile the pages' templates; at shutdown, stop searches still running, the
    upload jobs and the background rebuild of cached views before anything else closes."""
    await run_in_threadpool(compile_templates)
    yield
    app.state.searches.close()
    app.state.uploads.close()
    app.state.views.close()


async def _to_login(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LoginRequired)
    return RedirectResponse(login_location(exc.next_path), status_code=303)


async def _forbidden(request: Request, exc: Exception) -> Response:
    """401 for someone not signed in, 403 for a user whose role does not allow it."""
    assert isinstance(exc, Forbidden)
    status = 403 if exc.viewer.signed_in or exc.reason else 401
    detail = exc.reason or message("forbidden", role=exc.viewer.role.value, permission=exc.permission.value)
    if status == 401:
        detail = message("sign_in_first")
    headers = {} if exc.viewer.signed_in else {"WWW-Authenticate": "Bearer"}
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    return page(request, "error.html", None, status_code=status, status=status, detail=detail)


async def _http_error(request: Request, exc: Exception) -> Response:
    """JSON errors under /api/, a page elsewhere."""
    status = exc.status_code if isinstance(exc, HTTPException | StarletteHTTPException) else 500
    detail = getattr(exc, "detail", "error")
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": detail}, status_code=status)
    return page(request, "error.html", None, status_code=status, status=status, detail=detail)
