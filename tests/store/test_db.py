"""Store basics on both backends: opening, migrations, originals, status, provenance, listing."""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from casewatch.errors import NotFound, StoreError
from casewatch.model import DocumentMeta, DocumentStatus, Extraction, Genre, PartialDate, Text
from casewatch.store import Store
from casewatch.store.engine import url_of
from casewatch.store.migrations import MIGRATIONS
from casewatch.store.schema import migrations as migrations_table


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _migration_rows(store: Store) -> list[tuple[str, Any]]:
    query = sa.select(migrations_table.c.name, migrations_table.c.applied_at).order_by(
        migrations_table.c.name
    )
    with store.engine.connect() as conn:
        return [(row.name, row.applied_at) for row in conn.execute(query)]


def test_open_records_every_migration_once(store: Store, target: str) -> None:
    before = _migration_rows(store)
    assert [name for name, _ in before] == [name for name, _ in MIGRATIONS]
    with Store.open(target) as again:
        assert _migration_rows(again) == before


def test_sqlite_connections_get_the_pragmas(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "c.db")) as store, store.engine.connect() as conn:
        pragmas = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
        }
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 30000, "synchronous": 1}


@pytest.mark.parametrize(
    ("target", "fragment"),
    [
        ("postgresql+nosuchdriver://app@127.0.0.1/db", "nosuchdriver"),
        ("not a url://", "not a url"),
        ("/proc/no-such-folder/cases.db", "/proc/no-such-folder/cases.db"),
        ("postgresql+psycopg://app@127.0.0.1:1/cases", "127.0.0.1:1"),
        ("", "empty"),
    ],
)
def test_open_reports_a_bad_target_as_store_error(target: str, fragment: str) -> None:
    with pytest.raises(StoreError, match="database") as caught:
        Store.open(target)
    assert fragment in str(caught.value)


def test_open_reports_a_folder_as_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open the database"):
        Store.open(str(tmp_path))


def test_originals_are_idempotent_and_content_addressed(store: Store) -> None:
    data = "Carta de la confederación".encode()
    store.add_original(_sha(data), data)
    store.add_original(_sha(data), data)
    assert store.counts()["originals"] == 1
    document_id = store.start_document(_sha(data), "carta.txt", "text/plain")
    assert store.original(document_id) == data


def test_original_must_match_its_hash(store: Store) -> None:
    with pytest.raises(ValueError, match="do not hash"):
        store.add_original(_sha(b"one"), b"two")


def test_start_document_needs_the_original(store: Store) -> None:
    with pytest.raises(NotFound, match="no original"):
        store.start_document(_sha(b"missing"), "missing.txt", None)


def test_status_moves_from_failed_to_ok_and_back(store: Store) -> None:
    data = b"Protest letter of the dockers' union"
    store.add_original(_sha(data), data)
    document_id = store.start_document(_sha(data), "protest.txt", "text/plain")
    started = store.document(document_id)
    assert (started.status, started.error) == (DocumentStatus.FAILED, "ingest did not finish")
    store.save_extraction(document_id, Text(data.decode(), "text/plain"), Extraction())
    saved = store.document(document_id)
    assert (saved.status, saved.error, saved.text) == (DocumentStatus.OK, None, data.decode())
    store.mark_failed(document_id, "the reader process died (signal 9)")
    assert [(f.id, f.error) for f in store.failures()] == [
        (document_id, "the reader process died (signal 9)")
    ]


def test_find_by_sha(store: Store, docs: Any) -> None:
    document_id = docs.add("minutes.txt", "Minutes of the tripartite council")
    found = store.find_by_sha(_sha(b"Minutes of the tripartite council"))
    assert found is not None
    assert (found.id, found.source, found.size, found.text) == (document_id, "minutes.txt", 33, None)
    assert store.find_by_sha(_sha(b"other")) is None


def test_save_extraction_stores_metadata_columns(store: Store, docs: Any) -> None:
    meta = DocumentMeta(
        genre=Genre.ILO_CFA,
        date=PartialDate(2021, 6),
        reference="Case No. 9999",
        language="es",
        countries=("COL", "PER"),
        reply_due=PartialDate(2021, 9, 30),
        title="Interim report",
    )
    document_id = docs.add("cfa.txt", "Informe provisional", Extraction(meta=meta))
    doc = store.document(document_id)
    assert (doc.genre, doc.date, doc.reference, doc.language) == (
        Genre.ILO_CFA,
        PartialDate(2021, 6),
        "Case No. 9999",
        "es",
    )
    assert (doc.countries, doc.reply_due, doc.title) == (
        ("COL", "PER"),
        PartialDate(2021, 9, 30),
        "Interim report",
    )
    assert (doc.encoding, doc.media_type) == ("utf-8", "text/plain")


def test_save_extraction_on_a_missing_document_raises(store: Store) -> None:
    with pytest.raises(NotFound, match="no document with id 4242"):
        store.save_extraction(4242, Text("x", "text/plain"), Extraction())


def test_provenance_keeps_every_place_once(store: Store, docs: Any) -> None:
    document_id = docs.add("a.txt", "Urgent appeal")
    store.add_provenance(document_id, "/inbox/a.txt", "cli")
    store.add_provenance(document_id, "/archive/2020/a.txt", "web:amina")
    store.add_provenance(document_id, "/inbox/a.txt", "cron")
    rows = store.provenance(document_id)
    assert [(r.document_id, r.path, r.ingested_by) for r in rows] == [
        (document_id, "/inbox/a.txt", "cron"),
        (document_id, "/archive/2020/a.txt", "web:amina"),
    ]
    assert rows[0].first_seen <= rows[0].last_seen == rows[0].ingested_at


def test_an_ok_document_is_never_set_back_by_a_new_start(store: Store, docs: Any) -> None:
    document_id = docs.add("protest.txt", "Protest letter of the dockers' union")
    sha256 = store.document(document_id).sha256
    assert store.start_document(sha256, "again.txt", "text/plain") == document_id
    assert (store.document(document_id).status, store.document(document_id).source) == ("ok", "protest.txt")
    assert not store.claim_document(document_id, "host:1:a", stale_before=datetime(2000, 1, 1, tzinfo=UTC))


def test_one_ingest_at_a_time_holds_a_document(target: str) -> None:
    """Two stores on one database, as two ingests in two processes would have."""
    long_ago = datetime(2000, 1, 1, tzinfo=UTC)
    with Store.open(target) as first, Store.open(target) as second:
        data = b"Urgent appeal of the teachers' union"
        first.add_original(_sha(data), data)
        document_id = first.start_document(_sha(data), "appeal.txt", "text/plain")
        assert first.claim_document(document_id, "north:1:a", stale_before=long_ago)
        assert second.start_document(_sha(data), "appeal.txt", "text/plain") == document_id
        assert not second.claim_document(document_id, "south:2:b", stale_before=long_ago)
        assert second.claim_holder(document_id) == "north:1:a"
        first.save_extraction(document_id, Text(data.decode(), "text/plain"), Extraction())
        assert (second.claim_holder(document_id), second.document(document_id).status) == (None, "ok")
        assert not second.claim_document(document_id, "south:2:b", stale_before=long_ago)


def test_a_stale_or_abandoned_claim_gives_way(store: Store, docs: Any) -> None:
    long_ago = datetime(2000, 1, 1, tzinfo=UTC)
    document_id = docs.start("appeal.txt", "Urgent appeal")
    assert store.claim_document(document_id, "north:1:a", stale_before=long_ago)
    assert not store.claim_document(document_id, "south:2:b", stale_before=long_ago)
    assert store.claim_document(document_id, "south:2:b", stale_before=long_ago, replacing="north:1:a")
    store.mark_failed(document_id, "too late", claimant="north:1:a")  # no longer its claim
    assert store.document(document_id).error == "ingest did not finish"
    assert store.claim_document(document_id, "east:3:c", stale_before=datetime.now(UTC) + timedelta(1))
    store.release_claims("east:3:c")
    assert store.claim_holder(document_id) is None


def test_skipped_paths_are_kept_with_the_latest_reason(store: Store, docs: Any) -> None:
    store.add_skipped("/in/.hidden", "a hidden file", "cli")
    store.add_skipped("/in/pipe", "a named pipe", "cli")
    store.add_skipped("/in/pipe", "not a regular file", "cron", outcome="failed")
    assert [(s.path, s.outcome, s.reason, s.ingested_by) for s in store.skipped()] == [
        ("/in/.hidden", "skipped", "a hidden file", "cli"),
        ("/in/pipe", "failed", "not a regular file", "cron"),
    ]
    document_id = docs.add("pipe", "Now a letter")
    store.add_provenance(document_id, "/in/pipe", "cli")  # read at last: no longer skipped
    assert [s.path for s in store.skipped()] == ["/in/.hidden"]


def test_attachments_point_to_their_email(store: Store, docs: Any) -> None:
    email_id = docs.add("mail.eml", "Please find attached our complaint")
    attachment_id = docs.add("complaint.txt", "Complaint against the Government", parent_id=email_id)
    assert store.document(attachment_id).parent_id == email_id


def _listing(store: Store, **filters: Any) -> list[str]:
    return [doc.source for doc in store.documents(**filters)]


@pytest.fixture
def listed(store: Store, docs: Any) -> Store:
    def meta(genre: Genre, date: PartialDate | None, *countries: str) -> Extraction:
        return Extraction(meta=DocumentMeta(genre=genre, date=date, countries=countries))

    docs.add("b.txt", "second", meta(Genre.UNION_LETTER, PartialDate(2019, 5, 2), "TUR"))
    docs.add("a.txt", "first", meta(Genre.UN_COMMUNICATION, PartialDate(2018), "TUR", "GRC"))
    docs.add("c.txt", "undated", meta(Genre.UNION_LETTER, None, "GRC"))
    docs.add("d.txt", "third", meta(Genre.ILO_CEACR, PartialDate(2019, 5), "T_R"))
    docs.start("e.txt", "never finished")
    return store


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["a.txt", "d.txt", "b.txt", "c.txt", "e.txt"]),
        ({"order": "-date"}, ["b.txt", "d.txt", "a.txt", "e.txt", "c.txt"]),
        ({"order": "source", "limit": 2, "offset": 1}, ["b.txt", "c.txt"]),
        ({"genre": Genre.UNION_LETTER}, ["b.txt", "c.txt"]),
        ({"country": "TUR"}, ["a.txt", "b.txt"]),
        ({"country": "T%R"}, []),
        ({"status": "failed"}, ["e.txt"]),
        ({"status": DocumentStatus.OK, "country": "GRC", "order": "id"}, ["a.txt", "c.txt"]),
    ],
)
def test_documents_filters_and_orders(listed: Store, filters: dict[str, Any], expected: list[str]) -> None:
    assert _listing(listed, **filters) == expected


def test_documents_rejects_an_unknown_order(store: Store) -> None:
    with pytest.raises(ValueError, match="unknown document order"):
        store.documents(order="size; DROP TABLE documents")


def test_counts_and_integrity_on_a_good_database(store: Store, docs: Any) -> None:
    docs.add("a.txt", "One")
    docs.start("b.txt", "Two")
    counts = store.counts()
    assert {k: counts[k] for k in ("documents", "ok", "failed", "originals", "provenance")} == {
        "documents": 2,
        "ok": 1,
        "failed": 1,
        "originals": 2,
        "provenance": 0,
    }
    assert store.integrity_check() == []


def _ingest_many(target: str, prefix: str) -> None:
    with Store.open(target) as store:
        for number in range(15):
            data = f"{prefix} letter number {number}".encode()
            store.add_original(_sha(data), data)
            document_id = store.start_document(_sha(data), f"{prefix}-{number}.txt", "text/plain")
            store.save_extraction(document_id, Text(data.decode(), "text/plain"), Extraction())


def test_two_writers_on_one_database_both_succeed(target: str) -> None:
    Store.open(target).close()
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(_ingest_many, [target, target], ["north", "south"]))
    with Store.open(target) as store:
        assert store.counts()["ok"] == 30
        assert store.integrity_check() == []


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"These are meeting notes, not a database. " * 200)
    with pytest.raises(StoreError, match="not a database"):
        Store.open(str(path))


@pytest.mark.parametrize("scheme", ["postgresql", "postgres"])
def test_a_plain_postgresql_url_uses_psycopg(scheme: str) -> None:
    assert url_of(f"{scheme}://app@db.example:5433/cases").drivername == "postgresql+psycopg"


def test_a_memory_database_works_without_a_file() -> None:
    with Store.open(":memory:") as store:
        assert store.counts()["documents"] == 0
        assert store.integrity_check() == []


def test_load_text_returns_the_saved_text(store: Store, docs: Any) -> None:
    saved = docs.add("appeal.txt", "Appel urgent — grève générale")
    started = docs.start("pending.txt", "not yet read")
    assert (store.load_text(saved), store.load_text(started)) == ("Appel urgent — grève générale", "")
    with pytest.raises(NotFound):
        store.load_text(999)


def test_load_texts_reads_several_in_the_order_asked(store: Store, docs: Any) -> None:
    first = docs.add("appeal.txt", "Appel urgent — grève générale")
    second = docs.add("reply.txt", "Nota verbal de la Misión")
    pending = docs.start("pending.txt", "not yet read")
    found = list(store.load_texts([second, 999, first, pending]))
    assert found == [
        (second, "Nota verbal de la Misión"),
        (first, "Appel urgent — grève générale"),
        (pending, ""),
    ]


def test_own_files_name_the_sqlite_files(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "cases.db")) as store:
        assert [p.name for p in store.own_files()] == [
            "cases.db",
            "cases.db-wal",
            "cases.db-shm",
            "cases.db-journal",
            "cases.db-turn",
        ]
        assert store.own_files()[0].parent == tmp_path.resolve()
    with Store.open(":memory:") as store:
        assert store.own_files() == ()


@pytest.mark.parametrize("document_id", [10**23, -(10**23), 2**63, 2**31])
def test_an_id_past_the_integer_range_is_not_found(store: Store, docs: Any, document_id: int) -> None:
    docs.add("a.txt", "A letter")
    for read in (store.document, store.original, store.load_text, store.load_extraction):
        with pytest.raises(NotFound, match="no document with id"):
            read(document_id)
    assert store.provenance(document_id) == []


def _before_0006(dialect: str) -> list[str]:
    """Statements that turn a database back into the shape migration 0005 left it in."""
    key, stamp = ("SERIAL", "TIMESTAMPTZ") if dialect == "postgresql" else ("INTEGER", "DATETIME")
    return [
        "DROP TABLE skipped_paths",
        "ALTER TABLE documents DROP COLUMN claimed_by",
        "ALTER TABLE documents DROP COLUMN claimed_at",
        "DROP TABLE provenance",
        f"""CREATE TABLE provenance (id {key} PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        path TEXT NOT NULL, ingested_by TEXT NOT NULL, ingested_at {stamp} NOT NULL)""",
        "CREATE INDEX ix_provenance_document ON provenance (document_id)",
        "DELETE FROM migrations WHERE name = '0006_ingest_claims'",
    ]


def test_provenance_of_repeated_runs_collapses_into_one_row_per_place(target: str, documents_of: Any) -> None:
    with Store.open(target) as store:
        document_id = documents_of(store).add("a.txt", "Urgent appeal")
        with store.engine.begin() as conn:
            for statement in _before_0006(store.dialect):  # the database as 0005 left it
                conn.exec_driver_sql(statement)
            for day, path, by in [(3, "/in/a.txt", "cli"), (1, "/in/a.txt", "ana"), (2, "/old/a.txt", "cli")]:
                conn.execute(
                    sa.text(
                        "INSERT INTO provenance (document_id, path, ingested_by, ingested_at)"
                        " VALUES (:d, :p, :b, :t)"
                    ),
                    {"d": document_id, "p": path, "b": by, "t": datetime(2024, 5, day, tzinfo=UTC)},
                )
    with Store.open(target) as store:
        rows = store.provenance(document_id)
        days = [(r.path, r.ingested_by, r.first_seen.day, r.last_seen.day) for r in rows]
        assert sorted(days) == [("/in/a.txt", "ana", 1, 3), ("/old/a.txt", "cli", 2, 2)]
        store.add_provenance(document_id, "/in/a.txt", "cli")
        assert len(store.provenance(document_id)) == 2
        assert store.integrity_check() == []
