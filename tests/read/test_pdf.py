"""PDF reading: the text layer page by page, paragraphs from line spacing, broken and empty PDFs."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import pytest

from casewatch.errors import LimitExceeded, ReadError
from casewatch.read import Limits, read_bytes

PdfMaker = Callable[[list[list[str]]], bytes]

PAGE_ONE = [
    "Reply of the Government",
    "The Ministry of Labour examined the complaint of the federation and found that the\n"
    "registration was refused because the statutes were incomplete. The union may\n"
    "apply again.",
    "Ministry of Labour\nGovernment Building\nCapital City",
]
PAGE_TWO = ["The Government remains open to dialogue."]


def test_pdf_pages_and_paragraphs(make_pdf: PdfMaker) -> None:
    text = read_bytes(make_pdf([PAGE_ONE, PAGE_TWO]), "reply.pdf")
    paragraphs = [
        "Reply of the Government",
        "The Ministry of Labour examined the complaint of the federation and found that the "
        "registration was refused because the statutes were incomplete. The union may apply again.",
        "Ministry of Labour\nGovernment Building\nCapital City",
        "The Government remains open to dialogue.",
    ]
    assert text.text == "\n\n".join(paragraphs)
    assert text.pages == 2
    assert text.media_type == "application/pdf"
    assert text.headers[:2] == (("title", "Allegation letter"), ("author", "Special Rapporteur"))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", dict(text.headers)["created"])
    assert text.title == "Allegation letter"
    found = [(block.kind, block.page, text.text[block.start : block.end]) for block in text.blocks]
    assert found == [
        ("page", 1, "\n\n".join(paragraphs[:3])),
        ("paragraph", 1, paragraphs[0]),
        ("paragraph", 1, paragraphs[1]),
        ("paragraph", 1, paragraphs[2]),
        ("page", 2, paragraphs[3]),
        ("paragraph", 2, paragraphs[3]),
    ]


def test_pdf_with_cyrillic_text(make_pdf: PdfMaker, cyrillic_font: bool) -> None:
    if not cyrillic_font:
        pytest.skip("no TTF font with Cyrillic glyphs on this machine")
    text = read_bytes(make_pdf([["Ответ правительства", "Министерство труда рассмотрело жалобу."]]), "r.pdf")
    assert text.text == "Ответ правительства\n\nМинистерство труда рассмотрело жалобу."


def test_pdf_is_recognised_by_its_magic_whatever_the_extension(make_pdf: PdfMaker) -> None:
    text = read_bytes(make_pdf([PAGE_TWO]), "misnamed.txt")
    assert text.media_type == "application/pdf"
    assert text.text == PAGE_TWO[0]


def test_truncated_pdf_is_reported_as_damaged(make_pdf: PdfMaker) -> None:
    data = make_pdf([PAGE_ONE])
    with pytest.raises(ReadError, match="damaged or not a valid PDF file"):
        read_bytes(data[: len(data) // 3], "cut.pdf")


def test_pdf_without_text_layer(make_pdf: PdfMaker) -> None:
    with pytest.raises(ReadError, match=r"no text could be found.*scan"):
        read_bytes(make_pdf([[]]), "scan.pdf")


def test_pdf_over_the_page_limit(make_pdf: PdfMaker) -> None:
    with pytest.raises(LimitExceeded, match="3 pages, over the limit of 2"):
        read_bytes(make_pdf([PAGE_TWO] * 3), "long.pdf", Limits(max_pages=2))


def test_password_protected_pdf() -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt="secret")
    pdf.drawString(100, 700, "Confidential reply")
    pdf.showPage()
    pdf.save()
    with pytest.raises(ReadError, match="protected by a password"):
        read_bytes(buffer.getvalue(), "reply.pdf")


def test_damage_reason_is_in_plain_words() -> None:
    with pytest.raises(ReadError) as caught:
        read_bytes(b"%PDF-1.4\n" + b"garbage " * 50, "broken.pdf")
    assert str(caught.value) == "the file is damaged or not a valid PDF file: data format error"


def test_pdf_list_items_and_headings_keep_their_own_lines(make_pdf: PdfMaker) -> None:
    full = "The Government representative said the union had been dissolved lawfully under the Labour Code."
    lines = [
        full,
        "Conclusions of the Committee",
        "The Committee requests the Government to:",
        "- register the union without delay and restore the rights of all of its members at once;",
        "- amend the law.",
    ]
    text = read_bytes(make_pdf([["\n".join(lines)]]), "record.pdf").text
    assert "\nConclusions of the Committee\n" in text
    assert "to:\n- register the union" in text
    assert "at once;\n- amend the law." in text
