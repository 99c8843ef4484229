"""Benchmark: several `casewatch ingest` processes writing into one PostgreSQL at once.

    .venv/bin/python bench/bench_pg_writers.py [--documents 20000] [--writers 4]

Starts a private PostgreSQL server (as the tests do, tests/pgserver.py), makes the bench
collection (bench_ingest.make_collection), then ingests it twice into fresh databases: once
with one process, once with `--writers` processes started together on the same folder (each
with one worker; the document claims share the files out). Prints both times, the throughput
ratio, and checks that every file was read exactly once and that the clusters are the ones the
single process found.

Beside each run it says where the time went, so what is CPU-bound and what waits can be told
apart: the CPU seconds of the ingest processes (their workers included) and of the database
server, against the cores' seconds of the run, and what the server's sessions were doing,
sampled every 50 ms from `pg_stat_activity`: running a statement, waiting on a lock (which
kind), or idle (the client computing, or waiting for its turn at a lock of its own).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from bench_ingest import make_collection

from casewatch.store import Store

ROOT = Path(__file__).resolve().parents[1]


def _pgserver() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pgserver", ROOT / "tests" / "pgserver.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["pgserver"] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _ingest(url: str, folder: Path, workers: int | None) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "casewatch", "--db", url, "ingest", str(folder)]
    cmd += ["--workers", str(workers)] if workers else []
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _ingested(output: str) -> int:
    found = re.search(r"(\d+) ingested", output)
    return int(found.group(1)) if found else 0


_ACTIVITY = sa.text(
    "SELECT state, wait_event_type, wait_event FROM pg_stat_activity"
    " WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
)


def _tree_cpu(cpu: dict[int, float]) -> None:
    """The CPU seconds of every process descending from this one, as last seen (a worker the
    ingest's pool started is no child it waits for, so its time is not in our rusage)."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / _TICK
    me = os.getpid()
    for pid, seconds in times.items():
        up, hops = parents.get(pid), 0
        while up and up != me and hops < 8:
            up, hops = parents.get(up), hops + 1
        if up == me:
            cpu[pid] = max(cpu.get(pid, 0.0), seconds)


def _sampled(url: str, stop: threading.Event, seen: Counter[str], cpu: dict[int, float]) -> None:
    """What each session of the database is doing, every 50 ms until `stop`; the CPU of the
    ingest processes and their workers every 250 ms."""
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    ticks = 0
    with engine.connect() as conn:
        while not stop.wait(0.05):
            ticks += 1
            if ticks % 5 == 0:
                _tree_cpu(cpu)
            for state, kind, event in conn.execute(_ACTIVITY):
                if state == "active":
                    seen[f"lock wait ({event})" if kind == "Lock" else "running a statement"] += 1
                else:
                    seen[state or "?"] += 1
            conn.rollback()
    engine.dispose()


_TICK = os.sysconf("SC_CLK_TCK")


def _server_cpu(datadir: Path) -> float:
    """CPU seconds of the server and its ended sessions (the postmaster's own and children's)."""
    pid = (datadir / "postmaster.pid").read_text().split()[0]
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) / _TICK


def run(url: str, folder: Path, writers: int, workers: int | None, datadir: Path) -> tuple[float, list[int]]:
    """Seconds from the start of the first process to the end of the last; files each read."""
    Store.open(url).close()  # migrated first, so the writers start their batches together
    seen: Counter[str] = Counter()
    cpu: dict[int, float] = {}
    stop = threading.Event()
    sampler = threading.Thread(target=_sampled, args=(url, stop, seen, cpu))
    sampler.start()
    server = _server_cpu(datadir)
    start = time.perf_counter()
    procs = [_ingest(url, folder, workers) for _ in range(writers)]
    outputs = [proc.communicate() for proc in procs]
    seconds = time.perf_counter() - start
    stop.set()
    sampler.join()
    time.sleep(0.5)  # the sessions' ends reaped by the server
    client = sum(cpu.values())
    server = _server_cpu(datadir) - server
    cores = os.cpu_count() or 1
    print(
        f"  {writers} process(es): {seconds:.1f} s; CPU of the ingests {client:.1f} s, of the server"
        f" {server:.1f} s: {100 * (client + server) / (seconds * cores):.0f} % of {cores} cores"
        f" (load average {os.getloadavg()[0]:.1f} at the end)"
    )
    total = sum(n for n in seen.values())
    shares = ", ".join(f"{what} {100 * n / total:.0f} %" for what, n in seen.most_common() if n)
    print(f"  sessions sampled ({total}): {shares}", flush=True)
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        if proc.returncode != 0:
            raise SystemExit(f"an ingest failed:\n{err}")
    return seconds, [_ingested(out) for out, _err in outputs]


def held(url: str) -> tuple[int, int, int, dict[str, str]]:
    """(documents, ok ones, distinct contents, clusters) of the database."""
    with Store.open(url) as store:
        rows = store.documents()
        ok = sum(r.status.value == "ok" for r in rows)
        return len(rows), ok, len({r.sha256 for r in rows}), store.clusters()


def report(size: int, writers: int, one: tuple[float, list[int]], many: tuple[float, list[int]]) -> None:
    (one_s, _), (many_s, reads) = one, many
    print(f"{size} documents, {writers} writers, {os.cpu_count()} cores")
    print(f"  one process (default workers): {one_s:.1f} s, {1000 * one_s / size:.1f} ms per document")
    per_doc = 1000 * many_s / size
    print(f"  {writers} processes (1 worker each): {many_s:.1f} s, {per_doc:.1f} ms per document")
    print(f"  throughput ratio {one_s / many_s:.2f}x (goal >= 1.6x); files read per process {reads}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=20000)
    ap.add_argument("--writers", type=int, default=4)
    args = ap.parse_args()
    pgserver = _pgserver()
    with tempfile.TemporaryDirectory() as tmp, pgserver.running() as server:
        folder = Path(tmp, "docs")
        folder.mkdir()
        make_collection(folder, args.documents)
        one_url, many_url = server.create_database("one"), server.create_database("many")
        one = run(one_url, folder, 1, None, server.datadir)
        many = run(many_url, folder, args.writers, 1, server.datadir)
        report(args.documents, args.writers, one, many)
        _total, _ok, _shas, sequential = held(one_url)
        total, ok, shas, concurrent = held(many_url)
    duplicates = sum(many[1]) - args.documents
    print(f"  documents {total}, ok {ok}, distinct contents {shas}, files read twice {duplicates}")
    same = concurrent == sequential
    print(f"  clusters equal to the sequential ingest: {same} ({len(concurrent)} records)")
    if duplicates or total != args.documents or ok != total or not same:
        raise SystemExit("multi-writer ingest is not exactly once or not consistent")


if __name__ == "__main__":
    main()
