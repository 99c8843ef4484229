"""Accounts as people use them: add and change users, log in and out, API tokens, each step audited.

Login is throttled per account: after FREE_FAILURES wrong passwords the account waits, twice as
long after each further failure (at most MAX_LOCK), so guessing a password takes years while
its owner, mistyping, waits seconds. A session ends after IDLE without use or ABSOLUTE after
login, whichever comes first; a new login always gets a new session token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from casewatch.access.passwords import MIN_LENGTH, hash_password, needs_rehash, new_secret, verify_password
from casewatch.errors import AccessError, message
from casewatch.model import Role
from casewatch.store import Store
from casewatch.store.accounts import User

IDLE = timedelta(hours=2)
ABSOLUTE = timedelta(hours=12)
FREE_FAILURES = 5
FIRST_LOCK = timedelta(seconds=30)
MAX_LOCK = timedelta(minutes=15)
_NAME = re.compile(r"^[\w.@-]{2,64}$")


@dataclass(frozen=True)
class Login:
    user: User
    token: str  # the session's secret, for the cookie; stored only as a hash


def add_user(store: Store, name: str, password: str, role: Role, by: str) -> User:
    if not _NAME.match(name):
        raise AccessError(message("bad_user_name", name=name))
    if store.accounts.user(name) is not None:
        raise AccessError(message("user_exists", name=name))
    _check_password(password)
    user = store.accounts.add_user(name, hash_password(password), role)
    store.accounts.audit(by, "user_added", name, role=role.value)
    return user


def _check_password(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise AccessError(message("short_password", length=MIN_LENGTH))


def _existing(store: Store, name: str) -> User:
    user = store.accounts.user(name)
    if user is None:
        raise AccessError(message("no_user", name=name))
    return user


def set_role(store: Store, name: str, role: Role, by: str) -> User:
    before = _existing(store, name)
    if before.role is Role.ADMIN and role is not Role.ADMIN:
        _keep_an_admin(store)
    store.accounts.update_user(name, role=role)
    store.accounts.audit(by, "role_change", name, before=before.role.value, after=role.value)
    return _existing(store, name)


def set_disabled(store: Store, name: str, disabled: bool, by: str) -> User:
    user = _existing(store, name)
    if disabled and user.role is Role.ADMIN:
        _keep_an_admin(store)
    store.accounts.update_user(name, disabled=disabled)
    if disabled:
        store.accounts.revoke_tokens(user.id)
    store.accounts.audit(by, "user_disabled" if disabled else "user_enabled", name)
    return _existing(store, name)


def _keep_an_admin(store: Store) -> None:
    if store.accounts.count_users(Role.ADMIN) <= 1:
        raise AccessError(message("last_admin"))


def set_password(store: Store, name: str, password: str, by: str) -> None:
    _existing(store, name)
    _check_password(password)
    store.accounts.update_user(
        name, password_hash=hash_password(password), failed_logins=0, locked_until=None
    )
    store.accounts.audit(by, "password_set", name)


def log_in(store: Store, name: str, password: str, now: datetime | None = None) -> Login:
    """A new session for the right password; AccessError (the same words whatever was wrong) otherwise."""
    now = now or datetime.now(UTC)
    found = store.accounts.credentials(name)
    if found is None or found.user.disabled:
        verify_password(_dummy_hash(), password)  # the same time whether or not the account exists
        store.accounts.audit(name, "login_failed", name, reason="unknown or disabled")
        raise AccessError(message("bad_login"))
    user = found.user
    if user.locked_until and now < user.locked_until:
        store.accounts.audit(name, "login_failed", name, reason="throttled")
        raise AccessError(
            message("login_throttled", seconds=int((user.locked_until - now).total_seconds()) + 1)
        )
    if not verify_password(found.password_hash, password):
        _count_failure(store, user, now)
        raise AccessError(message("bad_login"))
    changes: dict[str, object] = {"failed_logins": 0, "locked_until": None}
    if needs_rehash(found.password_hash):
        changes["password_hash"] = hash_password(password)
    store.accounts.update_user(name, **changes)
    token = new_secret()
    store.accounts.start_session(user.id, token)
    store.accounts.audit(name, "login", name)
    return Login(user, token)


def _count_failure(store: Store, user: User, now: datetime) -> None:
    failures = user.failed_logins + 1
    lock = None
    if failures >= FREE_FAILURES:
        lock = now + min(MAX_LOCK, FIRST_LOCK * 2 ** (failures - FREE_FAILURES))
    store.accounts.update_user(user.name, failed_logins=failures, locked_until=lock)
    store.accounts.audit(user.name, "login_failed", user.name, reason="wrong password", failures=failures)


def session_user(store: Store, token: str | None) -> User | None:
    return store.accounts.session(token, IDLE, ABSOLUTE) if token else None


def log_out(store: Store, token: str, user: User) -> None:
    store.accounts.end_session(token)
    store.accounts.audit(user.name, "logout", user.name)


def new_api_token(store: Store, name: str, label: str, by: str) -> str:
    """A token for scripts (`Authorization: Bearer ...`), shown once."""
    user = _existing(store, name)
    token = new_secret()
    store.accounts.add_token(user.id, token, label)
    store.accounts.audit(by, "token_added", name, label=label)
    return token


def token_user(store: Store, token: str) -> User | None:
    return store.accounts.token_user(token)


@cache
def _dummy_hash() -> str:
    return hash_password("not a password anyone has")
