"""Accounts on both backends: users and roles, login with throttling, sessions, API tokens, audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from casewatch.access import accounts
from casewatch.access.audit import verify
from casewatch.access.roles import Permission, can, labels_seen
from casewatch.errors import AccessError
from casewatch.model import Label, Role
from casewatch.store import Store
from casewatch.store.schema import audit_log

PASSWORD = "correct horse battery"


@pytest.fixture
def with_admin(store: Store) -> Store:
    accounts.add_user(store, "ada", PASSWORD, Role.ADMIN, by="test")
    return store


def test_passwords_are_kept_as_argon2id_hashes(with_admin: Store) -> None:
    found = with_admin.accounts.credentials("ada")
    assert found is not None and found.password_hash.startswith("$argon2id$")
    assert PASSWORD not in found.password_hash


def test_login_gives_a_fresh_session_each_time_and_logout_ends_it(with_admin: Store) -> None:
    first = accounts.log_in(with_admin, "ada", PASSWORD)
    second = accounts.log_in(with_admin, "ada", PASSWORD)
    assert first.token != second.token
    assert accounts.session_user(with_admin, first.token) == accounts.session_user(with_admin, second.token)
    accounts.log_out(with_admin, first.token, first.user)
    assert accounts.session_user(with_admin, first.token) is None
    assert accounts.session_user(with_admin, second.token) is not None
    assert accounts.session_user(with_admin, "made-up") is None


@pytest.mark.parametrize(("name", "password"), [("ada", "wrong password"), ("nobody", PASSWORD)])
def test_a_wrong_login_says_the_same_whatever_was_wrong(with_admin: Store, name: str, password: str) -> None:
    with pytest.raises(AccessError, match="wrong user name or password"):
        accounts.log_in(with_admin, name, password)


def test_repeated_failures_lock_the_account_for_a_while(with_admin: Store) -> None:
    now = datetime.now(UTC)
    for _ in range(accounts.FREE_FAILURES):
        with pytest.raises(AccessError):
            accounts.log_in(with_admin, "ada", "guess", now=now)
    with pytest.raises(AccessError, match="try again in"):
        accounts.log_in(with_admin, "ada", PASSWORD, now=now)  # even the right password waits
    later = now + accounts.FIRST_LOCK + timedelta(seconds=1)
    assert accounts.log_in(with_admin, "ada", PASSWORD, now=later).user.name == "ada"
    user = with_admin.accounts.user("ada")
    assert user is not None and user.failed_logins == 0


def test_idle_and_absolute_timeouts_end_a_session(with_admin: Store) -> None:
    login = accounts.log_in(with_admin, "ada", PASSWORD)
    assert with_admin.accounts.session(login.token, idle=timedelta(0), absolute=timedelta(hours=1)) is None
    login = accounts.log_in(with_admin, "ada", PASSWORD)
    assert with_admin.accounts.session(login.token, idle=timedelta(hours=1), absolute=timedelta(0)) is None


def test_role_change_and_disabling_sign_the_user_out(with_admin: Store) -> None:
    accounts.add_user(with_admin, "eve", PASSWORD, Role.EDITOR, by="ada")
    login = accounts.log_in(with_admin, "eve", PASSWORD)
    accounts.set_role(with_admin, "eve", Role.VIEWER, by="ada")
    assert accounts.session_user(with_admin, login.token) is None
    token = accounts.new_api_token(with_admin, "eve", "script", by="ada")
    assert accounts.token_user(with_admin, token) is not None
    accounts.set_disabled(with_admin, "eve", True, by="ada")
    assert accounts.token_user(with_admin, token) is None
    with pytest.raises(AccessError):
        accounts.log_in(with_admin, "eve", PASSWORD)


def test_the_last_admin_cannot_be_demoted_or_disabled(with_admin: Store) -> None:
    with pytest.raises(AccessError, match="last active admin"):
        accounts.set_role(with_admin, "ada", Role.VIEWER, by="ada")
    with pytest.raises(AccessError, match="last active admin"):
        accounts.set_disabled(with_admin, "ada", True, by="ada")


@pytest.mark.parametrize(("name", "password"), [("a", PASSWORD), ("x y", PASSWORD), ("bob", "short")])
def test_bad_names_and_short_passwords_are_refused(with_admin: Store, name: str, password: str) -> None:
    with pytest.raises(AccessError):
        accounts.add_user(with_admin, name, password, Role.VIEWER, by="ada")


def test_the_audit_log_records_and_verifies(with_admin: Store) -> None:
    accounts.log_in(with_admin, "ada", PASSWORD)
    with pytest.raises(AccessError):
        accounts.log_in(with_admin, "ada", "nope")
    entries = list(with_admin.accounts.audit_entries())
    assert [e.action for e in entries] == ["user_added", "login", "login_failed"]
    assert verify(entries) == []


@pytest.mark.parametrize("tamper", ["edit", "delete"])
def test_audit_verify_finds_a_tampered_row(with_admin: Store, tamper: str) -> None:
    for _ in range(3):
        accounts.log_in(with_admin, "ada", PASSWORD)
    with with_admin.engine.begin() as conn:
        if tamper == "edit":
            conn.execute(sa.update(audit_log).where(audit_log.c.id == 2).values(actor="mallory"))
        else:
            conn.execute(sa.delete(audit_log).where(audit_log.c.id == 2))
    problems = verify(with_admin.accounts.audit_entries())
    assert problems and any("2" in p for p in problems)


def test_document_labels_default_to_internal_and_change(store: Store, docs: Any) -> None:
    document_id = docs.add("x.txt", "The union was dissolved.")
    assert store.accounts.label(document_id) is Label.INTERNAL
    assert store.accounts.set_label(document_id, Label.RESTRICTED)
    assert store.accounts.label(document_id) is Label.RESTRICTED


@pytest.mark.parametrize(
    ("role", "labels", "allowed", "refused"),
    [
        (Role.ADMIN, set(Label), {Permission.MANAGE_USERS}, set()),
        (Role.EDITOR, set(Label), {Permission.INGEST, Permission.MERGE}, {Permission.MANAGE_USERS}),
        (Role.VIEWER, {Label.PUBLIC, Label.INTERNAL}, {Permission.READ}, {Permission.INGEST}),
        (Role.PUBLIC, {Label.PUBLIC}, {Permission.READ}, {Permission.EXPORT, Permission.DOWNLOAD_ORIGINAL}),
    ],
)
def test_roles(role: Role, labels: set[Label], allowed: set[Permission], refused: set[Permission]) -> None:
    assert labels_seen(role) == labels
    assert all(can(role, p) for p in allowed) and not any(can(role, p) for p in refused)
