"""Upload `/upload`: a multipart form of several files, ingested like the CLI does, results per file."""

from __future__ import annotations

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse

from casewatch.ingest import ingest_files
from casewatch.store import Store
from casewatch.web.render import page
from casewatch.web.routes.deps import store_of
from casewatch.web.schemas import FileResultOut, UploadOut
from casewatch.web.security import CSRF_COOKIE, CSRF_FIELD, Csrf

router = APIRouter()
FORBIDDEN = "This form was not sent from casewatch's own upload page. Reload the page and try again."


def upload_data(store: Store, files: list[tuple[str, bytes]]) -> UploadOut:
    """Ingest the files (read, extract, store, resolve) and report each one's outcome."""
    report = ingest_files(store, files, by="web")
    return UploadOut(results=[FileResultOut.model_validate(r) for r in report.results])


async def _read(files: list[UploadFile]) -> list[tuple[str, bytes]]:
    return [(f.filename or "upload", await f.read()) for f in files if f.filename or f.size]


def _form(
    request: Request, out: UploadOut | None, status_code: int = 200, error: str | None = None
) -> HTMLResponse:
    csrf: Csrf = request.app.state.csrf
    cookie = request.cookies.get(CSRF_COOKIE) or csrf.new_cookie()
    response = page(
        request,
        "upload.html",
        out,
        status_code=status_code,
        error=error,
        csrf_field=CSRF_FIELD,
        csrf_token=csrf.token(cookie),
    )
    response.set_cookie(CSRF_COOKIE, cookie, httponly=True, samesite="strict", path="/")
    return response


@router.get("/upload", response_class=HTMLResponse, include_in_schema=False)
def upload_form(request: Request) -> HTMLResponse:
    return _form(request, None)


@router.post("/upload", response_class=HTMLResponse, include_in_schema=False)
async def upload_page(
    request: Request, files: list[UploadFile] = File(default=[]), csrf_token: str = Form("")
) -> HTMLResponse:
    if not request.app.state.csrf.allows(request, csrf_token):
        return _form(request, None, 403, FORBIDDEN)
    received = await _read(files)
    if not received:
        return _form(request, None, 400, "Choose one or more files first.")
    return _form(request, upload_data(store_of(request), received))


@router.post("/api/v1/upload", response_model=UploadOut, tags=["upload"])
async def upload_api(
    request: Request, files: list[UploadFile] = File(...), csrf_token: str = Form("")
) -> UploadOut:
    """Ingest one or more files (multipart field `files`); browsers must send the page's CSRF token."""
    if not request.app.state.csrf.allows(request, csrf_token):
        raise HTTPException(403, FORBIDDEN)
    return upload_data(store_of(request), await _read(files))
