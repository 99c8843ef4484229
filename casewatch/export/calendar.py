"""An iCalendar (RFC 5545) file of deadlines: replies due and requests with a dated deadline."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from casewatch.export.audience import EVERYTHING, ExportScope
from casewatch.export.scope import scoped_documents
from casewatch.model import PartialDate

if TYPE_CHECKING:
    from casewatch.store import Store

PRODID = "-//casewatch//deadlines//EN"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1)."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode("utf-8")) > 75:
            out.append(current)
            current = " "
        current += char
    return "\r\n".join([*out, current])


def _event(uid: str, day: PartialDate, summary: str, description: str, stamp: str) -> Iterator[str]:
    yield "BEGIN:VEVENT"
    yield f"UID:{uid}@casewatch"
    yield f"DTSTAMP:{stamp}"
    yield f"DTSTART;VALUE=DATE:{day.iso.replace('-', '')}"
    yield f"SUMMARY:{_escape(summary)}"
    yield f"DESCRIPTION:{_escape(description)}"
    yield "END:VEVENT"


def _uid(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:24]


def deadlines_ics(store: Store, scope: ExportScope = EVERYTHING) -> str:
    """Reply deadlines (a redacted export keeps only the public documents' dates and references)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    for doc in scoped_documents(store, scope):
        meta = doc.extraction.meta
        label = meta.reference or doc.source
        if meta.reply_due and meta.reply_due.day:
            lines += _event(
                _uid(doc.source, "reply"),
                meta.reply_due,
                f"Reply due: {label}",
                f"Reply asked for by {meta.reply_due.iso} ({doc.source})",
                stamp,
            )
        for req in () if scope.redacted else doc.extraction.requests:  # request texts may name persons
            if req.deadline and req.deadline.day and req.deadline != meta.reply_due:
                lines += _event(
                    _uid(doc.source, str(req.start)),
                    req.deadline,
                    f"Deadline: {req.text[:80]}",
                    f"{req.text} ({doc.source})",
                    stamp,
                )
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
