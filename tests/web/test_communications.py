"""The communications list and the life of one communication, as pages and as JSON."""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from fastapi import FastAPI

from casewatch.model import DocumentMeta, Extraction, Genre, PartialDate, Party, Request

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

MANDATE = "Special Rapporteur on the situation of human rights defenders"


def test_the_list_shows_each_communication_with_its_reply(client, ids):
    out = client.get("/api/v1/communications").json()
    assert (out["total"], out["counts"]) == (1, {"overdue": 0, "awaiting": 0, "replied": 1})
    [letter] = out["communications"]
    assert (letter["reference"], letter["date"], letter["reply_due"], letter["status"]) == (
        "AL PER 2/2022",
        "2022-02-10",
        "2022-04-11",
        "replied",
    )
    assert letter["mandates"] == ["UN Special Rapporteur on the rights to freedom of association"]
    assert (letter["reply"]["source"]["document_id"], letter["reply"]["by"]) == (ids["reply"], "reference")
    assert letter["late"] is True  # the reply came after the window


@pytest.mark.parametrize(
    ("query", "total"),
    [
        ("country=PER", 1),
        ("country=per", 1),
        ("country=GEO", 0),
        ("status=replied", 1),
        ("status=overdue", 0),
        ("order=due", 1),
        ("order=status&page=3", 1),
    ],
)
def test_the_list_filters_and_sorts(client, query, total):
    response = client.get(f"/api/v1/communications?{query}")
    assert response.status_code == 200
    assert response.json()["total"] == total


@pytest.mark.parametrize("query", ["status=lost", "order=size", "colour=red"])
def test_a_wrong_filter_is_refused(client, query):
    assert client.get(f"/api/v1/communications?{query}").status_code == 422


def test_the_list_page(client):
    html = client.get("/communications?status=replied").text
    assert '<a href="/communications"' in html and "aria-current" in html  # the nav link, current
    assert "AL PER 2/2022" in html and "replied 20 May 2022" in html
    assert "Ref.: AL PER 2/2022" not in html  # the badge names the reply, it does not quote it
    empty = client.get("/communications?status=overdue").text
    assert "No communication matches these filters" in empty


def test_the_life_of_one_communication(client, ids):
    out = client.get(f"/api/v1/communications/{ids['letter']}").json()
    assert out["communication"]["status"] == "replied"
    assert [r["source"]["document_id"] for r in out["replies"]] == [ids["reply"]]
    [question] = out["questions"]
    assert question["question"]["text"].startswith("Please release Ms Quispe")
    assert question["answer"] is None  # the reply speaks of public order, not of her release
    assert out["addressed"] == 0
    html = client.get(f"/communications/{ids['letter']}").text
    assert f'href="/documents/{ids["letter"]}#f-r0"' in html
    assert "not addressed" in html and "cites the reference" in html
    reader = client.get(f"/documents/{ids['letter']}").text
    assert f'href="/communications/{ids["letter"]}"' in reader
    assert "/communications/" not in client.get(f"/documents/{ids['reply']}").text.split("<main>")[1]


@pytest.mark.parametrize("which", ["protest", "reply", None])
def test_only_a_communication_has_a_life(client, ids, which):
    document_id = ids[which] if which else 987654
    assert client.get(f"/api/v1/communications/{document_id}").status_code == 404
    assert client.get(f"/communications/{document_id}").status_code == 404


LETTER = """REFERENCE: UA PRY 6/2023
2 October 2023
Excellency,
- 1. Please indicate the charges brought against the members of the Bakers Guild.
- 2. Please explain why the Guild's office in the capital was sealed.
We would appreciate a response within 60 days.
"""
REPLY = """Permanent Mission
Ref.: JUA PRY 6/2023
15 November 2023
The members of the Bakers Guild were charged with obstructing traffic during the march.
"""


def _letter() -> Extraction:
    asks = [line[5:] for line in LETTER.splitlines() if line.startswith("- ")]
    return Extraction(
        meta=DocumentMeta(
            Genre.UN_COMMUNICATION,
            PartialDate(2023, 10, 2),
            "UA PRY 6/2023",
            "en",
            ("PRY",),
            senders=(Party(MANDATE),),
            reply_due=PartialDate(2023, 12, 1),
        ),
        requests=tuple(Request((), (), a, LETTER.index(a), LETTER.index(a) + len(a)) for a in asks),
    )


def test_the_reply_s_sentence_links_to_the_reader_where_it_is_marked(
    empty_app: FastAPI, writers: dict[str, Any]
):
    store = empty_app.state.store
    letter = writers["save"](store, "appeal.txt", LETTER, _letter())
    reply = writers["save"](
        store,
        "mission.txt",
        REPLY,
        Extraction(
            meta=DocumentMeta(Genre.GOVERNMENT_REPLY, PartialDate(2023, 11, 15), None, "en", ("PRY",))
        ),
    )
    client = TestClient(empty_app)
    out = client.get(f"/api/v1/communications/{letter}").json()
    first, second = (q["answer"] for q in out["questions"])
    assert second is None
    assert first["document_id"] == reply
    assert REPLY[first["start"] : first["end"]].startswith("The members of the Bakers Guild were charged")
    html = client.get(f"/communications/{letter}").text
    href = f"/documents/{reply}?at={first['start']}-{first['end']}#quoted-{first['start']}"
    assert f'href="{href}"' in html and "1 of 2 addressed" in html
    reader = client.get(href.split("#")[0]).text
    assert f'id="quoted-{first["start"]}"' in reader
    assert client.get(f"/documents/{reply}?at=oops").status_code == 422


@pytest.fixture(scope="module")
def seeds_app(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Any, writers: dict[str, Any]) -> Any:
    from casewatch.ingest import ingest_paths
    from casewatch.store import Store
    from casewatch.web.app import create_app

    path = str(tmp_path_factory.mktemp("seeds") / "seeds.sqlite")
    with Store.open(path) as store:
        ingest_paths(store, [seeds_dir], by="test")
    app = create_app(path, today=lambda: writers["today"])
    yield app
    app.state.store.close()


def test_the_seed_letter_is_overdue_with_nothing_claimed_answered(seeds_app: FastAPI) -> None:
    """The seeds hold one UN letter and no government reply: it is overdue, no question is marked
    addressed, and no union letter's ask is taken for answered."""
    client = TestClient(seeds_app)
    out = client.get("/api/v1/communications").json()
    [letter] = out["communications"]
    assert letter["source"]["source"].startswith("000_")
    assert (letter["status"], letter["reply"]) == ("overdue", None)
    assert letter["reference"] and len(letter["mandates"]) == 2
    life = client.get(f"/api/v1/communications/{letter['source']['document_id']}").json()
    assert life["replies"] == [] and life["addressed"] == 0
    numbers = [q["question"]["number"] for q in life["questions"]]
    assert numbers[:4] == [1, 2, 3, 4] and set(numbers[4:]) <= {None}
    requests = client.get("/api/v1/requests").json()
    assert all(r["reply"] is None for g in requests["by_body"] for r in g["requests"])
    html = client.get(f"/communications/{letter['source']['document_id']}").text
    assert "no reply citing it is in the collection" in html and "badge good" not in html


def test_a_reply_the_reader_may_not_see_is_no_evidence_for_them(
    tmp_path: Any, writers: dict[str, Any]
) -> None:
    from casewatch.access import accounts
    from casewatch.model import Label, Role
    from casewatch.store import Store
    from casewatch.web.app import create_app
    from casewatch.web.auth import Access

    path = str(tmp_path / "labelled.sqlite")
    with Store.open(path) as store:
        letter = writers["save"](store, "appeal.txt", LETTER, _letter())
        reply_meta = DocumentMeta(Genre.GOVERNMENT_REPLY, PartialDate(2023, 11, 15), None, "en", ("PRY",))
        reply = writers["save"](store, "mission.txt", REPLY, Extraction(meta=reply_meta))
        store.accounts.set_label(letter, Label.PUBLIC)
        store.accounts.set_label(reply, Label.INTERNAL)
        accounts.add_user(store, "viewer", "a long enough password", Role.VIEWER, by="test")
        token = accounts.new_api_token(store, "viewer", "test", by="test")
    app = create_app(path, today=lambda: writers["today"], access=Access(auth=True, public=True))
    try:
        client = TestClient(app)
        seen = client.get("/api/v1/communications", headers={"Authorization": f"Bearer {token}"}).json()
        assert [c["status"] for c in seen["communications"]] == ["replied"]
        public = client.get("/api/v1/communications").json()
        assert [(c["status"], c["reply"]) for c in public["communications"]] == [("awaiting", None)]
        assert client.get(f"/api/v1/communications/{reply}").status_code == 404
    finally:
        app.state.store.close()
