"""The follow-up's value types: documents in, threads of asks with findings and disputes out."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from casewatch.model import Citation, DocumentMeta, PartialDate, Request, Statement

MET, PARTLY_MET, NOT_MET, UNKNOWN = "met", "partly_met", "not_met", "unknown"
_Item = TypeVar("_Item")


@lru_cache(maxsize=1 << 14)
def _first_of(items: frozenset[_Item]) -> frozenset[_Item]:
    return items


def share(holder: object, *names: str) -> None:
    """Replace the holder's sets named `names` by one instance per content. A reading holds a few
    hundred sets of names per document and most are empty or repeat ("the Government", one law):
    a whole refresh holds every document's reading, and shared sets make it a fraction of the size."""
    for name in names:
        object.__setattr__(holder, name, _first_of(getattr(holder, name)))


@dataclass(frozen=True, slots=True)
class Anchor:
    """A name or law in a document's text, keyed so that the same actor matches across documents."""

    start: int
    end: int
    key: str  # a collection-wide actor id, a law's catalogue key or an acronym


@dataclass(frozen=True)
class FollowupDoc:
    """What the follow-up reads of one document."""

    document_id: int
    source: str
    ref: str  # sha256 prefix: request ids built on it survive a re-ingest
    meta: DocumentMeta
    text: str
    requests: tuple[Request, ...] = ()
    statements: tuple[Statement, ...] = ()
    citations: tuple[Citation, ...] = ()
    anchors: tuple[Anchor, ...] = ()
    clusters: tuple[tuple[str, str], ...] = ()  # entity ref -> the anchor key it was read with


@dataclass(frozen=True, slots=True)
class Ask:
    """One request as a thread holds it."""

    id: str  # "<sha256 prefix>:r<n>": stable whatever the ingest order
    document_id: int
    source: str
    date: PartialDate | None
    text: str
    remedy: str
    family: str
    issuers: tuple[str, ...]
    start: int
    end: int
    anchor: str  # the request's fact id in the document reader: "f-r2"
    names: frozenset[str] = frozenset()  # the actors, laws and acronyms it names
    laws: frozenset[str] = frozenset()  # the national laws among them

    def __post_init__(self) -> None:
        share(self, "names", "laws")


@dataclass(frozen=True, slots=True)
class Finding:
    """What one sentence of a later document shows of a thread's ask, and who says it."""

    document_id: int
    source: str
    date: PartialDate | None
    status: str
    quote: str
    start: int
    end: int
    group: str  # speaker group: government | workers | employers | observer | committee | other
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Thread:
    id: str
    country: str
    family: str
    remedy: str
    about: str  # the first ask's text: what the thread is about
    asks: tuple[Ask, ...]
    statuses: tuple[Finding, ...] = ()  # one verdict per document, in date order
    evidence: tuple[Finding, ...] = ()  # every sentence found, in date order
    latest: str = "unknown"


@dataclass(frozen=True, slots=True)
class Side:
    group: str
    speaker: str | None
    quote: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Dispute:
    id: str
    document_id: int
    source: str
    date: PartialDate | None
    country: str
    topic: str
    about: str
    sides: tuple[Side, ...]
    threads: tuple[str, ...] = ()


@dataclass(frozen=True)
class Followup:
    threads: tuple[Thread, ...] = ()
    disputes: tuple[Dispute, ...] = field(default_factory=tuple)
