"""Exports: casefile JSON, CSV tables and the iCalendar of deadlines, from a real ingested store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from casewatch.export import EXPORTERS
from casewatch.export.calendar import _fold
from casewatch.export.casefile import CaseDocument, build_casefile
from casewatch.export.tables import _cell
from casewatch.ingest import ingest_paths
from casewatch.model import (
    DocumentMeta,
    Entity,
    EntityType,
    Event,
    EventType,
    Extraction,
    Genre,
    Mention,
    PartialDate,
    Request,
)
from casewatch.store import Store


@pytest.fixture
def filled(sqlite_store: Store, examples_dir: Path) -> Store:
    ingest_paths(sqlite_store, [examples_dir], workers=1)
    return sqlite_store


def test_casefile_has_every_document_and_resolved_ids(filled: Store) -> None:
    casefile = json.loads(EXPORTERS["casefile"](filled))
    assert casefile["format"] == "casefile/1"
    assert len(casefile["documents"]) == 4
    ids = {e["id"] for e in casefile["entities"]}
    for event in casefile["events"]:
        # a participant is an entity, or a group named by a plural noun ("union members")
        plain = (set(event["actors"]) | set(event["targets"])) - ids
        assert all(" " in name or name.islower() or name.isupper() or name == "Government" for name in plain)
    person = next(e for e in casefile["entities"] if e["name"] == "Alena Varenik")
    assert len(person["documents"]) >= 3


@pytest.mark.parametrize("fmt", ["events-csv", "requests-csv", "entities-csv"])
def test_csv_tables_parse_with_a_header(filled: Store, fmt: str) -> None:
    rows = list(csv.reader(io.StringIO(EXPORTERS[fmt](filled))))
    assert len(rows) > 2
    assert all(len(row) == len(rows[0]) for row in rows)


def test_requests_table_says_what_became_of_each_request(filled: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(EXPORTERS["requests-csv"](filled))))
    assert all(
        row["thread"] and row["status"] in {"asked", "met", "partly_met", "not_met", "unknown"}
        for row in rows
    )
    shown = [row for row in rows if row["status"] not in ("asked", "unknown")]
    assert shown and all(row["status_quote"] and row["status_document"] for row in shown)
    letters = [row for row in rows if row["reply"]]
    assert letters and all(row["reply"].startswith(("replied", "overdue", "awaiting")) for row in letters)
    assert any(row["reply_document"] for row in letters if row["reply"].startswith("replied"))


def test_deadlines_calendar_is_valid_ics(filled: Store) -> None:
    text = EXPORTERS["ics"](filled)
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert "DTSTART;VALUE=DATE:20230513" in lines  # 60 days after 14 March 2023
    assert all(len(line.encode()) <= 75 for line in lines)
    assert text.count("BEGIN:VEVENT") == text.count("END:VEVENT") >= 1


@pytest.mark.parametrize("value", ["=HYPERLINK(1)", "+1", "-cmd", "@SUM(A1)"])
def test_csv_cells_never_start_a_formula(value: str) -> None:
    assert _cell(value).startswith("'")


def test_ics_folding_keeps_multibyte_characters_whole() -> None:
    folded = _fold("DESCRIPTION:" + "é" * 60)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "DESCRIPTION:" + "é" * 60


def test_build_casefile_maps_local_keys_to_collection_ids() -> None:
    ext = Extraction(
        meta=DocumentMeta(genre=Genre.UNION_LETTER, date=PartialDate(2019, 5)),
        entities=(Entity("p1", EntityType.PERSON, "Ana Ruiz", ("Ms Ruiz",)),),
        events=(
            Event(EventType.ARREST, 0, 10, "Ms Ruiz was arrested", PartialDate(2019, 5, 3), targets=("p1",)),
        ),
        requests=(Request(("ITUC",), ("Government of Peru",), "release Ms Ruiz", 0, 5),),
    )
    casefile = build_casefile(
        [CaseDocument("a.txt", ext, {"p1": "c1"}), CaseDocument("b.txt", ext, {"p1": "c1"})]
    )
    [entity] = casefile["entities"]
    assert entity["documents"] == ["a.txt", "b.txt"]
    assert casefile["events"][0]["targets"] == [entity["id"]]
    assert casefile["documents"][0]["date"] == "2019-05"
    assert casefile["requests"][1]["document"] == "b.txt"


def test_casefile_keeps_forum_and_reporter_out_of_actors_and_targets() -> None:
    ext = Extraction(
        meta=DocumentMeta(genre=Genre.UNION_LETTER, date=PartialDate(2019, 5)),
        entities=(
            Entity("p1", EntityType.PERSON, "Ana Ruiz"),
            Entity("o1", EntityType.ORGANIZATION, "High Court of Arcadia"),
            Entity("o2", EntityType.ORGANIZATION, "Port Workers Federation"),
        ),
        events=(
            Event(
                EventType.APPEAL, 0, 10, "the High Court dismissed her appeal", PartialDate(2019, 5, 3),
                targets=("p1",), forum=("o1",), reporter=("o2",),
            ),
        ),
    )  # fmt: skip
    [event] = build_casefile([CaseDocument("a.txt", ext, {})])["events"]
    ids = {e["name"]: e["id"] for e in build_casefile([CaseDocument("a.txt", ext, {})])["entities"]}
    assert (event["targets"], event["actors"], event["forum"], event["reporter"]) == (
        [ids["Ana Ruiz"]],
        [],
        [ids["High Court of Arcadia"]],
        [ids["Port Workers Federation"]],
    )


def test_aliases_are_the_spellings_the_documents_write() -> None:
    """A vocabulary's other acronyms help matching but are not shown as 'also written'."""
    text = "The International Labour Organization (ILO) wrote."
    name = "International Labour Organization"
    union = Entity("o1", EntityType.ORGANIZATION, name, acronyms=("ILO", "OIT", "BIT"))
    mentions = (
        Mention("organization", name, 4, 37, "o1"),
        Mention("organization", "ILO", 39, 42, "o1"),
    )
    assert text[39:42] == "ILO"
    ext = Extraction(mentions=mentions, entities=(union,))
    [entity] = build_casefile([CaseDocument("a.txt", ext, {})])["entities"]
    assert entity["aliases"] == ["ILO"]
