"""Ingest end to end on real files: idempotence, failures recorded with reasons, children, resolution."""

from __future__ import annotations

import os
import socket
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from casewatch.errors import NotFound
from casewatch.ingest import FAILED, INGESTED, SKIPPED, UNCHANGED, ingest_files, ingest_paths
from casewatch.read import Limits
from casewatch.store import Store


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\0" * (300 * 1024 * 1024))


def _broken_batch(folder: Path) -> dict[str, str]:
    """A folder of good and bad files; returns the expected status per file name."""
    (folder / "good.txt").write_text(
        "Dear Minister,\nThe union was dissolved on 3 May 2019.\n", encoding="utf-8"
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "truncated.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    (folder / "corrupt.docx").write_bytes(b"PK\x03\x04 this is not really a zip archive")
    (folder / "noise.bin").write_bytes(bytes(range(256)) * 64)
    (folder / "koi8.txt").write_bytes("Профсоюз был ликвидирован решением суда.\n".encode("koi8_r"))
    _zip_bomb(folder / "bomb.docx")
    return {
        "good.txt": INGESTED,
        "koi8.txt": INGESTED,
        "empty.txt": FAILED,
        "truncated.pdf": FAILED,
        "corrupt.docx": FAILED,
        "noise.bin": FAILED,
        "bomb.docx": FAILED,
    }


def test_examples_ingest_and_reingest_adds_nothing(sqlite_store: Store, examples_dir: Path) -> None:
    first = ingest_paths(sqlite_store, [examples_dir], workers=2)
    files = sorted(p.name for p in examples_dir.iterdir())
    assert sorted(r.name for r in first.results if r.status == INGESTED) == files
    second = ingest_paths(sqlite_store, [examples_dir], workers=1)
    assert {r.status for r in second.results} == {UNCHANGED}
    docs = sqlite_store.documents()
    assert len(docs) == len(files)
    assert all(len(sqlite_store.provenance(d.id)) == 1 for d in docs)  # one place, seen twice
    assert all(p.first_seen < p.last_seen for d in docs for p in sqlite_store.provenance(d.id))


def test_examples_every_format_is_read(sqlite_store: Store, examples_dir: Path) -> None:
    ingest_paths(sqlite_store, [examples_dir], workers=1)
    by_name = {d.source: d for d in sqlite_store.documents()}
    assert by_name["ilo-cas-record.pdf"].media_type == "application/pdf"
    assert by_name["government-reply.docx"].status == "ok"
    text = sqlite_store.load_text(by_name["union-protest-letter.html"].id)
    assert "liquidation" in text and "console.log" not in text


def test_broken_files_are_recorded_and_the_batch_goes_on(sqlite_store: Store, tmp_path: Path) -> None:
    expected = _broken_batch(tmp_path)
    report = ingest_paths(sqlite_store, [tmp_path], workers=2)
    assert {r.name: r.status for r in report.results} == expected
    for result in report.failed:
        assert result.error and len(result.error) > 10, result
    failures = {d.source: d.error for d in sqlite_store.failures()}
    assert set(failures) == {n for n, s in expected.items() if s == FAILED}
    assert "zip bomb" in (failures["bomb.docx"] or "")
    assert "empty" in (failures["empty.txt"] or "")
    assert sqlite_store.integrity_check() == []


def test_oversized_file_is_a_failure_with_the_limit(sqlite_store: Store, tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 5000, encoding="utf-8")
    report = ingest_paths(sqlite_store, [tmp_path], limits=Limits(max_bytes=1000))
    assert report.results[0].status == FAILED
    assert "over the limit" in (report.results[0].error or "")
    [failure] = sqlite_store.failures()
    assert failure.source == "big.txt" and "over the limit" in (failure.error or "")
    with pytest.raises(NotFound, match="not kept"):
        sqlite_store.original(failure.id)
    assert sqlite_store.integrity_check() == []


def test_email_attachments_become_child_documents(sqlite_store: Store) -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Rights Officer <officer@example.org>"
    msg["To"] = "registry@example.org"
    msg["Subject"] = "Protest letter attached"
    msg["Date"] = "Mon, 6 Mar 2023 10:00:00 +0000"
    msg.set_content("Please find the protest letter attached.")
    msg.add_attachment(
        b"Dear President,\nWe protest the arrest of union leaders.\n",
        maintype="text",
        subtype="plain",
        filename="protest.txt",
    )
    report = ingest_files(sqlite_store, [("mail.eml", msg.as_bytes())])
    assert [(r.name, r.status) for r in report.results] == [("mail.eml", INGESTED), ("protest.txt", INGESTED)]
    docs = {d.source: d for d in sqlite_store.documents()}
    assert docs["protest.txt"].parent_id == docs["mail.eml"].id


def test_upload_names_are_reduced_to_a_base_name(sqlite_store: Store) -> None:
    report = ingest_files(sqlite_store, [("../../etc/evil.txt", b"Dear Sir,\nA text.\n")])
    assert report.results[0].name == "evil.txt"


@pytest.mark.slow
def test_seeds_give_five_documents_with_genres(sqlite_store: Store, seeds_dir: Path) -> None:
    ingest_paths(sqlite_store, [seeds_dir], workers=2)
    docs = sqlite_store.documents(status="ok")
    assert len(docs) == 5
    assert {d.genre for d in docs} >= {"un_communication", "union_letter", "ilo_cas"}


def test_the_caller_is_told_when_every_file_is_stored_and_resolution_begins(
    sqlite_store: Store, examples_dir: Path
) -> None:
    told: list[int] = []
    ingest_paths(
        sqlite_store,
        [examples_dir],
        workers=1,
        resolving=lambda: told.append(sqlite_store.count_documents()),
    )
    assert told == [sqlite_store.count_documents()] and told[0] > 0  # once, every file stored
    assert sqlite_store.clusters()  # and resolution followed


def test_resolution_is_stored_for_every_record(sqlite_store: Store, examples_dir: Path) -> None:
    ingest_paths(sqlite_store, [examples_dir], workers=1)
    records = sqlite_store.entity_records()
    clusters = sqlite_store.clusters()
    assert records, "the examples name persons and organisations"
    assert {r.ref for r in records} <= set(clusters)


def _grouping(store: Store) -> set[frozenset[tuple[str, str]]]:
    """Entities as sets of (document, name as written): comparable across databases."""
    groups: dict[str, set[tuple[str, str]]] = {}
    clusters = store.clusters()
    for rec in store.entity_records():
        groups.setdefault(clusters[rec.ref], set()).add((rec.document, rec.name))
    return {frozenset(g) for g in groups.values()}


def _timeline(store: Store) -> list[tuple[str, str, tuple[str, ...]]]:
    """The stored timeline, fresh after ingest, without document ids (they follow arrival order)."""
    assert store.views_built_from() == store.revision()
    bodies = [body for _, body in store.timeline_page(limit=10_000)]
    return sorted(
        (b["type"], b["date"] or "", tuple(sorted(s["quote"] for s in b["sources"]))) for b in bodies
    )


@pytest.mark.slow
def test_seeds_one_by_one_in_any_order_give_the_same_entities(tmp_path: Path, seeds_dir: Path) -> None:
    seeds = sorted(seeds_dir.iterdir())
    orders = [seeds, list(reversed(seeds)), [seeds[2], seeds[0], seeds[4], seeds[1], seeds[3]]]
    groupings = []
    for i, order in enumerate(orders):
        with Store.open(str(tmp_path / f"order{i}.sqlite")) as store:
            for path in order:
                ingest_paths(store, [path], workers=1)
            groupings.append((_grouping(store), _timeline(store)))
    with Store.open(str(tmp_path / "together.sqlite")) as store:
        ingest_paths(store, [seeds_dir], workers=2)
        together = (_grouping(store), _timeline(store))
    assert (len(together[0]) > 20, len(together[1]) > 20) == (True, True)
    assert all(g == together for g in groupings)


@pytest.mark.postgres
def test_ingest_on_postgresql_matches_sqlite(pg_url: str, tmp_path: Path, examples_dir: Path) -> None:
    with Store.open(pg_url) as pg, Store.open(str(tmp_path / "c.sqlite")) as lite:
        for store in (pg, lite):
            report = ingest_paths(store, [examples_dir], workers=2)
            assert report.count(INGESTED) == 4
            assert ingest_paths(store, [examples_dir], workers=1).count(UNCHANGED) == 4
        assert _grouping(pg) == _grouping(lite)
        assert _timeline(pg) == _timeline(lite) != []
        assert [h.source for h in pg.search("liquidation")] != []
        assert pg.integrity_check() == []


LETTER = "Dear Minister,\nThe union was dissolved on 3 May 2019.\n"


def test_a_name_that_is_not_utf8_is_ingested_and_the_batch_goes_on(
    sqlite_store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    fd = os.open(os.fsencode(folder) + b"/caf\xe9.txt", os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, LETTER.encode())
    os.close(fd)
    (folder / "later.txt").write_text("Dear Sir,\nThe union was registered in 2020.\n", encoding="utf-8")
    report = ingest_paths(sqlite_store, [folder], workers=1)
    assert sorted((r.name, r.status) for r in report.results) == [
        ("caf\\xe9.txt", INGESTED),
        ("later.txt", INGESTED),
    ]
    assert {d.source for d in sqlite_store.documents(status="ok")} == {"caf\\xe9.txt", "later.txt"}


def test_links_out_of_the_folder_are_refused_and_recorded(sqlite_store: Store, tmp_path: Path) -> None:
    (tmp_path / "outside.txt").write_text("Dear Sir,\nA private letter kept elsewhere.\n", encoding="utf-8")
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / "letter.txt").write_text(LETTER, encoding="utf-8")
    (folder / "passwd").symlink_to("/etc/passwd")
    (folder / "private.txt").symlink_to(tmp_path / "outside.txt")
    (folder / "sub" / "same-letter.txt").symlink_to(folder / "letter.txt")  # inside: read, once
    (folder / "sub" / "up").symlink_to(folder)  # a folder link: its files are read where they are
    report = ingest_paths(sqlite_store, [folder], workers=1)
    assert {r.name: r.status for r in report.results} == {
        "letter.txt": INGESTED,
        "passwd": SKIPPED,
        "private.txt": SKIPPED,
        "same-letter.txt": UNCHANGED,
        "up": SKIPPED,
    }
    [doc] = sqlite_store.documents()
    assert doc.source == "letter.txt" and len(sqlite_store.provenance(doc.id)) == 2
    skipped = {Path(s.path).name: s.reason for s in sqlite_store.skipped()}
    assert "outside the folder" in skipped["passwd"] and "outside the folder" in skipped["private.txt"]


def test_every_path_not_read_is_recorded_with_the_reason(sqlite_store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "letter.txt").write_text(LETTER, encoding="utf-8")
    (folder / "..x.txt").write_text(LETTER + "copy", encoding="utf-8")
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "inside.txt").write_text(LETTER + "hidden", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # opening it would block the batch for ever
    (folder / "dangling.txt").symlink_to(folder / "missing.txt")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(folder / "s.sock"))
        report = ingest_paths(sqlite_store, [folder, folder / "pipe.txt", Path("/dev/null")], workers=1)
    statuses = [(r.name, r.status) for r in report.results]
    assert sorted(statuses) == sorted(
        [("letter.txt", INGESTED), ("pipe.txt", SKIPPED), ("null", SKIPPED)]
        + [(name, SKIPPED) for name in ("..x.txt", ".hidden", "pipe.txt", "dangling.txt", "s.sock")]
        + [("loop-a.txt", SKIPPED), ("loop-b.txt", SKIPPED)]
    )
    reasons = {Path(s.path).name: s.reason for s in sqlite_store.skipped()}
    assert len(reasons) == 8 and "character device" in reasons["null"]
    assert "hidden" in reasons[".hidden"] and "hidden" in reasons["..x.txt"]
    assert "named pipe" in reasons["pipe.txt"] and "socket" in reasons["s.sock"]
    assert "leads nowhere" in reasons["dangling.txt"] and "leads nowhere" in reasons["loop-a.txt"]


def test_an_email_with_too_many_attachments_reads_only_the_first(sqlite_store: Store) -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Rights Officer <officer@example.org>"
    msg["Subject"] = "Many letters"
    msg["Date"] = "Mon, 6 Mar 2023 10:00:00 +0000"
    msg.set_content("Letters attached.")
    for number in range(7):
        body = f"Dear President,\nProtest number {number}.\n".encode()
        msg.add_attachment(body, maintype="text", subtype="plain", filename=f"protest-{number}.txt")
    report = ingest_files(sqlite_store, [("mail.eml", msg.as_bytes())], limits=Limits(max_attachments=5))
    assert (report.count(INGESTED), report.count(SKIPPED)) == (6, 2)
    assert [s.path for s in sqlite_store.skipped()] == [
        "upload:mail.eml#protest-5.txt",
        "upload:mail.eml#protest-6.txt",
    ]
    assert all("more than 5 attachments" in s.reason for s in sqlite_store.skipped())


def test_a_text_over_the_extraction_limit_is_ok_with_a_note(sqlite_store: Store, tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text(LETTER + "\n\nNothing further.\n" * 200, encoding="utf-8")
    report = ingest_paths(sqlite_store, [tmp_path], workers=1, limits=Limits(max_extract_chars=1000))
    assert report.results[0].status == INGESTED
    [doc] = sqlite_store.documents()
    assert doc.status == "ok" and "characters only" in (doc.error or "")
    assert sqlite_store.failures() == []


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    target = request.getfixturevalue("pg_url") if request.param == "postgres" else tmp_path / "c.sqlite"
    with Store.open(str(target)) as store:
        yield store


def test_names_with_control_characters_are_stored_readably(any_store: Store, tmp_path: Path) -> None:
    """A terminal escape or a NUL in a name (which PostgreSQL refuses in text) is shown as \\x1b."""
    from email.message import EmailMessage

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "alert\x1b[2J.txt").write_text(LETTER, encoding="utf-8")
    ingest_paths(any_store, [folder], workers=1)
    mail = EmailMessage()
    mail["From"] = "Rights Officer <officer@example.org>"
    mail["Subject"] = "Attached"
    mail.set_content("Attached.")
    mail.add_attachment(b"Dear Sir,\nA protest.\n", maintype="text", subtype="plain", filename="x\x00y.txt")
    ingest_files(any_store, [("mail.eml", mail.as_bytes())])
    sources = {d.source: d.status for d in any_store.documents()}
    assert sources == {"alert\\x1b[2J.txt": "ok", "mail.eml": "ok", "x\\x00y.txt": "ok"}
