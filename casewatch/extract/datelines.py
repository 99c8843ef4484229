"""A news release's dateline: the place and date a story is filed from, opening its first sentence
("GENEVA (3 May 2031) –", "Avra City, 3 May 2031 (Union News) –"); an agency's may give no year, or
no place, but names the agency in brackets ("AVRA, May 3 (Agency) --", "AVRA (Agency) -",
"May 3 (Agency) --"). The place and the agency take no part in what the story tells, and do not ask
what it reports asked."""

from __future__ import annotations

import re

_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
DATELINE = re.compile(
    r"\W*(?!(?:On|Le|El|En|In|Au|Dans|Since|Depuis|Desde)\b)"
    r"(?:[A-ZÀ-Ý][\w.'’/-]*(?:[ -][A-ZÀ-Ý][\w.'’/-]*){0,3}\s*"
    r"(?:\(\s*[^()\n]{0,30}\d{4}\s*\)|,\s*[^,()\n–—-]{0,30}\d{4})\s*(?:\([^()\n]{1,40}\)\s*)?"
    rf"|(?:[A-ZÀ-Ý][A-ZÀ-Ý.'’/-]+(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý.'’/-]+){{0,3}}(?:,\s*{_MONTH_DAY})?|{_MONTH_DAY})"
    r"\s*\([A-Z][^()\n]{0,30}\)\s*)(?:--|[–—-])\s"
)


def dateline_end(text: str, start: int, end: int) -> int:
    """Where a dateline opening `text[start:end]` ends, or `start` when none opens it."""
    m = DATELINE.match(text, start, end)
    return m.end() if m else start
