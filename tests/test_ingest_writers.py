"""Ingests running at once into one database: each file read once, clusters as one whole resolution."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from casewatch.model import Verdict
from casewatch.resolve import resolve
from casewatch.store import Store


def _copies(examples_dir: Path, into: Path, rounds: int) -> int:
    letters = [p for p in sorted(examples_dir.iterdir()) if p.suffix in (".txt", ".html")]
    for i in range(rounds):
        for letter in letters:
            (into / f"{i}-{letter.name}").write_bytes(letter.read_bytes() + f"\ncopy {i}\n".encode())
    return rounds * len(letters)


@pytest.mark.slow
def test_three_ingests_at_once_resolve_as_one(target: str, tmp_path: Path, examples_dir: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    files = _copies(examples_dir, docs, 6)
    Store.open(target).close()
    cmd = [sys.executable, "-m", "casewatch", "--db", target, "ingest", "--workers", "1", str(docs)]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in "abc"]
    finished = [proc.communicate(timeout=600) for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0, 0], [err[-2000:] for _out, err in finished]
    with Store.open(target) as store:
        rows = store.documents()
        assert (len(rows), {r.status.value for r in rows}) == (files, {"ok"})
        whole = resolve(store.entity_records(), store.judgements(source="user"))
        assert store.clusters() == whole.clusters
        # what one whole resolution judges is kept; beyond it, only links that held earlier clusters
        held = {(j.left, j.right, j.verdict) for j in store.judgements(source="auto")}
        fresh = {(j.left, j.right, j.verdict) for j in whole.judgements}
        clusters = store.clusters()
        kept = held - fresh
        assert all(verdict is Verdict.SAME and clusters[a] == clusters[b] for a, b, verdict in kept)
        assert len(held & fresh) >= len(fresh) - len(kept)
        assert store.integrity_check() == []
