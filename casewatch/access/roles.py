"""Roles, confidentiality labels and permissions: the one table of who may do what.

A document carries a label; a role sees the labels listed for it here, and so the facts of the
documents it sees. Anonymous visitors get the `public` role only where an admin allows it.
"""

from __future__ import annotations

from enum import StrEnum

from casewatch.model import Label, Role


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
