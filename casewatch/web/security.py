"""Security for every response (CSP and friends), a limit on request bodies, and cross-site
request forgery tokens for forms."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}
CSRF_COOKIE = "casewatch_csrf"
CSRF_FIELD = "csrf_token"


class SecurityHeaders:
    """ASGI middleware adding the security headers to every HTTP response, errors included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in HEADERS.items() if k.encode() not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """ASGI middleware refusing (413) a request body over `limit` bytes before it is read whole.

    A declared Content-Length over the limit is refused before any byte is read; a body sent
    without one (or longer than declared) is counted as it streams in. The refusal is raised
    from `receive`, inside the route's body parsing, so the app renders it like any error.
    """

    def __init__(self, app: ASGIApp, limit: int, detail: str) -> None:
        self.app = app
        self.limit = limit
        self.detail = detail

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        over = declared.isdigit() and int(declared) > self.limit
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            if over:
                raise HTTPException(413, self.detail)
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise HTTPException(413, self.detail)
            return message

        await self.app(scope, counting_receive, send)


class Csrf:
    """Double-submit tokens: a random cookie, and a form field that is its HMAC under the app's key.

    A cross-site page can make the browser send the cookie but can neither read it nor compute
    the field. A request with no Origin header comes from no browser (curl, scripts) and is let
    through: browsers always send Origin on cross-site POSTs.
    """

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or secrets.token_bytes(32)

    def new_cookie(self) -> str:
        return secrets.token_urlsafe(24)

    def token(self, cookie: str) -> str:
        return hmac.new(self._key, cookie.encode(), hashlib.sha256).hexdigest()

    def valid(self, cookie: str | None, token: str | None) -> bool:
        return bool(cookie and token) and hmac.compare_digest(self.token(cookie or ""), token or "")

    def allows(self, request: Request, token: str | None) -> bool:
        if "origin" not in request.headers and "referer" not in request.headers:
            return True
        return self.valid(request.cookies.get(CSRF_COOKIE), token)
