"""A document's heading, by one rule everywhere: its own title, else its reference, else what
it is (genre, sender, date).

A title that is a file name ("government-reply", "scan_0042.pdf") or a run of mandate titles
longer than a heading names the document worse than its reference does.
"""

from __future__ import annotations

import re

from casewatch import vocab
from casewatch.extract.pipeline import step
from casewatch.model import DocumentMeta, Extraction, Text

LONGEST = 120
_FILE_LIKE = re.compile(r"^[\w.-]+\.[A-Za-z0-9]{2,5}$|^(?=[^ ]*[-_])[\w.-]+$")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip


def _own(title: str | None) -> str | None:
    title = " ".join((title or "").split())
    if not title or len(title) > LONGEST or _FILE_LIKE.match(title):
        return None
    return title


def _when(meta: DocumentMeta) -> str | None:
    if meta.date is None:
        return None
    words = [str(meta.date.day)] if meta.date.day else []
    words += [MONTHS[meta.date.month - 1]] if meta.date.month else []
    return " ".join([*words, str(meta.date.year)])


def heading(meta: DocumentMeta, format_title: str | None = None) -> str:
    own = _own(meta.title) or _own(format_title)
    if own:
        return own
    if meta.reference:
        return meta.reference
    what = vocab.load("genre_labels").get(meta.genre.value, "Document")
    sender = f" from {meta.senders[0].name}" if meta.senders else ""
    when = _when(meta)
    return f"{what}{sender}" + (f", {when}" if when else "")


@step("heading", needs=["meta.title", "meta.reference", "meta.genre", "meta.date", "meta.senders"],
      adds=["meta.title"])  # fmt: skip
def heading_step(text: Text, ext: Extraction) -> dict[str, object]:
    return {"meta.title": heading(ext.meta, text.title)}


STEP = heading_step
