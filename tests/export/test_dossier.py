"""The HTML dossier: every section, one country's documents only, a public edition."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import Any

import pytest

from casewatch.export import EXPORTERS
from casewatch.export.audience import EVERYTHING, REDACTED
from casewatch.export.dossier import actor_dossier, dossier
from casewatch.export.scope import casefile_for
from casewatch.ingest import ingest_paths
from casewatch.store import Store

SECTIONS = (
    "documents",
    "timeline",
    "followup",
    "requests",
    "communications",
    "disputes",
    "actors",
    "sources",
)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> str:
    path = str(tmp_path_factory.mktemp("dossier") / "c.sqlite")
    with Store.open(path) as store:
        ingest_paths(store, [examples_dir], workers=1)
    return path


def test_every_section_is_there_with_its_facts(filled: str) -> None:
    with Store.open(filled) as store:
        html = dossier(store, country="blr")
    for section in SECTIONS:
        assert f'<section id="{section}">' in html
    assert "Case file: BLR" in html and "<style>" in html  # a file that stands alone
    assert "un-allegation-letter.txt" in html and "<blockquote>" in html


def test_the_communications_section_says_which_letter_was_answered_by_which_reply(filled: str) -> None:
    with Store.open(filled) as store:
        html = dossier(store, country="BLR", today=date(2024, 1, 1))
    section = html.split('<section id="communications">')[1].split("</section>")[0]
    assert section.count("<tr>") == 2  # the header and the one letter
    assert ">replied</span> 2023-05-10" in section and "government-reply.docx" in section
    assert "As of 2024-01-01" in section


def test_a_country_without_documents_has_an_empty_dossier(filled: str) -> None:
    with Store.open(filled) as store:
        html = dossier(store, country="ISL")
    assert "0 documents" in html and "un-allegation-letter.txt" not in html


def test_the_public_edition_holds_only_public_documents(filled: str) -> None:
    with Store.open(filled) as store:
        html = EXPORTERS["dossier"](store, REDACTED)
    assert "Public edition" in html and "un-allegation-letter.txt" not in html  # all are internal


def _busiest_actor(store: Store) -> dict[str, Any]:
    casefile = casefile_for(store, EVERYTHING)
    counts = {e["id"]: 0 for e in casefile["entities"]}
    for event in casefile["events"]:
        for ref in (*event["actors"], *event["targets"]):
            counts[ref] = counts.get(ref, 0) + 1
    best = max(counts, key=lambda ref: counts[ref])
    entity = next(e for e in casefile["entities"] if e["id"] == best)
    events = [e for e in casefile["events"] if best in (*e["actors"], *e["targets"])]
    return {"entity": entity, "events": events, "casefile": casefile}


def test_an_actors_dossier_holds_its_events_and_only_its_documents(filled: str) -> None:
    with Store.open(filled) as store:
        busiest = _busiest_actor(store)
        entity = busiest["entity"]
        html = actor_dossier(store, entity["id"])
    assert html is not None and busiest["events"]
    assert f"Case file: {escape(entity['name'])}" in html
    for section in SECTIONS:
        assert f'<section id="{section}">' in html
    for event in busiest["events"]:
        assert escape(event["quote"]) in html
    others = {d["source"] for d in busiest["casefile"]["documents"]} - set(entity["documents"])
    shown = {e["document"] for e in busiest["events"]} | set(entity["documents"])
    assert all(f"<td>{source}</td>" not in html for source in others - shown)


def test_an_unknown_or_hidden_actor_has_no_dossier(filled: str) -> None:
    with Store.open(filled) as store:
        assert actor_dossier(store, "no-such-actor") is None
        entity = _busiest_actor(store)["entity"]
        assert actor_dossier(store, entity["id"], REDACTED) is None  # its documents are all internal
