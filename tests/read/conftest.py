"""Makers of real PDF and DOCX files for the reader tests."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

PdfMaker = Callable[[list[list[str]]], bytes]


@pytest.fixture
def make_pdf() -> PdfMaker:
    """Pages of paragraphs -> PDF bytes: lines 14 pt apart, paragraphs 30 pt apart."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    if FONT.exists():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
        font = "DejaVuSans"

    def make(pages: list[list[str]]) -> bytes:
        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer, pagesize=(595, 842))
        pdf.setTitle("Allegation letter")
        pdf.setAuthor("Special Rapporteur")
        for paragraphs in pages:
            y = 780.0
            for paragraph in paragraphs:
                for line in paragraph.split("\n"):
                    pdf.setFont(font, 11)
                    pdf.drawString(60, y, line)
                    y -= 14
                y -= 16
            pdf.showPage()
        pdf.save()
        return buffer.getvalue()

    return make


@pytest.fixture
def cyrillic_font() -> bool:
    return FONT.exists()
