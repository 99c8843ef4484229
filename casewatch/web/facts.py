"""The facts of one document as highlightable spans, each with an anchor id and, for actors, a link."""

from __future__ import annotations

from collections.abc import Mapping

from casewatch.analyse.common import entity_ref
from casewatch.model import Extraction, Party
from casewatch.store import DocumentRow
from casewatch.web.highlight import Fact, actor_href


def local_links(row: DocumentRow, ext: Extraction, clusters: Mapping[str, str]) -> dict[str, str]:
    """Entity key → actor page link, for the document's entities that are actors (not board lists)."""
    return {
        e.key: actor_href(clusters.get(entity_ref(row, e.key), entity_ref(row, e.key)))
        for e in ext.entities
        if not e.board
    }


def facts_of(row: DocumentRow, ext: Extraction, text: str, clusters: Mapping[str, str]) -> list[Fact]:
    """Every fact with a span: mentions, citations, events, requests (ids stable: f-m3, f-c0, f-e1, f-r2)."""
    links = local_links(row, ext, clusters)
    found = [
        Fact(f"f-m{i}", m.label, m.start, m.end, f"{m.label}: {m.text}", links.get(m.entity or ""))
        for i, m in enumerate(ext.mentions)
    ]
    found += [
        Fact(f"f-c{i}", "citation", c.start, c.end, " ".join((c.key, *c.provisions)))
        for i, c in enumerate(ext.citations)
    ]
    found += [
        Fact(f"f-e{i}", "event", e.start, e.end, e.type.value + (f" ({e.date.iso})" if e.date else ""))
        for i, e in enumerate(ext.events)
    ]
    found += [Fact(f"f-r{i}", "request", r.start, r.end, "request") for i, r in enumerate(ext.requests)]
    return [f for f in found if 0 <= f.start < f.end <= len(text)]


def parties(found: tuple[Party, ...], links: Mapping[str, str]) -> list[dict[str, str | None]]:
    return [{"name": p.name, "role": p.role, "href": links.get(p.entity or "")} for p in found]
