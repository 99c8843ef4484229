"""The one orchestrator of read → extract → store → resolve for a batch of files.

Every path seen ends as a document or as a skipped path with the reason. A file is hashed
before it is parsed, its original kept, and its document row starts as failed and claimed by
this batch, so a concurrent ingest leaves it alone; only a fully stored extraction flips it to
ok. Reading and extraction run in worker processes (see `worker.py`), storing and resolution
in this one, so SQLite has one writer.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import stat
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from casewatch import claims
from casewatch.collect import Found, find_files, readable
from casewatch.errors import NotFound, message
from casewatch.model import Judgement, Text, Verdict
from casewatch.read import Limits
from casewatch.resolving import resolve_collection
from casewatch.store import Store
from casewatch.store.writes import Arrival, Saved
from casewatch.worker import Failed, Job, Processed, WorkerPool

INGESTED, UNCHANGED, FAILED, SKIPPED, CLAIMED = "ingested", "unchanged", "failed", "skipped", "claimed"
# Extractions stored per transaction: a commit per document costs more than storing one, and a
# crash loses at most one batch's work (its documents stay failed and claimed by a dead ingest,
# so the next ingest takes them over).
STORE_BATCH = 32
# Opening never follows a last-component link (links were resolved when found) nor waits on a pipe.
_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC


@dataclass(frozen=True)
class FileResult:
    name: str
    status: str  # ingested | unchanged | failed | skipped | claimed (another ingest reads it)
    document_id: int | None = None
    error: str | None = None
    path: str | None = None


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.results)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == FAILED]


Progress = Callable[[FileResult], None]


@dataclass(frozen=True)
class _Tag:
    """What the ingest needs to know about a job when its outcome comes back."""

    document_id: int
    name: str
    path: str
    depth: int


def collect_files(paths: Sequence[Path]) -> list[Found]:
    """Every path an ingest of `paths` will see (to read or to record as skipped)."""
    return list(find_files(paths))


def default_workers() -> int:
    return max(1, min(4, (os.cpu_count() or 1)))


def _base_name(path: str) -> str:
    return path.rsplit("/", 1)[-1] or path


@dataclass
class Ingestor:
    """One batch: submits files to the workers, stores outcomes, then resolves entities."""

    store: Store
    by: str = field(default_factory=getpass.getuser)
    limits: Limits = field(default_factory=Limits)
    workers: int = field(default_factory=default_workers)
    progress: Progress | None = None
    report: IngestReport = field(default_factory=IngestReport)
    stop: threading.Event | None = None  # set from another thread: files not yet read fail at once
    resolving: Callable[[], None] | None = None  # told when every file is stored and resolution begins
    claimant: str = field(default_factory=claims.claimant)
    batch_size: int = STORE_BATCH
    _batch: dict[str, int] = field(default_factory=dict)  # sha256 -> document read by this batch
    _unsaved: list[tuple[_Tag, Processed]] = field(default_factory=list)  # extracted, not yet stored

    def _done(self, result: FileResult) -> None:
        self.report.results.append(result)
        if self.progress:
            self.progress(result)

    def _skip(self, path: str, reason: str, outcome: str = SKIPPED, name: str | None = None) -> None:
        """A path not read into a document: recorded with the reason, so `failures` lists it."""
        path = readable(path)
        self.store.add_skipped(path, reason, self.by, outcome)
        self._done(FileResult(readable(name or _base_name(path)), outcome, None, reason, path))

    def _admit(
        self,
        pool: WorkerPool,
        name: str,
        data: bytes,
        path: str,
        depth: int,
        parent: int | None,
        disk: str | None = None,
    ) -> None:
        """Keep the original and a failed-until-done row; queue the file unless it is done or taken.

        `disk` is where a worker can read the file itself (so its bytes cross no pipe)."""
        name, path = readable(name), readable(path)
        sha = hashlib.sha256(data).hexdigest()
        known = self._batch.get(sha)
        if known is not None:  # the same bytes earlier in this batch (a link, a copy)
            self.store.add_provenance(known, path, self.by)
            self._done(FileResult(name, UNCHANGED, known, path=path))
            return
        found = Arrival(sha, data, name, path, parent)
        admission = self.store.admit_document(
            found, self.by, self.claimant, stale_before=self._stale_before()
        )
        doc_id = admission.document_id
        if admission.ok:  # done before, by this or another ingest
            self._done(FileResult(name, UNCHANGED, doc_id, path=path))
            return
        if not admission.claimed and not self._take_over(doc_id):  # another ingest reads it now
            taken = FileResult(name, CLAIMED, doc_id, message("claimed"), path)
            self._done(FileResult(name, UNCHANGED, doc_id, path=path) if self._ok_document(sha) else taken)
            return
        self._batch[sha] = doc_id
        job = Job(_Tag(doc_id, name, path, depth), name, path=disk, sha256=sha) if disk else None
        pool.submit(job or Job(_Tag(doc_id, name, path, depth), name, data))

    def _ok_document(self, sha: str) -> int | None:
        existing = self.store.find_by_sha(sha)
        return existing.id if existing is not None and existing.status == "ok" else None

    def _stale_before(self) -> datetime:
        return datetime.now(UTC) - timedelta(seconds=10 * self.limits.timeout_s)

    def _take_over(self, document_id: int) -> bool:
        """Take the document from its holder when that ingest has died on this host."""
        holder = self.store.claim_holder(document_id)
        if holder is None or not claims.abandoned(holder):
            return False
        return self.store.claim_document(
            document_id, self.claimant, stale_before=self._stale_before(), replacing=holder
        )

    @contextmanager
    def _recorded(self, path: str, name: str | None = None) -> Iterator[None]:
        """Whatever goes wrong with one file is recorded against its path; the batch goes on."""
        try:
            yield
        except Exception as err:  # a bug or a surprise in one file must not end the batch
            self._skip(path, message("internal", detail=f"{type(err).__name__}: {err}"), FAILED, name)

    def _admit_path(self, pool: WorkerPool, found: Found) -> None:
        if found.refusal is not None or found.source is None:
            self._skip(str(found.path), found.refusal or message("link_broken"))
            return
        try:
            with _open_regular(found.source) as fh:
                size = os.fstat(fh.fileno()).st_size
                if size > self.limits.max_bytes:
                    self._refuse_oversized(found.path, fh, size)
                    return
                data = fh.read()
        except OSError as err:
            reason = message("cannot_open", detail=err.strerror or str(err))
            self._skip(str(found.path), reason, FAILED)
            return
        self._admit(pool, found.path.name, data, str(found.path), 0, None, str(found.source))

    def _refuse_oversized(self, path: Path, fh: BinaryIO, size: int) -> None:
        """Recorded as a failed document (hash and size, not the bytes) so `failures` lists it."""
        digest = hashlib.sha256()
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
        sha = digest.hexdigest()
        name, where = readable(path.name), readable(str(path))
        reason = message("too_large", size=size, limit=self.limits.max_bytes)
        existing = self.store.find_by_sha(sha)
        if existing is None:
            self.store.add_unkept_original(sha, size)
        doc_id = existing.id if existing else self.store.start_document(sha, name, None)
        self.store.add_provenance(doc_id, where, self.by)
        if existing is None or existing.status != "ok":
            self.store.mark_failed(doc_id, reason)
        self._done(FileResult(name, FAILED, doc_id, reason, where))

    def _store(self, pool: WorkerPool, tag: _Tag, outcome: Processed | Failed) -> None:
        """A failure is recorded at once; an extraction waits for its batch (see `_flush`)."""
        if isinstance(outcome, Failed):
            self.store.mark_failed(tag.document_id, outcome.reason, claimant=self.claimant)
            self._done(FileResult(tag.name, FAILED, tag.document_id, outcome.reason, tag.path))
            return
        self._unsaved.append((tag, outcome))
        if len(self._unsaved) >= self.batch_size:
            self._flush(pool)

    def _flush(self, pool: WorkerPool) -> None:
        """Store the waiting extractions in one transaction; if the database refuses the batch,
        each alone, so only the document it refuses fails. Results count once committed."""
        batch, self._unsaved = self._unsaved, []
        if not batch:
            return
        stored: list[tuple[_Tag, Processed, str | None]]
        try:
            self.store.save_extractions(
                [Saved(t.document_id, o.text, o.extraction, o.note) for t, o in batch]
            )
            stored = [(tag, outcome, None) for tag, outcome in batch]
        except Exception:  # one document the database refuses must not fail its batch
            stored = [(tag, outcome, self._save_alone(tag, outcome)) for tag, outcome in batch]
        for tag, outcome, error in stored:
            if error is not None:
                self._done(FileResult(tag.name, FAILED, tag.document_id, error, tag.path))
                continue
            self._done(FileResult(tag.name, INGESTED, tag.document_id, outcome.note, tag.path))
            self._admit_children(pool, tag, outcome.text)

    def _save_alone(self, tag: _Tag, outcome: Processed) -> str | None:
        """Store one extraction; the reason when the database refuses it (the document then fails)."""
        try:
            self.store.save_extraction(tag.document_id, outcome.text, outcome.extraction, outcome.note)
        except Exception as err:  # the database refused this one document: record it, go on
            reason = f"could not be stored: {type(err).__name__}: {err}"
            self.store.mark_failed(tag.document_id, reason, claimant=self.claimant)
            return reason
        return None

    def _admit_children(self, pool: WorkerPool, tag: _Tag, text: Text) -> None:
        for number, att in enumerate(text.attachments, start=1):
            child_path = f"{tag.path}#{att.name}"
            if tag.depth + 1 > self.limits.max_depth:
                self._skip(child_path, message("depth", limit=self.limits.max_depth), FAILED, att.name)
            elif number > self.limits.max_attachments:
                limit = self.limits.max_attachments
                self._skip(child_path, message("too_many_attachments", limit=limit), SKIPPED, att.name)
            else:
                with self._recorded(child_path, att.name):
                    self._admit(pool, att.name, att.data, child_path, tag.depth + 1, tag.document_id)

    def _store_next(self, pool: WorkerPool) -> None:
        job, outcome = next(pool.outcomes())
        self._store(pool, job.tag, outcome)

    def _store_all(self, pool: WorkerPool) -> None:
        """Until no job is left: stored batches admit attachments, which make new jobs."""
        while True:
            for job, outcome in pool.outcomes():
                self._store(pool, job.tag, outcome)
            self._flush(pool)
            if not pool.pending():
                return

    def run_paths(self, paths: Sequence[Path]) -> IngestReport:
        with self.store.keeping_fresh():  # the views read back what this batch stores from memory
            return self._run_paths(paths)

    def _run_paths(self, paths: Sequence[Path]) -> IngestReport:
        try:
            with WorkerPool(self.workers, self.limits) as pool:
                own = {p.resolve() for p in self.store.own_files()}
                for found in find_files(paths):
                    if found.source is not None and found.source.resolve() in own:  # never our database
                        continue
                    with self._recorded(str(found.path)):
                        self._admit_path(pool, found)
                    while pool.pending() > 2 * self.workers:  # keep memory flat: store as we go
                        self._store_next(pool)
                self._store_all(pool)
        finally:
            self.store.release_claims(self.claimant)
        if self.resolving:
            self.resolving()
        resolve_collection(self.store)
        return self.report

    def run_files(self, files: Sequence[tuple[str, bytes]]) -> IngestReport:
        with self.store.keeping_fresh():
            return self._run_files(files)

    def _run_files(self, files: Sequence[tuple[str, bytes]]) -> IngestReport:
        try:
            with WorkerPool(self.workers, self.limits, stop=self.stop) as pool:
                for name, data in files:
                    safe = Path(name).name or "upload"
                    with self._recorded(f"upload:{safe}", safe):
                        self._admit(pool, safe, data, f"upload:{safe}", 0, None)
                self._store_all(pool)
        finally:
            self.store.release_claims(self.claimant)
        resolve_collection(self.store)
        return self.report


def _open_regular(path: Path) -> BinaryIO:
    """The file open for reading, refused unless it is (still) a regular file."""
    fd = os.open(path, _OPEN_FLAGS)
    fh = os.fdopen(fd, "rb")
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        fh.close()
        raise OSError(0, message("replaced"))
    return fh


def judge_actors(store: Store, first: str, second: str, verdict: Verdict, by: str) -> tuple[str, str]:
    """A person's word that two actors (cluster ids or records) are the same or different: kept
    as a user judgement, which every later resolution keeps, then the collection resolved again.
    Returns the two records judged; NotFound for an unknown actor or record."""
    from casewatch.resolve.view import representative

    records, clusters = store.entity_records(), store.clusters()
    left, right = representative(records, clusters, first), representative(records, clusters, second)
    if left is None or right is None:
        raise NotFound(message("unknown_actor", actor=first if left is None else second))
    store.add_user_judgement(Judgement(left, right, verdict, 1.0, f"{by}: {verdict.value}", "user"))
    store.accounts.audit(by, "merge" if verdict is Verdict.SAME else "split", f"{first} {second}")
    resolve_collection(store, touched=(left, right))
    return left, right


def ingest_paths(
    store: Store,
    paths: Sequence[Path],
    *,
    by: str | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
    limits: Limits | None = None,
    resolving: Callable[[], None] | None = None,
) -> IngestReport:
    """Ingest the files under `paths`; `progress` is told of each file, `resolving` when the last
    is stored and the collection's actors and views are brought up to date (minutes on a large one)."""
    ing = Ingestor(store, progress=progress, limits=limits or Limits(), resolving=resolving)
    if by:
        ing.by = by
    if workers:
        ing.workers = workers
    return ing.run_paths([Path(p) for p in paths])


def ingest_files(
    store: Store,
    files: Sequence[tuple[str, bytes]],
    *,
    by: str = "web",
    limits: Limits | None = None,
    progress: Progress | None = None,
    stop: threading.Event | None = None,
) -> IngestReport:
    ing = Ingestor(store, by=by, limits=limits or Limits(), workers=1, progress=progress, stop=stop)
    return ing.run_files(files)
