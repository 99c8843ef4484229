"""Roles, confidentiality labels and permissions: the one table of who may do what.

A document carries a label; a role sees the labels listed for it here, and so the facts of the
documents it sees. Anonymous visitors get the `public` role only where an admin allows it.
"""

from __future__ import annotations

from enum import StrEnum

from casewatch.model import Label, Role
from casewatch.store.schema import scope_key


class Permission(StrEnum):
    READ = "read"
    EXPORT = "export"
    INGEST = "ingest"
    REVIEW = "review"
    MERGE = "merge"
    DOWNLOAD_ORIGINAL = "download_original"
    MANAGE_USERS = "manage_users"


DEFAULT_LABEL = Label.INTERNAL  # what a newly ingested document is, until someone says otherwise

LABELS_SEEN: dict[Role, frozenset[Label]] = {
    Role.ADMIN: frozenset(Label),
    Role.EDITOR: frozenset(Label),
    Role.VIEWER: frozenset({Label.PUBLIC, Label.INTERNAL}),
    Role.PUBLIC: frozenset({Label.PUBLIC}),
}

_READING = frozenset({Permission.READ, Permission.EXPORT, Permission.DOWNLOAD_ORIGINAL})
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.EDITOR: _READING | {Permission.INGEST, Permission.REVIEW, Permission.MERGE},
    Role.VIEWER: _READING,
    Role.PUBLIC: frozenset({Permission.READ}),
}


def can(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]


def labels_seen(role: Role) -> frozenset[Label]:
    return LABELS_SEEN[role]


# The label sets roles see, widest first: the stored views are computed once for each.
VIEW_SCOPES: tuple[frozenset[str], ...] = tuple(
    sorted({frozenset(label.value for label in seen) for seen in LABELS_SEEN.values()}, key=len, reverse=True)
)


def view_scope(labels: frozenset[str] | None) -> frozenset[str]:
    """The scope of stored views a reader of these labels (None: all) reads: the widest one within
    them, so the views never show a fact of a label the reader lacks (a reader whose labels are no
    role's gets the narrower scope they cover, or nothing)."""
    if labels is None:
        return VIEW_SCOPES[0]
    return next((scope for scope in VIEW_SCOPES if scope <= labels), frozenset())


def stored_scope(labels: frozenset[str] | None) -> str:
    """The key of the stored views a reader of these labels (None: all) reads: the one mapping
    from a reader's labels (web `scope_of`, an export's, the CLI's) to stored rows."""
    return scope_key(view_scope(labels))
