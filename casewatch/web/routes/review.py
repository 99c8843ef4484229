"""Reviewing extracted facts: an editor accepts, rejects or corrects an event or a request.

`POST /documents/{id}/review` is the reader's form; `POST /api/v1/documents/{id}/reviews` its
JSON twin. A review is kept with its author and time (store/reviews.py), applies to every view
and export from then on, outlives re-extraction, and is written to the audit log.
"""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel

from casewatch.model import EventType, FactReview, PartialDate
from casewatch.store import Store
from casewatch.store.reviews import CORRECTABLE, KINDS, ROLE_SEPARATOR, VERDICTS
from casewatch.web.auth import scope_of, viewer_of
from casewatch.web.render import own_form
from casewatch.web.routes.deps import store_of
from casewatch.web.routes.documents import visible_document

router = APIRouter()


class ReviewIn(BaseModel):
    kind: str
    start: int
    end: int
    verdict: str
    type: str | None = None  # an event's corrected type
    date: str | None = None  # an event's corrected date, YYYY[-MM[-DD]] ("" for none)
    text: str | None = None  # a request's corrected text
    actors: list[str] | None = None  # an event's corrected actors: the document's entity keys
    targets: list[str] | None = None  # who undergoes it, likewise


def _one(value: str | list[str]) -> str:
    """A corrected field as a review keeps it: text, or entity keys space-separated."""
    return value if isinstance(value, str) else ROLE_SEPARATOR.join(dict.fromkeys(value))


def _checked(review: ReviewIn) -> tuple[tuple[str, str], ...]:
    """The corrected fields, each checked; 422 for anything that is not a review."""
    if review.kind not in KINDS or review.verdict not in VERDICTS or not 0 <= review.start < review.end:
        raise HTTPException(422, "a review names an event or a request by its span, and a verdict")
    given = {k: _one(v) for k in CORRECTABLE[review.kind] if (v := getattr(review, k)) is not None}
    if review.verdict == "correct" and not given:
        fields = ", ".join(CORRECTABLE[review.kind])
        raise HTTPException(422, f"a correction of a {review.kind} changes one of: {fields}")
    if given.get("type") and given["type"] not in {t.value for t in EventType}:
        raise HTTPException(422, f"not an event type: {given['type']}")
    if given.get("date"):
        try:
            PartialDate.parse(given["date"])
        except ValueError:
            raise HTTPException(422, "a date is YYYY, YYYY-MM or YYYY-MM-DD") from None
    return tuple(sorted((k, v.strip()) for k, v in given.items())) if review.verdict == "correct" else ()


def _roles_checked(store: Store, document_id: int, review: ReviewIn) -> None:
    """422 for corrected actors or targets that are not entities of this document."""
    roles = {r: keys for r in ("actors", "targets") if (keys := getattr(review, r))}
    known = {e.key for e in store.load_extraction(document_id).entities} if roles else set()
    for role, keys in roles.items():
        if unknown := sorted(set(keys) - known):
            raise HTTPException(422, f"not an entity of this document ({role}): {', '.join(unknown)}")


def _keep(request: Request, document_id: int, review: ReviewIn) -> None:
    store: Store = store_of(request)
    visible_document(store, document_id, scope_of(request))
    _roles_checked(store, document_id, review)
    changes = _checked(review)
    name = viewer_of(request).name
    fact = FactReview(review.kind, review.start, review.end, review.verdict, changes, name, datetime.now(UTC))
    store.review_fact(document_id, fact)
    detail = {"kind": review.kind, "start": review.start, "end": review.end, **dict(changes)}
    store.accounts.audit(name, f"review_{review.verdict}", str(document_id), **detail)


@router.post("/documents/{document_id}/review", include_in_schema=False)
def review_form(
    request: Request,
    document_id: int,
    kind: str = Form(...),
    start: int = Form(...),
    end: int = Form(...),
    verdict: str = Form(...),
    type: str | None = Form(None),
    date: str | None = Form(None),
    text: str | None = Form(None),
    actors: list[str] | None = Form(None),
    targets: list[str] | None = Form(None),
    roles: str = Form(""),  # "shown": the form carried the actors and targets lists (none chosen is none)
    csrf_token: str = Form(""),
) -> Response:
    own_form(request, csrf_token)
    fields: dict[str, object] = {}
    if verdict == "correct":
        fields = {"type": type or None, "date": date, "text": text or None}
        if roles == "shown":
            fields |= {"actors": actors or [], "targets": targets or []}
    review = ReviewIn.model_validate({"kind": kind, "start": start, "end": end, "verdict": verdict, **fields})
    _keep(request, document_id, review)
    return RedirectResponse(f"/documents/{document_id}#at-{start}", status_code=303)


@router.post("/api/v1/documents/{document_id}/reviews", status_code=201, tags=["documents"])
def review_api(request: Request, document_id: int, review: ReviewIn) -> dict[str, str]:
    """Accept, reject or correct one event or request (named by kind and span) of the document."""
    _keep(request, document_id, review)
    return {"status": "kept"}
