"""Follow-up `/followup`: per country a matrix of request threads × documents with a status cell
each, a page per thread (its asks, the evidence, the disputes), and their JSON twins; each read
from the follow-up of the reader's label scope (computed from the documents they may see)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from casewatch.access.roles import Permission, can
from casewatch.analyse.followup.moves import move_request, target_of
from casewatch.errors import NotFound
from casewatch.model import Extraction
from casewatch.store import Store
from casewatch.store.followup import ThreadRow
from casewatch.web import charts
from casewatch.web.auth import viewer_of, views_scope
from casewatch.web.followup_schemas import (
    FollowupCountriesOut,
    FollowupCountryOut,
    FollowupMatrixOut,
    ThreadOut,
)
from casewatch.web.highlight import Fact
from casewatch.web.paging import paging
from casewatch.web.render import country_name, csrf_cookie, own_form, page
from casewatch.web.routes.deps import store_of

router = APIRouter()
PAGE_SIZE = 25  # threads a matrix page shows
ASKED = "asked"


def reader_facts(store: Store, document_id: int, ext: Extraction | None, scope: str) -> list[Fact]:
    """Speaker turns and the sentences the follow-up quotes (status evidence, dispute sides),
    marked in the reader; a sentence's id `at-<start>` is what status cells link to."""
    found = [
        Fact(f"turn-{i}", "turn", s.start, s.end, f"{s.speaker} ({s.group.value})")
        for i, s in enumerate(ext.statements if ext else ())
    ]
    seen: set[int] = set()
    for mark in store.followup_marks(document_id, scope):
        ident = f"at-{mark.start}" if mark.start not in seen else f"at-{mark.start}-{mark.kind}"
        seen.add(mark.start)
        found.append(Fact(ident, mark.kind, mark.start, mark.end, mark.label))
    return found


def behind(store: Store) -> bool:
    """Whether the stored follow-up is behind the store: computed before its last write, or not
    built (a whole refresh is under way, or was cut off and the next one completes it)."""
    return store.followup_built_from() != store.revision()


def countries_data(store: Store, scope: str) -> FollowupCountriesOut:
    found, statuses = store.followup_countries(scope), store.followup_statuses(scope)
    return FollowupCountriesOut(
        countries=[
            FollowupCountryOut(country=c, name=country_name(c), threads=n, statuses=statuses.get(c, {}))
            for c, n in found
        ],
        stale=behind(store),
    )


def sentence_href(document_id: int, start: int) -> str:
    return f"/documents/{document_id}#at-{start}"


def _columns(rows: list[ThreadRow]) -> list[dict[str, Any]]:
    """Every document the page's threads ask or show something in, by date."""
    seen: dict[int, dict[str, Any]] = {}
    for row in rows:
        for item in (*row.body["requests"], *row.body["status"]):
            seen.setdefault(
                item["document_id"],
                {"document_id": item["document_id"], "source": item["document"], "date": item.get("date")},
            )
    return sorted(seen.values(), key=lambda c: (c["date"] is None, c["date"] or "", c["document_id"]))


def _cells(row: ThreadRow, columns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    status = {s["document_id"]: s for s in row.body["status"]}
    asked: dict[int, dict[str, Any]] = {}
    for ask in row.body["requests"]:
        asked.setdefault(ask["document_id"], ask)
    cells = []
    for column in columns:
        doc = column["document_id"]
        if doc in status:
            s = status[doc]
            cells.append(
                {
                    "status": s["status"],
                    "href": sentence_href(doc, s["start"]),
                    "quote": s["quote"],
                    "group": s["group"],
                }
            )
        elif doc in asked:
            a = asked[doc]
            cells.append({"status": ASKED, "href": f"/documents/{doc}#{a['anchor']}", "quote": a["text"]})
        else:
            cells.append({})
    return cells


NO_COUNTRY = "-"  # the path of the threads of documents naming no country


def country_of(segment: str) -> str:
    """The stored country of a `/followup/{country}` path segment."""
    return "" if segment == NO_COUNTRY else segment.upper()


def matrix_data(store: Store, country: str, scope: str, number: int = 1) -> FollowupMatrixOut:
    where = paging(store.count_threads(country, scope), number, PAGE_SIZE)
    rows = store.thread_page(country, PAGE_SIZE, (where.page - 1) * PAGE_SIZE, scope)
    columns = _columns(rows)
    return FollowupMatrixOut.model_validate(
        {
            "country": country,
            "columns": columns,
            "rows": [
                {
                    "thread": r.thread,
                    "about": r.body["about"],
                    "remedy": r.body["remedy"],
                    "latest": r.latest,
                    "asks": len(r.body["requests"]),
                    "cells": _cells(r, columns),
                }
                for r in rows
            ],
            "disputes": [d.body for d in store.disputes(country=country, scope=scope)],
            "total": where.total,
            "page": where.page,
            "pages": where.pages,
            "stale": behind(store),
        }
    )


def thread_data(store: Store, thread_id: str, scope: str) -> ThreadOut:
    row = store.thread(thread_id, scope)
    if row is None:
        raise HTTPException(404, "There is no request thread with this id.")
    documents = {s["document_id"] for s in row.body["evidence"]}
    return ThreadOut.model_validate(
        {
            **row.body,
            "thread": row.thread,
            "country": row.country,
            "latest": row.latest,
            "disputes": [
                d.body for d in store.disputes(country=row.country, scope=scope) if d.document_id in documents
            ],
            "stale": behind(store),
        }
    )


@router.get("/followup", response_class=HTMLResponse, include_in_schema=False)
def followup_page(request: Request) -> HTMLResponse:
    model = countries_data(store_of(request), views_scope(request))
    rows = [
        (c.name or c.country or "no country", f"/followup/{c.country or '-'}", c.statuses)
        for c in model.countries
    ]
    return page(
        request,
        "followup.html",
        model,
        chart=charts.status_bars(rows, "Request threads per country, by latest status"),
        statuses=[status for status, _ in charts.STATUS_COLOURS],
        colours=dict(charts.STATUS_COLOURS),
    )


@router.get("/api/v1/followup", response_model=FollowupCountriesOut, tags=["follow-up"])
def followup_api(request: Request) -> FollowupCountriesOut:
    """Countries with request threads, and how many each has."""
    return countries_data(store_of(request), views_scope(request))


@router.get("/followup/threads/{thread_id}", response_class=HTMLResponse, include_in_schema=False)
def thread_page(request: Request, thread_id: str) -> HTMLResponse:
    store = store_of(request)
    scope = views_scope(request)
    model = thread_data(store, thread_id, scope)
    moving: dict[str, Any] = {"can_move": can(viewer_of(request).role, Permission.REVIEW)}
    if moving["can_move"]:  # a reviewer sees every document (web/auth.py EVERY_DOCUMENT)
        others = [r for r in store.thread_page(model.country, 200, 0, scope) if r.thread != model.thread]
        moving["others"] = [(r.thread, r.body["about"]) for r in others]
        moving["move_token"] = request.app.state.csrf.token(csrf_cookie(request))
    return page(request, "thread.html", model, **moving)


class MoveIn(BaseModel):
    thread: str  # the thread the request stands in now
    ask: str  # the request's id, as in the thread's `requests[].ask`
    to: str | None = None  # another thread of the same country; none: a thread of its own


def _move(request: Request, move: MoveIn) -> str | None:
    store = store_of(request)
    try:
        target = target_of(store, move.thread, move.ask, move.to)
    except NotFound as exc:
        raise HTTPException(404, str(exc)) from None
    return move_request(store, move.ask, target, viewer_of(request).name)


@router.post("/api/v1/followup/moves", tags=["follow-up"])
def move_api(request: Request, move: MoveIn) -> dict[str, str | None]:
    """Move a request into another thread of its country (`to`), or set it apart (no `to`): kept as
    a reviewer's judgement that survives new documents and re-ingest. Returns its thread now."""
    return {"ask": move.ask, "thread": _move(request, move)}


@router.post("/followup/threads/{thread_id}/move", include_in_schema=False)
def move_form(
    request: Request, thread_id: str, ask: str = Form(...), to: str = Form(""), csrf_token: str = Form("")
) -> Response:
    """The thread page's form: this request belongs to another thread, or to none."""
    own_form(request, csrf_token)
    now = _move(request, MoveIn(thread=thread_id, ask=ask, to=None if to in ("", "alone") else to))
    return RedirectResponse(f"/followup/threads/{now}" if now else "/followup", status_code=303)


@router.get("/api/v1/followup/threads/{thread_id}", response_model=ThreadOut, tags=["follow-up"])
def thread_api(request: Request, thread_id: str) -> ThreadOut:
    """One thread: the asks in order, each document's status with its sentence, all evidence, disputes."""
    return thread_data(store_of(request), thread_id, views_scope(request))


@router.get("/followup/{country}", response_class=HTMLResponse, include_in_schema=False)
def matrix_page(
    request: Request, country: str, page_number: int = Query(1, alias="page", ge=1)
) -> HTMLResponse:
    return page(
        request,
        "followup_country.html",
        matrix_data(store_of(request), country_of(country), views_scope(request), page_number),
    )


@router.get("/api/v1/followup/{country}", response_model=FollowupMatrixOut, tags=["follow-up"])
def matrix_api(
    request: Request, country: str, page_number: int = Query(1, alias="page", ge=1)
) -> FollowupMatrixOut:
    """A page of a country's threads × documents by date: each cell a status and its sentence's link."""
    return matrix_data(store_of(request), country_of(country), views_scope(request), page_number)
