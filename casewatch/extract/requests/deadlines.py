"""When an ask falls due, as the ask itself states it: "within 60 days" of the document's date, by a
date, or by a session or report of the body."""

from __future__ import annotations

import re
from datetime import timedelta

from casewatch.extract.dates import find_dates
from casewatch.model import PartialDate

_NUMBERS = {"thirty": 30, "sixty": 60, "ninety": 90, "fifteen": 15, "twenty": 20, "forty-five": 45}
_WITHIN_DAYS = re.compile(
    r"\bwithin\s+(\d{1,3}|thirty|sixty|ninety|fifteen|twenty|forty-five)\s+days\b", re.I
)
_BY_TIME = re.compile(
    r"\b(?:by|before|no later than|not later than)\s+(?:its|the|their)?\s*(?:next|\d{4}|forthcoming)"
    r"[^,;.]{0,60}(?:session|meeting|report)|\b(?:by|before|no later than)\s+(?=\d|[A-Z][a-z]+ \d)",
)


def deadline(text: str, anchor: PartialDate | None) -> tuple[PartialDate | None, str | None]:
    """A deadline stated in an ask: "within 60 days" from the anchor, a date, or a session."""
    within = _WITHIN_DAYS.search(text)
    if within:
        raw = within.group(1).lower()
        days = int(raw) if raw.isdigit() else _NUMBERS[raw]
        start = anchor.as_date() if anchor else None
        return (PartialDate.of(start + timedelta(days=days)) if start else None), within.group(0)
    by = _BY_TIME.search(text)
    if by:
        dates = find_dates(text[by.start() : by.end() + 40], anchor)
        if dates and dates[0].start <= by.end() - by.start() + 1:
            return dates[0].date, text[by.start() : by.start() + dates[0].end]
        return None, by.group(0).strip()
    return None, None
