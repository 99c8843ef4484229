"""Web latency under hostile load, on loopback: people browse while one client uploads a hostile file
and another sends 400-word searches. Page loads must stay under a second (p95).

    .venv/bin/python bench/bench_web_hostile.py [--documents 2000] [--seconds 30] [--clients 8]

A real uvicorn server on 127.0.0.1 over a synthetic collection (built once, see bench_web.py).
Every loop stops by itself at the deadline (at most 60 s); the exit status is 1 when the p95 of
page loads reaches a second.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import uvicorn
from bench_web import build

from casewatch.store import Store
from casewatch.web.app import create_app

HOST = "127.0.0.1"  # loopback only
MAX_SECONDS = 60
PAGES = ("/", "/documents", "/documents/1", "/actors", "/timeline", "/requests", "/search?q=union")
LONG_QUERY = " ".join(["union", "strike", "court", "freedom", "labour", "federation", "leader"] * 58)[:4000]


@dataclass
class Timings:
    """Request durations (seconds) and non-2xx answers, collected by several threads."""

    times: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self, client: httpx.Client, url: str, **params: str) -> None:
        """One timed GET; a timeout counts as an error that took the whole timeout."""
        started = time.perf_counter()
        try:
            status = client.get(url, params=params).status_code
        except httpx.TimeoutException:
            status = 504
        with self.lock:
            self.times.append(time.perf_counter() - started)
            if status >= 400:
                self.errors.append(f"{status} {url}")

    def report(self, name: str) -> float:
        """Print p50/p95 in ms; the p95 in seconds."""
        ordered = sorted(self.times) or [0.0]
        p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
        print(
            f"{name:<28} p50 {statistics.median(ordered) * 1000:8.1f} ms   p95 {p95 * 1000:8.1f} ms"
            f"   max {ordered[-1] * 1000:8.1f} ms   (n={len(self.times)}, errors={len(self.errors)})"
        )
        return p95


def nested_html(depth: int = 100_000) -> bytes:
    """About 2.3 MB of deeply nested markup: a minute of parsing for the HTML reader."""
    return b"<html><body>" + b"<div><p>union</p>" * depth + b"The union wrote." + b"</div>" * depth


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _browse(base: str, deadline: float, pages: Timings) -> None:
    with httpx.Client(base_url=base, timeout=30) as client:
        n = 0
        while time.monotonic() < deadline:
            pages.get(client, PAGES[n % len(PAGES)])
            n += 1


def _search_long(base: str, deadline: float, searches: Timings) -> None:
    with httpx.Client(base_url=base, timeout=30) as client:
        while time.monotonic() < deadline:
            searches.get(client, "/api/v1/search", q=LONG_QUERY)


def _upload_hostile(base: str, deadline: float) -> None:
    with httpx.Client(base_url=base, timeout=MAX_SECONDS + 30) as client:
        started = time.perf_counter()
        sent = client.post("/api/v1/upload", files=[("files", ("nested.html", nested_html()))])
        took = (time.perf_counter() - started) * 1000
        print(f"hostile upload answered {sent.status_code} in {took:.0f} ms")
        job = f"/api/v1/jobs/{sent.json()['id']}" if sent.status_code == 202 else None
        while job and time.monotonic() < deadline:
            state = client.get(job).json()
            if state["finished"]:
                print(f"hostile upload job {state['state']} after {time.perf_counter() - started:.1f} s")
                return
            time.sleep(0.5)


def _run(base: str, seconds: float, clients: int, phase: str, hostile: bool) -> float:
    deadline = time.monotonic() + seconds
    pages, searches = Timings(), Timings()
    work: list[Callable[[], None]] = [lambda: _browse(base, deadline, pages) for _ in range(clients)]
    if hostile:
        work.append(lambda: _upload_hostile(base, deadline))
        work.append(lambda: _search_long(base, deadline, searches))
    threads = [threading.Thread(target=w, daemon=True) for w in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + MAX_SECONDS + 40)  # a request in flight at the deadline has its own timeout
    p95 = pages.report(f"pages ({phase})")
    if hostile:
        searches.report("400-word searches")
    return p95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--db", default="/tmp/casewatch-bench-hostile.sqlite")
    parser.add_argument("--seconds", type=float, default=30, help=f"hostile phase (at most {MAX_SECONDS})")
    parser.add_argument("--clients", type=int, default=8, help="browsing clients")
    args = parser.parse_args()
    path = Path(args.db)
    if not path.exists():
        with Store.open(str(path)) as store:
            build(store, args.documents)
    app = create_app(str(path))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host=HOST, port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://{HOST}:{port}"
    try:
        _run(base, 5, args.clients, "quiet", hostile=False)
        p95 = _run(base, min(args.seconds, MAX_SECONDS), args.clients, "hostile", hostile=True)
    finally:
        server.should_exit = True
        thread.join(30)
        app.state.store.close()
    raise SystemExit(0 if p95 < 1.0 else 1)


if __name__ == "__main__":
    main()
