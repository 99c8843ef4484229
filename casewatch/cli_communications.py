"""The `communications` command: the UN letters with their reply window and whether a reply came."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from casewatch.cli_common import DbOption, err, new_table, open_store, out

if TYPE_CHECKING:
    from casewatch.analyse.communications import Communication

STATUSES = ("replied", "overdue", "awaiting")
STYLE = {"replied": "green", "overdue": "red", "awaiting": "yellow"}


def communications(
    ctx: typer.Context,
    country: Annotated[str | None, typer.Option(help="Only letters about this country (ISO3).")] = None,
    status: Annotated[str | None, typer.Option(help="Only replied, overdue or awaiting letters.")] = None,
    db: DbOption = None,
) -> None:
    """The UN special procedures' letters: reference, date, mandates, reply due, and whether a
    government reply citing the letter (its reference or its date) is in the collection."""
    from casewatch.analyse.communications import communication_list

    if status is not None and status not in STATUSES:
        err.print(f"[red]error:[/] --status is one of {', '.join(STATUSES)}, not {status!r}")
        raise typer.Exit(2)
    with open_store(ctx, db) as store:
        found = communication_list(store, date.today())
    wanted = [
        c
        for c in found
        if (country is None or country.upper() in c.countries) and (status is None or c.status == status)
    ]
    table = new_table("reference", "country", "date", "mandates", "reply due", "reply")
    for c in wanted:
        table.add_row(
            escape(c.reference or c.source.source),
            ", ".join(c.countries),
            c.date.iso if c.date else "",
            escape("; ".join(c.mandates)),
            c.reply_due.iso if c.reply_due else "",
            _reply(c),
        )
    out.print(table)
    out.print(f"{len(wanted)} of {len(found)} communications")


def _reply(c: Communication) -> str:
    colour = STYLE[c.status]
    if c.status == "replied" and c.reply is not None:
        when = c.reply.date.iso if c.reply.date else "undated"
        late = " (late)" if c.late else ""
        return f"[{colour}]replied {when}{late}[/] {escape(c.reply.source.source)}"
    if c.status == "overdue":
        return f"[{colour}]overdue, {c.days_overdue} days[/]"
    return f"[{colour}]awaiting[/]"
