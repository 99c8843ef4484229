"""Admitting files: one transaction per file on statements built once; claims and provenance kept."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest

from casewatch.store import Store, admission
from casewatch.store.rows import Admission
from casewatch.store.writes import Arrival

EARLIER = datetime.now(UTC) - timedelta(hours=1)


def _admit(store: Store, body: str, path: str, claimant: str = "host:1:a", by: str = "clerk") -> Admission:
    return store.admit_document(_arrival(body, path), by, claimant, stale_before=EARLIER)


def _arrival(body: str, path: str) -> Arrival:
    data = body.encode()
    return Arrival(hashlib.sha256(data).hexdigest(), data, path.rsplit("/", 1)[-1], path)


class _Refuses:
    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"a statement built while admitting: {name}")


def test_admission_builds_no_statement_once_warm(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    _admit(store, "Letter one", "/in/one.txt")
    for name in ("sa", "sqlite", "postgresql"):
        monkeypatch.setattr(admission, name, _Refuses())
    found = _admit(store, "Letter two", "/in/two.txt")
    assert found.claimed and not found.ok


def test_a_second_ingest_finds_the_file_held_and_its_places_kept(store: Store) -> None:
    first = _admit(store, "Same letter", "/a/x.txt")
    second = _admit(store, "Same letter", "/b/x.txt", claimant="host:2:b", by="other")
    assert first.document_id == second.document_id and first.claimed and not second.claimed
    assert store.claim_holder(first.document_id) == "host:1:a"
    assert store.claim_document(first.document_id, "host:2:b", stale_before=EARLIER, replacing="host:1:a")
    assert store.claim_holder(first.document_id) == "host:2:b"
    assert {p.path for p in store.provenance(first.document_id)} == {"/a/x.txt", "/b/x.txt"}
