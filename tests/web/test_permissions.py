"""The permission matrix: every route × every role, signed in by token, by session, or not at all.

A route the permission table does not list fails here, so no page is added unprotected.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.routing import Route

from casewatch.access import accounts
from casewatch.access.roles import can, labels_seen
from casewatch.model import Label, Role
from casewatch.store import Store
from casewatch.web.app import create_app
from casewatch.web.auth import EVERY_DOCUMENT, OPEN, ROUTES, Access

from .conftest import TODAY

PASSWORD = "a long enough password"
SAMPLE = {
    "document_id": "1",
    "cluster_id": "quispe",
    "format": "casefile",
    "country": "PER",
    "thread_id": "t1",
}


@pytest.fixture(scope="module")
def guarded(
    collection_db: tuple[str, dict[str, int]], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[FastAPI]:
    path = str(tmp_path_factory.mktemp("guarded") / "guarded.sqlite")
    shutil.copyfile(collection_db[0], path)
    with Store.open(path) as store:
        for role in Role:
            accounts.add_user(store, role.value, PASSWORD, role, by="test")
    app = create_app(path, today=lambda: TODAY, access=Access(auth=True))
    yield app
    app.state.store.close()


@pytest.fixture(scope="module")
def tokens(guarded: FastAPI) -> dict[Role, str]:
    store = guarded.state.store
    return {role: accounts.new_api_token(store, role.value, "matrix", by="test") for role in Role}


def _api_routes(routes: Iterable[Any]) -> Iterator[Route]:
    """Every route with methods, also inside routers that newer FastAPI versions keep unflattened."""
    for route in routes:
        if isinstance(route, Route):  # APIRoute and FastAPI's own /openapi.json
            yield route
        elif hasattr(route, "original_router"):
            yield from _api_routes(route.original_router.routes)


def _routes(app: FastAPI) -> list[tuple[str, str]]:
    return sorted((m, r.path) for r in _api_routes(app.routes) for m in r.methods - {"HEAD"})


def _url(path: str) -> str:
    for name, value in SAMPLE.items():
        path = path.replace("{" + name + "}", value)
    return path


def test_every_route_is_in_the_permission_table(guarded: FastAPI) -> None:
    missing = [key for key in _routes(guarded) if key not in ROUTES]
    assert missing == [], "add these routes to casewatch.web.auth.ROUTES"
    assert set(ROUTES) <= set(_routes(guarded)), "the table names routes the app does not have"


def _call(client: TestClient, method: str, path: str, headers: dict[str, str]) -> int:
    if method == "GET":
        return client.get(_url(path), headers=headers, follow_redirects=False).status_code
    files = {"files": ("note.txt", b"The union was dissolved on 3 May 2021.", "text/plain")}
    return client.request(
        method, _url(path), headers=headers, files=files, follow_redirects=False
    ).status_code


@pytest.mark.parametrize("role", list(Role))
def test_each_role_may_do_what_its_permissions_say(
    guarded: FastAPI, tokens: dict[Role, str], role: Role
) -> None:
    client = TestClient(guarded)
    headers = {"Authorization": f"Bearer {tokens[role]}"}
    for method, path in _routes(guarded):
        if path in ("/login", "/logout"):
            continue
        permission = ROUTES[(method, path)]
        status = _call(client, method, path, headers)
        # views are cut to the role's labels, never refused; moving a request needs every document
        hidden = path in EVERY_DOCUMENT and labels_seen(role) != frozenset(Label)
        if permission is OPEN or (can(role, permission) and not hidden):
            assert status not in (401, 403), (role, method, path, status)
        else:
            assert status == 403, (role, method, path, status)


def test_anonymous_visitors_are_sent_to_sign_in_or_refused(guarded: FastAPI) -> None:
    client = TestClient(guarded)
    for method, path in _routes(guarded):
        if ROUTES[(method, path)] is OPEN:
            continue
        status = _call(client, method, path, {})
        expected = (401,) if path.startswith("/api/") else (303, 401)
        assert status in expected, (method, path, status)
    response = client.get("/timeline?type=arrest", follow_redirects=False)
    assert response.headers["location"] == "/login?next=%2Ftimeline%3Ftype%3Darrest"


def test_a_made_up_token_is_anonymous(guarded: FastAPI) -> None:
    response = TestClient(guarded).get("/api/v1/overview", headers={"Authorization": "Bearer made-up"})
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"


def _sign_in(client: TestClient, name: str, password: str, next_path: str = "/") -> int:
    return client.post(
        "/login", data={"name": name, "password": password, "next": next_path}, follow_redirects=False
    ).status_code


def test_signing_in_and_out(guarded: FastAPI) -> None:
    client = TestClient(guarded)
    assert _sign_in(client, "viewer", "wrong password") == 401
    response = client.post("/login", data={"name": "viewer", "password": PASSWORD, "next": "/actors"})
    assert response.url.path == "/actors" and "viewer · viewer" in response.text
    assert client.get("/api/v1/overview").status_code == 200
    assert client.get("/api/v1/export/casefile").status_code == 200  # viewers may export
    assert client.get("/upload", follow_redirects=False).status_code == 403
    client.post("/logout", follow_redirects=False)
    assert client.get("/api/v1/overview").status_code == 401


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example/", "/\\evil"])
def test_after_sign_in_only_this_site(guarded: FastAPI, target: str) -> None:
    client = TestClient(guarded)
    response = client.post(
        "/login", data={"name": "editor", "password": PASSWORD, "next": target}, follow_redirects=False
    )
    assert response.headers["location"] == "/"


def test_public_mode_lets_visitors_read_but_nothing_more(guarded: FastAPI, tmp_path: Path) -> None:
    path = guarded.state.store.engine.url.database
    app = create_app(path, today=lambda: TODAY, access=Access(auth=True, public=True))
    client = TestClient(app)
    assert client.get("/api/v1/documents").json()["documents"] == []  # none is public yet
    overview = client.get("/api/v1/overview").json()  # cut to public documents: there are none
    assert (overview["documents"], overview["events"], overview["actors"]) == (0, 0, 0)
    assert client.get("/api/v1/timeline").json()["entries"] == []
    assert client.get("/api/v1/export/casefile").status_code == 401
    assert client.get("/documents/1/original", follow_redirects=False).status_code == 303
    app.state.store.close()
