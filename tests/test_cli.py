"""The command line, run as a user runs it: a real process, a real database file."""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casewatch.model import Extraction, Text
from casewatch.store import Store

from .conftest import cw


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """What `--db` gets: a SQLite file, or a URL of a private PostgreSQL schema."""
    if request.param == "postgres":
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "c.sqlite")


def test_help_lists_every_command(tmp_path: Path) -> None:
    out = cw("--help", db=tmp_path / "x.sqlite").stdout
    for command in (
        "ingest",
        "export",
        "documents",
        "failures",
        "search",
        "summary",
        "serve",
        "entities",
        "evaluate",
        "rebuild",
    ):
        assert command in out


@pytest.mark.parametrize(
    "command", ["ingest", "export", "documents", "failures", "search", "serve", "entities", "evaluate"]
)
def test_every_command_has_help(tmp_path: Path, command: str) -> None:
    assert "Usage" in cw(command, "--help", db=tmp_path / "x.sqlite").stdout


def test_seeds_ingest_export_and_score(tmp_path: Path, shared_dir: Path, seeds_dir: Path) -> None:
    db = tmp_path / "c.sqlite"
    first = cw("ingest", str(seeds_dir), db=db)
    assert "5 ingested, 0 unchanged, 0 failed" in first.stdout
    again = cw("ingest", str(seeds_dir), db=db)
    assert "0 ingested, 5 unchanged, 0 failed" in again.stdout
    out = tmp_path / "x.json"
    cw("export", "--format", "casefile", "-o", str(out), db=db)
    casefile = json.loads(out.read_text(encoding="utf-8"))
    assert casefile["format"] == "casefile/1"
    assert len(casefile["documents"]) == 5
    score = subprocess.run(
        [
            sys.executable,
            str(shared_dir / "eval" / "score.py"),
            str(out),
            str(shared_dir / "eval" / "gold"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(score.stdout)
    assert report["found"] == 5
    assert report["fields"]["genre"]["accuracy"] == 1.0


def test_db_from_environment_and_option_after_command(tmp_path: Path, examples_dir: Path) -> None:
    db = tmp_path / "env.sqlite"
    env = {**os.environ, "CASEWATCH_DB": str(db)}
    subprocess.run(
        [sys.executable, "-m", "casewatch", "ingest", str(examples_dir)],
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    listed = subprocess.run(
        [sys.executable, "-m", "casewatch", "documents", "--db", str(db)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "un-allegation-letter.txt" in listed


def test_failures_and_search_commands(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "letter.txt").write_text("Dear Minister,\nThe union was dissolved.\n", encoding="utf-8")
    (docs / "broken.pdf").write_bytes(b"%PDF-1.7 broken")
    os.mkfifo(docs / "pipe.txt")
    db = tmp_path / "c.sqlite"
    result = cw("ingest", str(docs), db=db)
    assert "1 ingested, 0 unchanged, 1 failed, 1 skipped" in result.stdout
    assert "broken.pdf: the file is damaged" in result.stderr
    listed = cw("failures", db=db).stdout
    assert "broken.pdf" in listed and "pipe.txt" in listed and "named pipe" in listed
    assert "letter.txt" in cw("search", "dissolved", db=db).stdout
    for hostile in ['"unbalanced', "NEAR(", "text:union", "*", "(((", "'; DROP TABLE documents; --"]:
        cw("search", hostile, db=db)


def test_search_has_a_time_limit(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    words = [f"word{n}" for n in range(12)]
    with Store.open(str(db)) as store:  # long records where every word occurs often: costly snippets
        for n in range(3):
            body = " ".join(words[(i * 7 + n) % 12] for i in range(12_000)).encode()
            sha = hashlib.sha256(body).hexdigest()
            store.add_original(sha, body)
            doc_id = store.start_document(sha, f"record-{n}.txt", "text/plain")
            store.save_extraction(doc_id, Text(body.decode(), "text/plain"), Extraction())
    proc = cw("search", " ".join(words), "--seconds", "0.000001", db=db, check=False)
    assert proc.returncode == 2
    assert "the search took longer than 1e-06 s" in proc.stderr
    assert "record-0.txt" in cw("search", " ".join(words), "--seconds", "300", db=db).stdout


def test_unusable_database_is_a_readable_error(tmp_path: Path) -> None:
    proc = cw("documents", db=tmp_path / "missing-dir" / "sub" / "c.sqlite", check=False)
    assert proc.returncode == 2
    assert "error" in proc.stderr.lower()
    assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_sigkill_mid_batch_leaves_a_consistent_database(
    db_target: str, tmp_path: Path, seeds_dir: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(40):
        for seed in sorted(seeds_dir.iterdir())[:4]:
            (docs / f"{i:02d}-{seed.name}").write_text(seed.read_text(encoding="utf-8") + f"\ncopy {i}\n")
    cmd = [sys.executable, "-m", "casewatch", "--db", db_target, "ingest", "--workers", "1", str(docs)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    _wait_for_documents(db_target, at_least=5, proc=proc)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store.open(db_target) as store:
        assert store.integrity_check() == []
        done_before = len(store.documents(status="ok"))
    assert done_before < 160, "the batch finished before it could be interrupted"
    cw("ingest", "--workers", "2", str(docs), db=db_target)  # the killed batch's claims give way
    with Store.open(db_target) as store:
        rows = store.documents()
        assert len(rows) == 160
        assert {r.status for r in rows} == {"ok"}
        assert len({r.sha256 for r in rows}) == 160
        assert store.integrity_check() == []


def _wait_for_documents(target: str, at_least: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, "ingest ended before it was interrupted"
        if "://" in target or Path(target).exists():
            try:
                with Store.open(target) as store:
                    if len(store.documents(status="ok")) >= at_least:
                        return
            except Exception:  # the database is being created: try again
                pass
        time.sleep(0.2)
    raise AssertionError("no documents were stored within two minutes")


@pytest.mark.slow
def test_two_ingests_at_once_read_each_file_once(db_target: str, tmp_path: Path, examples_dir: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    letters = [p for p in sorted(examples_dir.iterdir()) if p.suffix in (".txt", ".html")]
    for i in range(8):
        for letter in letters:
            (docs / f"{i}-{letter.name}").write_bytes(letter.read_bytes() + f"\ncopy {i}\n".encode())
    Store.open(db_target).close()  # created first, so both ingests start their batches at once
    cmd = [sys.executable, "-m", "casewatch", "--db", db_target, "ingest", "--workers", "1", str(docs)]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in "ab"]
    finished = [proc.communicate(timeout=300) for proc in procs]
    assert all(proc.returncode == 0 for proc in procs), [err[-2000:] for _out, err in finished]
    outputs = [out for out, _err in finished]
    ingested = [int(re.search(r"(\d+) ingested", out).group(1)) for out in outputs]  # type: ignore[union-attr]
    files = len(list(docs.iterdir()))
    assert sum(ingested) == files, outputs  # each file read by one of the two, never by both
    with Store.open(db_target) as store:
        rows = store.documents()
        assert (len(rows), {r.status for r in rows}) == (files, {"ok"})
        assert all(store.claim_holder(r.id) is None for r in rows)
        assert store.integrity_check() == []


def test_the_readme_search_example_finds_its_document(tmp_path: Path, examples_dir: Path) -> None:
    readme = (examples_dir.parent / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if x.strip().startswith("casewatch search"))
    query = line.split("casewatch search", 1)[1].split("#")[0].strip()
    assert query[0] == query[-1] == "'"
    db = tmp_path / "readme.sqlite"
    cw("ingest", str(examples_dir), db=db)
    found = cw("search", query[1:-1], db=db).stdout
    assert "un-allegation-letter.txt" in found and "No matches" not in found


INVENTED_LETTER = """Sylvanian Federation of Miners (SFM)

14 March 2019

His Excellency Mr Karl Brandt
President of Freedonia

Dear President,

We protest the arrest of Petar Horvath, leader of the SFM, on 2 March 2019 in Northport.
We urge you to release Petar Horvath without delay.

Yours sincerely,

Ilona Varga
General Secretary
"""


def _invented_gold(folder: Path) -> Path:
    folder.mkdir()
    gold = {
        "source": "letter.txt", "genre": "union_letter", "date": "2019-03-14", "reference": None,
        "countries": ["FRD"], "reply_due": None,
        "senders": [{"name": "Sylvanian Federation of Miners", "acronyms": ["SFM"]}],
        "signatories": [{"name": "Ilona Varga"}], "addressees": [{"name": "Karl Brandt"}],
        "persons": [{"name": "Petar Horvath"}], "organizations": [], "instruments": [],
        "events": [{"type": "arrest", "date": "2019-03-02"}],
        "requests": [{"text": "release Petar Horvath without delay"},
                     {"text": "return the seized union records"}],
    }  # fmt: skip
    (folder / "letter.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_evaluate_scores_the_store_against_gold(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "letter.txt").write_text(INVENTED_LETTER, encoding="utf-8")
    db, gold = tmp_path / "c.sqlite", _invented_gold(tmp_path / "gold")
    cw("ingest", str(docs), db=db)
    text = cw("evaluate", str(gold), "--by-genre", "--misses", db=db).stdout
    assert "overall" in text and "union_letter" in text
    assert "requests missed: return the seized union records" in text
    report = json.loads(cw("evaluate", str(gold), "--json", db=db).stdout)
    assert report["fields"]["signatories"]["f1"] == 1.0
    assert report["fields"]["requests"]["fn"] >= 1
    assert cw("evaluate", str(gold), "--min-overall", "1.01", db=db, check=False).returncode == 1


def test_evaluate_agrees_with_the_shared_scorer(tmp_path: Path, shared_dir: Path, seeds_dir: Path) -> None:
    db, export = tmp_path / "c.sqlite", tmp_path / "x.json"
    cw("ingest", str(seeds_dir), db=db)
    cw("export", "--format", "casefile", "-o", str(export), db=db)
    gold = str(shared_dir / "eval" / "gold")
    scorer = [sys.executable, str(shared_dir / "eval" / "score.py"), str(export), gold, "--json"]
    theirs = json.loads(subprocess.run(scorer, capture_output=True, text=True, check=True).stdout)
    ours = json.loads(cw("evaluate", gold, "--json", db=db).stdout)
    assert abs(ours["overall"] - theirs["overall"]) < 0.005


def test_communications_lists_each_un_letter_with_its_reply(tmp_path: Path, examples_dir: Path) -> None:
    db = tmp_path / "letters.sqlite"
    cw("ingest", str(examples_dir), db=db)
    listed = cw("communications", db=db).stdout
    assert "AL BLR 4/2023" in listed and "replied" in listed
    assert "AL BLR 4/2023" not in cw("communications", "--status", "overdue", db=db).stdout
    assert cw("communications", "--status", "lost", db=db, check=False).returncode == 2


def test_rebuild_recomputes_every_stored_view(db_target: str) -> None:
    body = "Invented Harbour Union\nThe leader was arrested on 3 May 2021.\nPlease release the leader.\n"
    with Store.open(db_target) as store:
        data = body.encode()
        store.add_original(hashlib.sha256(data).hexdigest(), data)
        document_id = store.start_document(hashlib.sha256(data).hexdigest(), "letter.txt", "text/plain")
        store.save_extraction(document_id, Text(body, "text/plain"), Extraction())
        assert store.views_built_from() is None
    out = cw("rebuild", db=db_target).stdout
    assert re.search(r"rebuilt: \d+ timeline entries, \d+ request threads", out)
    with Store.open(db_target) as store:
        assert store.views_built_from() == store.revision() == store.followup_built_from()
