"""The command line: thin wrappers over the library, with progress bars and readable errors."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from casewatch import settings
from casewatch.errors import CasewatchError
from casewatch.store import Store

app = typer.Typer(
    help="casewatch: turn freedom-of-association supervision documents into an evidence-linked case file.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
entities_app = typer.Typer(
    help="List, inspect, merge and split the actors found across documents.", no_args_is_help=True
)
app.add_typer(entities_app, name="entities")
threads_app = typer.Typer(
    help="List the request threads; move a request to another's thread or set it apart.", no_args_is_help=True
)
app.add_typer(threads_app, name="threads")
# Piped output is read by programs and people with wide windows: don't cut it at 80 columns.
out = Console(width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 200)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database: a SQLite file path or a SQLAlchemy URL (postgresql+psycopg://...). "
        f"Default: ${settings.DB_ENV} or ./{settings.DEFAULT_DB}.",
    ),
]


@app.callback()
def _root(ctx: typer.Context, db: DbOption = None) -> None:
    ctx.obj = {"db": db}


def _target(ctx: typer.Context, db: str | None) -> str:
    """`--db` after the command wins over `--db` before it, which wins over the environment."""
    before = (ctx.find_root().obj or {}).get("db")
    return settings.database_target(db or before)


@contextmanager
def _open(ctx: typer.Context, db: str | None) -> Iterator[Store]:
    try:
        store = Store.open(_target(ctx, db))
    except CasewatchError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    try:
        yield store
    finally:
        store.close()


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (read recursively).", exists=True)],
    db: DbOption = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes for reading and extraction.")] = None,
) -> None:
    """Read, extract and store documents; files already ingested are recognised by their content."""
    from casewatch.ingest import FAILED, FileResult, collect_files, ingest_paths

    total = len(collect_files(paths))
    with _open(ctx, db) as store, _progress() as bar:
        task = bar.add_task("Ingesting", total=total)

        def advance(result: FileResult) -> None:
            if result.status == FAILED:
                bar.console.print(f"[red]failed[/] {result.path}: {result.error}")
            bar.advance(task)

        report = ingest_paths(store, paths, progress=advance, workers=workers)
    out.print(
        f"[bold]{report.count('ingested')}[/] ingested, [bold]{report.count('unchanged')}[/] unchanged, "
        f"[bold {'red' if report.failed else 'green'}]{len(report.failed)}[/] failed"
    )


def _table(*columns: str, title: str | None = None) -> Table:
    """A table whose cells wrap rather than being cut: file names and names must stay whole."""
    table = Table(title=title)
    for name in columns:
        table.add_column(name, overflow="fold")
    return table


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=False,
        disable=not sys.stderr.isatty(),
    )


@app.command()
def export(
    ctx: typer.Context,
    format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help=(
                "casefile (JSON, casefile/1), events-csv, requests-csv, entities-csv,"
                " threads-csv (request threads and their latest status), or ics (deadlines)."
            ),
        ),
    ] = "casefile",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write; default stdout.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Export the case file."""
    from casewatch.export import EXPORTERS

    if format not in EXPORTERS:
        err.print(f"[red]error:[/] unknown format {format!r}; choose from {', '.join(sorted(EXPORTERS))}")
        raise typer.Exit(2)
    with _open(ctx, db) as store:
        data = EXPORTERS[format](store)
    if output:
        output.write_text(data, encoding="utf-8")
        err.print(f"wrote {output}")
    else:
        sys.stdout.write(data)


@app.command()
def documents(
    ctx: typer.Context,
    status: Annotated[str | None, typer.Option(help="ok or failed")] = None,
    genre: Annotated[str | None, typer.Option(help="e.g. un_communication, union_letter, ilo_cas")] = None,
    db: DbOption = None,
) -> None:
    """List documents with genre, date and status."""
    with _open(ctx, db) as store:
        rows = store.documents(status=status, genre=genre)
    table = _table("id", "source", "genre", "date", "reference", "countries", "status")
    for row in rows:
        colour = "green" if row.status == "ok" else "red"
        table.add_row(
            str(row.id),
            row.source,
            str(row.genre or ""),
            str(row.date or ""),
            row.reference or "",
            " ".join(row.countries or ()),
            f"[{colour}]{row.status}[/]",
        )
    out.print(table if rows else "No documents yet: run `casewatch ingest PATH`.")


@app.command()
def failures(ctx: typer.Context, db: DbOption = None) -> None:
    """List documents that could not be read or extracted, with the reason."""
    with _open(ctx, db) as store:
        rows = store.failures()
    table = _table("id", "source", "reason")
    for row in rows:
        table.add_row(str(row.id), row.source, row.error or "")
    out.print(table if rows else "No failures.")


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="Words to find; any text is safe (no query syntax).")],
    limit: Annotated[int, typer.Option(help="Maximum results.")] = 20,
    db: DbOption = None,
) -> None:
    """Full-text search over document text."""
    with _open(ctx, db) as store:
        hits = store.search(query, limit=limit)
    if not hits:
        out.print("No matches.")
    for hit in hits:
        snippet = hit.snippet.replace("<mark>", "[bold yellow]").replace("</mark>", "[/]")
        out.print(f"[cyan]{hit.document_id}[/] [bold]{hit.source}[/]\n   {snippet}")


@app.command()
def summary(ctx: typer.Context, db: DbOption = None) -> None:
    """A readable summary of the case file: documents, actors, instruments, events, requests."""
    from casewatch.report import print_summary

    with _open(ctx, db) as store:
        print_summary(store, out)


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to bind; 127.0.0.1 keeps it local.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    db: DbOption = None,
) -> None:
    """Serve the web interface and the JSON API."""
    from casewatch.web import serve as run

    target = _target(ctx, db)
    with _open(ctx, db):
        pass  # open once: migrate, and fail here with a readable error rather than in the server
    out.print(f"casewatch is serving {target} at [bold]http://{host}:{port}/[/] (Ctrl+C to stop)")
    run(target, host=host, port=port)


@entities_app.command("list")
def entities_list(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Option(help="Only entities whose names contain this.")] = None,
    db: DbOption = None,
) -> None:
    """Actors across all documents, one row per resolved entity."""
    from casewatch.resolve.view import entity_table

    with _open(ctx, db) as store:
        rows = entity_table(store.entity_records(), store.clusters())
    table = _table("entity", "type", "name", "other names", "documents")
    for row in rows:
        if name and not any(name.casefold() in n.casefold() for n in (row.name, *row.aliases)):
            continue
        table.add_row(row.id, row.type, row.name, "; ".join(row.aliases[:6]), str(len(row.documents)))
    out.print(table)


@entities_app.command("show")
def entities_show(ctx: typer.Context, entity: str, db: DbOption = None) -> None:
    """The records (name as written, document) that make up one entity, and the judgements on them."""
    from casewatch.resolve.view import members

    with _open(ctx, db) as store:
        records = members(store.entity_records(), store.clusters(), entity)
        judgements = [j for j in store.judgements() if {j.left, j.right} & {r.ref for r in records}]
    if not records:
        err.print(f"[red]error:[/] no entity {entity!r}; see `casewatch entities list`")
        raise typer.Exit(1)
    table = _table("record", "name", "document")
    for rec in records:
        table.add_row(rec.ref, rec.name, rec.document)
    out.print(table)
    for j in judgements:
        out.print(f"{j.source:>4} {j.verdict:<9} {j.left} ~ {j.right}: {j.evidence}")


@entities_app.command("merge")
def entities_merge(ctx: typer.Context, first: str, second: str, db: DbOption = None) -> None:
    """Declare two entities (or records) the same actor. Undo with `entities split`."""
    _judge(ctx, db, first, second, "same")


@entities_app.command("split")
def entities_split(ctx: typer.Context, first: str, second: str, db: DbOption = None) -> None:
    """Declare two records (see `entities show`) different actors, undoing a wrong merge."""
    _judge(ctx, db, first, second, "different")


def _judge(ctx: typer.Context, db: str | None, first: str, second: str, verdict: str) -> None:
    from casewatch.ingest import resolve_collection
    from casewatch.model import Judgement, Verdict
    from casewatch.resolve.view import representative

    with _open(ctx, db) as store:
        records, clusters = store.entity_records(), store.clusters()
        left, right = representative(records, clusters, first), representative(records, clusters, second)
        if left is None or right is None:
            err.print(f"[red]error:[/] unknown entity or record: {first if left is None else second}")
            raise typer.Exit(1)
        store.add_user_judgement(Judgement(left, right, Verdict(verdict), 1.0, f"user: {verdict}", "user"))
        resolve_collection(store)
    out.print(f"recorded: {first} {verdict} {second}")


@threads_app.command("list")
def threads_list(ctx: typer.Context, country: str | None = None, db: DbOption = None) -> None:
    """Each thread with its latest status and its requests (ids for `threads move`)."""
    with _open(ctx, db) as store:
        for row in store.thread_page(country.upper() if country else None, limit=100_000):
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
    from casewatch.analyse.derived import refresh_views

    with _open(ctx, db) as store:
        store.move_ask(request, to, "cli")
        refresh_views(store)
    out.print(f"recorded: {request} " + (f"joins the thread of {to}" if to else "stands alone"))


def main() -> None:
    try:
        app()
    except CasewatchError as exc:
        err.print(f"[red]error:[/] {exc}")
        sys.exit(2)


if __name__ == "__main__":
    main()
