"""Full-text search `/search?q=` with highlighted snippets and genre/country facets, and its JSON twin."""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import asdict, dataclass

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from casewatch.store import Store
from casewatch.store.query import parse
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


@dataclass(frozen=True)
class Narrowing:
    """The facets chosen: a genre, a country, and a range of years (either end may be open)."""

    genre: str | None = None
    country: str | None = None
    year_from: str | None = None
    year_to: str | None = None

    def keeps(self, hit: SearchHitOut) -> bool:
        year = (hit.date or "")[:4]
        return (
            (not self.genre or hit.genre == self.genre)
            and (not self.country or self.country in hit.countries)
            and (not self.year_from or (year != "" and year >= self.year_from))
            and (not self.year_to or (year != "" and year <= self.year_to))
        )


def narrowing(
    genre: str | None = None,
    country: str | None = None,
    year_from: str | None = Query(None, pattern=r"^\d{4}$", description="first year, YYYY"),
    year_to: str | None = Query(None, pattern=r"^\d{4}$", description="last year, YYYY"),
) -> Narrowing:
    return Narrowing(genre or None, country or None, year_from, year_to)


def search_data(store: Store, q: str, narrow: Narrowing) -> SearchOut:
    """The best hits for any query string, narrowed by the chosen facets."""
    found = store.search(q, limit=FACET_DEPTH) if q.strip() else []
    hits = [
        SearchHitOut.model_validate({**hit.__dict__, "snippet": str(safe_snippet(hit.snippet))})
        for hit in found
    ]
    chosen = [h for h in hits if narrow.keeps(h)]
    return SearchOut(
        query=q,
        hits=chosen,
        total=len(chosen),
        genres=_tallies(Counter(h.genre or "other" for h in hits)),
        countries=_tallies(Counter(c for h in hits for c in h.countries)),
        years=sorted(_tallies(Counter(h.date[:4] for h in hits if h.date)), key=lambda t: t.name),
        filters={k: v for k, v in asdict(narrow).items()},
        ignored_terms=parse(q).dropped,
    )


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(request: Request, q: str = "", narrow: Narrowing = Depends(narrowing)) -> HTMLResponse:
    out = search_data(store_of(request), q, narrow)
    snippets = [safe_snippet(hit.snippet) for hit in out.hits]
    return page(request, "search.html", out, snippets=snippets)


@router.get("/api/v1/search", response_model=SearchOut, tags=["search"])
def search_api(request: Request, q: str = "", narrow: Narrowing = Depends(narrowing)) -> SearchOut:
    """Ranked hits (snippets are HTML with matches in <mark>), with genre, country and year facets.

    `q`: words in any of their forms; "a phrase"; prefix*; a OR b; -left_out."""
    return search_data(store_of(request), q, narrow)
