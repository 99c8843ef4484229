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

from casewatch.store import Store
from casewatch.web.render import page
from casewatch.web.routes import actors, documents, followup, overview, requests, search, timeline, upload
from casewatch.web.routes.deps import Views
from casewatch.web.security import Csrf, SecurityHeaders

STATIC = Path(__file__).parent / "static"


def create_app(db_target: str, *, today: Callable[[], date] = date.today) -> FastAPI:
    """The casewatch web app over the store at `db_target` (a path or database URL)."""
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
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    for module in (overview, documents, actors, timeline, requests, followup, search, upload):
        app.include_router(module.router)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """At shutdown, stop the background rebuild of cached views before anything else closes."""
    yield
    app.state.views.close()


async def _http_error(request: Request, exc: Exception) -> Response:
    """JSON errors under /api/, a page elsewhere."""
    status = exc.status_code if isinstance(exc, HTTPException | StarletteHTTPException) else 500
    detail = getattr(exc, "detail", "error")
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": detail}, status_code=status)
    return page(request, "error.html", None, status_code=status, status=status, detail=detail)
