"""Text normalisation shared by all readers, and assembly of paragraphs into text + blocks."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from casewatch.errors import LimitExceeded, message
from casewatch.model import Block

# C0/C1 controls except \t and \n, plus zero-width and bidi marks that only hide text from regexes.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\u200e\u200f\u2028\u2029\ufeff\ufffe]")
_SPACES = re.compile("[\u00a0\u2007\u202f\u2000-\u200a\u3000]")
_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")
# a listing's date run into the title after it ('16 June, 2012Miners strike'): the page had them on two lines
_GLUED_YEAR = re.compile(r"\d(?<=(?:1[89]|20)\d\d)(?=[A-Z][a-z]|[A-Z]{2})")
_DATE_BEFORE_YEAR = re.compile(r"(?:\d{1,2}[ ]+[^\W\d_]{3,10}\.?,?|[^\W\d_]{3,10}\.?[ ]+\d{1,2},?)[ ]+\d{3}$")
PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True)
class Piece:
    """One paragraph-like unit a reader found, before normalisation and assembly."""

    kind: str
    text: str
    page: int | None = None


def normalise(text: str) -> str:
    """NFC, \\n line ends, no control chars, plain spaces, no trailing spaces, one blank line max."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", unicodedata.normalize("NFC", text))
    text = _SPACES.sub(" ", text)
    # Cheap substring tests spare large clean texts two slow regex scans.
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        text = _TRAILING.sub("", text)
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub(PARAGRAPH_BREAK, text)
    return _unglued_dates(text).strip("\n")


def _unglued_dates(text: str) -> str:
    """A line break between a date and the title its year runs into; a year glued to a word that no date
    opens ('Model 2012X') stays as written."""
    cuts = [
        m.end()
        for m in _GLUED_YEAR.finditer(text)
        if _DATE_BEFORE_YEAR.search(text, max(0, m.start() - 20), m.start()) is not None
    ]
    if not cuts:
        return text
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return "\n".join(pieces)


def assemble(pieces: Iterable[Piece], max_chars: int) -> tuple[str, tuple[Block, ...]]:
    """Join normalised pieces with one blank line; a block per piece, and one per page of pieces."""
    parts: list[str] = []
    blocks: list[Block] = []
    pages: dict[int, list[int]] = {}
    offset = 0
    for piece in pieces:
        body = normalise(piece.text)
        if not body.strip():
            continue
        start = offset + (len(PARAGRAPH_BREAK) if parts else 0)
        offset = start + len(body)
        if offset > max_chars:
            raise LimitExceeded(message("too_many_chars", limit=max_chars))
        parts.append(body)
        blocks.append(Block(piece.kind, start, offset, piece.page))
        if piece.page is not None:
            pages.setdefault(piece.page, [start, offset])[1] = offset
    blocks.extend(Block("page", start, end, page) for page, (start, end) in pages.items())
    blocks.sort(key=lambda block: (block.start, block.kind != "page"))
    return PARAGRAPH_BREAK.join(parts), tuple(blocks)


def check_chars(text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise LimitExceeded(message("too_many_chars", limit=max_chars))
