"""The document's own date: a date line near the top, else the first full date, else a session year."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from casewatch.extract.dates import find_dates
from casewatch.extract.pipeline import step
from casewatch.model import Extraction, PartialDate, Text

_DATE_LINE = re.compile(r"^[^\n]{0,40}$", re.M)
_SESSION_YEAR = re.compile(r"(?:Discussion|adopted|Publication)\s*:?\s*((?:19|20)\d\d)", re.I)


def document_date(text: str) -> PartialDate | None:
    head = text[:5000]
    for d in find_dates(head):
        line_start = head.rfind("\n", 0, d.start) + 1
        line_end = head.find("\n", d.end)
        line = head[line_start : line_end if line_end >= 0 else len(head)]
        if len(line.strip()) <= len(d.text) + 30:  # a line that is (nearly) only the date
            return d.date
    m = _SESSION_YEAR.search(head)
    if m:
        return PartialDate(int(m.group(1)))
    return None


@step("document_date", adds=["meta.date"])
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    return {"meta.date": document_date(text.text)}
