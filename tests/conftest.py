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


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    path = SHARED / "corpus" / "seeds"
    if not path.is_dir():
        pytest.fail(f"the seed documents are expected beside the repository, at {path}")
    return path


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return ROOT / "examples"


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(str(tmp_path / "test.sqlite"))
    yield store
    store.close()


def require(env: str) -> bool:
    """Whether CI demands the real program (then a missing one fails instead of skipping)."""
    return os.environ.get(env) == "1"


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
