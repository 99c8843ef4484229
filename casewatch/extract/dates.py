"""Dates in running text: a fast regex grammar for the common forms, resolved to PartialDate.

`find_dates` returns every date expression with its offsets; relative expressions take their
year from the anchor (the document's own date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casewatch.model import PartialDate

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

_PATTERNS = [
    re.compile(rf"\b{_DAY}\s+(?:de\s+)?{_MONTH}\s+(?:de\s+|del\s+)?,?\s*{_YEAR}\b", re.I),  # 4 January 2017
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # January 4, 2017
    re.compile(r"\b(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>(?:1[89]|20)\d\d)\b"),  # 04.01.2017
    re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),  # 2017-01-04
    re.compile(rf"\b{_MONTH}\s+(?:de\s+|of\s+)?{_YEAR}\b", re.I),  # January 2017
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: PartialDate


def _to_date(groups: dict[str, str | None]) -> PartialDate | None:
    year = int(groups["year"] or 0)
    raw_month = groups.get("month")
    month = None
    if raw_month:
        month = int(raw_month) if raw_month.isdigit() else MONTHS.get(raw_month.lower().rstrip("."))
    raw_day = groups.get("day")
    day = int(raw_day) if raw_day else None
    try:
        return PartialDate(year, month, day if month else None)
    except ValueError:
        return None


def find_dates(text: str, anchor: PartialDate | None = None) -> list[DateMention]:
    """All absolute date expressions in `text`, longest first where they overlap."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            value = _to_date(m.groupdict())
            if value is not None:
                found.append(DateMention(m.start(), m.end(), m.group(0), value))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str) -> PartialDate | None:
    """The first date expression in a short string, or None."""
    dates = find_dates(text)
    return dates[0].date if dates else None
