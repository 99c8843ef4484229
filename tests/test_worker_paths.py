"""A worker reads a file by its path itself, and refuses one that no longer holds the kept bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

from casewatch.errors import message
from casewatch.worker import Failed, Job, Processed, WorkerPool

LETTER = b"Dear Minister,\nThe union was dissolved on 3 May 2019.\n"


def _outcome(job: Job) -> Processed | Failed:
    with WorkerPool(1) as pool:
        pool.submit(job)
        ((_job, outcome),) = list(pool.outcomes())
    return outcome


def test_a_file_is_read_by_its_path(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes(LETTER)
    outcome = _outcome(Job(1, "letter.txt", path=str(path), sha256=hashlib.sha256(LETTER).hexdigest()))
    assert isinstance(outcome, Processed)
    assert "dissolved" in outcome.text.text


def test_a_file_changed_since_it_was_kept_fails(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes(LETTER + b"A line added after the ingest kept the file.\n")
    outcome = _outcome(Job(1, "letter.txt", path=str(path), sha256=hashlib.sha256(LETTER).hexdigest()))
    assert outcome == Failed(message("changed_while_read"))


def test_a_file_gone_since_it_was_kept_fails(tmp_path: Path) -> None:
    outcome = _outcome(Job(1, "gone.txt", path=str(tmp_path / "gone.txt"), sha256="0" * 64))
    assert isinstance(outcome, Failed)
    assert outcome.reason.startswith("cannot open the file")
