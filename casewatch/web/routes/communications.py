"""UN communications `/communications` (filtered, sorted, paged: each with its reply status) and the
life of one `/communications/{document_id}` (its questions, each with the reply's sentence), and
their JSON twins. Both are cut to the documents the reader may see: a reply they may not see is
no evidence for them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from casewatch.analyse.common import date_key
from casewatch.analyse.communications import (
    STATUSES,
    Communication,
    communication_life,
    communication_list,
)
from casewatch.analyse.replies import Replies, ReplyEvidence, reply_evidence
from casewatch.errors import message
from casewatch.store import Store
from casewatch.web.auth import scope_of
from casewatch.web.paging import paged
from casewatch.web.render import page
from casewatch.web.routes.deps import Views, store_of, today_of, views_of
from casewatch.web.routes.documents import visible_document
from casewatch.web.schemas import CommunicationLifeOut, CommunicationsOut

router = APIRouter()
PAGE_SIZE = 50
Labels = frozenset[str] | None


def _by_date(c: Communication) -> tuple[object, ...]:
    return (c.date is None, date_key(c.date))


# How the list may be sorted: each a key and whether it runs backwards.
ORDERS: dict[str, tuple[Callable[[Communication], object], bool]] = {
    "-date": (lambda c: (c.date is not None, date_key(c.date)), True),
    "date": (_by_date, False),
    "due": (lambda c: (c.reply_due is None, date_key(c.reply_due)), False),
    "status": (lambda c: STATUSES.index(c.status), False),
    "country": (lambda c: (c.countries[:1] or ("~",), _by_date(c)), False),
    "reference": (lambda c: (c.reference is None, c.reference or ""), False),
}


def _evidence(views: Views, store: Store, labels: Labels) -> ReplyEvidence:
    """The evidence of replies among the documents of these labels, read once per store revision."""
    return views.cached(("reply-evidence", labels), lambda: reply_evidence(store, labels))


def _replies(views: Views, store: Store, labels: Labels) -> Replies:
    return views.cached(("replies", labels), lambda: Replies(_evidence(views, store, labels)))


def _all(views: Views, store: Store, today: date, labels: Labels) -> list[Communication]:
    def compute() -> list[Communication]:
        return communication_list(store, today, labels, _evidence(views, store, labels))

    return views.cached(("communications", today, labels), compute)


def communications_data(
    views: Views,
    store: Store,
    today: date,
    labels: Labels,
    filters: tuple[str | None, str | None, str],
    number: int = 1,
) -> CommunicationsOut:
    country, status, order = filters
    if order not in ORDERS:
        raise HTTPException(422, message("bad_list_order", order=order, choices=", ".join(ORDERS)))
    everything = _all(views, store, today, labels)
    chosen = [c for c in everything if country is None or country in c.countries]
    counts = Counter(c.status for c in chosen)
    chosen = [c for c in chosen if status is None or c.status == status]
    key, backwards = ORDERS[order]
    shown, where = paged(sorted(chosen, key=key, reverse=backwards), number, PAGE_SIZE)  # type: ignore[arg-type]
    return CommunicationsOut.model_validate(
        {
            "communications": shown,
            "total": where.total,
            "counts": {s: counts.get(s, 0) for s in STATUSES},
            "countries": sorted({c for item in everything for c in item.countries}),
            "statuses": list(STATUSES),
            "filters": {"country": country, "status": status, "order": order},
            "page": where.page,
            "pages": where.pages,
        }
    )


def life_data(
    views: Views, store: Store, today: date, labels: Labels, document_id: int
) -> CommunicationLifeOut:
    visible_document(store, document_id, labels)  # 404 for a document the reader may not see
    life = communication_life(store, document_id, today, _replies(views, store, labels))
    if life is None:
        raise HTTPException(404, message("not_a_communication", id=document_id))
    return CommunicationLifeOut.model_validate({**life.__dict__, "addressed": life.addressed})


def _filters(country: str | None, status: str | None, order: str) -> tuple[str | None, str | None, str]:
    if status is not None and status not in STATUSES:
        raise HTTPException(422, message("bad_status", status=status, choices=", ".join(STATUSES)))
    return (country.upper() if country else None), status, order


@router.get("/communications", response_class=HTMLResponse, include_in_schema=False)
def communications_page(
    request: Request,
    country: str | None = None,
    status: str | None = None,
    order: str = "-date",
    page_number: int = Query(1, alias="page", ge=1),
) -> HTMLResponse:
    chosen = _filters(country or None, status or None, order)
    out = communications_data(
        views_of(request), store_of(request), today_of(request), scope_of(request), chosen, page_number
    )
    return page(request, "communications.html", out)


@router.get("/api/v1/communications", response_model=CommunicationsOut, tags=["communications"])
def communications_api(
    request: Request,
    country: str | None = None,
    status: str | None = None,
    order: str = "-date",
    page_number: int = Query(1, alias="page", ge=1),
) -> CommunicationsOut:
    """UN communications with their mandates, reply window and reply status (replied with the
    evidence, overdue, awaiting), filtered by country and status, sorted by `order`
    (-date, date, due, status, country, reference)."""
    chosen = _filters(country, status, order)
    return communications_data(
        views_of(request), store_of(request), today_of(request), scope_of(request), chosen, page_number
    )


@router.get("/communications/{document_id}", response_class=HTMLResponse, include_in_schema=False)
def communication_page(request: Request, document_id: int) -> HTMLResponse:
    out = life_data(views_of(request), store_of(request), today_of(request), scope_of(request), document_id)
    return page(request, "communication.html", out)


@router.get(
    "/api/v1/communications/{document_id}", response_model=CommunicationLifeOut, tags=["communications"]
)
def communication_api(request: Request, document_id: int) -> CommunicationLifeOut:
    """One communication: its questions in order, each with the reply's sentence that addresses it."""
    return life_data(views_of(request), store_of(request), today_of(request), scope_of(request), document_id)
