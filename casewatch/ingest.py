"""The one orchestrator of read → extract → store → resolve for a batch of files.

Every file is hashed before it is parsed, its original kept, and its document row starts as
failed; only a fully stored extraction flips it to ok. Reading and extraction run in worker
processes (see `worker.py`), storing and resolution in this one, so SQLite has one writer.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from casewatch.errors import message
from casewatch.model import Text
from casewatch.read import Limits
from casewatch.store import Store
from casewatch.worker import Failed, Job, Processed, WorkerPool

INGESTED, UNCHANGED, FAILED = "ingested", "unchanged", "failed"


@dataclass(frozen=True)
class FileResult:
    name: str
    status: str  # ingested | unchanged | failed
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


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files named and files under folders named (recursively), skipping hidden ones, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found.append(path)
    return found


def default_workers() -> int:
    return max(1, min(4, (os.cpu_count() or 1)))


@dataclass
class Ingestor:
    """One batch: submits files to the workers, stores outcomes, then resolves entities."""

    store: Store
    by: str = field(default_factory=getpass.getuser)
    limits: Limits = field(default_factory=Limits)
    workers: int = field(default_factory=default_workers)
    progress: Progress | None = None
    report: IngestReport = field(default_factory=IngestReport)

    def _done(self, result: FileResult) -> None:
        self.report.results.append(result)
        if self.progress:
            self.progress(result)

    def _admit(
        self, pool: WorkerPool, name: str, data: bytes, path: str, depth: int, parent: int | None
    ) -> None:
        """Keep the original and a failed-until-done row; queue the file unless it is already done."""
        sha = hashlib.sha256(data).hexdigest()
        existing = self.store.find_by_sha(sha)
        if existing is not None and existing.status == "ok":
            self.store.add_provenance(existing.id, path, self.by)
            self._done(FileResult(name, UNCHANGED, existing.id, path=path))
            return
        self.store.add_original(sha, data)
        doc_id = self.store.start_document(sha, name, None, parent_id=parent)
        self.store.add_provenance(doc_id, path, self.by)
        pool.submit(Job(_Tag(doc_id, name, path, depth), name, data))

    def _admit_path(self, pool: WorkerPool, path: Path) -> None:
        try:
            size = path.stat().st_size
            if size > self.limits.max_bytes:
                self._refuse_oversized(path, size)
                return
            data = path.read_bytes()
        except OSError as err:
            reason = f"cannot open the file: {err.strerror}"
            self._done(FileResult(path.name, FAILED, None, reason, str(path)))
            return
        self._admit(pool, path.name, data, str(path), 0, None)

    def _refuse_oversized(self, path: Path, size: int) -> None:
        """Recorded as a failed document (hash and size, not the bytes) so `failures` lists it."""
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        sha = digest.hexdigest()
        reason = message("too_large", size=size, limit=self.limits.max_bytes)
        existing = self.store.find_by_sha(sha)
        if existing is None:
            self.store.add_unkept_original(sha, size)
        doc_id = existing.id if existing else self.store.start_document(sha, path.name, None)
        self.store.add_provenance(doc_id, str(path), self.by)
        if existing is None or existing.status != "ok":
            self.store.mark_failed(doc_id, reason)
        self._done(FileResult(path.name, FAILED, doc_id, reason, str(path)))

    def _store(self, pool: WorkerPool, tag: _Tag, outcome: Processed | Failed) -> None:
        if isinstance(outcome, Failed):
            self.store.mark_failed(tag.document_id, outcome.reason)
            self._done(FileResult(tag.name, FAILED, tag.document_id, outcome.reason, tag.path))
            return
        try:
            self.store.save_extraction(tag.document_id, outcome.text, outcome.extraction)
        except Exception as err:  # the database refused this one document: record it, go on
            reason = f"could not be stored: {type(err).__name__}: {err}"
            self.store.mark_failed(tag.document_id, reason)
            self._done(FileResult(tag.name, FAILED, tag.document_id, reason, tag.path))
            return
        self._done(FileResult(tag.name, INGESTED, tag.document_id, path=tag.path))
        self._admit_children(pool, tag, outcome.text)

    def _admit_children(self, pool: WorkerPool, tag: _Tag, text: Text) -> None:
        for att in text.attachments:
            child_path = f"{tag.path}#{att.name}"
            if tag.depth + 1 > self.limits.max_depth:
                self._done(
                    FileResult(
                        att.name, FAILED, None, message("depth", limit=self.limits.max_depth), child_path
                    )
                )
                continue
            self._admit(pool, att.name, att.data, child_path, tag.depth + 1, tag.document_id)

    def _store_next(self, pool: WorkerPool) -> None:
        job, outcome = next(pool.outcomes())
        self._store(pool, job.tag, outcome)

    def _store_all(self, pool: WorkerPool) -> None:
        for job, outcome in pool.outcomes():
            self._store(pool, job.tag, outcome)

    def run_paths(self, paths: Sequence[Path]) -> IngestReport:
        with WorkerPool(self.workers, self.limits) as pool:
            own = {p.resolve() for p in self.store.own_files()}
            for path in collect_files(paths):
                if path.resolve() in own:  # never ingest our own database files
                    continue
                self._admit_path(pool, path)
                while pool.pending() > 2 * self.workers:  # keep memory flat: store as we go
                    self._store_next(pool)
            self._store_all(pool)
        resolve_collection(self.store)
        return self.report

    def run_files(self, files: Sequence[tuple[str, bytes]]) -> IngestReport:
        with WorkerPool(self.workers, self.limits) as pool:
            for name, data in files:
                safe = Path(name).name or "upload"
                self._admit(pool, safe, data, f"upload:{safe}", 0, None)
            self._store_all(pool)
        resolve_collection(self.store)
        return self.report


def resolve_collection(store: Store) -> None:
    """Cross-document resolution over everything stored (user merges and splits are kept), then
    the stored views that depend on it."""
    from casewatch.analyse.derived import refresh_views
    from casewatch.resolve import held_links, resolve

    # links that held the earlier clusters are kept, so adding documents never splits an actor
    earlier = held_links(store.judgements(source="auto"), store.clusters())
    resolution = resolve(store.entity_records(), store.judgements(source="user"), earlier)
    store.replace_auto_judgements(resolution.judgements)
    store.set_clusters(resolution.clusters)
    refresh_views(store)  # the stored views follow the new facts and clusters


def ingest_paths(
    store: Store,
    paths: Sequence[Path],
    *,
    by: str | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
    limits: Limits | None = None,
) -> IngestReport:
    ing = Ingestor(store, progress=progress, limits=limits or Limits())
    if by:
        ing.by = by
    if workers:
        ing.workers = workers
    return ing.run_paths([Path(p) for p in paths])


def ingest_files(
    store: Store, files: Sequence[tuple[str, bytes]], *, by: str = "web", limits: Limits | None = None
) -> IngestReport:
    return Ingestor(store, by=by, limits=limits or Limits(), workers=1).run_files(files)
