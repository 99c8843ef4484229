"""The HTML dossier: one country's or one actor's case file as a document to read and print
(or save as PDF).

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


def _of_actor(casefile: dict[str, Any], actor: str) -> dict[str, Any] | None:
    """The casefile cut to one actor (a collection-wide entity id): the documents naming it, the
    events it acts in or undergoes, the requests by, to or about it, their threads, and the
    disputes of its documents that name it. None when the scope shows no such actor."""
    entity = next((e for e in casefile["entities"] if e["id"] == actor), None)
    if entity is None:
        return None
    names = [n.casefold() for n in (entity["name"], *entity["aliases"]) if len(n) > 2]
    sources = set(entity["documents"])

    def names_it(text: str) -> bool:
        folded = text.casefold()
        return any(n in folded for n in names)

    events = [e for e in casefile["events"] if actor in (*e["actors"], *e["targets"])]
    requests = [
        r
        for r in casefile["requests"]
        if actor in (*r.get("by", ()), *r.get("to", ())) or names_it(r["text"])
    ]
    asked = {(r["document"], r["text"]) for r in requests}
    threads = [
        t for t in casefile.get("threads", []) if asked & {(r["document"], r["text"]) for r in t["requests"]}
    ]
    disputes = [
        d
        for d in casefile.get("disputes", [])
        if d["document"] in sources and any(names_it(side["quote"]) for side in d["sides"])
    ]
    shown = sources | {e["document"] for e in events} | {r["document"] for r in requests}
    around = {x for e in events for x in (*e["actors"], *e["targets"])} | {actor}
    return {
        "actor": entity,
        "documents": sorted((d for d in casefile["documents"] if d["source"] in shown), key=_by_date),
        "events": sorted(events, key=_by_date),
        "requests": requests,
        "threads": threads,
        "disputes": disputes,
        "entities": sorted(
            (e for e in casefile["entities"] if e["id"] in around),
            key=lambda e: (e["id"] != actor, e["name"]),
        ),
    }


def _by_date(item: dict[str, Any]) -> str:
    return item["date"] or "9999"


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


def actor_dossier(
    store: Store,
    actor: str,
    scope: ExportScope = EVERYTHING,
    inline_style: bool = True,
    today: date | None = None,
) -> str | None:
    """The dossier of one actor (its id as in /actors/ID and the exports), or None when the scope
    shows no such actor (unknown, only in documents the reader may not see, or protected)."""
    casefile = casefile_for(store, scope)
    found = _of_actor(casefile, actor)
    if found is None:
        return None
    names = {e["id"]: e["name"] for e in casefile["entities"]}
    today = today or date.today()
    sources = {d["source"] for d in found["documents"]}
    letters = [c for c in _communications(store, scope, None, today) if c.source.source in sources]
    return (
        _environment()
        .get_template("dossier.html")
        .render(
            country=None,
            subject=found["actor"]["name"],
            redacted=scope.redacted,
            communications=letters,
            today=today.isoformat(),
            style=STYLE.read_text(encoding="utf-8") if inline_style else None,
            names=names,
            matrix=_matrix(found["threads"], found["documents"]),
            **found,
        )
    )


def dossier_html(store: Store, scope: ExportScope = EVERYTHING) -> str:
    """The dossier of the whole collection (the export format `dossier`)."""
    return dossier(store, scope)
