"""Every route: status codes, JSON fields, and the same facts on a page as in its JSON twin."""

from __future__ import annotations

import re

import pytest

from casewatch.web.security import CONTENT_SECURITY_POLICY, CSRF_COOKIE

PAGES = [
    "/",
    "/documents",
    "/documents/1",
    "/actors",
    "/actors/quispe",
    "/timeline",
    "/requests",
    "/search?q=arrested",
    "/upload",
    "/exports",
    "/docs",
]


@pytest.mark.parametrize(
    "url", [*PAGES, "/nowhere", "/static/style.css", "/api/v1/overview", "/documents/1/original"]
)
def test_security_headers_on_every_response(client, url):
    response = client.get(url)
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize("url", PAGES)
def test_pages_render(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "<script" not in response.text


def test_overview_twin(client):
    data = client.get("/api/v1/overview").json()
    assert (data["documents"], data["events"], data["requests"], data["citations"]) == (3, 2, 2, 1)
    assert [(t["name"], t["count"]) for t in data["instruments"]] == [("ILO C087", 1)]
    assert data["overdue"] == [] and data["upcoming"] == []  # the letter was answered on 20 May
    assert data["top_actors"][0]["cluster_id"] in {"quispe", "uam"}
    html = client.get("/").text
    for src in data["latest"]:
        assert f'href="/documents/{src["document_id"]}"' in html
    assert "<strong>3</strong> documents" in html


def test_timeline_twin_merges_sources_and_flags_conflict(client):
    data = client.get("/api/v1/timeline").json()
    (entry,) = data["entries"]
    assert entry["type"] == "arrest" and entry["date"] == "2022-02-02"
    assert [s["source"]["document_id"] for s in entry["sources"]] == [1, 2]
    assert entry["conflicts"] == ["dates differ: 2022-02-02 / 2022-02-03"]
    html = client.get("/timeline").text
    assert 'id="ev-1"' in html and "2 Feb 2022" in html and "Sources disagree" in html
    for source in entry["sources"]:
        assert source["quote"] in html


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ("type=arrest", 1),
        ("type=protest", 0),
        ("country=PER", 1),
        ("country=CHL", 0),
        ("actor=quispe", 1),
        ("actor=uam", 0),
    ],
)
def test_timeline_filters(client, query, count):
    assert len(client.get(f"/api/v1/timeline?{query}").json()["entries"]) == count


def test_requests_twin(client):
    data = client.get("/api/v1/requests").json()
    assert (data["total"], data["overdue"]) == (2, 0)
    bodies = {g["name"]: len(g["requests"]) for g in data["by_body"]}
    assert bodies == {
        "UN Special Rapporteur on the rights to freedom of association": 1,
        "Union of Andean Miners": 1,
    }
    topics = {g["name"] for g in data["by_topic"]}
    assert {"release", "information"} <= topics
    html = client.get("/requests").text
    for group in data["by_body"]:
        for item in group["requests"]:
            assert item["text"] in html


def test_actor_twins(client):
    actors = client.get("/api/v1/actors").json()["actors"]
    assert {a["cluster_id"] for a in actors} == {"quispe", "uam", "rapporteur"}
    page = client.get("/api/v1/actors/quispe").json()
    assert {s["name"] for s in page["spellings"]} == {"Rosa Quispe", "Ms Quispe", "Ms Rosa Quispe"}
    assert page["roles"] == ["President"]
    assert [e["source"]["document_id"] for e in page["events"]] == [1, 2]
    html = client.get("/actors/quispe").text
    for spelling in page["spellings"]:
        assert spelling["name"] in html
    assert client.get("/api/v1/actors/nobody").status_code == 404
    assert client.get("/actors/nobody").status_code == 404


def test_documents_twin_and_filters(client, ids):
    data = client.get("/api/v1/documents").json()
    assert [d["id"] for d in data["documents"]] == [
        ids["reply"],
        ids["protest"],
        ids["letter"],
    ]  # newest first
    html = client.get("/documents").text
    for d in data["documents"]:
        assert f'href="/documents/{d["id"]}"' in html

    def found(query: str) -> list[int]:
        return [d["id"] for d in client.get(f"/api/v1/documents?{query}").json()["documents"]]

    assert found("genre=union_letter") == [ids["protest"]]
    assert found("sender=andean") == [ids["protest"]]
    assert found("date_from=2022-03&date_to=2022-04-30&order=date") == [ids["protest"]]
    assert found("country=PER&order=source") == [ids["letter"], ids["reply"], ids["protest"]]
    assert found("status=failed") == []
    assert client.get("/api/v1/documents?date_from=March").status_code == 422


def test_document_reader_marks_every_fact(client, ids):
    data = client.get(f"/api/v1/documents/{ids['letter']}").json()
    html = client.get(f"/documents/{ids['letter']}").text
    assert {f["id"] for f in data["facts"]} == {
        "f-m0",
        "f-m1",
        "f-m2",
        "f-m3",
        "f-m4",
        "f-m5",
        "f-c0",
        "f-e0",
        "f-r0",
    }
    for fact in data["facts"]:
        assert html.count(f'id="{fact["id"]}"') == 1
        assert f'href="#{fact["id"]}"' in html
    assert re.search(
        r'<mark class="hl person" id="f-m0"[^>]*><a href="/actors/quispe">Ms Rosa Quispe</a>', html
    )
    assert data["senders"][0]["href"] == "/actors/rapporteur"
    assert client.get("/api/v1/documents/999").status_code == 404


def test_original_is_a_safe_download(client, ids):
    response = client.get(f"/documents/{ids['protest']}/original")
    assert response.content.startswith(b"Union of Andean Miners")
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"].startswith('attachment; filename="uam_protest.txt"')


@pytest.mark.parametrize(
    "query",
    [
        "arrested",
        '"',
        "NEAR(a b)",
        "*",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "col:x",
        "^-()",
        "ümlaut ǅ 中文",
        "",
        "   ",
        "a" * 500,
    ],
)
def test_any_search_string_is_safe(client, query):
    response = client.get("/api/v1/search", params={"q": query})
    assert response.status_code == 200
    assert client.get("/search", params={"q": query}).status_code == 200


def test_search_twin_with_facets(client, ids):
    data = client.get("/api/v1/search?q=arrested").json()
    assert {h["document_id"] for h in data["hits"]} == {ids["letter"], ids["protest"]}
    assert all("<mark>" in h["snippet"] for h in data["hits"])
    assert {(t["name"], t["count"]) for t in data["genres"]} == {("un_communication", 1), ("union_letter", 1)}
    assert [
        h["document_id"] for h in client.get("/api/v1/search?q=arrested&genre=union_letter").json()["hits"]
    ] == [ids["protest"]]
    html = client.get("/search?q=unfairly").text
    assert "&lt;b&gt;<mark>unfairly</mark>" in html or "<mark>unfairly</mark>" in html
    assert "<b>unfairly" not in html


def test_openapi_lists_the_api(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {
        "/api/v1/overview",
        "/api/v1/documents",
        "/api/v1/documents/{document_id}",
        "/api/v1/actors",
        "/api/v1/actors/{cluster_id}",
        "/api/v1/timeline",
        "/api/v1/requests",
        "/api/v1/search",
        "/api/v1/upload",
        "/api/v1/jobs/{job_id}",
    } <= set(paths)
    assert "/" not in paths


@pytest.mark.parametrize("url", ["/", "/documents", "/actors", "/timeline", "/requests"])
def test_empty_collection_says_what_to_do(empty_client, url):
    assert "No documents yet" in empty_client.get(url).text


def test_upload_needs_the_form_token_from_a_browser(empty_client):
    files = {"files": ("note.txt", b"Lima, 3 March 2022\n\nThe union wrote to the Ministry of Labour.\n")}
    refused = empty_client.post("/upload", files=files, headers={"Origin": "https://evil.example"})
    assert refused.status_code == 403
    refused = empty_client.post("/api/v1/upload", files=files, headers={"Origin": "https://evil.example"})
    assert refused.status_code == 403
    form = empty_client.get("/upload")
    token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', form.text).group(1)
    assert CSRF_COOKIE in empty_client.cookies
    done = empty_client.post("/upload", files=files, data={"csrf_token": token}, headers={"Origin": "null"})
    assert done.status_code == 200 and done.url.path.startswith("/jobs/")  # the job page, after a redirect
    assert "note.txt" in done.text
    queued = empty_client.post("/api/v1/upload", files=files)  # no Origin: not a browser
    assert queued.status_code == 202


PAST_INTEGER_RANGE = ["99999999999999999999999", "-99999999999999999999999", str(2**63)]


@pytest.mark.parametrize("number", PAST_INTEGER_RANGE)
@pytest.mark.parametrize(
    "url",
    [
        "/documents/{}",
        "/api/v1/documents/{}",
        "/documents/{}/original",
        "/actors/{}",
        "/api/v1/actors/{}",
        "/jobs/{}",
        "/api/v1/jobs/{}",
    ],
)
def test_an_id_past_the_integer_range_is_not_found(client, url, number):
    response = client.get(url.format(number))
    assert response.status_code == 404
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
