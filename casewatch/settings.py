"""Settings: one declarative list (name, default, environment variable, help)."""

from __future__ import annotations

import os
from dataclasses import dataclass

DB_ENV = "CASEWATCH_DB"
DEFAULT_DB = "casewatch.sqlite"
SEARCH_SECONDS_ENV = "CASEWATCH_SEARCH_SECONDS"


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
    Setting(
        "search_seconds", SEARCH_SECONDS_ENV, "5", "Time limit of one web search; a longer one is stopped."
    ),
)


def database_target(explicit: str | None = None) -> str:
    """The database to use: the explicit value, else $CASEWATCH_DB, else ./casewatch.sqlite."""
    return explicit or os.environ.get(DB_ENV) or DEFAULT_DB


def search_seconds() -> float:
    """The web search time limit: $CASEWATCH_SEARCH_SECONDS, else 5 seconds."""
    return float(os.environ.get(SEARCH_SECONDS_ENV) or 5)
