"""Store fixtures: every store test runs on SQLite and on a private PostgreSQL server."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from casewatch.model import Extraction, Text
from casewatch.store import Store


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """What `Store.open` gets: a file path for SQLite, a URL for PostgreSQL."""
    if request.param == "postgres":
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "cases.db")


@pytest.fixture
def store(target: str) -> Iterator[Store]:
    with Store.open(target) as opened:
        yield opened


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Documents:
    """Adds documents to a store the way ingest does: original, start, save."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, source: str, body: str, ext: Extraction | None = None, parent_id: int | None = None) -> int:
        document_id = self.start(source, body, parent_id)
        self.store.save_extraction(
            document_id, Text(body, "text/plain", encoding="utf-8"), ext or Extraction()
        )
        return document_id

    def start(self, source: str, body: str, parent_id: int | None = None) -> int:
        data = body.encode("utf-8")
        self.store.add_original(sha(data), data)
        return self.store.start_document(sha(data), source, "text/plain", parent_id)


@pytest.fixture(scope="session")
def documents_of() -> type[Documents]:
    """The Documents helper itself, for module-scoped fixtures."""
    return Documents


@pytest.fixture
def docs(store: Store) -> Documents:
    return Documents(store)
