"""Upload `/upload`: a multipart form of several files, spooled to disk and handed to an upload
job (see `jobs.py`); the request answers at once and the job page shows the outcome per file."""

from __future__ import annotations

import shutil
from pathlib import Path

from fastapi import APIRouter, File, Form, HTTPException, Request, Response, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from casewatch.errors import message
from casewatch.web.jobs import Received, Uploads
from casewatch.web.render import page
from casewatch.web.routes.jobs import job_out, uploads_of
from casewatch.web.schemas import JobOut
from casewatch.web.security import CSRF_COOKIE, CSRF_FIELD, Csrf

router = APIRouter()
FORBIDDEN = "This form was not sent from casewatch's own upload page. Reload the page and try again."
FORM_SLACK = 64 * 1024  # multipart headers, boundaries and the token field around the files


def _spool(upload: UploadFile, path: Path, limit: int) -> Received:
    """Copy one received file to `path`, unless it is over the limit (then nothing is kept)."""
    name = upload.filename or "upload"
    size = upload.size or 0
    if size > limit:
        return Received(name, refused=message("too_large", size=size, limit=limit))
    upload.file.seek(0)
    with path.open("wb") as out:
        shutil.copyfileobj(upload.file, out)
    return Received(name, path)


def _spool_all(files: list[UploadFile], folder: Path, limit: int) -> list[Received]:
    chosen = [f for f in files if f.filename or f.size]
    return [_spool(f, folder / f"{n:04d}", limit) for n, f in enumerate(chosen)]


async def _submit(request: Request, files: list[UploadFile]) -> int | None:
    """Spool the files (off the event loop) and queue a job for them; None when none was sent."""
    uploads = uploads_of(request)
    folder = uploads.folder()
    received = await run_in_threadpool(_spool_all, files, folder, uploads.limits.max_bytes)
    if not received:
        shutil.rmtree(folder, ignore_errors=True)
        return None
    return uploads.submit(received, folder).id


def _form(request: Request, status_code: int = 200, error: str | None = None) -> HTMLResponse:
    csrf: Csrf = request.app.state.csrf
    cookie = request.cookies.get(CSRF_COOKIE) or csrf.new_cookie()
    response = page(
        request,
        "upload.html",
        None,
        status_code=status_code,
        error=error,
        csrf_field=CSRF_FIELD,
        csrf_token=csrf.token(cookie),
    )
    response.set_cookie(CSRF_COOKIE, cookie, httponly=True, samesite="strict", path="/")
    return response


@router.get("/upload", response_class=HTMLResponse, include_in_schema=False)
def upload_form(request: Request) -> HTMLResponse:
    return _form(request)


@router.post("/upload", response_class=HTMLResponse, include_in_schema=False)
async def upload_page(
    request: Request, files: list[UploadFile] = File(default=[]), csrf_token: str = Form("")
) -> Response:
    if not request.app.state.csrf.allows(request, csrf_token):
        return _form(request, 403, FORBIDDEN)
    job_id = await _submit(request, files)
    if job_id is None:
        return _form(request, 400, message("no_files").capitalize() + ".")
    return RedirectResponse(f"/jobs/{job_id}", status_code=303)


@router.post("/api/v1/upload", response_model=JobOut, status_code=202, tags=["upload"])
async def upload_api(
    request: Request, response: Response, files: list[UploadFile] = File(...), csrf_token: str = Form("")
) -> JobOut:
    """Queue one or more files (multipart field `files`) for ingest; poll the job (`Location`).

    Browsers must send the page's CSRF token. An upload over the size limit is refused (413)."""
    if not request.app.state.csrf.allows(request, csrf_token):
        raise HTTPException(403, FORBIDDEN)
    job_id = await _submit(request, files)
    if job_id is None:
        raise HTTPException(422, message("no_files"))
    uploads: Uploads = uploads_of(request)
    response.headers["Location"] = f"/api/v1/jobs/{job_id}"
    job = uploads.job(job_id)
    assert job is not None  # just submitted, so not yet forgotten
    return job_out(job)
