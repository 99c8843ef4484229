"""CSV exports of the case file: one row per event, request, citation or entity, each tied to its source."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from casewatch.export.audience import EVERYTHING, ExportScope
from casewatch.export.scope import casefile_for

if TYPE_CHECKING:
    from casewatch.store import Store


def _csv(header: list[str], rows: Iterable[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([_cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    """Lists as '; '-joined text; a leading =, +, - or @ is quoted: spreadsheets must not run it."""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def _names(casefile: dict[str, Any]) -> Callable[[list[str]], list[str]]:
    names = {e["id"]: e["name"] for e in casefile["entities"]}
    return lambda refs: [names.get(r, r) for r in refs]


def events_csv(store: Store, scope: ExportScope = EVERYTHING) -> str:
    casefile = casefile_for(store, scope)
    named = _names(casefile)
    rows = (
        [
            e["date"], e["type"], named(e["actors"]), named(e["targets"]), named(e["forum"]),
            named(e["reporter"]), e["place"], e["document"], e["quote"],
        ]
        for e in sorted(casefile["events"], key=lambda e: e["date"] or "9999")
    )  # fmt: skip
    header = ["date", "type", "actors", "targets", "forum", "reporter", "place", "document", "quote"]
    return _csv(header, rows)


def requests_csv(store: Store, scope: ExportScope = EVERYTHING) -> str:
    casefile = casefile_for(store, scope)
    named = _names(casefile)
    dates = {d["source"]: d["date"] for d in casefile["documents"]}
    rows = (
        [dates.get(r["document"]), named(r["by"]), named(r["to"]), r["text"], r["deadline"], r["document"]]
        for r in casefile["requests"]
    )
    return _csv(["document_date", "by", "to", "request", "deadline", "document"], rows)


def entities_csv(store: Store, scope: ExportScope = EVERYTHING) -> str:
    casefile = casefile_for(store, scope)
    rows = ([e["id"], e["type"], e["name"], e["aliases"], e["documents"]] for e in casefile["entities"])
    return _csv(["id", "type", "name", "aliases", "documents"], rows)
