"""Lines of a document: their offsets and text without markdown marks, and blocks of non-blank lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Line:
    """One line of the document: its offsets and its text without markdown marks."""

    start: int
    end: int
    text: str
    heading: bool = False


_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_HEADING_MARK = re.compile(r"^\s*#+\s*")


def clean(raw: str) -> str:
    """A line without markdown headings, emphasis and link targets."""
    # most lines hold neither a link nor a heading mark: the tests cost less than a substitution
    text = _LINK.sub(r"\1", raw) if "](" in raw else raw
    text = _HEADING_MARK.sub("", text) if "#" in text else text
    return text.replace("**", "").replace("__", "").strip()


def split_lines(text: str) -> list[Line]:
    return list(_lines(text))


@lru_cache(maxsize=2)  # an ILO record's layout and a letter's read the same document's lines
def _lines(text: str) -> tuple[Line, ...]:
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append(Line(pos, pos + len(body), clean(body), body.lstrip().startswith("#")))
        pos += len(raw)
    return tuple(lines)


def blocks(lines: list[Line]) -> Iterator[list[Line]]:
    """Runs of non-blank lines."""
    run: list[Line] = []
    for line in lines:
        if line.text:
            run.append(line)
        elif run:
            yield run
            run = []
    if run:
        yield run
