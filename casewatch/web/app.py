"""The web application factory: one store, security headers, HTML pages and their JSON twins."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import HTTPException
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from casewatch.errors import message
from casewatch.read import Limits
from casewatch.store import Store
from casewatch.store.search import SEARCH_SECONDS
from casewatch.web.jobs import Uploads
from casewatch.web.render import page
from casewatch.web.routes import actors, documents, jobs, overview, requests, search, timeline, upload
from casewatch.web.routes.deps import Views
from casewatch.web.security import BodyLimit, Csrf, SecurityHeaders

STATIC = Path(__file__).parent / "static"


def create_app(
    db_target: str,
    *,
    today: Callable[[], date] = date.today,
    search_seconds: float = SEARCH_SECONDS,
    limits: Limits | None = None,
) -> FastAPI:
    """The casewatch web app over the store at `db_target` (a path or database URL); a full-text
    search is stopped after `search_seconds`; uploads are read under `limits`, and an upload's
    body may not exceed `limits.max_bytes` (plus the form around it)."""
    limits = limits or Limits()
    app = FastAPI(
        title="casewatch",
        summary="Freedom-of-association case file: documents, actors, timeline, requests, search",
        version="1",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # the interactive docs need inline scripts, which the CSP forbids
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.store = Store.open(db_target)
    app.state.views = Views(app.state.store)
    app.state.today = today
    app.state.csrf = Csrf()
    app.state.searches = search.Searches(search_seconds)
    app.state.uploads = Uploads(app.state.store, limits)
    body_limit = limits.max_bytes + upload.FORM_SLACK
    app.add_middleware(BodyLimit, limit=body_limit, detail=message("upload_too_large", limit=body_limit))
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    for module in (overview, documents, actors, timeline, requests, search, upload, jobs):
        app.include_router(module.router)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """At shutdown, stop searches still running, the upload jobs and the background rebuild of
    cached views before anything else closes."""
    yield
    app.state.searches.close()
    app.state.uploads.close()
    app.state.views.close()


async def _http_error(request: Request, exc: Exception) -> Response:
    """JSON errors under /api/, a page elsewhere."""
    status = exc.status_code if isinstance(exc, HTTPException | StarletteHTTPException) else 500
    detail = getattr(exc, "detail", "error")
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": detail}, status_code=status)
    return page(request, "error.html", None, status_code=status, status=status, detail=detail)
