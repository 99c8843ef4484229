"""The command line: thin wrappers over the library, with progress bars and readable errors."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from casewatch.cli_common import DbOption, err, new_table, open_store, out, root, target
from casewatch.cli_communications import communications
from casewatch.cli_entities import entities_app, threads_app
from casewatch.cli_evaluate import evaluate
from casewatch.cli_users import audit_app, label, users_app
from casewatch.errors import CasewatchError
from casewatch.store.search import SEARCH_SECONDS

if TYPE_CHECKING:  # the ingest machinery is imported by the commands that use it, not at start
    from casewatch.ingest import IngestReport

app = typer.Typer(
    help="casewatch: turn freedom-of-association supervision documents into an evidence-linked case file. "
    "The command line is the database's local owner: it reads documents of every label (exports take "
    "--redacted for the public) and records its changes as cli:<the operating-system user>.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.callback()(root)


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
    with open_store(ctx, db) as store, _progress() as bar:
        task = bar.add_task("Ingesting", total=total)

        def advance(result: FileResult) -> None:
            if result.error:  # failed, skipped, or read with a note
                colour = "red" if result.status == FAILED else "yellow"
                where, why = escape(result.path or ""), escape(result.error)
                bar.console.print(f"[{colour}]{result.status}[/] {where}: {why}")
            bar.advance(task)

        def resolving() -> None:
            bar.update(task, description="Resolving actors and refreshing the views")

        report = ingest_paths(store, paths, progress=advance, workers=workers, resolving=resolving)
    out.print(_ingest_summary(report))


def _ingest_summary(report: IngestReport) -> str:
    from casewatch.ingest import CLAIMED, INGESTED, SKIPPED, UNCHANGED

    failed = len(report.failed)
    counts = [
        f"[bold]{report.count(INGESTED)}[/] ingested",
        f"[bold]{report.count(UNCHANGED)}[/] unchanged",
        f"[bold {'red' if failed else 'green'}]{failed}[/] failed",
        f"[bold]{report.count(SKIPPED)}[/] skipped",
    ]
    if report.count(CLAIMED):  # only when two ingests ran at once
        counts.append(f"[bold]{report.count(CLAIMED)}[/] left to another ingest reading them")
    return ", ".join(counts)


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
                "casefile (JSON, casefile/1), events-csv, requests-csv, entities-csv, threads-csv (request"
                " threads and their latest status), ics (deadlines), or ftm (FollowTheMoney JSON lines)."
            ),
        ),
    ] = "casefile",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write; default stdout.")
    ] = None,
    redacted: Annotated[
        bool,
        typer.Option("--redacted", help="For the public: public documents only, protected persons left out."),
    ] = False,
    db: DbOption = None,
) -> None:
    """Export the case file."""
    from casewatch.cli_users import cli_actor
    from casewatch.export import EXPORTERS
    from casewatch.export.audience import EVERYTHING, REDACTED

    if format not in EXPORTERS:
        err.print(f"[red]error:[/] unknown format {format!r}; choose from {', '.join(sorted(EXPORTERS))}")
        raise typer.Exit(2)
    with open_store(ctx, db) as store:
        data = EXPORTERS[format](store, REDACTED if redacted else EVERYTHING)
        store.accounts.audit(cli_actor(), "export", format, redacted=redacted)
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
    with open_store(ctx, db) as store:
        rows = store.documents(status=status, genre=genre)
    table = new_table("id", "source", "genre", "date", "reference", "countries", "status")
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
    """List documents that could not be read or extracted, and paths skipped, with the reason."""
    with open_store(ctx, db) as store:
        rows, skipped = store.failures(), store.skipped()
    table = new_table("id", "source", "reason")
    for row in rows:
        table.add_row(str(row.id), row.source, row.error or "")
    for path in skipped:
        table.add_row("", escape(path.path), escape(f"{path.outcome}: {path.reason}"))
    out.print(table if rows or skipped else "No failures.")


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        str,
        typer.Argument(
            help=(
                'Words to find, in any of their forms (case and accents never matter). "a phrase" in'
                " quotes, liquid* for words starting so, a OR b for either, -word to leave out."
            )
        ),
    ],
    limit: Annotated[int, typer.Option(help="Maximum results.")] = 20,
    seconds: Annotated[float, typer.Option(help="Time limit; a longer search is stopped.")] = SEARCH_SECONDS,
    db: DbOption = None,
) -> None:
    """Full-text search over document text (see the query language below)."""
    with open_store(ctx, db) as store:
        hits = store.search(query, limit=limit, seconds=seconds)
    if not hits:
        out.print("No matches.")
    for hit in hits:
        out.print(Text.assemble((str(hit.document_id), "cyan"), " ", (hit.source, "bold")))
        out.print(Text("   ").append(_snippet_text(hit.snippet)))


def _snippet_text(snippet: str) -> Text:
    """A search snippet (HTML with <mark>ed matches) as terminal text: entities decoded, matches bold."""
    text = Text()
    for i, piece in enumerate(re.split(r"</?mark>", snippet)):
        text.append(html.unescape(piece), style="bold yellow" if i % 2 else "")
    return text


@app.command()
def summary(ctx: typer.Context, db: DbOption = None) -> None:
    """A readable summary of the case file: documents, actors, instruments, events, requests."""
    from casewatch.report import print_summary

    with open_store(ctx, db) as store:
        print_summary(store, out)


@app.command()
def rebuild(ctx: typer.Context, db: DbOption = None) -> None:
    """Resolve the whole collection again and recompute every stored view (timeline, actors,
    requests, follow-up) from it; an ingest resolves only what its new documents reach."""
    from casewatch.analyse.derived import refresh_views
    from casewatch.resolving import resolve_all

    with open_store(ctx, db) as store, store.one_at_a_time():
        with err.status("Resolving every actor record of the collection"):
            records = resolve_all(store)
        with err.status("Computing the timeline, actors, requests and follow-up"):
            entries = refresh_views(store, everything=True)
        threads = store.count_threads(None)
    out.print(
        f"rebuilt: {entries} timeline entries, {threads} request threads, {records} actor records resolved"
    )


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to bind; 127.0.0.1 keeps it local.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    no_auth: Annotated[
        bool, typer.Option("--no-auth", help="Single-user laptop mode: no accounts (only on 127.0.0.1).")
    ] = False,
    public: Annotated[
        bool, typer.Option("--public", help="Let visitors who are not signed in read public documents.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Serve the web interface and the JSON API. Accounts are asked for unless --no-auth; with no
    admin yet, one is made and its one-time password printed."""
    from casewatch.access.serving import first_admin, loopback
    from casewatch.web import serve as run
    from casewatch.web.auth import Access

    if no_auth and not loopback(host):
        err.print(f"[red]error:[/] --no-auth serves everyone who reaches {host}; use it on 127.0.0.1 only")
        raise typer.Exit(2)
    database = target(ctx, db)
    with open_store(ctx, db) as store:  # open once: migrate, and fail here rather than in the server
        made = None if no_auth else first_admin(store)
    if made:
        out.print(f"made the first admin [bold]{made[0]}[/], one-time password: [bold]{made[1]}[/]")
    out.print(f"casewatch is serving {database} at [bold]http://{host}:{port}/[/] (Ctrl+C to stop)")
    run(database, Access(auth=not no_auth, public=public), host=host, port=port)


app.command()(label)
app.command()(evaluate)
app.command()(communications)
app.add_typer(entities_app, name="entities")
app.add_typer(threads_app, name="threads")
app.add_typer(users_app, name="users")
app.add_typer(audit_app, name="audit")


def main() -> None:
    try:
        app()
    except CasewatchError as exc:
        err.print(f"[red]error:[/] {exc}")
        sys.exit(2)


if __name__ == "__main__":
    main()
