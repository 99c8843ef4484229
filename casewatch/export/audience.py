"""Whom an export is for: the documents of some confidentiality labels, or, redacted, the public."""

from __future__ import annotations

from dataclasses import dataclass

PUBLIC = frozenset({"public"})


@dataclass(frozen=True)
class ExportScope:
    labels: frozenset[str] | None = None  # None: every document
    redacted: bool = False

    @property
    def seen(self) -> frozenset[str] | None:
        return PUBLIC if self.redacted else self.labels


EVERYTHING = ExportScope()
REDACTED = ExportScope(redacted=True)
