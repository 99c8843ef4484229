"""The follow-up in the exports: casefile `threads` and `disputes` (EVAL format), and threads-csv."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from casewatch.access.roles import stored_scope
from casewatch.analyse.followup.load import collection_followup
from casewatch.analyse.followup.model import Ask, Dispute, Finding, Followup, Side, Thread
from casewatch.export import EXPORTERS
from casewatch.export import followup as export_followup
from casewatch.export.audience import ExportScope
from casewatch.export.casefile import build_casefile
from casewatch.export.followup import THREAD_COLUMNS, followup_json, threads_csv
from casewatch.export.scope import casefile_for
from casewatch.ingest import ingest_paths
from casewatch.model import PartialDate
from casewatch.store import Store

DAY = PartialDate(2022, 3, 1)
ASK = Ask(
    "aa:r0",
    1,
    "letter.txt",
    DAY,
    "release the strike leaders",
    "release",
    "persons",
    ("Union",),
    0,
    26,
    "f-r0",
)
FINDING = Finding(
    2, "reply.txt", PartialDate(2022, 5), "met", "The leaders were released.", 0, 26, "government"
)
THREAD = Thread("t1", "PER", "persons", "release", ASK.text, (ASK,), (FINDING,), (FINDING,), "met")
DISPUTE = Dispute(
    "bb:d0",
    3,
    "record.txt",
    DAY,
    "PER",
    "liberty",
    "whether people are free",
    (
        Side("government", None, "They are free.", 0, 14),
        Side("workers", "Worker members", "Still barred.", 20, 33),
    ),
)


def test_casefile_threads_and_disputes_have_the_eval_shape() -> None:
    casefile = build_casefile([], Followup((THREAD,), (DISPUTE,)))
    thread = casefile["threads"][0]
    assert thread["id"] == "t1"
    assert thread["requests"][0] == {
        "document": "letter.txt",
        "text": "release the strike leaders",
        "date": "2022-03-01",
        "by": ["Union"],
    }
    assert {k: thread["status"][0][k] for k in ("document", "status", "quote")} == {
        "document": "reply.txt",
        "status": "met",
        "quote": "The leaders were released.",
    }
    sides = casefile["disputes"][0]["sides"]
    assert casefile["disputes"][0]["document"] == "record.txt"
    assert [(s["group"], s["quote"]) for s in sides] == [
        ("government", "They are free."),
        ("workers", "Still barred."),
    ]


def test_casefile_without_followup_has_no_such_keys() -> None:
    assert "threads" not in build_casefile([])


def test_threads_csv_row_holds_the_latest_status() -> None:
    rows = list(csv.reader(io.StringIO(threads_csv(Followup((THREAD,))))))
    assert tuple(rows[0]) == THREAD_COLUMNS
    row = dict(zip(rows[0], rows[1], strict=True))
    assert (row["latest_status"], row["status_document"], row["asks"]) == ("met", "reply.txt", "1")


@pytest.fixture
def filled(sqlite_store: Store, examples_dir: Path) -> Store:
    ingest_paths(sqlite_store, [examples_dir], workers=1)
    return sqlite_store


def test_ingested_examples_export_threads(filled: Store) -> None:
    casefile = json.loads(EXPORTERS["casefile"](filled))
    release = next(t for t in casefile["threads"] if t["remedy"] == "release")
    assert len({r["document"] for r in release["requests"]}) >= 2
    assert [s["status"] for s in release["status"]] == ["met"]
    table = list(csv.DictReader(io.StringIO(EXPORTERS["threads-csv"](filled))))
    assert len(table) == len(casefile["threads"])


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The calls the export makes to compute the follow-up, from now on."""
    computed: list[object] = []
    real = export_followup.collection_followup

    def spy(*args: Any) -> Followup:
        computed.append(args)
        return real(*args)

    monkeypatch.setattr(export_followup, "collection_followup", spy)
    return computed


def _recomputed(store: Store, labels: frozenset[str] | None) -> dict[str, object]:
    return followup_json(collection_followup(store, store.thread_moves(), labels))


@pytest.mark.parametrize("labels", [None, frozenset({"public", "internal"}), frozenset({"public"})])
def test_the_casefile_takes_the_stored_followup_when_current(filled: Store, labels, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    scope = ExportScope(labels)
    expected = _recomputed(filled, labels)
    assert expected["threads"] or labels == {"public"}  # the examples are internal
    computed = _spy(monkeypatch)
    casefile = casefile_for(filled, scope)
    assert computed == []  # read from the store: it stands at the store's revision
    assert {key: casefile[key] for key in ("threads", "disputes")} == expected


def test_the_casefile_computes_the_followup_when_the_stored_one_is_behind(filled: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first = filled.thread_page(limit=1)[0].body["requests"][0]["ask"]
    filled.move_ask(first, None, "reviewer")  # a write: the stored follow-up is behind until refreshed
    assert filled.current_followup(stored_scope(None)) is None
    computed = _spy(monkeypatch)
    casefile = casefile_for(filled)
    assert len(computed) == 1
    assert {key: casefile[key] for key in ("threads", "disputes")} == _recomputed(filled, None)
