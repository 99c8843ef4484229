"""Read and extract files in child processes, so a hanging or crashing parser cannot stop a batch.

Each worker is a long-lived process fed through a pipe. A job that outlives its time limit
gets its worker killed and replaced; a worker that dies (a segfault, the memory limit) is
replaced too. Either way the job comes back as a failure with the reason, never an exception.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing as mp
import os
import resource
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from casewatch.errors import CasewatchError, message
from casewatch.model import Extraction, Text
from casewatch.read import Limits, read_bytes

MEMORY_LIMIT = 6 * 1024**3  # address space per worker: a hostile file must not take the machine down
# A worker opens a file as the ingest did: never through a last-component link, never waiting on a pipe.
_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC
_STOP_POLL_S = 0.2  # how often a pool that can be stopped looks at its stop signal while it waits


@dataclass(frozen=True)
class Job:
    """One file to read and extract. `tag` is the caller's handle (a document id).

    A file on disk goes as its `path` and the `sha256` its original was kept under (the worker
    reads it itself, so the bytes cross no pipe); other data (an attachment, an upload) as `data`."""

    tag: Any
    name: str
    data: bytes | None = None
    path: str | None = None
    sha256: str | None = None


@dataclass(frozen=True)
class Processed:
    text: Text
    extraction: Extraction
    note: str | None = None  # what a reader of the case file should know (facts from part of the text)


@dataclass(frozen=True)
class Failed:
    reason: str


Outcome = Processed | Failed


def process(data: bytes, name: str, limits: Limits) -> Outcome:
    """Read then extract one file in this process. Known bad input is a Failed, not an exception."""
    from casewatch.extract.pipeline import extract

    try:
        text = read_bytes(data, name, limits)
    except CasewatchError as err:
        return Failed(str(err))
    if len(text.text) <= limits.max_extract_chars:
        return Processed(text, extract(text))
    head = extractable_head(text, limits.max_extract_chars)
    note = message("extract_limit", chars=len(head.text), total=len(text.text))
    return Processed(text, extract(head), note)


def _process_file(path: str, sha256: str | None, name: str, limits: Limits) -> Outcome:
    """`process` of a file read here; Failed when it no longer holds the bytes the ingest kept."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(limits.max_bytes + 1)
    except OSError as err:
        return Failed(message("cannot_open", detail=err.strerror or str(err)))
    if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
        return Failed(message("changed_while_read"))
    return process(data, name, limits)


def extractable_head(text: Text, max_chars: int) -> Text:
    """The text up to the last paragraph break within `max_chars`: extraction takes time in
    proportion to the text, and a 19 MB file would outlast any time limit. Offsets stay valid
    in the whole text, which is stored and searchable."""
    cut = text.text.rfind("\n\n", 0, max_chars + 1)
    end = cut if cut > 0 else max_chars
    blocks = tuple(replace(b, end=min(b.end, end)) for b in text.blocks if b.start < end)
    return replace(text, text=text.text[:end], blocks=blocks)


def _serve(conn: Connection, limits: Limits) -> None:
    """Worker loop: receive jobs, send outcomes, until the pipe closes."""
    with contextlib.suppress(ValueError, OSError):  # not allowed here: run without the cap
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    while True:
        try:
            name, data, path, sha256 = conn.recv()
        except (EOFError, OSError):
            return
        try:
            outcome: Outcome = (
                process(data, name, limits) if path is None else _process_file(path, sha256, name, limits)
            )
        except MemoryError:
            outcome = Failed(message("crashed", detail="out of memory"))
        except Exception as err:  # a parser bug must fail one file, not the worker
            outcome = Failed(f"internal error while reading: {type(err).__name__}: {err}")
        conn.send(outcome)


@contextlib.contextmanager
def _this_package_first() -> Iterator[None]:
    """The environment in which the fork server starts: it imports this very casewatch.

    The fork server is a `python -c` process, which puts the current folder first on its path (and
    the fork server of Python 3.11 does not take the parent's path): run from a folder that holds a
    folder named casewatch, it would import that one and every worker would die. So the current
    folder is left off (PYTHONSAFEPATH) and the folder this package was imported from comes first."""
    saved = {k: os.environ.get(k) for k in ("PYTHONSAFEPATH", "PYTHONPATH")}
    os.environ["PYTHONSAFEPATH"] = "1"
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (_PACKAGE_ROOT, saved["PYTHONPATH"]) if p)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


_PACKAGE_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    job: Job | None = None
    deadline: float = 0.0


@dataclass
class WorkerPool:
    """A fixed number of worker processes; jobs go in with `submit`, outcomes come out of `outcomes`."""

    size: int = 1
    limits: Limits = field(default_factory=Limits)
    stop: threading.Event | None = None  # set from another thread: every job left fails at once
    _workers: list[_Worker] = field(default_factory=list)
    _queue: list[Job] = field(default_factory=list)

    def __enter__(self) -> WorkerPool:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["casewatch.worker", "casewatch.worker_warm"])
        self._workers = [self._start(ctx) for _ in range(max(1, self.size))]
        return self

    def __exit__(self, *exc: object) -> None:
        for w in self._workers:
            w.conn.close()
            w.process.join(timeout=2)
            if w.process.is_alive():
                w.process.kill()
                w.process.join()

    def _start(self, ctx: Any = None) -> _Worker:
        ctx = ctx or mp.get_context("forkserver")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_serve, args=(child, self.limits), daemon=True)
        with _this_package_first():
            proc.start()  # the first start launches the fork server, which takes this environment
        child.close()
        return _Worker(proc, parent)

    def submit(self, job: Job) -> None:
        self._queue.append(job)

    def pending(self) -> int:
        """Jobs queued or running."""
        return len(self._queue) + sum(w.job is not None for w in self._workers)

    def _dispatch(self) -> None:
        for w in self._workers:
            if w.job is None and self._queue:
                w.job = self._queue.pop(0)
                w.deadline = time.monotonic() + self.limits.timeout_s
                w.conn.send((w.job.name, w.job.data, w.job.path, w.job.sha256))

    def _replace(self, w: _Worker) -> None:
        w.process.kill()
        w.process.join()
        w.conn.close()
        fresh = self._start()
        w.process, w.conn, w.job = fresh.process, fresh.conn, None

    def _finish(self, w: _Worker) -> tuple[Job, Outcome]:
        job = w.job
        assert job is not None
        try:
            outcome: Outcome = w.conn.recv()
            w.job = None
        except (EOFError, OSError):
            w.process.join(timeout=1)
            outcome = Failed(message("crashed", detail=f"exit code {w.process.exitcode}"))
            self._replace(w)
        return job, outcome

    def _expire(self, now: float) -> Iterator[tuple[Job, Outcome]]:
        for w in self._workers:
            if w.job is not None and now >= w.deadline:
                job = w.job
                self._replace(w)
                yield job, Failed(message("timeout", seconds=self.limits.timeout_s))

    def _abandon(self) -> Iterator[tuple[Job, Outcome]]:
        """Fail every running job (its worker is replaced) and every queued one: the pool was stopped."""
        stopped = Failed(message("ingest_stopped"))
        for w in self._workers:
            if w.job is not None:
                job = w.job
                self._replace(w)
                yield job, stopped
        while self._queue:
            yield self._queue.pop(0), stopped

    def outcomes(self) -> Iterator[tuple[Job, Outcome]]:
        """Outcomes in completion order until nothing is queued or running; jobs may be added meanwhile."""
        while True:
            if self.stop is not None and self.stop.is_set():
                yield from self._abandon()
                return
            self._dispatch()
            busy = [w for w in self._workers if w.job is not None]
            if not busy:
                return
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            if self.stop is not None:
                timeout = min(timeout, _STOP_POLL_S)
            ready = wait([w.conn for w in busy], timeout=timeout)
            for w in busy:
                if w.conn in ready:
                    yield self._finish(w)
            yield from self._expire(time.monotonic())
