"""Upload jobs: files a request received are ingested by one background thread (reading and
extraction in the worker pool), so no request waits for a file to be read; clients poll the job.

Jobs live in the server's memory, the latest KEPT of them: what a job stored is in the database,
so a restart loses only the progress report. `close()` stops the thread at shutdown: the file
being read fails as stopped, queued jobs never start.
"""

from __future__ import annotations

import itertools
import logging
import queue
import shutil
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from casewatch.ingest import FAILED, FileResult, ingest_files
from casewatch.read import Limits
from casewatch.store import Store

log = logging.getLogger(__name__)
KEPT = 500  # finished jobs remembered; older ones are forgotten (their documents stay)


class JobState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    STOPPED = "stopped"  # the server shut down first
    FAILED = "failed"  # the job itself broke (the database refused); see `error`


FINISHED = frozenset({JobState.DONE, JobState.STOPPED, JobState.FAILED})


@dataclass(frozen=True)
class Received:
    """One uploaded file: spooled to `path` by the request, or refused there (`refused` says why)."""

    name: str
    path: Path | None = None
    refused: str | None = None


@dataclass
class UploadJob:
    id: int
    files: tuple[Received, ...]
    folder: Path  # the spooled files; removed when the job ends
    state: JobState = JobState.QUEUED
    results: list[FileResult] = field(default_factory=list)
    error: str | None = None

    @property
    def finished(self) -> bool:
        return self.state in FINISHED


def _refused(received: Received) -> FileResult:
    """A file refused on arrival (over the size limit): failed, and none of its bytes kept."""
    return FileResult(received.name, FAILED, None, received.refused, f"upload:{received.name}")


class Uploads:
    """The server's upload jobs and the one thread that ingests them, in the order received."""

    def __init__(self, store: Store, limits: Limits) -> None:
        self.store = store
        self.limits = limits
        self._lock = threading.Lock()
        self._jobs: OrderedDict[int, UploadJob] = OrderedDict()
        self._ids = itertools.count(1)
        self._queue: queue.Queue[UploadJob | None] = queue.Queue()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @staticmethod
    def folder() -> Path:
        """A new private folder to spool one upload's files into (handed to `submit`)."""
        return Path(tempfile.mkdtemp(prefix="casewatch-upload-"))

    def submit(self, files: Sequence[Received], folder: Path) -> UploadJob:
        """Queue the files for ingest; a copy of the new job (refused files already failed)."""
        refused = [_refused(f) for f in files if f.refused]
        with self._lock:  # queued under the lock: close() cannot slip in between check and queue
            job = UploadJob(next(self._ids), tuple(files), folder, results=refused)
            self._jobs[job.id] = job
            self._forget_old()
            closed = self._stop.is_set()
            if not closed:
                self._start()
                self._queue.put(job)
        if closed:
            self._finish(job, JobState.STOPPED)
        return self.job(job.id) or job

    def job(self, job_id: int) -> UploadJob | None:
        """A copy of the job as it stands now, None if unknown (or long forgotten)."""
        with self._lock:
            job = self._jobs.get(job_id)
            return self._snapshot(job) if job else None

    def close(self, timeout: float = 30) -> None:
        """Stop the running job, skip the queued ones, and wait for the thread (at shutdown)."""
        with self._lock:
            self._stop.set()
            thread = self._thread
            self._queue.put(None)
        if thread is not None:
            thread.join(timeout)

    def _start(self) -> None:
        if self._thread is None and not self._stop.is_set():
            self._thread = threading.Thread(target=self._run, name="casewatch-uploads", daemon=True)
            self._thread.start()

    def _forget_old(self) -> None:
        finished = [i for i, job in self._jobs.items() if job.finished]
        for job_id in finished[: max(0, len(self._jobs) - KEPT)]:
            del self._jobs[job_id]

    @staticmethod
    def _snapshot(job: UploadJob) -> UploadJob:
        return replace(job, results=list(job.results))

    def _run(self) -> None:
        while (job := self._queue.get()) is not None:
            if self._stop.is_set():
                self._finish(job, JobState.STOPPED)
            else:
                self._ingest(job)

    def _ingest(self, job: UploadJob) -> None:
        with self._lock:
            job.state = JobState.RUNNING
        try:
            files = [(f.name, f.path.read_bytes()) for f in job.files if f.path is not None]
            if files:
                ingest_files(
                    self.store, files, limits=self.limits, progress=self._progress(job), stop=self._stop
                )
        except Exception as err:  # the database or the disk failed: the job says so, the thread goes on
            log.exception("upload job %s failed", job.id)
            self._finish(job, JobState.FAILED, f"{type(err).__name__}: {err}")
            return
        self._finish(job, JobState.STOPPED if self._stop.is_set() else JobState.DONE)

    def _progress(self, job: UploadJob) -> Callable[[FileResult], None]:
        def done(result: FileResult) -> None:
            with self._lock:
                job.results.append(result)

        return done

    def _finish(self, job: UploadJob, state: JobState, error: str | None = None) -> None:
        shutil.rmtree(job.folder, ignore_errors=True)
        with self._lock:
            job.state, job.error = state, error
