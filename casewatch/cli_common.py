"""What every command line module shares: the consoles, the --db option and opening the store."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from casewatch import settings
from casewatch.errors import CasewatchError
from casewatch.store import Store

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


def root(ctx: typer.Context, db: DbOption = None) -> None:
    ctx.obj = {"db": db}


def target(ctx: typer.Context, db: str | None) -> str:
    """`--db` after the command wins over `--db` before it, which wins over the environment."""
    before = (ctx.find_root().obj or {}).get("db")
    return settings.database_target(db or before)


@contextmanager
def open_store(ctx: typer.Context, db: str | None) -> Iterator[Store]:
    try:
        store = Store.open(target(ctx, db))
    except CasewatchError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    try:
        yield store
    finally:
        store.close()


def new_table(*columns: str, title: str | None = None) -> Table:
    """A table whose cells wrap rather than being cut: file names and names must stay whole."""
    shown = Table(title=title)
    for name in columns:
        shown.add_column(name, overflow="fold")
    return shown
