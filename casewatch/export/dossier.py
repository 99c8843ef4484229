"""The HTML dossier: one country's case file as a document to read and print (or save as PDF).

Sections: the documents, the timeline of events, the follow-up (each thread's asks and what
each later document shows of it), the requests, the UN communications with their reply status
(as of the day it is made), the disputes, the actors, and the sources, each
fact with the sentence it comes from. It is built from the same casefile as every export, for a
scope (a reader's labels, or redacted for the public), and stands alone: its style is inside.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from casewatch.analyse.communications import Communication, communication_list
from casewatch.export.audience import EVERYTHING, ExportScope
from casewatch.export.scope import casefile_for

if TYPE_CHECKING:
    from casewatch.store import Store

TEMPLATES = Path(__file__).resolve().parent.parent / "web" / "templates"
STYLE = Path(__file__).resolve().parent.parent / "web" / "static" / "dossier.css"


@cache
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))


def _of_country(casefile: dict[str, Any], country: str | None) -> dict[str, Any]:
    """The casefile cut to the documents concerning `country` (all of them when None)."""
    docs = [d for d in casefile["documents"] if country is None or country in d["countries"]]
    sources = {d["source"] for d in docs}
    entities = [e for e in casefile["entities"] if sources & set(e["documents"])]
    threads = [t for t in casefile.get("threads", []) if sources & {r["document"] for r in t["requests"]}]
    return {
        "documents": sorted(docs, key=lambda d: d["date"] or "9999"),
        "events": sorted(
            (e for e in casefile["events"] if e["document"] in sources), key=lambda e: e["date"] or "9999"
        ),
        "requests": [r for r in casefile["requests"] if r["document"] in sources],
        "threads": threads,
        "disputes": [d for d in casefile.get("disputes", []) if d["document"] in sources],
        "entities": sorted(entities, key=lambda e: (-len(e["documents"]), e["name"])),
    }


def _matrix(threads: list[dict[str, Any]], docs: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    """thread id -> document -> what the document shows of the thread ("asked" for its asks)."""
    cells: dict[str, dict[str, str]] = defaultdict(dict)
    for thread in threads:
        for ask in thread["requests"]:
            cells[thread["id"]][ask["document"]] = "asked"
        for mark in thread["status"]:
            cells[thread["id"]][mark["document"]] = mark["status"]
    return cells


def _communications(
    store: Store, scope: ExportScope, country: str | None, today: date
) -> list[Communication]:
    found = communication_list(store, today, scope.seen)
    return [c for c in found if country is None or country in c.countries]


def dossier(
    store: Store,
    scope: ExportScope = EVERYTHING,
    country: str | None = None,
    inline_style: bool = True,
    today: date | None = None,
) -> str:
    """The dossier of `country` (ISO3; every country when None) as one HTML page; its style
    inside (a file stands alone) or linked (a page the server's content policy allows). Reply
    statuses are as of `today` (the day it is made when not given)."""
    casefile = casefile_for(store, scope)
    country = country.upper() if country else None
    found = _of_country(casefile, country)
    today = today or date.today()
    names = {e["id"]: e["name"] for e in casefile["entities"]}
    template = _environment().get_template("dossier.html")
    return template.render(
        country=country,
        redacted=scope.redacted,
        communications=_communications(store, scope, country, today),
        today=today.isoformat(),
        style=STYLE.read_text(encoding="utf-8") if inline_style else None,
        names=names,
        matrix=_matrix(found["threads"], found["documents"]),
        **found,
    )


def dossier_html(store: Store, scope: ExportScope = EVERYTHING) -> str:
    """The dossier of the whole collection (the export format `dossier`)."""
    return dossier(store, scope)
