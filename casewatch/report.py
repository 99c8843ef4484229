"""A readable terminal summary of the case file (what `casewatch summary` and `make demo` print)."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from casewatch.export.casefile import build_casefile, case_documents
from casewatch.store import Store

REQUESTS_SHOWN, EVENTS_SHOWN, ACTORS_SHOWN = 8, 20, 12


def clip(text: str, width: int) -> str:
    """At most `width` characters, cut at a word boundary with an ellipsis, never mid-word."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def more(shown: int, total: int, what: str) -> str:
    return (
        f"  [dim]… {total - shown} more {what} (casewatch export lists them all)[/]" if total > shown else ""
    )


def print_summary(store: Store, console: Console) -> None:
    casefile = build_casefile(case_documents(store))
    failed, skipped = store.failures(), store.skipped()
    console.rule("[bold]casewatch case file")
    console.print(_documents_table(casefile["documents"]))
    if failed:
        listed = "; ".join(f"{r.source} ({r.error})" for r in failed)
        console.print(f"[red]{len(failed)} file(s) failed[/]: " + escape(listed))
    if skipped:
        console.print(f"[yellow]{len(skipped)} path(s) skipped[/] (not read); `casewatch failures` says why")
    _print_with_more(
        console, _actors_table(casefile["entities"]), len(casefile["entities"]), ACTORS_SHOWN, "actors"
    )
    console.print(_instruments_line(casefile["instruments"]))
    events = casefile["events"]
    _print_with_more(
        console, _events_table(events, casefile["entities"]), len(events), EVENTS_SHOWN, "events"
    )
    requests = casefile["requests"]
    console.print(f"[bold]{len(requests)}[/] requests addressed to the authorities")
    for req in requests[:REQUESTS_SHOWN]:
        console.print(f"  • {escape(clip(req['text'], 110))}  [dim]({escape(req['document'])})[/]")
    if line := more(min(REQUESTS_SHOWN, len(requests)), len(requests), "requests"):
        console.print(line)


def _print_with_more(console: Console, table: Table, total: int, shown: int, what: str) -> None:
    console.print(table)
    if line := more(min(shown, total), total, what):
        console.print(line)


def _row(table: Table, *cells: str) -> None:
    """Cells are document text: shown as written, never read as console markup."""
    table.add_row(*(escape(c) for c in cells))


def _documents_table(docs: list[dict]) -> Table:
    table = Table("document", "genre", "date", "reference", "countries", "senders", title="Documents")
    for d in docs:
        _row(
            table,
            d["source"],
            d["genre"],
            d["date"] or "",
            d["reference"] or "",
            " ".join(d["countries"]),
            clip("; ".join(d["senders"]), 60),
        )
    return table


def _actors_table(entities: list[dict]) -> Table:
    table = Table("actor", "type", "also written", "documents", title="Most-named actors")
    ranked = sorted(entities, key=lambda e: (-len(e["documents"]), e["name"]))[:ACTORS_SHOWN]
    for e in ranked:
        _row(table, e["name"], e["type"], "; ".join(e["aliases"][:4]), str(len(e["documents"])))
    return table


def _instruments_line(instruments: list[dict]) -> str:
    counts = Counter(i["key"] for i in instruments)
    cited = ", ".join(f"{k} ({n})" for k, n in counts.most_common(10))
    return f"[bold]Instruments cited[/]: {cited or 'none'}"


def _events_table(events: list[dict], entities: list[dict]) -> Table:
    names = {e["id"]: e["name"] for e in entities}
    table = Table("date", "event", "who", "source", title="Events")
    for ev in sorted(events, key=lambda e: e["date"] or "9999")[:EVENTS_SHOWN]:
        who = ", ".join(names.get(r, r) for r in [*ev["actors"], *ev["targets"]])
        _row(table, ev["date"] or "?", ev["type"], clip(who, 60), ev["document"])
    return table
