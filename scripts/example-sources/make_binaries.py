"""Regenerate the PDF and DOCX examples from the text sources beside this script (needs the dev extras)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "examples"


def make_pdf(source: Path, target: Path) -> None:
    styles = getSampleStyleSheet()
    story = []
    for line in source.read_text(encoding="utf-8").splitlines():
        story += [
            Paragraph(line.replace("&", "&amp;").replace("<", "&lt;"), styles["BodyText"]),
            Spacer(1, 4),
        ]
    SimpleDocTemplate(str(target), pagesize=A4, title=source.stem, invariant=1).build(story)


def make_docx(source: Path, target: Path) -> None:
    doc = Document()
    for line in source.read_text(encoding="utf-8").splitlines():
        doc.add_paragraph(line)
    doc.core_properties.title = source.stem
    doc.save(str(target))


if __name__ == "__main__":
    make_pdf(HERE / "ilo-cas-record.txt", OUT / "ilo-cas-record.pdf")
    make_docx(HERE / "government-reply.txt", OUT / "government-reply.docx")
