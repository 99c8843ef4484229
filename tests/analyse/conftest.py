"""Factories for small documents and extractions the analyse tests build by hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from casewatch.model import DocumentMeta, DocumentStatus, Extraction, Genre, PartialDate
from casewatch.store.rows import DocumentRow

RowFactory = Callable[..., DocumentRow]


@pytest.fixture
def row() -> RowFactory:
    def make(doc_id: int, source: str | None = None, genre: Genre = Genre.OTHER) -> DocumentRow:
        stamp = datetime(2024, 1, 1)
        return DocumentRow(
            id=doc_id,
            sha256=f"{doc_id:016x}" + "0" * 48,
            source=source or f"doc{doc_id}.txt",
            media_type="text/plain",
            parent_id=None,
            status=DocumentStatus.OK,
            error=None,
            genre=genre,
            date=None,
            reference=None,
            language="en",
            countries=(),
            reply_due=None,
            title=None,
            encoding="utf-8",
            pages=None,
            size=1,
            created_at=stamp,
            updated_at=stamp,
        )

    return make


def meta(
    genre: Genre = Genre.OTHER,
    day: str | None = None,
    countries: tuple[str, ...] = ("GTM",),
    reply_due: str | None = None,
) -> DocumentMeta:
    return DocumentMeta(
        genre=genre,
        date=PartialDate.parse(day) if day else None,
        countries=countries,
        reply_due=PartialDate.parse(reply_due) if reply_due else None,
    )


@pytest.fixture
def doc_meta() -> Callable[..., DocumentMeta]:
    return meta


@pytest.fixture
def empty() -> Extraction:
    return Extraction()
