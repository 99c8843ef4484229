"""Documents: the filtered list, the reader with highlighted facts, the original download."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from casewatch.access.roles import Permission, can, stored_scope
from casewatch.analyse.common import last_day
from casewatch.errors import NotFound
from casewatch.model import DocumentStatus, EventType, Extraction, FactReview, Genre, PartialDate
from casewatch.store import DocumentFilter, Store
from casewatch.store.rows import DocumentRow
from casewatch.web.auth import scope_of, viewer_of
from casewatch.web.facts import facts_of, local_links, parties
from casewatch.web.highlight import Fact, highlight
from casewatch.web.paging import paging
from casewatch.web.render import csrf_cookie, page
from casewatch.web.routes.deps import Views, store_of, views_of
from casewatch.web.routes.followup import reader_facts
from casewatch.web.schemas import DocumentOut, DocumentPageOut, DocumentsOut, FactOut

router = APIRouter()
PAGE_SIZE = 50
ORDERS = {"date": "date", "-date": "-date", "source": "source", "added": "id", "updated": "updated"}
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class DocumentFilters:
    genre: str | None = None
    country: str | None = None
    status: str | None = None
    sender: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    order: str = "-date"
    page: int = 1

    def as_dict(self) -> dict[str, str | None]:
        return {k: (str(v) if v not in (None, "") else None) for k, v in self.__dict__.items()}


def _parse_day(value: str | None) -> PartialDate | None:
    try:
        return PartialDate.parse(value) if value else None
    except ValueError:
        raise HTTPException(422, f"Not a date (use YYYY, YYYY-MM or YYYY-MM-DD): {value}") from None


def _store_filter(filters: DocumentFilters) -> DocumentFilter:
    """The filters as the store applies them: a partial date range becomes its first and last days."""
    if filters.status and filters.status not in {s.value for s in DocumentStatus}:
        raise HTTPException(422, f"Unknown status: {filters.status}")
    start, end = _parse_day(filters.date_from), _parse_day(filters.date_to)
    return DocumentFilter(
        status=filters.status or None,
        genre=filters.genre or None,
        country=filters.country or None,
        first_day=date(start.year, start.month or 1, start.day or 1).isoformat() if start else None,
        last_day=last_day(end).isoformat() if end else None,
        sender=filters.sender.strip() or None if filters.sender else None,
    )


def documents_data(
    views: Views, filters: DocumentFilters, labels: frozenset[str] | None = None
) -> DocumentsOut:
    """One page of documents matching the filters, with the choices for the filter form.

    The count and the countries change only with the store: kept per store revision."""
    store, where_ = views.store, replace(_store_filter(filters), labels=labels)
    total = views.cached(("documents-count", where_), lambda: store.count_documents(where=where_))
    where = paging(total, filters.page, PAGE_SIZE)
    order = ORDERS.get(filters.order, "-date")
    offset = (where.page - 1) * PAGE_SIZE
    shown = store.documents(where=where_, order=order, limit=PAGE_SIZE, offset=offset)
    return DocumentsOut(
        documents=[DocumentOut.model_validate(d) for d in shown],
        total=where.total,
        page=where.page,
        pages=where.pages,
        filters=filters.as_dict(),
        genres=[g.value for g in Genre],
        countries=views.cached(("document-countries", labels), lambda: store.document_countries(labels)),
    )


def visible_document(store: Store, document_id: int, labels: frozenset[str] | None) -> DocumentRow:
    """The document, if the reader may see it: one they may not is not found (its number tells
    nothing, not even that it exists)."""
    try:
        doc = store.document(document_id)
    except NotFound:
        raise HTTPException(404, "There is no document with this number.") from None
    if labels is not None and doc.confidentiality not in labels:
        raise HTTPException(404, "There is no document with this number.")
    return doc


MENTION_KINDS = ("person", "organization", "place", "date", "money", "instrument")


@dataclass(frozen=True)
class Named:
    """One row of the reader's sidebar for a name: every place the document names it."""

    name: str
    href: str | None
    anchors: tuple[str, ...]


def named_rows(facts: list[FactOut], kind: str) -> list[Named]:
    """Mentions of one kind, one row per actor (or per name when unresolved), in order of first use."""
    rows: dict[str, list[FactOut]] = {}
    for fact in facts:
        if fact.kind == kind:
            rows.setdefault(fact.href or fact.quote.casefold(), []).append(fact)
    return [Named(found[0].quote, found[0].href, tuple(f.id for f in found)) for found in rows.values()]


def _review_of(fact: Fact, reviewed: dict[tuple[str, int, int], FactReview]) -> dict[str, str | None]:
    review = reviewed.get((fact.kind, fact.start, fact.end))
    return {"review": review.verdict, "reviewed_by": review.by} if review else {}


def _roles_of(ext: Extraction | None, reviewed: dict[tuple[str, int, int], FactReview]) -> dict[str, Any]:
    """Each event fact's actors and targets (entity keys) as its reviewers left them, by fact id."""
    roles: dict[str, Any] = {}
    for i, event in enumerate(ext.events if ext else ()):
        review = reviewed.get(("event", event.start, event.end))
        changes = dict(review.changes) if review and review.verdict == "correct" else {}
        roles[f"f-e{i}"] = {
            "actors": changes["actors"].split() if "actors" in changes else list(event.actors),
            "targets": changes["targets"].split() if "targets" in changes else list(event.targets),
        }
    return roles


def document_data(
    store: Store, document_id: int, labels: frozenset[str] | None = None
) -> tuple[DocumentPageOut, list[Fact]]:
    """One document: its text, metadata, parties, provenance and every fact with its span."""
    doc = visible_document(store, document_id, labels)
    text = doc.text or ""
    clusters = store.clusters_of([document_id])  # its own entities' clusters, not the collection's
    ext = store.load_extraction(document_id) if doc.status == DocumentStatus.OK else None
    facts = facts_of(doc, ext, text, clusters) if ext else []
    facts += [
        f
        for f in reader_facts(store, document_id, ext, stored_scope(labels))
        if 0 <= f.start < f.end <= len(text)
    ]
    links = local_links(doc, ext, clusters) if ext else {}
    reviewed = {(r.kind, r.start, r.end): r for r in store.fact_reviews(document_id)}
    roles = _roles_of(ext, reviewed)
    out = DocumentPageOut.model_validate(
        {
            "document": DocumentOut.model_validate(doc),
            "text": text,
            "senders": parties(ext.meta.senders, links) if ext else [],
            "signatories": parties(ext.meta.signatories, links) if ext else [],
            "addressees": parties(ext.meta.addressees, links) if ext else [],
            "facts": [
                {
                    **f.__dict__,
                    "quote": text[f.start : f.end],
                    **_review_of(f, reviewed),
                    **roles.get(f.id, {}),
                }
                for f in facts
            ],
            "entities": [
                {"key": e.key, "type": e.type.value, "name": e.name}
                for e in (ext.entities if ext else ())
                if not e.board
            ],
            "disputes": [d.body for d in store.disputes(document_id=document_id, scope=stored_scope(labels))],
            "provenance": [
                {"path": p.path, "ingested_by": p.ingested_by, "ingested_at": p.ingested_at.isoformat()}
                for p in store.provenance(document_id)
            ],
        }
    )
    return out, facts


def safe_filename(name: str) -> str:
    """An ASCII file name with no path, quote or control characters; never empty."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _UNSAFE_NAME.sub("_", base).strip("._") or "document"
    return cleaned[:120]


def document_filters(
    genre: str | None = None,
    country: str | None = None,
    status: str | None = None,
    sender: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    order: str = "-date",
    page_number: int = Query(1, alias="page", ge=1),
) -> DocumentFilters:
    """The list's query parameters, shared by the page and its JSON twin."""
    return DocumentFilters(genre, country, status, sender, date_from, date_to, order, page_number)


@router.get("/documents", response_class=HTMLResponse, include_in_schema=False)
def documents_page(request: Request, filters: DocumentFilters = Depends(document_filters)) -> HTMLResponse:
    return page(request, "documents.html", documents_data(views_of(request), filters, scope_of(request)))


@router.get("/api/v1/documents", response_model=DocumentsOut, tags=["documents"])
def documents_api(request: Request, filters: DocumentFilters = Depends(document_filters)) -> DocumentsOut:
    """Documents filtered by genre, country, status, sender and date range (YYYY[-MM[-DD]]), sorted."""
    return documents_data(views_of(request), filters, scope_of(request))


@router.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
def document_page(
    request: Request, document_id: int, at: str | None = Query(None, pattern=r"^\d{1,9}-\d{1,9}$")
) -> HTMLResponse:
    """The reader; `at=START-END` marks the sentence another page quotes, as `#quoted-START`."""
    out, facts = document_data(store_of(request), document_id, scope_of(request))
    if at:
        start, end = (int(n) for n in at.split("-"))
        facts.append(
            Fact(f"quoted-{start}", "quoted", start, end, "the sentence the page you came from quotes")
        )
    cookie = csrf_cookie(request)
    review = {
        "can_review": can(viewer_of(request).role, Permission.REVIEW),
        "review_token": request.app.state.csrf.token(cookie),
        "event_types": [t.value for t in EventType],
    }
    named = {kind: named_rows(out.facts, kind) for kind in MENTION_KINDS}
    return page(request, "document.html", out, marked=highlight(out.text, facts), named=named, **review)


@router.get("/api/v1/documents/{document_id}", response_model=DocumentPageOut, tags=["documents"])
def document_api(request: Request, document_id: int) -> DocumentPageOut:
    """One document's text, metadata and every extracted fact with its offsets."""
    return document_data(store_of(request), document_id, scope_of(request))[0]


@router.get("/documents/{document_id}/original", tags=["documents"])
def document_original(request: Request, document_id: int) -> Response:
    """The original file as uploaded, always as a download."""
    store = store_of(request)
    doc = visible_document(store, document_id, scope_of(request))
    if doc.confidentiality == "restricted":
        store.accounts.audit(viewer_of(request).name, "download_restricted", str(document_id))
    try:
        data = store.original(document_id)
    except NotFound as exc:  # a file over the size limit is recorded without its bytes
        raise HTTPException(404, str(exc)) from None
    name = safe_filename(doc.source)
    disposition = f"attachment; filename=\"{name}\"; filename*=UTF-8''{quote(doc.source, safe='')}"
    headers = {"Content-Disposition": disposition, "X-Content-Type-Options": "nosniff"}
    return Response(data, media_type="application/octet-stream", headers=headers)
