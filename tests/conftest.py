"""Fixtures shared by every test folder: the seed and example collections, and stores on both backends."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from casewatch.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def require(env: str) -> bool:
    """Whether CI demands the real thing (then a missing one fails instead of skipping)."""
    return os.environ.get(env) == "1"


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
