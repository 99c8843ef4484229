"""An ingest run from a folder that holds a folder named casewatch still uses the installed casewatch."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

LETTER = "Dear Minister,\nThe union was dissolved on 3 May 2019.\n"


def test_ingest_from_a_folder_holding_another_casewatch(tmp_path: Path) -> None:
    # A user's own folder named casewatch (notes, a database) must not stand in for the package.
    other = tmp_path / "casewatch"
    other.mkdir()
    (other / "__init__.py").write_text('raise SystemExit("the folder was imported, not the package")\n')
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "letter.txt").write_text(LETTER)
    cli = Path(sys.executable).with_name("casewatch")
    run = subprocess.run(
        [str(cli), "--db", "case.sqlite", "ingest", "docs"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    listed = subprocess.run(
        [str(cli), "--db", "case.sqlite", "documents"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "letter.txt" in listed.stdout
    assert "failed" not in listed.stdout.lower()
