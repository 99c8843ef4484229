"""Exports of the stored case file. Each exporter takes a Store and returns text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from casewatch.export.casefile import casefile_json

if TYPE_CHECKING:
    from casewatch.store import Store

EXPORTERS: dict[str, Callable[[Store], str]] = {
    "casefile": casefile_json,
}
