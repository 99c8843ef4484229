"""The JSON API's types: pydantic models read from the analysis views' dataclasses (the HTTP edge only)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict

from casewatch.model import PartialDate


def _iso(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.iso
    if isinstance(value, date):
        return value.isoformat()
    return value


def _plain(value: Any) -> Any:
    """Enum members (genre, status) as their plain string value."""
    return getattr(value, "value", value)


IsoDate = Annotated[str | None, BeforeValidator(_iso)]
Plain = Annotated[str | None, BeforeValidator(_plain)]


class Api(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class SourceOut(Api):
    document_id: int
    source: str
    genre: Plain
    date: IsoDate = None
    title: str | None = None
    reference: str | None = None
    countries: list[str] = []


class ActorRefOut(Api):
    name: str
    cluster_id: str | None = None


class TallyOut(Api):
    name: str
    count: int


class YearTallyOut(Api):
    year: str
    type: str
    count: int


class DeadlineOut(Api):
    source: SourceOut
    due: IsoDate
    days_left: int
    overdue: bool
    reply: SourceOut | None = None


class ActorSummaryOut(Api):
    cluster_id: str
    name: str
    type: str
    documents: int
    events: int


class OverviewOut(Api):
    documents: int
    failed: int
    events: int
    requests: int
    citations: int
    actors: int
    countries: list[TallyOut]
    genres: list[TallyOut]
    latest: list[SourceOut]
    upcoming: list[DeadlineOut]
    overdue: list[DeadlineOut]
    instruments: list[TallyOut]
    top_actors: list[ActorSummaryOut]
    today: IsoDate
    events_by_year: list[YearTallyOut]
    stale: bool = False  # actors are those of the stored list, which is being brought up to date


class EventSourceOut(Api):
    source: SourceOut
    quote: str
    anchor: str
    date: IsoDate = None
    date_text: str | None = None


class TimelineEntryOut(Api):
    id: str
    type: str
    date: IsoDate = None
    actors: list[ActorRefOut]
    targets: list[ActorRefOut]
    place: str | None = None
    sources: list[EventSourceOut]
    conflicts: list[str]
    countries: list[str]
    forum: list[ActorRefOut] = []
    reporters: list[ActorRefOut] = []
    source_count: int = 0  # every source; `sources` lists at most the first SOURCES_SHOWN


class TimelineOut(Api):
    entries: list[TimelineEntryOut]
    types: list[str]
    countries: list[str]
    actors: list[ActorRefOut]
    filters: dict[str, str | None] = {}
    total: int = 0  # entries matching the filters, on all pages
    page: int = 1
    pages: int = 1
    # ask `after=` this for the next page: it starts right after this page's last entry even
    # when the timeline changed meanwhile (None on the last page)
    next_after: str | None = None
    stale: bool = False  # the store changed: this is the previous view while a newer one is computed


class RequestItemOut(Api):
    id: str
    text: str
    issuers: list[ActorRefOut]
    addressees: list[ActorRefOut]
    source: SourceOut
    anchor: str
    topics: list[str]
    deadline: IsoDate = None
    deadline_text: str | None = None
    overdue: bool
    reply: SourceOut | None = None
    thread: str | None = None  # the follow-up thread it belongs to
    thread_status: str | None = None  # that thread's latest status: met, partly_met, not_met, unknown


class RequestGroupOut(Api):
    name: str
    requests: list[RequestItemOut]
    overdue: int
    count: int = 0  # requests in the group, on all pages


class RequestsOut(Api):
    total: int
    overdue: int
    by_body: list[RequestGroupOut]
    by_topic: list[RequestGroupOut]
    today: IsoDate
    page: int = 1
    pages: int = 1
    stale: bool = False  # the store changed: this is the previous view while a newer one is computed


class SpellingOut(Api):
    name: str
    sources: list[SourceOut]


class ActorEventOut(Api):
    role: str
    type: str
    date: IsoDate = None
    quote: str
    source: SourceOut
    anchor: str


class ActorPageOut(Api):
    cluster_id: str
    name: str
    type: str
    spellings: list[SpellingOut]
    roles: list[str]
    events: list[ActorEventOut]
    documents: list[SourceOut]
    stale: bool = False  # the store changed: this is the previous view while a newer one is computed


class ActorsOut(Api):
    actors: list[ActorSummaryOut]
    total: int = 0
    page: int = 1
    pages: int = 1
    stale: bool = False  # the store changed: this is the previous view while a newer one is computed
    filters: dict[str, str | None] = {}


class DocumentOut(Api):
    id: int
    source: str
    status: Plain
    error: str | None = None
    genre: Plain = None
    date: IsoDate = None
    reference: str | None = None
    countries: list[str] = []
    reply_due: IsoDate = None
    title: str | None = None
    media_type: str | None = None
    size: int = 0


class DocumentsOut(Api):
    documents: list[DocumentOut]
    total: int
    page: int
    pages: int
    filters: dict[str, str | None]
    genres: list[str]
    countries: list[str]


class FactOut(Api):
    id: str
    kind: str
    start: int
    end: int
    label: str
    quote: str
    href: str | None = None
    review: str | None = None  # an editor's latest word on it: accept, reject or correct
    reviewed_by: str | None = None
    actors: list[str] = []  # an event's actors and targets: keys of the document's `entities`
    targets: list[str] = []


class LocalEntityOut(Api):
    key: str
    type: str
    name: str


class PartyOut(Api):
    name: str
    role: str | None = None
    href: str | None = None


class ProvenanceOut(Api):
    path: str
    ingested_by: str
    ingested_at: str


class DocumentPageOut(Api):
    document: DocumentOut
    text: str
    senders: list[PartyOut]
    signatories: list[PartyOut]
    addressees: list[PartyOut]
    facts: list[FactOut]
    entities: list[LocalEntityOut] = []  # the document's own actors, by the keys events name
    provenance: list[ProvenanceOut]
    disputes: list[dict[str, Any]] = []  # the same fact told differently by two speakers here


class SearchHitOut(Api):
    document_id: int
    source: str
    title: str | None = None
    genre: Plain = None
    date: IsoDate = None
    countries: list[str] = []
    snippet: str  # HTML: escaped text, matched terms in <mark>
    rank: float


class SearchOut(Api):
    query: str
    hits: list[SearchHitOut]  # the page shown
    total: int  # hits kept by the filters among the best counted
    page: int = 1
    genres: list[TallyOut]
    countries: list[TallyOut]
    years: list[TallyOut]
    filters: dict[str, str | None]
    notice: str | None = None  # the query was cut to its first words


class FileResultOut(Api):
    name: str
    status: str
    document_id: int | None = None
    error: str | None = None


class JobOut(Api):
    """An upload job: queued, running, then done (or stopped by a shutdown, or failed)."""

    id: int
    state: str
    finished: bool
    files: list[str]  # as uploaded
    results: list[FileResultOut]  # so far; attachments of e-mails add their own
    error: str | None = None


class ReplyOut(Api):
    """The evidence that a letter was answered: a government reply citing it, or an index row."""

    source: SourceOut
    date: IsoDate = None
    by: str  # reference | letter | index
    start: int
    end: int


class CommunicationOut(Api):
    source: SourceOut
    reference: str | None = None
    countries: list[str] = []
    date: IsoDate = None
    mandates: list[str] = []
    reply_due: IsoDate = None
    status: str  # replied | overdue | awaiting
    reply: ReplyOut | None = None
    late: bool = False
    days_overdue: int = 0


class CommunicationFiltersOut(Api):
    country: str | None = None
    status: str | None = None
    order: str = "-date"


class CommunicationsOut(Api):
    communications: list[CommunicationOut]
    total: int
    counts: dict[str, int]  # communications of each status, before the status filter
    countries: list[str]
    statuses: list[str]
    filters: CommunicationFiltersOut
    page: int = 1
    pages: int = 1


class QuestionOut(Api):
    number: int | None = None
    text: str
    start: int
    end: int
    anchor: str
    remedy: str


class AnswerOut(Api):
    document_id: int
    quote: str
    start: int
    end: int
    by: str  # number | terms


class QuestionLifeOut(Api):
    question: QuestionOut
    answer: AnswerOut | None = None


class CommunicationLifeOut(Api):
    communication: CommunicationOut
    questions: list[QuestionLifeOut]
    replies: list[ReplyOut]
    addressed: int
