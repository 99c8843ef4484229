"""Full-text search `/search?q=` with highlighted snippets, genre/country/year facets, and its JSON twin.

A search runs in a worker thread while the request watches its connection: when the client
goes away the search is stopped (else it would run on to its time limit for no one).
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from functools import partial

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup, escape
from starlette.concurrency import run_in_threadpool

from casewatch.errors import SearchStopped, message
from casewatch.store import Store
from casewatch.store.query import parse
from casewatch.store.rows import SearchHit
from casewatch.store.search import SEARCH_SECONDS, Stop
from casewatch.web.auth import scope_of
from casewatch.web.render import page
from casewatch.web.routes.deps import json_of, store_of
from casewatch.web.schemas import SearchHitOut, SearchOut, TallyOut

router = APIRouter()
log = logging.getLogger(__name__)
FACET_DEPTH = 100  # facets count the best hits only, so a common word stays fast
PAGE_SIZE = 20  # hits shown at once: only these get a snippet
PAGE = Query(
    1, ge=1, le=FACET_DEPTH // PAGE_SIZE, alias="page", description=f"which {PAGE_SIZE} of the counted hits"
)
_MARK = re.compile(r"(</?mark>)")
_WATCH_S = 0.1  # how often a running search looks whether its client is still there


class Searches:
    """The searches running in worker threads and their time limit; `close()` stops them all
    (at shutdown, so no thread keeps the database busy after the server is gone)."""

    def __init__(self, seconds: float = SEARCH_SECONDS) -> None:
        self.seconds = seconds
        self._lock = threading.Lock()
        self._running: set[Stop] = set()

    def running(self) -> int:
        with self._lock:
            return len(self._running)

    def run(self, stop: Stop, compute: Callable[[Stop], SearchOut]) -> SearchOut:
        """Run one search in this (worker) thread; it counts as running until it returns."""
        with self._lock:
            self._running.add(stop)
        try:
            return compute(stop)
        finally:
            with self._lock:
                self._running.discard(stop)

    def close(self) -> None:
        with self._lock:
            running = list(self._running)
        for stop in running:
            stop.set()


def safe_snippet(snippet: str) -> Markup:
    """Re-escape a snippet keeping only its <mark> tags, whatever the store handed over."""
    pieces = _MARK.split(snippet)
    return Markup("".join(p if p in ("<mark>", "</mark>") else str(escape(html.unescape(p))) for p in pieces))


def _tallies(counter: Counter[str]) -> list[TallyOut]:
    return [TallyOut(name=k, count=v) for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


@dataclass(frozen=True)
class Narrowing:
    """The facets chosen: a genre, a country, and a range of years (either end may be open)."""

    genre: str | None = None
    country: str | None = None
    year_from: str | None = None
    year_to: str | None = None

    def keeps(self, hit: SearchHitOut) -> bool:
        return self._keeps(hit.genre, hit.countries, (hit.date or "")[:4])

    def keeps_hit(self, hit: SearchHit) -> bool:
        """The same as `keeps`, for a hit as the store gives it."""
        if not (self.genre or self.country or self.year_from or self.year_to):
            return True  # nothing chosen: every hit is kept
        genre = hit.genre.value if hit.genre else None
        return self._keeps(genre, hit.countries, f"{hit.date.year:04d}" if hit.date else "")

    def _keeps(self, genre: str | None, countries: Sequence[str], year: str) -> bool:
        return (
            (not self.genre or genre == self.genre)
            and (not self.country or self.country in countries)
            and (not self.year_from or (year != "" and year >= self.year_from))
            and (not self.year_to or (year != "" and year <= self.year_to))
        )

    def page(self, number: int) -> Callable[[SearchHit], bool]:
        """Which hits, asked in rank order, are on page `number` of the kept ones."""
        first, kept = (number - 1) * PAGE_SIZE, 0

        def shown(hit: SearchHit) -> bool:
            nonlocal kept
            if not self.keeps_hit(hit):
                return False
            kept += 1
            return first < kept <= first + PAGE_SIZE

        return shown


async def narrowing(  # async, so no worker thread is taken to read four parameters
    genre: str | None = None,
    country: str | None = None,
    year_from: str | None = Query(None, pattern=r"^\d{4}$", description="first year, YYYY"),
    year_to: str | None = Query(None, pattern=r"^\d{4}$", description="last year, YYYY"),
) -> Narrowing:
    return Narrowing(genre or None, country or None, year_from, year_to)


def search_data(
    store: Store,
    q: str,
    narrow: Narrowing,
    seconds: float = SEARCH_SECONDS,
    stop: Stop | None = None,
    labels: frozenset[str] | None = None,
    page_number: int = 1,
) -> SearchOut:
    """The best hits for any query string (its first terms) among the documents the reader may
    see (`labels`), narrowed by the chosen facets: facets and total count the best FACET_DEPTH,
    page `page_number` of the narrowed ones is shown (with snippets, the costly part)."""
    shown = narrow.page(page_number)
    found = (
        store.search(q, limit=FACET_DEPTH, seconds=seconds, stop=stop, labels=labels, shown=shown)
        if q.strip()
        else []
    )
    query = parse(q)
    first = (page_number - 1) * PAGE_SIZE
    narrowed = [hit for hit in found if narrow.keeps_hit(hit)]
    kept = len(query.terms) + len(query.excluded)
    return SearchOut(
        query=q,
        hits=[_out(hit) for hit in narrowed[first : first + PAGE_SIZE]],
        total=len(narrowed),
        page=page_number,
        genres=_tallies(Counter(h.genre.value if h.genre else "other" for h in found)),
        countries=_tallies(Counter(c for h in found for c in h.countries)),
        years=sorted(_tallies(Counter(f"{h.date.year:04d}" for h in found if h.date)), key=lambda t: t.name),
        filters=dict(asdict(narrow)),
        notice=message("search_terms", kept=kept, count=kept + query.dropped) if query.dropped else None,
    )


def _out(hit: SearchHit) -> SearchHitOut:
    return SearchHitOut.model_validate({**hit.__dict__, "snippet": str(safe_snippet(hit.snippet))})


async def watched_search(request: Request, q: str, narrow: Narrowing, page_number: int = 1) -> SearchOut:
    """search_data in a worker thread, stopped if the client goes away; 503 past the time limit."""
    searches: Searches = request.app.state.searches
    stop = Stop()
    compute = partial(
        search_data,
        store_of(request),
        q,
        narrow,
        searches.seconds,
        labels=scope_of(request),
        page_number=page_number,
    )
    work = asyncio.ensure_future(run_in_threadpool(searches.run, stop, compute))
    try:
        while not work.done():
            await asyncio.wait({work}, timeout=_WATCH_S)
            if not work.done() and not stop.is_set() and await request.is_disconnected():
                log.info("search stopped: its client went away")
                await run_in_threadpool(stop.set)  # PostgreSQL's cancel is a round trip
        return work.result()
    except SearchStopped as exc:
        raise HTTPException(503, str(exc)) from None
    finally:
        if not work.done():  # this request was cancelled (the server is closing)
            stop.set()


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
async def search_page(
    request: Request, q: str = "", narrow: Narrowing = Depends(narrowing), page_number: int = PAGE
) -> HTMLResponse:
    out = await watched_search(request, q, narrow, page_number)
    snippets = [safe_snippet(hit.snippet) for hit in out.hits]
    pages = {"previous": _page_url(request, page_number - 1) if page_number > 1 else None}
    if out.total > (page_number - 1) * PAGE_SIZE + len(out.hits):
        pages["next"] = _page_url(request, page_number + 1)
    return await run_in_threadpool(partial(page, request, "search.html", out, snippets=snippets, pages=pages))


def _page_url(request: Request, number: int) -> str:
    url = request.url.include_query_params(page=number)
    return f"{url.path}?{url.query}"


@router.get("/api/v1/search", response_model=SearchOut, tags=["search"])
async def search_api(
    request: Request, q: str = "", narrow: Narrowing = Depends(narrowing), page_number: int = PAGE
) -> Response:
    """Ranked hits (snippets are HTML with matches in <mark>), with genre, country and year facets.

    `q`: words in any of their forms; "a phrase"; prefix*; a OR b; -left_out. Only the first
    terms are searched (`notice` says so); a search over the time limit answers 503. Facets and
    `total` count the best hits; `page` shows PAGE_SIZE of them at a time."""
    return json_of(await watched_search(request, q, narrow, page_number))
