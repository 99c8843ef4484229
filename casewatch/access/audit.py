"""Checking the audit log: each entry's hash covers its content and the previous entry's hash, so
editing or removing any row breaks the chain there, and `verify` says where."""

from __future__ import annotations

from collections.abc import Iterable

from casewatch.model import AuditEntry
from casewatch.store.accounts import GENESIS, entry_hash


def verify(entries: Iterable[AuditEntry]) -> list[str]:
    """Every break in the chain, in words; an empty list when the log is intact."""
    problems: list[str] = []
    prev, last_id = GENESIS, 0
    for e in entries:
        if e.id != last_id + 1:
            problems.append(f"entries {last_id + 1}–{e.id - 1} are missing")
        if e.prev_hash != prev:
            problems.append(f"entry {e.id} does not follow the entry before it")
        if entry_hash(e.prev_hash, e.at, e.actor, e.action, e.subject, e.detail) != e.hash:
            problems.append(f"entry {e.id} was changed after it was written")
        prev, last_id = e.hash, e.id
    return problems
