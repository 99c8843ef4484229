"""Full-text search `/search?q=` with highlighted snippets and genre/country facets, and its JSON twin."""

from __future__ import annotations

import html
import re
from collections import Counter

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from casewatch.store import Store
from casewatch.web.render import page
from casewatch.web.routes.deps import store_of
from casewatch.web.schemas import SearchHitOut, SearchOut, TallyOut

router = APIRouter()
FACET_DEPTH = 100  # facets count the best hits only, so a common word stays fast
_MARK = re.compile(r"(</?mark>)")


def safe_snippet(snippet: str) -> Markup:
    """Re-escape a snippet keeping only its <mark> tags, whatever the store handed over."""
    pieces = _MARK.split(snippet)
    return Markup("".join(p if p in ("<mark>", "</mark>") else str(escape(html.unescape(p))) for p in pieces))


def _tallies(counter: Counter[str]) -> list[TallyOut]:
    return [TallyOut(name=k, count=v) for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def search_data(store: Store, q: str, genre: str | None, country: str | None) -> SearchOut:
    """The best hits for any query string, narrowed by the chosen facets."""
    found = store.search(q, limit=FACET_DEPTH) if q.strip() else []
    hits = [
        SearchHitOut.model_validate({**hit.__dict__, "snippet": str(safe_snippet(hit.snippet))})
        for hit in found
    ]
    genres = Counter(h.genre or "other" for h in hits)
    places = Counter(c for h in hits for c in h.countries)
    chosen = [h for h in hits if (not genre or h.genre == genre) and (not country or country in h.countries)]
    return SearchOut(
        query=q,
        hits=chosen,
        total=len(chosen),
        genres=_tallies(genres),
        countries=_tallies(places),
        filters={"genre": genre or None, "country": country or None},
    )


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(
    request: Request, q: str = "", genre: str | None = None, country: str | None = None
) -> HTMLResponse:
    out = search_data(store_of(request), q, genre, country)
    snippets = [safe_snippet(hit.snippet) for hit in out.hits]
    return page(request, "search.html", out, snippets=snippets)


@router.get("/api/v1/search", response_model=SearchOut, tags=["search"])
def search_api(
    request: Request, q: str = "", genre: str | None = None, country: str | None = None
) -> SearchOut:
    """Ranked hits (snippets are HTML with matches in <mark>), with genre and country facets."""
    return search_data(store_of(request), q, genre, country)
