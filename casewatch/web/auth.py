"""Who is asking, and may they: one check in front of every route, from one permission table.

A request is made by a user (an API token in `Authorization: Bearer ...`, else a session
cookie), by an anonymous visitor (the `public` role, only where the server allows it), or, in
the single-user laptop mode (`casewatch serve --no-auth`, loopback only), by the local user with
every right. Every route must appear in ROUTES: one that does not is refused (fail closed), and
a test checks that the table and the app agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from fastapi import Request
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool

from casewatch.access import accounts
from casewatch.access.roles import Permission, can, labels_seen, stored_scope
from casewatch.errors import message
from casewatch.model import Label, Role
from casewatch.store import Store
from casewatch.store.accounts import User

SESSION_COOKIE = "casewatch_session"
OPEN = None  # a route anyone may use (the login page itself)

READ, EXPORT, INGEST = Permission.READ, Permission.EXPORT, Permission.INGEST
ROUTES: dict[tuple[str, str], Permission | None] = {
    ("GET", "/login"): OPEN,
    ("POST", "/login"): OPEN,
    ("POST", "/logout"): OPEN,
    ("GET", "/openapi.json"): OPEN,
    ("GET", "/api/v1/openapi.json"): OPEN,
    ("GET", "/docs"): OPEN,
    ("GET", "/"): READ,
    ("GET", "/api/v1/overview"): READ,
    ("GET", "/documents"): READ,
    ("GET", "/api/v1/documents"): READ,
    ("GET", "/documents/{document_id}"): READ,
    ("GET", "/api/v1/documents/{document_id}"): READ,
    ("GET", "/documents/{document_id}/original"): Permission.DOWNLOAD_ORIGINAL,
    ("POST", "/documents/{document_id}/review"): Permission.REVIEW,
    ("POST", "/api/v1/documents/{document_id}/reviews"): Permission.REVIEW,
    ("GET", "/actors"): READ,
    ("GET", "/api/v1/actors"): READ,
    ("GET", "/actors/{cluster_id}"): READ,
    ("GET", "/api/v1/actors/{cluster_id}"): READ,
    ("POST", "/api/v1/actors/merge"): Permission.MERGE,
    ("POST", "/api/v1/actors/split"): Permission.MERGE,
    ("POST", "/actors/{cluster_id}/merge"): Permission.MERGE,
    ("GET", "/timeline"): READ,
    ("GET", "/api/v1/timeline"): READ,
    ("GET", "/requests"): READ,
    ("GET", "/api/v1/requests"): READ,
    ("GET", "/communications"): READ,
    ("GET", "/api/v1/communications"): READ,
    ("GET", "/communications/{document_id}"): READ,
    ("GET", "/api/v1/communications/{document_id}"): READ,
    ("GET", "/followup"): READ,
    ("GET", "/api/v1/followup"): READ,
    ("GET", "/followup/{country}"): READ,
    ("GET", "/api/v1/followup/{country}"): READ,
    ("GET", "/followup/threads/{thread_id}"): READ,
    ("GET", "/api/v1/followup/threads/{thread_id}"): READ,
    ("POST", "/followup/threads/{thread_id}/move"): Permission.REVIEW,
    ("POST", "/api/v1/followup/moves"): Permission.REVIEW,
    ("GET", "/search"): READ,
    ("GET", "/api/v1/search"): READ,
    ("GET", "/exports"): EXPORT,
    ("GET", "/api/v1/export/{format}"): EXPORT,
    ("GET", "/dossier/{country}"): EXPORT,
    ("GET", "/dossier/actor/{actor_id}"): EXPORT,
    ("GET", "/upload"): INGEST,
    ("POST", "/upload"): INGEST,
    ("POST", "/api/v1/upload"): INGEST,
    ("GET", "/jobs/{job_id}"): INGEST,
    ("GET", "/api/v1/jobs/{job_id}"): INGEST,
}


@dataclass(frozen=True)
class Access:
    """How the server admits people: with accounts (`auth`), and whether anonymous visitors may
    read public documents."""

    auth: bool = True
    public: bool = False


SINGLE_USER = Access(auth=False)


@dataclass(frozen=True)
class Viewer:
    """Whoever makes the request: a user, the local user of the laptop mode, or anonymous."""

    name: str
    role: Role
    user: User | None = None
    signed_in: bool = False


LOCAL = Viewer("local", Role.ADMIN)
ANONYMOUS = Viewer("anonymous", Role.PUBLIC)


class LoginRequired(Exception):
    """An anonymous visitor asked for a page that needs a user: send them to the login page."""

    def __init__(self, next_path: str) -> None:
        self.next_path = next_path


class Forbidden(Exception):
    def __init__(self, viewer: Viewer, permission: Permission, reason: str | None = None) -> None:
        self.viewer, self.permission, self.reason = viewer, permission, reason


def _bearer(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def viewer_of(request: Request) -> Viewer:
    """Who asks, from their API token or session cookie (looked up once per request)."""
    cached: Viewer | None = getattr(request.state, "viewer", None)
    if cached is not None:
        return cached
    access: Access = request.app.state.access
    store: Store = request.app.state.store
    viewer = LOCAL
    if access.auth:
        token = _bearer(request)
        user = accounts.token_user(store, token) if token else None
        user = user or accounts.session_user(store, request.cookies.get(SESSION_COOKIE))
        viewer = Viewer(user.name, user.role, user, True) if user else ANONYMOUS
    request.state.viewer = viewer
    return viewer


Labels = frozenset[str] | None  # the confidentiality labels a reader may see; None: all


def visible_labels(viewer: Viewer) -> frozenset[str] | None:
    """The confidentiality labels of the documents `viewer` may see (None: all of them)."""
    seen = labels_seen(viewer.role)
    return None if seen == frozenset(Label) else frozenset(label.value for label in seen)


def scope_of(request: Request) -> frozenset[str] | None:
    """The one scoping of every read path: which documents (by label) this request may see."""
    return visible_labels(viewer_of(request))


def views_scope(request: Request) -> str:
    """The stored views (timeline, actors, requests, follow-up) this request reads: those cut to
    its labels."""
    return stored_scope(scope_of(request))


def required(request: Request) -> Permission | None:
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return OPEN
    key = (request.method if request.method != "HEAD" else "GET", route.path)
    if key not in ROUTES:
        return Permission.MANAGE_USERS  # a route nobody listed: only admins, never by accident
    return ROUTES[key]


# Moving a request between follow-up threads judges the threads as every document shows them:
# a reviewer who could not see a restricted ask or its evidence would regroup threads blind, and
# the judgement applies in every scope. So it needs a role that sees every document (today every
# role that may review does), whatever the collection holds.
EVERY_DOCUMENT = frozenset({"/followup/threads/{thread_id}/move", "/api/v1/followup/moves"})


async def authorize(request: Request) -> None:
    """The check in front of every route (a global dependency of the app).

    Async: only looking the user up among the accounts reads the database, so only that takes a
    worker thread; a plain function would take one for every request, in the single-user mode too."""
    permission = required(request)
    if permission is OPEN:
        return
    access: Access = request.app.state.access
    viewer = await run_in_threadpool(viewer_of, request) if access.auth else viewer_of(request)
    anonymous_refused = not viewer.signed_in and access.auth and not access.public
    if anonymous_refused or not can(viewer.role, permission):
        if not viewer.signed_in and not request.url.path.startswith("/api/"):
            raise LoginRequired(request.url.path + (f"?{request.url.query}" if request.url.query else ""))
        raise Forbidden(viewer, permission)
    route = request.scope.get("route")
    if isinstance(route, APIRoute) and route.path in EVERY_DOCUMENT and visible_labels(viewer) is not None:
        raise Forbidden(viewer, permission, message("every_document"))


def login_location(next_path: str) -> str:
    return "/login?next=" + quote(next_path, safe="")


def safe_next(next_path: str | None) -> str:
    """Where to go after login: a path of this site only (never `//elsewhere` or a full URL)."""
    if not next_path or not next_path.startswith("/") or next_path.startswith("//") or "\\" in next_path:
        return "/"
    return next_path
