"""Uploads are jobs: the request answers at once (202, or a redirect to the job's page), the
files are read in the worker pool by a background thread, and a client polls the job. The body
is limited while it streams in: an upload over the limit is refused (413) and nothing is kept."""

from __future__ import annotations

import re
import threading
import time
import warnings

import httpx
import pytest

from casewatch.read import Limits
from casewatch.web.app import create_app
from casewatch.web.security import CONTENT_SECURITY_POLICY, CSRF_COOKIE

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

NOTE = b"Lima, 3 March 2022\n\nThe union wrote to the Ministry of Labour.\n"


def nested_html(depth: int) -> bytes:
    """Deeply nested markup: seconds to read, the kind of file that once froze the server."""
    return b"<html><body>" + b"<div><p>union</p>" * depth + b"The union wrote." + b"</div>" * depth


def finished(client, job_id: int, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(f"/api/v1/jobs/{job_id}").json()
        if job["finished"]:
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} did not finish")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def upload_target(request, tmp_path):
    """Where the upload tests store: a SQLite file, and a PostgreSQL schema."""
    if request.param == "postgres":
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "uploads.sqlite")


@pytest.fixture
def upload_app(upload_target):
    app = create_app(upload_target, limits=Limits(max_bytes=200_000))
    yield app
    app.state.uploads.close()
    app.state.store.close()


def test_the_api_answers_202_with_a_job_to_poll(upload_app):
    client = TestClient(upload_app)
    response = client.post("/api/v1/upload", files=[("files", ("note.txt", NOTE))])
    assert response.status_code == 202
    job = response.json()
    assert response.headers["location"] == f"/api/v1/jobs/{job['id']}"
    assert job["files"] == ["note.txt"]
    done = finished(client, job["id"])
    assert done["state"] == "done"
    [result] = done["results"]
    assert (result["name"], result["status"]) == ("note.txt", "ingested")
    page = client.get(f"/jobs/{job['id']}").text
    assert f'href="/documents/{result["document_id"]}"' in page
    again = client.post("/api/v1/upload", files=[("files", ("note.txt", NOTE))]).json()
    assert finished(client, again["id"])["results"][0]["status"] == "unchanged"


def test_the_form_redirects_to_the_job_page(upload_app):
    client = TestClient(upload_app)
    form = client.get("/upload")
    token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', form.text).group(1)
    assert CSRF_COOKIE in client.cookies
    files = {"files": ("note.txt", NOTE)}
    refused = client.post("/upload", files=files, headers={"Origin": "https://evil.example"})
    assert refused.status_code == 403
    sent = client.post(
        "/upload", files=files, data={"csrf_token": token}, headers={"Origin": "null"}, follow_redirects=False
    )
    assert sent.status_code == 303
    job_id = int(re.fullmatch(r"/jobs/(\d+)", sent.headers["location"]).group(1))
    finished(client, job_id)
    page = client.get(f"/jobs/{job_id}")
    assert page.status_code == 200 and "note.txt" in page.text
    assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert 'http-equiv="refresh"' not in page.text  # a finished job's page stops reloading


def test_pages_answer_while_a_hostile_upload_is_read(tmp_path, live_server):
    server = live_server(create_app(str(tmp_path / "busy.sqlite")))
    sent = httpx.post(
        f"{server.url}/api/v1/upload", files=[("files", ("nested.html", nested_html(20_000)))], timeout=60
    )
    assert sent.status_code == 202
    job_url = f"{server.url}/api/v1/jobs/{sent.json()['id']}"
    assert httpx.get(f"{server.url}/documents", timeout=60).status_code == 200
    assert httpx.get(job_url, timeout=60).json()["state"] in {"queued", "running"}  # the page came first
    job_page = httpx.get(f"{server.url}/jobs/{sent.json()['id']}", timeout=60).text
    assert 'http-equiv="refresh"' in job_page and "nested.html" in job_page  # reloads itself meanwhile
    deadline = time.monotonic() + 120
    while not httpx.get(job_url, timeout=60).json()["finished"] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert httpx.get(job_url, timeout=60).json()["state"] == "done"


def test_shutdown_stops_a_running_upload(tmp_path, live_server):
    server = live_server(create_app(str(tmp_path / "stop.sqlite")))
    sent = httpx.post(
        f"{server.url}/api/v1/upload", files=[("files", ("nested.html", nested_html(40_000)))], timeout=60
    )
    uploads, store = server.app.state.uploads, server.app.state.store
    job_id = sent.json()["id"]
    deadline = time.monotonic() + 60
    while not store.failures() and time.monotonic() < deadline:  # its row exists: reading has begun
        time.sleep(0.02)
    stopper = threading.Thread(target=server.stop)
    stopper.start()
    stopper.join(60)
    assert not stopper.is_alive() and not server.thread.is_alive()
    job = uploads.job(job_id)
    assert job.state == "stopped"
    assert all("shutting down" in (r.error or "") for r in job.results)
    [doc] = store.failures()
    assert "shutting down" in doc.error


def test_an_upload_over_the_limit_is_refused_before_it_is_read(upload_app):
    client = TestClient(upload_app)
    big = b"x" * 300_000
    for url in ("/api/v1/upload", "/upload"):
        response = client.post(url, files=[("files", ("big.txt", big))])
        assert response.status_code == 413
        assert "over the limit of" in response.text
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert upload_app.state.store.counts()["originals"] == 0


def test_a_body_without_length_is_counted_as_it_streams(upload_app):
    client = TestClient(upload_app)
    boundary = "b0undary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n\r\n'
    ).encode()

    def chunks():
        yield head
        for _ in range(100):
            yield b"x" * 10_000
        yield f"\r\n--{boundary}--\r\n".encode()

    response = client.post(
        "/api/v1/upload",
        content=chunks(),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert response.status_code == 413
    assert upload_app.state.store.counts()["originals"] == 0


def test_a_file_over_the_limit_fails_and_is_not_kept(upload_app):
    client = TestClient(upload_app)
    limit = 200_000
    files = [("files", ("note.txt", NOTE)), ("files", ("big.txt", b"y" * (limit + 10)))]
    job = client.post("/api/v1/upload", files=files).json()
    results = {r["name"]: r for r in finished(client, job["id"])["results"]}
    assert results["note.txt"]["status"] == "ingested"
    assert results["big.txt"]["status"] == "failed"
    assert "over the limit of 200,000 bytes" in results["big.txt"]["error"]
    assert upload_app.state.store.counts()["originals"] == 1


@pytest.mark.parametrize("url", ["/jobs/{}", "/api/v1/jobs/{}"])
@pytest.mark.parametrize("number", ["12345", "99999999999999999999999", "-1"])
def test_an_unknown_job_is_not_found(upload_app, url, number):
    assert TestClient(upload_app).get(url.format(number)).status_code == 404


def test_an_upload_after_shutdown_is_stopped_not_left_waiting(upload_app):
    upload_app.state.uploads.close()
    job = TestClient(upload_app).post("/api/v1/upload", files=[("files", ("note.txt", NOTE))]).json()
    assert (job["state"], job["finished"]) == ("stopped", True)


def test_an_upload_without_files_says_what_to_do(upload_app):
    response = TestClient(upload_app).post("/upload", data={"csrf_token": ""})
    assert response.status_code == 400
    assert "Choose one or more files first." in response.text
