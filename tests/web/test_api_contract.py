"""The API's contract: its description at /openapi.json and /docs, strict query parameters, exports."""

from __future__ import annotations

import csv
import io
import json

import pytest


@pytest.mark.parametrize("url", ["/openapi.json", "/api/v1/openapi.json"])
def test_openapi_served_at_both_addresses(client, url):
    schema = client.get(url).json()
    assert schema["openapi"].startswith("3.")
    assert {"/api/v1/actors", "/api/v1/export/{format}"} <= set(schema["paths"])


def test_docs_page_describes_every_route_without_scripts(client):
    response = client.get("/docs")
    assert response.status_code == 200
    assert "<script" not in response.text
    for path in client.get("/openapi.json").json()["paths"]:
        assert f"<code>{path}</code>" in response.text


@pytest.mark.parametrize(
    ("url", "unknown"),
    [
        ("/api/v1/actors?kind=person", "kind"),
        ("/api/v1/documents?genre=ilo_cas&colour=red", "colour"),
        ("/api/v1/search?q=arrested&limit=3", "limit"),
        ("/api/v1/overview?x=1", "x"),
    ],
)
def test_unknown_query_parameters_are_refused(client, url, unknown):
    response = client.get(url)
    assert response.status_code == 422
    assert unknown in response.json()["detail"]
    assert "this route takes" in response.json()["detail"]


def test_known_query_parameters_still_answer(client):
    assert client.get("/api/v1/search?q=arrested").status_code == 200
    assert client.get("/api/v1/documents?genre=union_letter").status_code == 200


def test_pages_keep_tolerating_extra_parameters(client):
    assert client.get("/actors?utm_source=mail").status_code == 200


def test_casefile_export_over_http_matches_the_documents(client):
    response = client.get("/api/v1/export/casefile")
    assert response.status_code == 200
    assert 'filename="casefile.json"' in response.headers["content-disposition"]
    casefile = json.loads(response.text)
    assert casefile["format"] == "casefile/1"
    assert len(casefile["documents"]) == client.get("/api/v1/overview").json()["documents"]


def test_csv_export_over_http(client):
    response = client.get("/api/v1/export/events-csv")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert len(rows) >= 2 and "type" in rows[0]


def test_unknown_export_is_404_with_the_choices(client):
    response = client.get("/api/v1/export/pdf")
    assert response.status_code == 404
    assert "casefile" in response.json()["detail"]


def test_exports_page_links_every_format(client):
    html = client.get("/exports").text
    for fmt in ("casefile", "events-csv", "requests-csv", "entities-csv", "ics", "ftm"):
        assert f'href="/api/v1/export/{fmt}"' in html
