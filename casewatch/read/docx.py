"""Reader for Word .docx: paragraphs, headings, list items and table rows, after a zip-bomb check."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import docx
from docx.document import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from casewatch.errors import LimitExceeded, ReadError, message
from casewatch.model import Text
from casewatch.read.base import Reader
from casewatch.read.limits import Limits
from casewatch.read.normalise import Piece, assemble

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# zipfile raises these on damaged or exotic archives (unknown versions, encryption, cut files).
ZIP_ERRORS = (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError, EOFError)
_SMALL_MEMBER = 1024 * 1024  # tiny parts can compress well by chance; only big ones are suspicious


class DocxReader(Reader):
    media_types = (DOCX,)
    extensions = ("docx", "docm")

    def read(self, data: bytes, media_type: str, limits: Limits) -> Text:
        check_zip(data, limits)
        try:
            document = docx.Document(io.BytesIO(data))
            pieces = list(_body_pieces(document))
            headers = _core_properties(document)
        except (ReadError, MemoryError):
            raise
        except Exception as error:  # python-docx and lxml raise many unrelated types on a broken package
            raise ReadError(message("corrupt", kind="Word (.docx)", detail=_reason(error))) from error
        text, blocks = assemble(pieces, limits.max_chars)
        return Text(text, media_type, blocks, title=dict(headers).get("title"), headers=headers)


def check_zip(data: bytes, limits: Limits) -> None:
    """Refuse a zip whose members would expand too far, before any library decompresses them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except ZIP_ERRORS as error:
        raise ReadError(message("corrupt", kind="Word (.docx)", detail="it is not a zip archive")) from error
    if sum(member.file_size for member in members) > limits.max_decompressed:
        raise LimitExceeded(message("bomb", limit=limits.max_decompressed))
    for member in members:
        ratio = member.file_size // max(member.compress_size, 1)
        if member.file_size > _SMALL_MEMBER and ratio > limits.max_ratio:
            raise LimitExceeded(message("bomb_ratio", ratio=ratio, limit=limits.max_ratio))


def _reason(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"a required part is missing ({error})"
    return str(error) or type(error).__name__


def _body_pieces(document: Document) -> Iterator[Piece]:
    yield from _header_pieces(document)
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            yield Piece(_paragraph_kind(item), item.text)
        elif isinstance(item, Table):
            yield from _table_pieces(item)


def _header_pieces(document: Document) -> Iterator[Piece]:
    """The first page header often holds the letterhead: sender, address, reference."""
    if not document.sections:
        return
    header = document.sections[0].header
    if header.is_linked_to_previous:  # no header of its own: asking for one would create it
        return
    for paragraph in header.paragraphs:
        yield Piece("header", paragraph.text)


def _paragraph_kind(paragraph: Paragraph) -> str:
    style = (paragraph.style.name or "") if paragraph.style is not None else ""
    if style.startswith(("Heading", "Title")):
        return "heading"
    properties = paragraph._p.pPr
    if style.startswith("List") or (properties is not None and properties.numPr is not None):
        return "list_item"
    return "paragraph"


def _table_pieces(table: Table) -> Iterator[Piece]:
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) not in seen:  # a merged cell is repeated once per grid column it spans
                seen.add(id(cell._tc))
                cells.append(" ".join(cell.text.split()))
        yield Piece("table_row", " | ".join(cells))


def _core_properties(document: Document) -> tuple[tuple[str, str], ...]:
    core = document.core_properties
    values = (("title", core.title), ("author", core.author), ("subject", core.subject))
    found = [(name, value.strip()) for name, value in values if value and value.strip()]
    if core.created is not None:
        found.append(("created", core.created.isoformat()))
    return tuple(found)
