"""Upload jobs `/jobs/{id}` and their JSON twin: progress while files are read, then each
file's outcome with a link to its document."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from casewatch.errors import message
from casewatch.web.jobs import UploadJob, Uploads
from casewatch.web.render import page
from casewatch.web.schemas import FileResultOut, JobOut

router = APIRouter()
REFRESH_S = 1  # the page of a running job reloads itself (no script needed)


def uploads_of(request: Request) -> Uploads:
    uploads: Uploads = request.app.state.uploads
    return uploads


def job_out(job: UploadJob) -> JobOut:
    return JobOut(
        id=job.id,
        state=job.state.value,
        finished=job.finished,
        files=[f.name for f in job.files],
        results=[FileResultOut.model_validate(r) for r in job.results],
        error=job.error,
    )


def job_data(uploads: Uploads, job_id: int) -> JobOut:
    job = uploads.job(job_id)
    if job is None:
        raise HTTPException(404, message("no_job", id=job_id))
    return job_out(job)


@router.get("/jobs/{job_id}", response_class=HTMLResponse, include_in_schema=False)
def job_page(request: Request, job_id: int) -> HTMLResponse:
    out = job_data(uploads_of(request), job_id)
    return page(request, "job.html", out, refresh=None if out.finished else REFRESH_S)


@router.get("/api/v1/jobs/{job_id}", response_model=JobOut, tags=["upload"])
def job_api(request: Request, job_id: int) -> JobOut:
    """An upload job: `state` (queued, running, done, stopped, failed) and each file's outcome."""
    return job_data(uploads_of(request), job_id)
