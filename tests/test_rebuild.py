"""`casewatch rebuild` resolves the whole collection again: the clusters incremental ingests left."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from casewatch.store import Store


def test_rebuild_keeps_the_clusters_ingests_left(tmp_path: Path, examples_dir: Path) -> None:
    db = tmp_path / "c.sqlite"
    letters = sorted(p for p in examples_dir.iterdir() if p.suffix in (".txt", ".html"))
    for half in (letters[::2], letters[1::2]):  # two ingests: the second resolves incrementally
        run = [
            sys.executable,
            "-m",
            "casewatch",
            "--db",
            str(db),
            "ingest",
            "--workers",
            "1",
            *map(str, half),
        ]
        subprocess.run(run, check=True, capture_output=True, timeout=300)
    with Store.open(str(db)) as store:
        incremental = store.clusters()
    rebuilt = subprocess.run(
        [sys.executable, "-m", "casewatch", "--db", str(db), "rebuild"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert f"{len(incremental)} actor records resolved" in rebuilt.stdout
    with Store.open(str(db)) as store:
        assert store.clusters() == incremental
        assert store.integrity_check() == []
