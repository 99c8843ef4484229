"""The document's own date: a Date header, the letter's date line, an ILO session year, else a date line."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from casewatch.extract.dates import find_dates, parse_date
from casewatch.extract.pipeline import step
from casewatch.model import Extraction, Genre, Part, PartialDate, Text

_HEADER_DATE = re.compile(r"^\s*(?:Date|Sent|Envoyé|Fecha)\s*:\s*(.+)$", re.M | re.I)
# A CEACR comment is dated by the year the Committee adopted it ("adopted 2022"), not by the later
# ILC session that publishes it ("published 111th ILC session (2023)"): the adoption is when the
# Committee said it. A CAS case is dated by its discussion year, a CFA excerpt by its report's month.
_SESSION_YEAR = re.compile(
    r"(?:Discussion|Discusión|adopted|adoptée?|adoptad[ao]|Adoption|Adopción)\s*:?\s*((?:19|20)\d\d)", re.I
)
_CFA_REPORT = re.compile(r"(?:Report|Rapport|Informe) (?:No\.?|núm\.|n[°º])\s*\d+\s*,\s*(\w+ (?:19|20)\d\d)")
_ILO = {Genre.ILO_CAS, Genre.ILO_CEACR, Genre.ILO_CFA}


def _header_date(text: str) -> PartialDate | None:
    """A "Date: ..." line among the first lines, as e-mails and memos carry."""
    m = _HEADER_DATE.search(text[:600])
    return parse_date(m.group(1)) if m else None


def _date_line(text: str, parts: Sequence[Part]) -> PartialDate | None:
    for part in parts:
        if part.kind == "date_line":
            found = parse_date(text[part.start : part.end])
            if found:
                return found
    return None


def _ilo_date(text: str) -> PartialDate | None:
    head = text[:5000]
    m = _CFA_REPORT.search(head)
    if m:
        return parse_date(m.group(1))
    m = _SESSION_YEAR.search(head)
    return PartialDate(int(m.group(1))) if m else None


def _short_date_line(text: str) -> PartialDate | None:
    """The first line near the top that is (nearly) only a date, as in a letter without a parsed anatomy."""
    head = text[:5000]
    for d in find_dates(head):
        line_start = head.rfind("\n", 0, d.start) + 1
        line_end = head.find("\n", d.end)
        line = head[line_start : line_end if line_end >= 0 else len(head)]
        if len(line.strip()) <= len(d.text) + 30:
            return d.date
    return None


def document_date(text: str, parts: Sequence[Part] = (), genre: Genre = Genre.OTHER) -> PartialDate | None:
    found = _header_date(text) or _date_line(text, parts)
    if found:
        return found
    if genre in _ILO:
        return _ilo_date(text) or _short_date_line(text)
    return _short_date_line(text) or _ilo_date(text)


@step("document_date", needs=["parts", "meta.genre"], adds=["meta.date"])
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    return {"meta.date": document_date(text.text, ext.parts, ext.meta.genre)}
