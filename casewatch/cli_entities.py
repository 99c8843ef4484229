"""The command line of actors and threads: `entities` (list, show, protect, merge, split) and
`threads` (list, move). Each change is recorded as made by `cli:<the operating-system user>`."""

from __future__ import annotations

from typing import Annotated

import typer

from casewatch.cli_common import DbOption, err, new_table, open_store, out

entities_app = typer.Typer(
    help="List, inspect, merge and split the actors found across documents.", no_args_is_help=True
)
threads_app = typer.Typer(
    help="List the request threads; move a request to another's thread or set it apart.", no_args_is_help=True
)


@entities_app.command("list")
def entities_list(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Option(help="Only entities whose names contain this.")] = None,
    db: DbOption = None,
) -> None:
    """Actors across all documents, one row per resolved entity."""
    from casewatch.resolve.view import entity_table

    with open_store(ctx, db) as store:
        rows = entity_table(store.entity_records(), store.clusters())
    table = new_table("entity", "type", "name", "other names", "documents")
    for row in rows:
        if name and not any(name.casefold() in n.casefold() for n in (row.name, *row.aliases)):
            continue
        table.add_row(row.id, row.type, row.name, "; ".join(row.aliases[:6]), str(len(row.documents)))
    out.print(table)


@entities_app.command("show")
def entities_show(ctx: typer.Context, entity: str, db: DbOption = None) -> None:
    """The records (name as written, document) that make up one entity, and the judgements on them."""
    from casewatch.resolve.view import members

    with open_store(ctx, db) as store:
        records = members(store.entity_records(), store.clusters(), entity)
        judgements = [j for j in store.judgements() if {j.left, j.right} & {r.ref for r in records}]
    if not records:
        err.print(f"[red]error:[/] no entity {entity!r}; see `casewatch entities list`")
        raise typer.Exit(1)
    table = new_table("record", "name", "document")
    for rec in records:
        table.add_row(rec.ref, rec.name, rec.document)
    out.print(table)
    for j in judgements:
        out.print(f"{j.source:>4} {j.verdict:<9} {j.left} ~ {j.right}: {j.evidence}")


@entities_app.command("protect")
def entities_protect(ctx: typer.Context, entity: str, db: DbOption = None) -> None:
    """Mark a person at risk: redacted exports leave them out (by record and by name)."""
    _protect(ctx, db, entity, True)


@entities_app.command("unprotect")
def entities_unprotect(ctx: typer.Context, entity: str, db: DbOption = None) -> None:
    """Lift the protection of `entities protect`."""
    _protect(ctx, db, entity, False)


def _protect(ctx: typer.Context, db: str | None, entity: str, protect: bool) -> None:
    from casewatch.cli_users import cli_actor
    from casewatch.resolve.view import members

    with open_store(ctx, db) as store:
        refs = [r.ref for r in members(store.entity_records(), store.clusters(), entity)]
        if not refs:
            err.print(f"[red]error:[/] no entity {entity!r}; see `casewatch entities list`")
            raise typer.Exit(1)
        if protect:
            store.accounts.protect(refs, by=cli_actor())
        else:
            store.accounts.unprotect(refs)
        store.accounts.audit(cli_actor(), "protect" if protect else "unprotect", entity, records=len(refs))
    out.print(f"{entity} is {'protected' if protect else 'no longer protected'} ({len(refs)} records)")


@entities_app.command("merge")
def entities_merge(ctx: typer.Context, first: str, second: str, db: DbOption = None) -> None:
    """Declare two entities (or records) the same actor. Undo with `entities split`."""
    _judge(ctx, db, first, second, "same")


@entities_app.command("split")
def entities_split(ctx: typer.Context, first: str, second: str, db: DbOption = None) -> None:
    """Declare two records (see `entities show`) different actors, undoing a wrong merge."""
    _judge(ctx, db, first, second, "different")


def _judge(ctx: typer.Context, db: str | None, first: str, second: str, verdict: str) -> None:
    from casewatch.cli_users import cli_actor
    from casewatch.errors import NotFound
    from casewatch.ingest import judge_actors
    from casewatch.model import Verdict

    with open_store(ctx, db) as store:
        try:
            judge_actors(store, first, second, Verdict(verdict), cli_actor())
        except NotFound as exc:
            err.print(f"[red]error:[/] {exc}")
            raise typer.Exit(1) from None
    out.print(f"recorded: {first} {verdict} {second}")


@threads_app.command("list")
def threads_list(ctx: typer.Context, country: str | None = None, db: DbOption = None) -> None:
    """Each thread with its latest status and its requests (ids for `threads move`), read as the
    database's owner: from the documents of every label, as an admin sees them on the web."""
    from casewatch.access.roles import stored_scope

    with open_store(ctx, db) as store:
        scope = stored_scope(None)  # the command line has no account: whoever opens the file sees all
        for row in store.thread_page(country.upper() if country else None, limit=100_000, scope=scope):
            out.print(f"{row.thread} {row.country} {row.body['remedy']} ({row.latest})", markup=False)
            for ask in row.body["requests"]:
                out.print(f"  {ask['ask']}  {ask['document']}: {ask['text'][:100]}", markup=False)


@threads_app.command("move")
def threads_move(
    ctx: typer.Context,
    request: str,
    to: Annotated[str | None, typer.Option(help="A request whose thread it joins.")] = None,
    db: DbOption = None,
) -> None:
    """Move a request (see `threads list`) to another request's thread; without --to, set it apart."""
    from casewatch.analyse.followup.moves import move_request
    from casewatch.cli_users import cli_actor

    with open_store(ctx, db) as store:
        now = move_request(store, request, to, cli_actor())
    where = f" (thread {now})" if now else ""
    out.print(f"recorded: {request} " + (f"joins the thread of {to}" if to else "stands alone") + where)
