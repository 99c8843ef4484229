"""Accounts in the store: users, sessions, API tokens, document labels and the audit log.

Secrets (session and API tokens) are kept only as SHA-256 hashes; passwords as argon2id hashes
made by `access.passwords`. The audit log is appended under a lock, each entry chained to the
one before (see `access.audit`); nothing here updates or deletes an entry.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from casewatch.model import AuditEntry, Label, Role
from casewatch.store.schema import api_tokens, audit_log, documents, protected_refs, sessions, users
from casewatch.store.schema import revision as counter

_u, _s, _t, _a = users.c, sessions.c, api_tokens.c, audit_log.c


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: Role
    disabled: bool
    failed_logins: int = 0
    locked_until: datetime | None = None


@dataclass(frozen=True)
class Credentials:
    """What a login checks: the user and the stored password hash."""

    user: User
    password_hash: str


GENESIS = "0" * 64  # what the first audit entry follows


def entry_hash(prev_hash: str, at: datetime, actor: str, action: str, subject: str, detail: str) -> str:
    """The hash chaining an audit entry to the one before: over its content and that one's hash."""
    content = json.dumps([prev_hash, at.isoformat(), actor, action, subject, detail], ensure_ascii=False)
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without their zone; they were written in UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _user(row: Any) -> User:
    return User(
        row.id, row.name, Role(row.role), bool(row.disabled), row.failed_logins, _aware(row.locked_until)
    )


_USER_COLUMNS = (_u.id, _u.name, _u.role, _u.disabled, _u.failed_logins, _u.locked_until)


class Accounts:
    """The store's access tables, behind the Store's engines."""

    def __init__(self, engine: Engine, writer: Engine) -> None:
        self.engine, self._writer = engine, writer

    # ---- users ----------------------------------------------------------------------------------

    def add_user(self, name: str, password_hash: str, role: Role) -> User:
        values = {"name": name, "password_hash": password_hash, "role": role.value, "disabled": False}
        with self._writer.begin() as conn:
            conn.execute(sa.insert(users).values(**values, failed_logins=0, created_at=_now()))
        found = self.user(name)
        assert found is not None
        return found

    def user(self, name: str) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(*_USER_COLUMNS).where(_u.name == name)).first()
        return _user(row) if row else None

    def users(self) -> list[User]:
        with self.engine.connect() as conn:
            return [_user(r) for r in conn.execute(sa.select(*_USER_COLUMNS).order_by(_u.name))]

    def count_users(self, role: Role | None = None) -> int:
        query = sa.select(sa.func.count()).select_from(users).where(_u.disabled.is_(False))
        if role is not None:
            query = query.where(_u.role == role.value)
        with self.engine.connect() as conn:
            return int(conn.scalar(query) or 0)

    def credentials(self, name: str) -> Credentials | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(*_USER_COLUMNS, _u.password_hash).where(_u.name == name)).first()
        return Credentials(_user(row), row.password_hash) if row else None

    def update_user(self, name: str, **values: Any) -> None:
        """Change a user's role (a Role), disabled flag, password hash, failed logins or lock."""
        if isinstance(values.get("role"), Role):
            values["role"] = values["role"].value
        with self._writer.begin() as conn:
            conn.execute(sa.update(users).where(_u.name == name).values(**values))
            if values.get("disabled") or "role" in values or "password_hash" in values:
                user_id = sa.select(_u.id).where(_u.name == name).scalar_subquery()
                conn.execute(sa.delete(sessions).where(_s.user_id == user_id))  # sign out everywhere

    # ---- sessions -------------------------------------------------------------------------------

    def start_session(self, user_id: int, token: str) -> None:
        now = _now()
        row = {"token_hash": secret_hash(token), "user_id": user_id, "created_at": now, "last_seen": now}
        with self._writer.begin() as conn:
            conn.execute(sa.insert(sessions).values(**row))

    def session(self, token: str, idle: timedelta, absolute: timedelta) -> User | None:
        """The user of a live session (and it is marked seen now); None when unknown or expired."""
        key, now = secret_hash(token), _now()
        query = sa.select(*_USER_COLUMNS, _s.created_at, _s.last_seen).join(sessions, _s.user_id == _u.id)
        with self._writer.begin() as conn:
            row = conn.execute(query.where(_s.token_hash == key)).first()
            if row is None:
                return None
            created, seen = _aware(row.created_at), _aware(row.last_seen)
            if row.disabled or (created and now - created > absolute) or (seen and now - seen > idle):
                conn.execute(sa.delete(sessions).where(_s.token_hash == key))
                return None
            conn.execute(sa.update(sessions).where(_s.token_hash == key).values(last_seen=now))
        return _user(row)

    def end_session(self, token: str) -> None:
        with self._writer.begin() as conn:
            conn.execute(sa.delete(sessions).where(_s.token_hash == secret_hash(token)))

    # ---- API tokens -----------------------------------------------------------------------------

    def add_token(self, user_id: int, token: str, label: str) -> None:
        row = {"token_hash": secret_hash(token), "user_id": user_id, "label": label, "created_at": _now()}
        with self._writer.begin() as conn:
            conn.execute(sa.insert(api_tokens).values(**row, revoked=False))

    def token_user(self, token: str) -> User | None:
        query = (
            sa.select(*_USER_COLUMNS)
            .join(api_tokens, _t.user_id == _u.id)
            .where(_t.token_hash == secret_hash(token), _t.revoked.is_(False), _u.disabled.is_(False))
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return _user(row) if row else None

    def revoke_tokens(self, user_id: int) -> int:
        with self._writer.begin() as conn:
            return conn.execute(
                sa.update(api_tokens).where(_t.user_id == user_id).values(revoked=True)
            ).rowcount

    # ---- confidentiality labels -----------------------------------------------------------------

    def set_label(self, document_id: int, label: Label) -> bool:
        """Label a document. A write like any other: the views cut to labels are now behind (the
        stored ones are recomputed, the cached ones dropped), so none shows it under its old label."""
        with self._writer.begin() as conn:
            done = conn.execute(
                sa.update(documents).where(documents.c.id == document_id).values(confidentiality=label.value)
            )
            if done.rowcount > 0:
                conn.execute(sa.update(counter).where(counter.c.id == 1).values(value=counter.c.value + 1))
            return done.rowcount > 0

    def label(self, document_id: int) -> Label | None:
        with self.engine.connect() as conn:
            value = conn.scalar(sa.select(documents.c.confidentiality).where(documents.c.id == document_id))
        return Label(value) if value else None

    # ---- persons at risk ---------------------------------------------------------------------------

    def protect(self, refs: Iterable[str], by: str) -> None:
        with self._writer.begin() as conn:
            for ref in set(refs):
                conn.execute(sa.delete(protected_refs).where(protected_refs.c.ref == ref))
                conn.execute(sa.insert(protected_refs).values(ref=ref, by=by, at=_now()))

    def unprotect(self, refs: Iterable[str]) -> None:
        with self._writer.begin() as conn:
            conn.execute(sa.delete(protected_refs).where(protected_refs.c.ref.in_(list(refs))))

    def protected_refs(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.scalars(sa.select(protected_refs.c.ref)))

    # ---- the audit log --------------------------------------------------------------------------

    def audit(self, actor: str, action: str, subject: str = "", **detail: Any) -> AuditEntry:
        """Append one entry, chained to the last; serialised so two writers never fork the chain."""
        text = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
        with self._writer.begin() as conn:
            _lock_log(conn)
            last = conn.execute(sa.select(_a.id, _a.hash).order_by(_a.id.desc()).limit(1)).first()
            entry_id, prev = (last.id + 1, last.hash) if last else (1, GENESIS)
            at = _now()
            digest = entry_hash(prev, at, actor, action, subject, text)
            row = {"id": entry_id, "at": at.isoformat(), "actor": actor, "action": action}
            conn.execute(
                sa.insert(audit_log).values(**row, subject=subject, detail=text, prev_hash=prev, hash=digest)
            )
        return AuditEntry(entry_id, at, actor, action, subject, text, prev, digest)

    def audit_entries(self, limit: int | None = None) -> Iterator[AuditEntry]:
        """The log, oldest first (the last `limit` entries when given)."""
        query = sa.select(audit_log).order_by(_a.id)
        if limit is not None:
            newest = sa.select(audit_log).order_by(_a.id.desc()).limit(limit).subquery()
            query = sa.select(newest).order_by(newest.c.id)
        with self.engine.connect() as conn:
            for r in conn.execute(query):
                yield AuditEntry(
                    r.id,
                    datetime.fromisoformat(r.at),
                    r.actor,
                    r.action,
                    r.subject,
                    r.detail,
                    r.prev_hash,
                    r.hash,
                )


def _lock_log(conn: Connection) -> None:
    """PostgreSQL: one appender at a time (SQLite's writer already holds the database lock)."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(7365)"))
