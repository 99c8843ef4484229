"""A readable terminal summary of the case file (what `casewatch summary` and `make demo` print)."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table

from casewatch.export.casefile import build_casefile, case_documents
from casewatch.store import Store


def print_summary(store: Store, console: Console) -> None:
    casefile = build_casefile(case_documents(store))
    failed, skipped = store.failures(), store.skipped()
    console.rule("[bold]casewatch case file")
    console.print(_documents_table(casefile["documents"]))
    if failed:
        console.print(
            f"[red]{len(failed)} file(s) failed[/]: " + "; ".join(f"{r.source} ({r.error})" for r in failed)
        )
    if skipped:
        console.print(f"[yellow]{len(skipped)} path(s) skipped[/] (not read); `casewatch failures` says why")
    console.print(_actors_table(casefile["entities"]))
    console.print(_instruments_line(casefile["instruments"]))
    console.print(_events_table(casefile["events"], casefile["entities"]))
    console.print(f"[bold]{len(casefile['requests'])}[/] requests addressed to the authorities")
    for req in casefile["requests"][:8]:
        console.print(f"  • {req['text'][:110]}  [dim]({req['document']})[/]")


def _documents_table(docs: list[dict]) -> Table:
    table = Table("document", "genre", "date", "reference", "countries", "senders", title="Documents")
    for d in docs:
        table.add_row(
            d["source"],
            d["genre"],
            d["date"] or "",
            d["reference"] or "",
            " ".join(d["countries"]),
            "; ".join(d["senders"])[:60],
        )
    return table


def _actors_table(entities: list[dict]) -> Table:
    table = Table("actor", "type", "also written", "documents", title="Most-named actors")
    ranked = sorted(entities, key=lambda e: (-len(e["documents"]), e["name"]))[:12]
    for e in ranked:
        table.add_row(e["name"], e["type"], "; ".join(e["aliases"][:4]), str(len(e["documents"])))
    return table


def _instruments_line(instruments: list[dict]) -> str:
    counts = Counter(i["key"] for i in instruments)
    cited = ", ".join(f"{k} ({n})" for k, n in counts.most_common(10))
    return f"[bold]Instruments cited[/]: {cited or 'none'}"


def _events_table(events: list[dict], entities: list[dict]) -> Table:
    names = {e["id"]: e["name"] for e in entities}
    table = Table("date", "event", "who", "source", title="Events")
    for ev in sorted(events, key=lambda e: e["date"] or "9999")[:20]:
        who = ", ".join(names.get(r, r) for r in [*ev["actors"], *ev["targets"]])
        table.add_row(ev["date"] or "?", ev["type"], who[:60], ev["document"])
    return table
