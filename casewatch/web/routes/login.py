"""Signing in and out: `/login` (a form, throttled per account) and `/logout`."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from casewatch.access import accounts
from casewatch.errors import AccessError
from casewatch.web.auth import SESSION_COOKIE, safe_next, viewer_of
from casewatch.web.render import page
from casewatch.web.routes.deps import store_of
from casewatch.web.security import CSRF_COOKIE, CSRF_FIELD, Csrf

router = APIRouter()
FORBIDDEN = "This form was not sent from casewatch's own login page. Reload the page and try again."


def _form(request: Request, next_path: str, status_code: int = 200, error: str | None = None) -> HTMLResponse:
    csrf: Csrf = request.app.state.csrf
    cookie = request.cookies.get(CSRF_COOKIE) or csrf.new_cookie()
    extra = {"csrf_field": CSRF_FIELD, "csrf_token": csrf.token(cookie), "next_path": safe_next(next_path)}
    response = page(request, "login.html", None, status_code=status_code, error=error, **extra)
    response.set_cookie(CSRF_COOKIE, cookie, httponly=True, samesite="strict", path="/")
    return response


@router.get("/login", response_class=HTMLResponse, include_in_schema=False)
def login_form(request: Request, next: str = "/") -> HTMLResponse:
    return _form(request, next)


@router.post("/login", include_in_schema=False)
def login(
    request: Request,
    name: str = Form(""),
    password: str = Form(""),
    next: str = Form("/"),
    csrf_token: str = Form(""),
) -> Response:
    if not request.app.state.csrf.allows(request, csrf_token):
        return _form(request, next, 403, FORBIDDEN)
    try:
        signed = accounts.log_in(store_of(request), name.strip(), password)
    except AccessError as exc:
        return _form(request, next, 401, str(exc))
    response = RedirectResponse(safe_next(next), status_code=303)
    secure = request.url.scheme == "https"
    response.set_cookie(SESSION_COOKIE, signed.token, httponly=True, samesite="lax", secure=secure, path="/")
    return response


@router.post("/logout", include_in_schema=False)
def logout(request: Request, csrf_token: str = Form("")) -> Response:
    if not request.app.state.csrf.allows(request, csrf_token):
        return _form(request, "/", 403, FORBIDDEN)
    viewer, token = viewer_of(request), request.cookies.get(SESSION_COOKIE)
    if token and viewer.user is not None:
        accounts.log_out(store_of(request), token, viewer.user)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
