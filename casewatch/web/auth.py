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

from casewatch.access import accounts
from casewatch.access.roles import Permission, can, labels_seen
from casewatch.errors import message
from casewatch.model import Label, Role
from casewatch.store import DocumentFilter, Store
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


def visible_labels(viewer: Viewer) -> frozenset[str] | None:
    """The confidentiality labels of the documents `viewer` may see (None: all of them)."""
    seen = labels_seen(viewer.role)
    return None if seen == frozenset(Label) else frozenset(label.value for label in seen)


def scope_of(request: Request) -> frozenset[str] | None:
    """The one scoping of every read path: which documents (by label) this request may see."""
    return visible_labels(viewer_of(request))


def required(request: Request) -> Permission | None:
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return OPEN
    key = (request.method if request.method != "HEAD" else "GET", route.path)
    if key not in ROUTES:
        return Permission.MANAGE_USERS  # a route nobody listed: only admins, never by accident
    return ROUTES[key]


# Views computed over the whole collection (stored timeline, actor list, overview, requests):
# not yet cut to a role's labels, so a role that may not see every document is refused them
# while the collection holds a document it may not see, rather than shown what it should not.
WHOLE_COLLECTION = frozenset(
    {
        "/",
        "/api/v1/overview",
        "/actors",
        "/api/v1/actors",
        "/actors/{cluster_id}",
        "/api/v1/actors/{cluster_id}",
        "/timeline",
        "/api/v1/timeline",
        "/requests",
        "/api/v1/requests",
        "/followup",
        "/api/v1/followup",
        "/followup/{country}",
        "/followup/threads/{thread_id}/move",
        "/api/v1/followup/moves",
        "/api/v1/followup/{country}",
        "/followup/threads/{thread_id}",
        "/api/v1/followup/threads/{thread_id}",
    }
)


def authorize(request: Request) -> None:
    """The check in front of every route (a global dependency of the app)."""
    permission = required(request)
    if permission is OPEN:
        return
    viewer = viewer_of(request)
    access: Access = request.app.state.access
    anonymous_refused = not viewer.signed_in and access.auth and not access.public
    if anonymous_refused or not can(viewer.role, permission):
        if not viewer.signed_in and not request.url.path.startswith("/api/"):
            raise LoginRequired(request.url.path + (f"?{request.url.query}" if request.url.query else ""))
        raise Forbidden(viewer, permission)
    route = request.scope.get("route")
    if isinstance(route, APIRoute) and route.path in WHOLE_COLLECTION and _hides_documents(request, viewer):
        raise Forbidden(viewer, permission, message("whole_collection"))


def _hides_documents(request: Request, viewer: Viewer) -> bool:
    seen = visible_labels(viewer)
    if seen is None:
        return False
    store: Store = request.app.state.store
    unseen = frozenset(label.value for label in Label) - seen
    return store.count_documents(where=DocumentFilter(labels=unseen)) > 0


def login_location(next_path: str) -> str:
    return "/login?next=" + quote(next_path, safe="")


def safe_next(next_path: str | None) -> str:
    """Where to go after login: a path of this site only (never `//elsewhere` or a full URL)."""
    if not next_path or not next_path.startswith("/") or next_path.startswith("//") or "\\" in next_path:
        return "/"
    return next_path
