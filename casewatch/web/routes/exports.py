"""Exports over HTTP: `/exports` lists them, `/api/v1/export/{format}` downloads one."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from casewatch.errors import CasewatchError, message
from casewatch.export import EXPORTERS
from casewatch.export.audience import REDACTED, ExportScope
from casewatch.export.dossier import actor_dossier, dossier
from casewatch.store import Store
from casewatch.web.auth import viewer_of, visible_labels
from casewatch.web.render import page
from casewatch.web.routes.deps import store_of, today_of

router = APIRouter()

# format: (media type, file name, what it is for)
FORMATS = {
    "casefile": ("application/json", "casefile.json", "the whole case file as casefile/1 JSON"),
    "events-csv": ("text/csv", "events.csv", "one row per event, with its source sentence"),
    "requests-csv": (
        "text/csv",
        "requests.csv",
        "one row per request: who asked whom, its thread and latest status, and a UN letter's reply",
    ),
    "entities-csv": ("text/csv", "entities.csv", "persons, organisations and places with their spellings"),
    "ics": ("text/calendar", "deadlines.ics", "reply deadlines, for a calendar"),
    "ftm": ("application/x-ndjson", "casewatch.ftm.json", "FollowTheMoney entities (JSON lines), for Aleph"),
    "threads-csv": ("text/csv", "threads.csv", "request threads and their latest status"),
    "dossier": ("text/html", "casefile-dossier.html", "the case file as one page to read and print"),
}


@router.get("/exports", response_class=HTMLResponse, include_in_schema=False)
def exports_page(request: Request) -> HTMLResponse:
    rows = [(fmt, FORMATS[fmt]) for fmt in EXPORTERS if fmt in FORMATS]
    countries = store_of(request).document_countries()
    return page(request, "exports.html", None, formats=rows, countries=countries)


@router.get("/dossier/{country}", response_class=HTMLResponse, include_in_schema=False)
async def dossier_page(request: Request, country: str, redacted: bool = False) -> HTMLResponse:
    """One country's case file as a page to read and print (the browser saves it as PDF)."""
    viewer = viewer_of(request)
    scope = REDACTED if redacted else ExportScope(labels=visible_labels(viewer))
    body = await run_in_threadpool(dossier_page_html, store_of(request), scope, country, today_of(request))
    return HTMLResponse(body)


def dossier_page_html(store: Store, scope: ExportScope, country: str, today: date) -> str:
    return dossier(store, scope, country, inline_style=False, today=today)


@router.get("/dossier/actor/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
async def actor_dossier_page(request: Request, actor_id: str, redacted: bool = False) -> HTMLResponse:
    """One actor's case file (documents, events, requests and their follow-up, disputes, sources)
    as a page to read and print; 404 when the reader may see no such actor."""
    viewer = viewer_of(request)
    scope = REDACTED if redacted else ExportScope(labels=visible_labels(viewer))
    body = await run_in_threadpool(actor_dossier, store_of(request), actor_id, scope, False)
    if body is None:
        raise HTTPException(404, message("unknown_actor", actor=actor_id))
    return HTMLResponse(body)


@router.get("/api/v1/export/{format}", tags=["export"], response_class=Response)
async def export_api(request: Request, format: str, redacted: bool = False) -> Response:
    """The case file in one export format (see `/exports`), of the documents the reader may see;
    `redacted=true`: for the public, public documents only and protected persons left out."""
    if format not in EXPORTERS or format not in FORMATS:
        raise HTTPException(404, message("unknown_export", format=format, choices=", ".join(FORMATS)))
    media, filename, _ = FORMATS[format]
    viewer = viewer_of(request)
    scope = REDACTED if redacted else ExportScope(labels=visible_labels(viewer))
    store = store_of(request)
    try:
        body = await run_in_threadpool(EXPORTERS[format], store, scope)
    except CasewatchError as err:
        raise HTTPException(501, str(err)) from None
    await run_in_threadpool(store.accounts.audit, viewer.name, "export", format, redacted=redacted)
    disposition = f'attachment; filename="{filename}"'
    return Response(body, media_type=media, headers={"content-disposition": disposition})
