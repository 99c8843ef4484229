"""Confidentiality labels on every read path, and the redacted public export: a canary planted in a
restricted document, and a protected person's name, must appear nowhere they should not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from casewatch.access import accounts
from casewatch.analyse.derived import refresh_views
from casewatch.export import EXPORTERS
from casewatch.export.audience import REDACTED
from casewatch.ingest import ingest_paths
from casewatch.model import Label, Role
from casewatch.store import Store
from casewatch.web.app import create_app
from casewatch.web.auth import Access

CANARY = "Quillfeather7"  # a word no other document holds
PROTECTED = "Ondrej Vasquez-Lindqvist"
PASSWORD = "a long enough password"
LETTERS = {
    "public.txt": "Dear Minister,\n\nOn 3 May 2021 the police arrested union members in the port of Ardel.\n",
    "internal.txt": "Dear Minister,\n\nThe federation went on strike on 9 June 2021 in Ardel.\n",
    "restricted.txt": (
        f"Witness statement.\n\nMr {PROTECTED}, a union organiser, was beaten by guards on 2 May 2021 "
        f"after he reported the codeword {CANARY}. Mr {PROTECTED} asks that his name be kept.\n"
        f"The federation urges the Government to investigate the beating of Mr {PROTECTED} "
        "and to report by 1 July 2021.\n"
    ),
}
LABELS = {"public.txt": Label.PUBLIC, "internal.txt": Label.INTERNAL, "restricted.txt": Label.RESTRICTED}


@pytest.fixture(scope="module")
def labelled(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("letters")
    for name, text in LETTERS.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = str(tmp_path_factory.mktemp("db") / "labels.sqlite")
    with Store.open(path) as store:
        ingest_paths(store, [folder], workers=1)
        for doc in store.documents():
            store.accounts.set_label(doc.id, LABELS[doc.source])
        refs = [r.ref for r in store.entity_records() if "Vasquez" in r.name]
        assert refs, "the witness statement names its person"
        store.accounts.protect(refs, by="test")
        for role in (Role.EDITOR, Role.VIEWER):
            accounts.add_user(store, role.value, PASSWORD, role, by="test")
        refresh_views(store, everything=True)  # the stored views as the labels now cut them
    return path


@pytest.fixture(scope="module")
def app(labelled: str) -> Iterator[FastAPI]:
    app = create_app(labelled, access=Access(auth=True, public=True))
    yield app
    app.state.store.close()


def _as(app: FastAPI, role: Role | None) -> TestClient:
    client = TestClient(app)
    if role is not None:
        client.post("/login", data={"name": role.value, "password": PASSWORD})
    return client


def _ids(app: FastAPI) -> dict[str, int]:
    return {d.source: d.id for d in app.state.store.documents()}


@pytest.mark.parametrize(
    ("role", "seen"),
    [
        (Role.EDITOR, {"public.txt", "internal.txt", "restricted.txt"}),
        (Role.VIEWER, {"public.txt", "internal.txt"}),
        (None, {"public.txt"}),  # an anonymous visitor, where public reading is allowed
    ],
)
def test_each_role_reads_the_documents_of_its_labels_only(
    app: FastAPI, role: Role | None, seen: set[str]
) -> None:
    client = _as(app, role)
    listed = {d["source"] for d in client.get("/api/v1/documents").json()["documents"]}
    assert listed == seen
    for source, document_id in _ids(app).items():
        expected = 200 if source in seen else 404
        assert client.get(f"/api/v1/documents/{document_id}").status_code == expected
    found = client.get("/api/v1/search", params={"q": CANARY}).json()["hits"]
    assert bool(found) == ("restricted.txt" in seen)


# The collection's views and their JSON twins: what a reader of some labels gets cut to them.
VIEWS = ("/api/v1/timeline", "/api/v1/actors", "/api/v1/overview", "/api/v1/requests", "/api/v1/followup")
PAGES = ("/timeline", "/actors", "/", "/requests", "/followup")


def _followup(client: TestClient) -> str:
    """Every follow-up answer: each country's matrix, each thread's page (ids t1, t2 ...)."""
    countries = [c["country"] for c in client.get("/api/v1/followup").json()["countries"] if c["country"]]
    matrices = "".join(client.get(f"/api/v1/followup/{c}").text for c in countries)
    threads = [client.get(f"/api/v1/followup/threads/t{n}") for n in range(1, 6)]
    return matrices + "".join(t.text for t in threads if t.status_code == 200)


def _everything_shown(client: TestClient) -> str:
    answers = [client.get(url) for url in (*VIEWS, *PAGES)]
    assert all(a.status_code == 200 for a in answers), [(a.url, a.status_code) for a in answers]
    actors = [a["cluster_id"] for a in answers[1].json()["actors"]]
    pages = "".join(client.get(f"/api/v1/actors/{cid}").text for cid in actors)
    return "".join(a.text for a in answers) + pages + _followup(client)


@pytest.mark.parametrize("role", [Role.VIEWER, None])
def test_collection_views_are_cut_to_the_readers_labels(app: FastAPI, role: Role | None) -> None:
    shown = _everything_shown(_as(app, role))
    assert CANARY not in shown and "Vasquez" not in shown and "beat" not in shown
    overview = _as(app, role).get("/api/v1/overview").json()
    assert overview["documents"] == (2 if role else 1)


def test_a_role_that_sees_every_label_sees_the_restricted_facts(app: FastAPI) -> None:
    editor = _as(app, Role.EDITOR)
    shown = _everything_shown(editor)
    assert "Vasquez" in shown and "investigate the beating" in shown
    assert editor.get("/api/v1/overview").json()["documents"] == 3


def test_an_actor_page_counts_the_readers_documents_only(app: FastAPI) -> None:
    arrests = [
        e
        for e in _as(app, Role.EDITOR).get("/api/v1/timeline").json()["entries"]
        if "Vasquez" in str(e["actors"]) + str(e["targets"])
    ]
    assert arrests, "the editor's timeline names the witness"
    cluster = next(
        a["cluster_id"] for e in arrests for a in (*e["actors"], *e["targets"]) if a.get("cluster_id")
    )
    assert _as(app, Role.VIEWER).get(f"/api/v1/actors/{cluster}").status_code == 404
    assert _as(app, Role.EDITOR).get(f"/api/v1/actors/{cluster}").status_code == 200


def test_a_viewers_export_holds_no_restricted_document(app: FastAPI) -> None:
    for fmt in ("casefile", "events-csv", "entities-csv", "requests-csv", "ics"):
        body = _as(app, Role.VIEWER).get(f"/api/v1/export/{fmt}").text
        assert CANARY not in body and "Vasquez" not in body, fmt


@pytest.mark.parametrize("fmt", ["casefile", "events-csv", "entities-csv", "requests-csv", "ics", "ftm"])
def test_the_redacted_export_holds_no_canary_and_no_protected_person(labelled: str, fmt: str) -> None:
    with Store.open(labelled) as store:
        full, redacted = EXPORTERS[fmt](store), EXPORTERS[fmt](store, REDACTED)
    assert CANARY in full or "Vasquez" in full or fmt in ("ics", "requests-csv")  # the full one does
    assert CANARY not in redacted and "Vasquez" not in redacted and "internal.txt" not in redacted


def test_protection_also_hides_a_person_named_in_a_public_document(tmp_path: Path, labelled: str) -> None:
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "news.txt").write_text(
        f"News.\n\nMr {PROTECTED} was arrested by the police on 4 May 2021 in Ardel.\n", encoding="utf-8"
    )
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(Path(labelled).read_bytes())
    with Store.open(str(copy)) as store:
        ingest_paths(store, [folder], workers=1)
        news = next(d.id for d in store.documents() if d.source == "news.txt")
        store.accounts.set_label(news, Label.PUBLIC)
        store.accounts.protect([r.ref for r in store.entity_records() if "Vasquez" in r.name], by="test")
        redacted = EXPORTERS["casefile"](store, REDACTED)
    assert "news.txt" in redacted and "Vasquez" not in redacted and "[protected]" in redacted
