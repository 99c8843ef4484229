"""The command line of access: `users` (add, list, role, disable, enable, password, token),
`audit` (verify, list) and `label` (a document's confidentiality). Each change is audited as
made by `cli:<the operating-system user>`."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from casewatch.access import accounts
from casewatch.access.audit import verify
from casewatch.access.passwords import one_time_password
from casewatch.cli_common import DbOption, err, new_table, open_store, out
from casewatch.errors import AccessError
from casewatch.model import Label, Role

if TYPE_CHECKING:
    from casewatch.store import Store

users_app = typer.Typer(
    help="Accounts of the web interface and the API: add, list, change roles.", no_args_is_help=True
)
audit_app = typer.Typer(
    help="The append-only audit log: list it, or verify that no entry was changed.", no_args_is_help=True
)
RoleArg = Annotated[Role, typer.Argument(help="admin, editor (ingest, review, merge), viewer or public.")]


def cli_actor() -> str:
    return f"cli:{getpass.getuser()}"


@contextmanager
def _accounts(ctx: typer.Context, db: str | None) -> Iterator[Store]:
    """The store for one account change; a refusal (unknown user, last admin...) exits 1 with why."""
    with open_store(ctx, db) as store:
        try:
            yield store
        except AccessError as exc:
            err.print(f"[red]error:[/] {exc}")
            raise typer.Exit(1) from None


@users_app.command("add")
def users_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The user's login name.")],
    role: RoleArg = Role.VIEWER,
    db: DbOption = None,
) -> None:
    """Add a user with a one-time password, printed once (they change it with `users password`)."""
    password = one_time_password()
    with _accounts(ctx, db) as store:
        accounts.add_user(store, name, password, role, by=cli_actor())
    out.print(f"added [bold]{name}[/] ({role.value}); one-time password: [bold]{password}[/]")


@users_app.command("list")
def users_list(ctx: typer.Context, db: DbOption = None) -> None:
    """Every user with role and state."""
    shown = new_table("user", "role", "state")
    with open_store(ctx, db) as store:
        for user in store.accounts.users():
            shown.add_row(escape(user.name), user.role.value, "disabled" if user.disabled else "active")
    out.print(shown)


@users_app.command("role")
def users_role(ctx: typer.Context, name: str, role: RoleArg, db: DbOption = None) -> None:
    """Change a user's role (their sessions end)."""
    with _accounts(ctx, db) as store:
        accounts.set_role(store, name, role, by=cli_actor())
    out.print(f"{name} is now {role.value}")


@users_app.command("disable")
def users_disable(ctx: typer.Context, name: str, db: DbOption = None) -> None:
    """Disable a user: sessions end, API tokens are revoked, login is refused."""
    _set_disabled(ctx, db, name, True)


@users_app.command("enable")
def users_enable(ctx: typer.Context, name: str, db: DbOption = None) -> None:
    """Enable a disabled user again."""
    _set_disabled(ctx, db, name, False)


def _set_disabled(ctx: typer.Context, db: str | None, name: str, disabled: bool) -> None:
    with _accounts(ctx, db) as store:
        accounts.set_disabled(store, name, disabled, by=cli_actor())
    out.print(f"{name} is {'disabled' if disabled else 'enabled'}")


@users_app.command("password")
def users_password(ctx: typer.Context, name: str, db: DbOption = None) -> None:
    """Set a user's password (asked twice, never echoed)."""
    password = typer.prompt("New password", hide_input=True, confirmation_prompt=True)
    with _accounts(ctx, db) as store:
        accounts.set_password(store, name, password, by=cli_actor())
    out.print(f"password of {name} changed")


@users_app.command("token")
def users_token(
    ctx: typer.Context,
    name: str,
    label: Annotated[str, typer.Option(help="What the token is for.")] = "script",
    db: DbOption = None,
) -> None:
    """A new API token for scripts (send it as `Authorization: Bearer TOKEN`), printed once."""
    with _accounts(ctx, db) as store:
        token = accounts.new_api_token(store, name, label, by=cli_actor())
    out.print(token)


@audit_app.command("verify")
def audit_verify(ctx: typer.Context, db: DbOption = None) -> None:
    """Check the whole chain: exit 1 and say where if any entry was changed or removed."""
    with open_store(ctx, db) as store:
        entries = list(store.accounts.audit_entries())
    problems = verify(entries)
    for problem in problems:
        err.print(f"[red]tampered:[/] {problem}")
    if problems:
        raise typer.Exit(1)
    out.print(f"the audit log is intact ({len(entries)} entries)")


@audit_app.command("list")
def audit_list(
    ctx: typer.Context,
    last: Annotated[int, typer.Option(help="How many of the newest entries.")] = 50,
    db: DbOption = None,
) -> None:
    """The newest entries of the audit log."""
    with open_store(ctx, db) as store:
        for e in store.accounts.audit_entries(limit=last):
            out.print(
                f"{e.id}\t{e.at:%Y-%m-%d %H:%M:%S}\t{e.actor}\t{e.action}\t{e.subject}\t{e.detail}",
                markup=False,
            )


def label(
    ctx: typer.Context,
    document_id: Annotated[int, typer.Argument(help="The document's number (see `casewatch documents`).")],
    level: Annotated[Label, typer.Argument(help="public, internal or restricted.")],
    db: DbOption = None,
) -> None:
    """Set a document's confidentiality: who may see it and the facts it is the source of."""
    with open_store(ctx, db) as store:
        if not store.accounts.set_label(document_id, level):
            err.print(f"[red]error:[/] no document with id {document_id}")
            raise typer.Exit(1)
        store.accounts.audit(cli_actor(), "label", str(document_id), label=level.value)
    out.print(f"document {document_id} is {level.value}")
