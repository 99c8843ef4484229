"""Reviews of extracted facts: an editor accepts, rejects or corrects an event or a request.

A review names its fact by the document's content hash and the fact's span, not by a row id, so
it outlives re-extraction and re-ingest: whenever a fact with that span is extracted again, the
review applies to it. The latest review of a fact is the one that counts; all are kept, with
who made them and when, for the record.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from casewatch.model import Event, EventType, Extraction, FactReview, PartialDate, Request
from casewatch.store.schema import documents, fact_reviews

_r = fact_reviews.c
KINDS = ("event", "request")
VERDICTS = ("accept", "reject", "correct")
CORRECTABLE = {"event": ("type", "date", "actors", "targets"), "request": ("text",)}
ROLE_SEPARATOR = " "  # a corrected actors/targets value: the document's entity keys, space-separated


def add(conn: Connection, sha256: str, review: FactReview) -> None:
    row = {
        "sha256": sha256,
        "kind": review.kind,
        "start": review.start,
        "end": review.end,
        "verdict": review.verdict,
        "changes": json.dumps(dict(review.changes), ensure_ascii=False, sort_keys=True),
        "by": review.by,
        "at": review.at or datetime.now(UTC),
    }
    conn.execute(sa.insert(fact_reviews).values(**row))


def latest(conn: Connection, document_ids: Sequence[int]) -> dict[int, list[FactReview]]:
    """The latest review of each reviewed fact of these documents, by document id."""
    query = (
        sa.select(documents.c.id.label("document_id"), fact_reviews)
        .join(documents, documents.c.sha256 == _r.sha256)
        .where(documents.c.id.in_(list(document_ids)))
        .order_by(_r.id)
    )
    found: dict[int, dict[tuple[str, int, int], FactReview]] = {}
    for row in conn.execute(query):
        changes = tuple(sorted(json.loads(row.changes or "{}").items()))
        review = FactReview(row.kind, row.start, row.end, row.verdict, changes, row.by, row.at)
        found.setdefault(row.document_id, {})[(row.kind, row.start, row.end)] = review
    return {doc: list(by_fact.values()) for doc, by_fact in found.items()}


Reviews = dict[tuple[str, int, int], FactReview]


def _event(event: Event, review: FactReview) -> Event | None:
    if review.verdict == "reject":
        return None
    changes = dict(review.changes)
    if review.verdict == "correct" and "type" in changes:
        event = replace(event, type=EventType(changes["type"]))
    if review.verdict == "correct" and "date" in changes:
        event = replace(event, date=PartialDate.parse(changes["date"]) if changes["date"] else None)
    if review.verdict == "correct" and "actors" in changes:
        event = replace(event, actors=tuple(changes["actors"].split()))
    if review.verdict == "correct" and "targets" in changes:
        event = replace(event, targets=tuple(changes["targets"].split()))
    return event


def _request(request: Request, review: FactReview) -> Request | None:
    if review.verdict == "reject":
        return None
    text = dict(review.changes).get("text")
    return replace(request, text=text) if review.verdict == "correct" and text else request


def _kept(facts: Iterable[Any], kind: str, reviews: Reviews, fix: Any) -> tuple[Any, ...]:
    out = []
    for fact in facts:
        review = reviews.get((kind, fact.start, fact.end))
        fixed = fix(fact, review) if review else fact
        if fixed is not None:
            out.append(fixed)
    return tuple(out)


def apply(ext: Extraction, reviews: Sequence[FactReview]) -> Extraction:
    """The extraction as its reviewers left it: rejected facts gone, corrected ones corrected."""
    if not reviews:
        return ext
    by_fact = {(r.kind, r.start, r.end): r for r in reviews}
    return replace(
        ext,
        events=_kept(ext.events, "event", by_fact, _event),
        requests=_kept(ext.requests, "request", by_fact, _request),
    )
