"""The access commands as a user runs them: real processes, a real database file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def cw(*args: str, db: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "casewatch", "--db", str(db), *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if check and proc.returncode != 0:
        raise AssertionError(f"{cmd} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "access.sqlite"
    cw("users", "add", "ada", "admin", db=path)
    cw("users", "add", "bob", db=path)
    return path


def test_users_are_added_listed_and_changed(db: Path) -> None:
    assert "one-time password" in cw("users", "add", "cyd", "editor", db=db).stdout
    cw("users", "role", "bob", "editor", db=db)
    cw("users", "disable", "cyd", db=db)
    rows = [line.replace("│", " ").split() for line in cw("users", "list", db=db).stdout.splitlines()]
    listed = [row for row in rows if len(row) == 3]
    assert listed == [["ada", "admin", "active"], ["bob", "editor", "active"], ["cyd", "editor", "disabled"]]


def test_refusals_are_readable_and_exit_non_zero(db: Path) -> None:
    for args in (
        ["users", "add", "ada"],
        ["users", "role", "ada", "viewer"],
        ["users", "role", "zed", "admin"],
    ):
        proc = cw(*args, db=db, check=False)
        assert proc.returncode == 1 and proc.stderr.startswith("error:") and "Traceback" not in proc.stderr


def test_a_token_is_printed_once_and_kept_as_a_hash(db: Path) -> None:
    token = cw("users", "token", "bob", db=db).stdout.strip()
    assert len(token) >= 40
    assert token.encode() not in db.read_bytes()


def test_audit_verify_finds_an_edited_entry(db: Path) -> None:
    cw("users", "role", "bob", "editor", db=db)
    assert "intact (3 entries)" in cw("audit", "verify", db=db).stdout
    with sqlite3.connect(db) as conn:
        conn.execute('UPDATE audit_log SET detail = \'{"role": "viewer"}\' WHERE id = 3')
    proc = cw("audit", "verify", db=db, check=False)
    assert proc.returncode == 1 and "entry 3 was changed" in proc.stderr


def test_a_document_label_is_set_and_audited(db: Path, examples_dir: Path) -> None:
    cw("ingest", str(examples_dir / "un-allegation-letter.txt"), db=db)
    assert "document 1 is restricted" in cw("label", "1", "restricted", db=db).stdout
    assert any(
        " label " in line and "restricted" in line for line in cw("audit", "list", db=db).stdout.splitlines()
    )
    assert cw("label", "99", "public", db=db, check=False).returncode == 1


def test_a_protected_person_is_left_out_of_the_redacted_export(tmp_path: Path, examples_dir: Path) -> None:
    db = tmp_path / "redact.sqlite"
    cw("ingest", str(examples_dir), db=db)
    for document_id in range(1, 5):
        cw("label", str(document_id), "public", db=db)
    listed = cw("entities", "list", "--name", "Varenik", db=db).stdout
    entity = next(line.split("│")[1].strip() for line in listed.splitlines() if "Varenik" in line)
    assert "protected" in cw("entities", "protect", entity, db=db).stdout
    full = cw("export", "--format", "casefile", db=db).stdout
    redacted = cw("export", "--format", "casefile", "--redacted", db=db).stdout
    assert "Varenik" in full and "Varenik" not in redacted and "[protected]" in redacted
