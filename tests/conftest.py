"""Fixtures shared by every test folder: the seed and example collections, and stores on both backends."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

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
