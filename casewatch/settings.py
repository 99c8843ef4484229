"""Settings: one declarative list (name, default, environment variable, help)."""

from __future__ import annotations

import os
from dataclasses import dataclass

DB_ENV = "CASEWATCH_DB"
DEFAULT_DB = "casewatch.sqlite"


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


SETTINGS = (
    Setting("db", DB_ENV, DEFAULT_DB, "Database: a SQLite file path or a SQLAlchemy URL."),
    Setting(
        "workers", "CASEWATCH_WORKERS", "", "Worker processes for reading and extraction (default: cores)."
    ),
)


def database_target(explicit: str | None = None) -> str:
    """The database to use: the explicit value, else $CASEWATCH_DB, else ./casewatch.sqlite."""
    return explicit or os.environ.get(DB_ENV) or DEFAULT_DB
