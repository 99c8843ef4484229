"""Exports of the stored case file. Each exporter takes a Store and an ExportScope (which
documents, redacted or not) and returns text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from casewatch.export.audience import ExportScope
from casewatch.export.calendar import deadlines_ics
from casewatch.export.dossier import dossier_html
from casewatch.export.followup import threads_csv_of
from casewatch.export.ftm import ftm_jsonl
from casewatch.export.scope import casefile_json
from casewatch.export.tables import entities_csv, events_csv, requests_csv

if TYPE_CHECKING:
    from casewatch.store import Store

EXPORTERS: dict[str, Callable[[Store, ExportScope], str]] = {
    "casefile": casefile_json,
    "events-csv": events_csv,
    "requests-csv": requests_csv,
    "entities-csv": entities_csv,
    "threads-csv": threads_csv_of,
    "ics": deadlines_ics,
    "ftm": ftm_jsonl,
    "dossier": dossier_html,
}
