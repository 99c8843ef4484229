"""What the layout tests read of a document's metadata: genre, its own date and its parties' names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from casewatch.extract.pipeline import extract
from casewatch.model import Genre, Party, Text


@dataclass(frozen=True)
class Told:
    """A document's metadata as the tests compare it: the date as ISO text, parties by name."""

    genre: Genre
    date: str | None
    senders: list[str]
    addressees: list[str]


def _names(parties: tuple[Party, ...]) -> list[str]:
    return [p.name for p in parties]


def tell(text: str) -> Told:
    meta = extract(Text(text, "text/plain")).meta
    return Told(
        genre=meta.genre,
        date=meta.date.iso if meta.date else None,
        senders=_names(meta.senders),
        addressees=_names(meta.addressees),
    )


@pytest.fixture
def told() -> Callable[[str], Told]:
    """Extract a plain-text document and tell its metadata (a fixture: the tests folder is no package)."""
    return tell
