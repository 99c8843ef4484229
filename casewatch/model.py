"""The domain model shared by every stage: frozen value types, declared once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as _date
from datetime import datetime
from enum import StrEnum


class Genre(StrEnum):
    UN_COMMUNICATION = "un_communication"
    GOVERNMENT_REPLY = "government_reply"
    ILO_CAS = "ilo_cas"
    ILO_CEACR = "ilo_ceacr"
    ILO_CFA = "ilo_cfa"
    UNION_LETTER = "union_letter"
    NGO_REPORT = "ngo_report"
    NEWS = "news"
    OTHER = "other"


class EntityType(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"


class EventType(StrEnum):
    LEGAL_ACTION = "legal_action"
    DEREGISTRATION = "deregistration"
    REGISTRATION = "registration"
    REGISTRATION_REFUSED = "registration_refused"
    SUSPENSION = "suspension"
    ARREST = "arrest"
    CONVICTION = "conviction"
    APPEAL = "appeal"
    RELEASE = "release"
    PARDON = "pardon"
    ASSAULT = "assault"
    KILLING = "killing"
    HARASSMENT = "harassment"
    PROTEST = "protest"
    LAW_CHANGE = "law_change"
    AGREEMENT = "agreement"
    MISSION = "mission"
    RATIFICATION = "ratification"
    INVESTIGATION = "investigation"
    OTHER = "other"


class SpeakerGroup(StrEnum):
    GOVERNMENT = "government"
    WORKERS = "workers"
    EMPLOYERS = "employers"
    OBSERVER = "observer"
    COMMITTEE = "committee"
    OTHER = "other"


class DocumentStatus(StrEnum):
    FAILED = "failed"
    OK = "ok"


_ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date that keeps its precision: a year, a month or a day. Never invents a day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None and self.month is not None:
            _date(self.year, self.month, self.day)  # raises on 31 February

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def iso(self) -> str:
        if self.day is not None and self.month is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        m = _ISO_PARTIAL.match(value.strip())
        if not m:
            raise ValueError(f"not a partial ISO date: {value!r}")
        y, mo, d = m.groups()
        return cls(int(y), int(mo) if mo else None, int(d) if d else None)

    @classmethod
    def of(cls, day: _date) -> PartialDate:
        return cls(day.year, day.month, day.day)

    def as_date(self) -> _date | None:
        if self.day is None or self.month is None:
            return None
        return _date(self.year, self.month, self.day)

    def __str__(self) -> str:
        return self.iso


@dataclass(frozen=True)
class Span:
    """Char offsets [start, end) into a document's text."""

    start: int
    end: int

    def quote(self, text: str) -> str:
        return text[self.start : self.end]


# ---- read stage ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """A layout unit the reader saw: a paragraph, heading, list item, table cell, page."""

    kind: str  # "paragraph" | "heading" | "list_item" | "table_row" | "page" | "header"
    start: int
    end: int
    page: int | None = None


@dataclass(frozen=True)
class Attachment:
    """A file carried inside another (an e-mail attachment), read as a child document."""

    name: str
    data: bytes


@dataclass(frozen=True)
class Text:
    """What a reader makes of a file: plain text, its layout blocks, and source metadata."""

    text: str
    media_type: str
    blocks: tuple[Block, ...] = ()
    encoding: str | None = None
    title: str | None = None
    pages: int | None = None
    headers: tuple[tuple[str, str], ...] = ()  # e-mail headers, html meta, docx core properties
    attachments: tuple[Attachment, ...] = ()


# ---- extract stage ------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    """An anatomical part of a document: letterhead, addressee block, body, signature ..."""

    kind: str
    start: int
    end: int
    label: str | None = None


@dataclass(frozen=True)
class Mention:
    """A name as written: label is person | organization | place | date | money | instrument."""

    label: str
    text: str
    start: int
    end: int
    entity: str | None = None  # key of the document-local Entity it belongs to


@dataclass(frozen=True)
class Entity:
    """One actor within one document, with every surface form seen. `key` is local to the doc."""

    key: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # "President", "Minister of Labour", "chairperson"
    board: bool = False  # only named in a letterhead board list: not an actor of the case


@dataclass(frozen=True)
class Party:
    """A sender, signatory or addressee: the name as written and, when known, its entity."""

    name: str
    entity: str | None = None
    role: str | None = None  # "cc", a title


@dataclass(frozen=True)
class Citation:
    """A legal instrument cited: a catalogue key (`ILO C087`) or `XXX <title>` for national law."""

    key: str
    provisions: tuple[str, ...]
    start: int
    end: int
    title: str | None = None


@dataclass(frozen=True)
class Event:
    type: EventType
    start: int
    end: int
    quote: str
    date: PartialDate | None = None
    date_text: str | None = None
    actors: tuple[str, ...] = ()  # document-local entity keys: who acts
    targets: tuple[str, ...] = ()  # who undergoes the act
    place: str | None = None
    trigger: str | None = None
    forum: tuple[str, ...] = ()  # the court or committee that decides or hears, neither actor nor target
    reporter: tuple[str, ...] = ()  # who tells of the act (a union, a UN expert), no participant


@dataclass(frozen=True)
class Request:
    issuers: tuple[str, ...]  # entity keys or names
    addressees: tuple[str, ...]
    text: str
    start: int
    end: int
    deadline: PartialDate | None = None
    deadline_text: str | None = None


@dataclass(frozen=True)
class Statement:
    """A speaker turn in an ILO discussion, or a government's account."""

    speaker: str
    group: SpeakerGroup
    start: int
    end: int
    country: str | None = None  # ISO3 of a government or worker member


@dataclass(frozen=True)
class DocumentMeta:
    genre: Genre = Genre.OTHER
    date: PartialDate | None = None
    reference: str | None = None
    language: str | None = None
    countries: tuple[str, ...] = ()
    senders: tuple[Party, ...] = ()
    signatories: tuple[Party, ...] = ()
    addressees: tuple[Party, ...] = ()
    reply_due: PartialDate | None = None
    title: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extraction found in one document. Each pipeline step fills some fields."""

    meta: DocumentMeta = field(default_factory=DocumentMeta)
    parts: tuple[Part, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    citations: tuple[Citation, ...] = ()
    events: tuple[Event, ...] = ()
    requests: tuple[Request, ...] = ()
    statements: tuple[Statement, ...] = ()


# ---- resolve stage ------------------------------------------------------------------------


class Verdict(StrEnum):
    SAME = "same"
    DIFFERENT = "different"
    UNSURE = "unsure"


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """A document-local entity as cross-document resolution sees it."""

    ref: str  # "<document sha256 prefix>:<local key>": stable whatever the ingest order
    document: str  # source name
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # its document's: a body named without its country is read in them


@dataclass(frozen=True, slots=True)
class Judgement:
    """A pairwise decision on two entity records, with the evidence for it."""

    left: str
    right: str
    verdict: Verdict
    score: float
    evidence: str
    source: str = "auto"  # "auto" (casewatch) or "user" (a person's merge or split)


# ---- access -----------------------------------------------------------------------------------


class Role(StrEnum):
    ADMIN = "admin"  # everything, including accounts
    EDITOR = "editor"  # ingest, review facts, merge and split actors
    VIEWER = "viewer"  # read
    PUBLIC = "public"  # read public documents only (anonymous visitors, where allowed)


class Label(StrEnum):
    """A document's confidentiality; its facts inherit it."""

    PUBLIC = "public"
    INTERNAL = "internal"
    RESTRICTED = "restricted"  # witness statements, names of persons at risk


@dataclass(frozen=True)
class AuditEntry:
    """One entry of the append-only audit log, chained to the one before by its hash."""

    id: int
    at: datetime
    actor: str  # a user name, "cli:<os user>" or "anonymous"
    action: str  # login, login_failed, logout, role_change, upload, review, merge, split, export ...
    subject: str  # what it was done to: a user, a document id, an entity ...
    detail: str  # JSON text
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class FactReview:
    """An editor's word on an extracted event or request, named by its span in the document."""

    kind: str  # "event" | "request"
    start: int
    end: int
    verdict: str  # "accept" | "reject" | "correct"
    changes: tuple[tuple[str, str], ...] = ()  # corrected fields: event type or date, request text
    by: str = ""
    at: datetime | None = None
