"""CSV exports of the case file: one row per event, request, citation or entity, each tied to its source."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from datetime import date
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
    """One row per request, with what became of it: its thread's latest status and the sentence
    that shows it (in an export of everything, where the follow-up is), and for a UN letter's
    request whether a government reply citing the letter came."""
    casefile = casefile_for(store, scope)
    named = _names(casefile)
    dates = {d["source"]: d["date"] for d in casefile["documents"]}
    fates = _fates(casefile)
    replies = _replies(store, scope)
    rows = (
        [
            dates.get(r["document"]), named(r["by"]), named(r["to"]), r["text"], r["deadline"], r["document"],
            *fates.get((r["document"], r["text"]), ("", "", "", "")), *replies.get(r["document"], ("", "")),
        ]
        for r in casefile["requests"]
    )  # fmt: skip
    header = ["document_date", "by", "to", "request", "deadline", "document"]
    header += ["thread", "status", "status_document", "status_quote", "reply", "reply_document"]
    return _csv(header, rows)


def _fates(casefile: dict[str, Any]) -> dict[tuple[str, str], tuple[str, str, str, str]]:
    """(document, request text) -> its thread, the thread's latest status, where and how it shows."""
    found = {}
    for thread in casefile.get("threads", []):
        last = thread["status"][-1] if thread["status"] else None
        fate = (
            thread["id"],
            last["status"] if last else "asked",
            last["document"] if last else "",
            last["quote"] if last else "",
        )
        for ask in thread["requests"]:
            found[(ask["document"], ask["text"])] = fate
    return found


def _replies(store: Store, scope: ExportScope) -> dict[str, tuple[str, str]]:
    """A UN letter's source -> whether a reply came (replied DATE, overdue, awaiting) and from where."""
    from casewatch.analyse.communications import communication_list

    found = {}
    for letter in communication_list(store, date.today(), scope.seen):
        reply = letter.reply
        when = f" {reply.date.iso}" if reply and reply.date else ""
        found[letter.source.source] = (letter.status + when, reply.source.source if reply else "")
    return found


def entities_csv(store: Store, scope: ExportScope = EVERYTHING) -> str:
    casefile = casefile_for(store, scope)
    rows = ([e["id"], e["type"], e["name"], e["aliases"], e["documents"]] for e in casefile["entities"])
    return _csv(["id", "type", "name", "aliases", "documents"], rows)
