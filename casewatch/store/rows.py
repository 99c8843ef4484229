"""Plain rows the store hands out: documents, provenance, search hits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from casewatch.model import DocumentStatus, Genre, PartialDate


@dataclass(frozen=True)
class DocumentRow:
    """One stored document. `text` is filled by `Store.document()` only; lists leave it None."""

    id: int
    sha256: str
    source: str
    media_type: str | None
    parent_id: int | None
    status: DocumentStatus
    error: str | None
    genre: Genre | None
    date: PartialDate | None
    reference: str | None
    language: str | None
    countries: tuple[str, ...]
    reply_due: PartialDate | None
    title: str | None
    encoding: str | None
    pages: int | None
    size: int
    created_at: datetime
    updated_at: datetime
    text: str | None = None
    confidentiality: str = "internal"  # public | internal | restricted

    @property
    def ref_prefix(self) -> str:
        """The prefix of entity refs of this document (`<sha256[:16]>:<key>`)."""
        return self.sha256[:16]


# A failure is a document whose status is failed; the error text says why.
Failure = DocumentRow


@dataclass(frozen=True)
class ProvenanceRow:
    """A place a file was found: the path, who saw it there last, when first and last."""

    id: int
    document_id: int
    path: str
    ingested_by: str
    first_seen: datetime
    last_seen: datetime

    @property
    def ingested_at(self) -> datetime:
        """When the file was last ingested from this path."""
        return self.last_seen


@dataclass(frozen=True)
class SkippedPath:
    """A path an ingest saw and did not read into a document: `outcome` skipped or failed, and why."""

    id: int
    path: str
    outcome: str
    reason: str
    ingested_by: str
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True)
class SearchHit:
    """A ranked full-text match.

    `snippet` is safe HTML: the document text is HTML-escaped and only the matched terms are
    wrapped in `<mark>…</mark>`, so a page may insert it unescaped. `rank` is higher for
    better matches (the dialects' scores are not comparable with each other).
    """

    document_id: int
    source: str
    title: str | None
    genre: Genre | None
    date: PartialDate | None
    snippet: str
    rank: float
    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimelineFilter:
    """What a timeline page is narrowed to: a type, a country, an actor, a range of years."""

    type: str | None = None
    country: str | None = None
    actor: str | None = None
    year_from: str | None = None  # YYYY
    year_to: str | None = None


@dataclass(frozen=True)
class TimelineRow:
    """One precomputed timeline entry: its rank in date order, type, filter values and body.

    `body` is the entry as JSON-ready data (the store keeps it whole and does not read it);
    `actors` pairs each actor's cluster id with the name shown for it.
    """

    id: int
    type: str
    body: dict[str, Any]
    countries: tuple[str, ...] = ()
    actors: tuple[tuple[str, str], ...] = ()
    year: str | None = None  # YYYY of the entry's date, for the year range filter


@dataclass(frozen=True)
class TimelineChoices:
    """What the timeline can be filtered by: its event types, countries and most-involved actors."""

    types: tuple[str, ...]
    countries: tuple[str, ...]
    actors: tuple[tuple[str, str], ...]  # (cluster id, name), most entries first


@dataclass(frozen=True)
class ActorRow:
    """One precomputed actor list line: a collection-wide actor and how involved it is."""

    cluster_id: str
    name: str
    type: str
    documents: int
    events: int


@dataclass(frozen=True)
class Admission:
    """What admitting a file found: its document, whether this ingest now holds it, whether it
    was already read (by another ingest)."""

    document_id: int
    claimed: bool
    ok: bool
