"""DOCX reading: paragraphs, headings, lists, tables, core properties; broken files and zip bombs."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from casewatch.errors import LimitExceeded, ReadError
from casewatch.read import Limits, read_bytes


def _letter() -> bytes:
    document = docx.Document()
    document.core_properties.title = "Protest letter"
    document.core_properties.author = "Union of Health Workers"
    document.sections[0].header.paragraphs[0].text = "Union of Health Workers, 12 Harbour Road"
    document.add_heading("Protest against the ban on strikes", level=1)
    document.add_paragraph("Dear Minister,")
    document.add_paragraph("We ask the Government to:")
    document.add_paragraph("lift the ban", style="List Bullet")
    document.add_paragraph("release the detained nurses", style="List Number")
    table = document.add_table(rows=2, cols=2)
    for row, values in zip(table.rows, (("Date", "Event"), ("2 July 2020", "Strike banned")), strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("Yours\u00a0faithfully,")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_letter() -> None:
    text = read_bytes(_letter(), "protest.docx")
    expected = [
        ("header", "Union of Health Workers, 12 Harbour Road"),
        ("heading", "Protest against the ban on strikes"),
        ("paragraph", "Dear Minister,"),
        ("paragraph", "We ask the Government to:"),
        ("list_item", "lift the ban"),
        ("list_item", "release the detained nurses"),
        ("table_row", "Date | Event"),
        ("table_row", "2 July 2020 | Strike banned"),
        ("paragraph", "Yours faithfully,"),
    ]
    assert text.text == "\n\n".join(paragraph for _, paragraph in expected)
    assert [(block.kind, text.text[block.start : block.end]) for block in text.blocks] == expected
    assert text.title == "Protest letter"
    assert ("author", "Union of Health Workers") in text.headers
    assert text.media_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_docx_with_garbage_document_xml() -> None:
    data = _zip(
        {
            "[Content_Types].xml": b"<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>",
            "word/document.xml": b"\x00\x01 this is not xml <<<",
        }
    )
    with pytest.raises(ReadError, match=r"damaged or not a valid Word \(\.docx\) file"):
        read_bytes(data, "broken.docx")


def test_docx_that_is_not_a_zip() -> None:
    with pytest.raises(ReadError, match=r"not a valid Word \(\.docx\) file: it is not a zip archive"):
        read_bytes(b"Just some words saved with the wrong extension.", "letter.docx")


def test_zip_bomb_is_refused_before_decompression() -> None:
    data = _zip({"word/document.xml": b"\x00" * (50 * 1024 * 1024)})
    assert len(data) < 200_000
    with pytest.raises(LimitExceeded, match="possible zip bomb"):
        read_bytes(data, "bomb.docx")


def test_total_decompressed_size_is_limited() -> None:
    with pytest.raises(LimitExceeded, match="expands to more than 1,000 bytes"):
        read_bytes(_letter(), "protest.docx", Limits(max_decompressed=1000))
