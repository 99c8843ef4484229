"""HTML rendering: one Jinja environment (autoescaped) with the filters every page shares."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel

from casewatch import vocab
from casewatch.web.highlight import actor_href
from casewatch.web.security import CSRF_COOKIE

TEMPLATES = Path(__file__).parent / "templates"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def human_date(value: str | None, empty: str = "undated") -> str:
    """ISO partial dates in one style: "4 Jan 2017", "Jan 2017", "2017"."""
    if not value:
        return empty
    parts = str(value).split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def label(value: str | None) -> str:
    """A vocabulary value as words: "legal_action" → "Legal action"."""
    if not value:
        return ""
    known = None if value == "other" else vocab.load("genre_labels").get(value)
    return known or value.replace("_", " ").capitalize()


def country_name(code: str | None) -> str | None:
    """An ISO 3166 alpha-3 code's English name from the countries vocabulary ("BLR" → "Belarus")."""
    entry = vocab.load("countries").get(code or "")
    return entry["names"][0] if entry and entry.get("names") else None


@cache
def templates() -> Jinja2Templates:
    env = Jinja2Templates(directory=str(TEMPLATES))
    env.env.filters.update(human_date=human_date, label=label, actor_href=actor_href)
    env.env.autoescape = True
    return env


@cache
def compile_templates() -> int:
    """Compile every page's template once, before the first request (the server's start pays
    it, where the first visit of each page otherwise would: half a second for the reader's);
    how many."""
    env = templates().env
    names = sorted(path.name for path in TEMPLATES.glob("*.html"))
    for name in names:
        env.get_template(name)
    return len(names)


FOREIGN_FORM = "This form was not sent from casewatch's own pages. Reload the page and try again."


def own_form(request: Request, csrf_token: str) -> None:
    """403 unless a posted form carries the token casewatch's own page gave it."""
    if not request.app.state.csrf.allows(request, csrf_token):
        raise HTTPException(403, FOREIGN_FORM)


def csrf_cookie(request: Request) -> str:
    """The request's CSRF cookie, or the new one its response will set (one per request)."""
    cookie: str | None = request.cookies.get(CSRF_COOKIE) or getattr(request.state, "csrf_cookie", None)
    if cookie is None:
        cookie = request.state.csrf_cookie = request.app.state.csrf.new_cookie()
    return cookie


def page(
    request: Request, template: str, model: BaseModel | None = None, *, status_code: int = 200, **extra: Any
) -> HTMLResponse:
    """Render a page from its data model (the same object its JSON twin returns)."""
    viewer = getattr(request.state, "viewer", None)
    signed_in = viewer is not None and viewer.signed_in
    csrf = request.app.state.csrf
    cookie = csrf_cookie(request) if signed_in else None
    own = {"viewer": viewer, "logout_token": csrf.token(cookie) if cookie else None}
    context = {"model": model, "path": request.url.path, **own, **extra}
    response = templates().TemplateResponse(request, template, context, status_code=status_code)
    new = getattr(request.state, "csrf_cookie", None)
    if new and CSRF_COOKIE not in request.cookies:  # a form on the page (sign-out, review) needs it
        response.set_cookie(CSRF_COOKIE, new, httponly=True, samesite="strict", path="/")
    return response
