"""Fixtures shared by every test folder: the seed and example collections, and stores on both backends."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from casewatch.model import Extraction, Text
from casewatch.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def require(env: str) -> bool:
    """Whether CI demands the real thing (then a missing one fails instead of skipping)."""
    return os.environ.get(env) == "1"


def cw(*args: str, db: Path | str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the command line as a user runs it: a real process on a real database."""
    cmd = [sys.executable, "-m", "casewatch", "--db", str(db), *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"{cmd} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared material beside the repository (seed documents, the scorer and its gold answers).

    A fresh clone may not have it: its tests then skip, saying why; CI demands it."""
    if not (SHARED / "corpus" / "seeds").is_dir():
        reason = f"needs the shared seed documents and scorer beside the repository, at {SHARED}"
        if require("CASEWATCH_REQUIRE_SHARED"):
            pytest.fail(reason + " (CASEWATCH_REQUIRE_SHARED=1)")
        pytest.skip(reason)
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "seeds"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return ROOT / "examples"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """What `Store.open` gets: a file path for SQLite, a URL for PostgreSQL; every test using it
    runs on both."""
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


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(str(tmp_path / "test.sqlite"))
    yield store
    store.close()


# ---- a private PostgreSQL server for the whole session ----------------------------------------


def load_pgserver() -> ModuleType:
    """tests/pgserver.py as one shared module, whichever test folder asks first."""
    if "pgserver" in sys.modules:
        return sys.modules["pgserver"]
    path = Path(__file__).resolve().parent / "pgserver.py"
    spec = importlib.util.spec_from_file_location("pgserver", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["pgserver"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def pgserver_module() -> ModuleType:
    return load_pgserver()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    pgserver = load_pgserver()
    try:
        with pgserver.running() as server:
            yield server
    except pgserver.PostgresUnavailable as exc:
        if pgserver.required():
            pytest.fail(f"PostgreSQL is required ({pgserver.REQUIRE_ENV}=1) but unavailable: {exc}")
        pytest.skip(f"PostgreSQL unavailable: {exc}")


@pytest.fixture(scope="module")
def pg_database(pg_server: Any) -> str:
    """One database per test module (CREATE DATABASE takes about a second)."""
    url = str(pg_server.create_database("store"))
    return url.rsplit("/", 1)[1]


@pytest.fixture
def pg_url(pg_server: Any, pg_database: str) -> str:
    """A fresh empty schema for one test, as a URL whose search_path points at it."""
    return str(pg_server.create_schema(pg_database, "t"))
