"""Reader for PDF: the text layer through pdfium, a block per page and paragraphs inside pages."""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass

import pypdfium2 as pdfium

from casewatch.errors import LimitExceeded, ReadError, message
from casewatch.model import Text
from casewatch.read.base import Reader
from casewatch.read.limits import Limits
from casewatch.read.normalise import Piece, assemble

_METADATA = (("Title", "title"), ("Author", "author"), ("Subject", "subject"), ("CreationDate", "created"))
_PLACEHOLDERS = frozenset({"untitled", "anonymous", "unspecified", "unknown"})  # generators' defaults
_WRAP_SHARE = 0.85  # a line reaching this share of the right margin was wrapped, not ended
_ENOUGH_GAPS = 4  # fewer line gaps than this say nothing about the usual line spacing
_LEADING = 1.2  # usual line spacing as a share of the font's height
_PARAGRAPH_GAP = 1.35  # a gap this much wider than the usual line spacing ends a paragraph


_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")
_PDFIUM_REASON = re.compile(r"PDFium: ([^)]*)\)")
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?")


@dataclass(frozen=True)
class _Line:
    text: str
    bottom: float
    top: float
    left: float
    right: float


class PdfReader(Reader):
    media_types = ("application/pdf",)
    extensions = ("pdf",)

    def read(self, data: bytes, media_type: str, limits: Limits) -> Text:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            if "password" in str(error).lower():
                raise ReadError(message("password")) from error
            raise ReadError(message("corrupt", kind="PDF", detail=_reason(error))) from error
        try:
            return self._read_document(pdf, media_type, limits)
        finally:
            pdf.close()

    def _read_document(self, pdf: pdfium.PdfDocument, media_type: str, limits: Limits) -> Text:
        pages = len(pdf)
        if pages > limits.max_pages:
            raise LimitExceeded(message("too_many_pages", pages=pages, limit=limits.max_pages))
        pieces = [piece for number in range(pages) for piece in _page_pieces(pdf, number)]
        if not pieces:
            raise ReadError(message("no_text") + " (the PDF has no text layer: it may be a scan)")
        text, blocks = assemble(pieces, limits.max_chars)
        headers = _headers(pdf)
        title = dict(headers).get("title")
        return Text(text, media_type, blocks, title=title, pages=pages, headers=headers)


def _reason(error: Exception) -> str:
    """PDFium's own words, from "Failed to load document (PDFium: Data format error)."."""
    match = _PDFIUM_REASON.search(str(error))
    return (match.group(1) if match else str(error)).strip().lower() or "unreadable structure"


def _page_pieces(pdf: pdfium.PdfDocument, number: int) -> list[Piece]:
    try:
        page = pdf[number]
        textpage = page.get_textpage()
    except pdfium.PdfiumError as error:
        detail = f"page {number + 1}: {_reason(error)}"
        raise ReadError(message("corrupt", kind="PDF", detail=detail)) from error
    lines = _lines(textpage)
    return [Piece("paragraph", paragraph, number + 1) for paragraph in _paragraphs(lines)]


def _lines(textpage: pdfium.PdfTextPage) -> list[_Line]:
    """Lines of the page's text with the box of their first and last character."""
    count = textpage.count_chars()
    raw = textpage.get_text_range(0, count) if count else ""
    return [_line(textpage, match, count) for match in _LINE.finditer(raw) if match.end() > match.start()]


def _line(textpage: pdfium.PdfTextPage, match: re.Match[str], count: int) -> _Line:
    """A text index is a character index as long as no character outside the BMP came before."""
    text = match.group(1)
    first = match.start() + len(text) - len(text.lstrip())
    last = match.start() + len(text.rstrip()) - 1
    if not text.strip() or last >= count:
        return _Line(text if text.strip() else "", 0.0, 0.0, 0.0, 0.0)
    left, bottom, _, top = textpage.get_charbox(first, loose=True)
    return _Line(text, bottom, top, left, textpage.get_charbox(last)[2])


def _paragraphs(lines: list[_Line]) -> list[str]:
    """Group lines into paragraphs: a blank line, an upward jump or a wide gap starts a new one."""
    gap = _usual_gap(lines)
    margin = max((line.right for line in lines), default=0.0)
    paragraphs: list[list[_Line]] = [[]]
    previous: _Line | None = None
    for line in lines:
        if not line.text.strip() or (previous and _breaks(previous, line, gap)):
            paragraphs.append([])
        if line.text.strip():
            paragraphs[-1].append(line)
        previous = line if line.text.strip() else None
    return [_join(paragraph, margin) for paragraph in paragraphs if paragraph]


def _usual_gap(lines: list[_Line]) -> float:
    """The normal distance between two lines of a paragraph on this page."""
    gaps = [a.bottom - b.bottom for a, b in itertools.pairwise(lines) if a.bottom - b.bottom > 0]
    if len(gaps) >= _ENOUGH_GAPS:
        return statistics.median(gaps)
    heights = [line.top - line.bottom for line in lines if line.top > line.bottom]
    return _LEADING * statistics.median(heights) if heights else 0.0


def _breaks(previous: _Line, line: _Line, usual_gap: float) -> bool:
    gap = previous.bottom - line.bottom
    height = max(previous.top - previous.bottom, 1.0)
    return gap < -height or gap > _PARAGRAPH_GAP * max(usual_gap, 1.0)


# a list item starts its own line even after a full-width line: the author broke it there
_ITEM = re.compile(r"^\s*(?:[-–•■▪*]|\(?[a-z0-9]{1,2}[.)])\s")


def _heading_after_sentence(previous: _Line, line: _Line, margin: float) -> bool:
    """A short unpunctuated line after a finished sentence is a heading, not the sentence's tail."""
    ended = previous.text.rstrip().endswith((".", ":", ";", "!", "?"))
    unpunctuated = not line.text.rstrip().endswith((".", ",", ";", ":", ")"))
    return ended and unpunctuated and line.right < _WRAP_SHARE * margin


def _join(lines: list[_Line], margin: float) -> str:
    """Rejoin lines the layout wrapped; keep the breaks the author made (short lines, addresses)."""
    parts = [lines[0].text.rstrip()]
    for previous, line in itertools.pairwise(lines):
        wrapped = (
            margin > 0
            and previous.right >= _WRAP_SHARE * margin
            and not _ITEM.match(line.text)
            and not _heading_after_sentence(previous, line, margin)
        )
        glue = ("" if parts[-1].endswith("-") else " ") if wrapped else "\n"
        parts.append(glue + line.text.strip())
    return "".join(parts)


def _headers(pdf: pdfium.PdfDocument) -> tuple[tuple[str, str], ...]:
    try:
        metadata = pdf.get_metadata_dict()
    except pdfium.PdfiumError:
        return ()
    values = ((name, _pdf_date((metadata.get(key) or "").strip())) for key, name in _METADATA)
    return tuple((name, value) for name, value in values if value and value.lower() not in _PLACEHOLDERS)


def _pdf_date(value: str) -> str:
    """PDF dates look like D:20190305120000+00'00'; keep the calendar date in ISO form."""
    match = _PDF_DATE.match(value)
    return "-".join(part for part in match.groups() if part) if match else value
