"""Damaged copies of valid files end as a ReadError or as text, never as another exception."""

from __future__ import annotations

import io
import random
from collections.abc import Callable

import docx
import pytest

from casewatch.errors import ReadError
from casewatch.read import read_bytes

PdfMaker = Callable[[list[list[str]]], bytes]


def _docx() -> bytes:
    document = docx.Document()
    document.add_heading("Observation", level=2)
    document.add_paragraph("The Committee notes the observations of the confederation.")
    document.add_table(rows=1, cols=2).rows[0].cells[0].text = "cell"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


MAIL = (
    b"From: =?koi8-r?b?8NLPxtPP?= <union@example.org>\n"
    b"To: office@example.org, =?utf-8?q?Bad_<group:;>?=\n"
    b"Date: Mon, 6 Feb 2023 09:00:00 +0100\n"
    b"Subject: Complaint\nMIME-Version: 1.0\n"
    b'Content-Type: multipart/mixed; boundary="b1"\n\n'
    b'--b1\nContent-Type: text/plain; charset="utf-8"\n\nThe union asks for help.\n'
    b'--b1\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename="a.bin"\n'
    b"Content-Transfer-Encoding: base64\n\nAAECAwQ=\n--b1--\n"
)
HTML = (
    b"<html><head><title>t</title></head><body><h2>News</h2><p>The strike began.</p>"
    b"<table><tr><td>x</td></tr></table></body></html>"
)


def _mutate(data: bytes, rng: random.Random) -> bytes:
    mutated = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        position = rng.randrange(len(mutated))
        if rng.random() < 0.5:
            mutated[position] = rng.randrange(256)
        else:
            del mutated[position : position + rng.randint(1, 40)]
    return bytes(mutated)


@pytest.mark.parametrize("kind", ["pdf", "docx", "eml", "html"])
def test_damaged_files_fail_cleanly(kind: str, make_pdf: PdfMaker) -> None:
    originals = {
        "pdf": lambda: make_pdf([["Conclusions of the Committee", "The Government shall reply."]]),
        "docx": _docx,
        "eml": lambda: MAIL,
        "html": lambda: HTML,
    }
    original = originals[kind]()
    rng = random.Random(kind)
    outcomes = set()
    for _ in range(60):
        try:
            read_bytes(_mutate(original, rng), f"damaged.{kind}")
            outcomes.add("text")
        except ReadError:
            outcomes.add("error")
    assert outcomes  # any exception other than ReadError would have failed the test above


def test_malformed_address_header_keeps_the_mail_readable() -> None:
    text = read_bytes(MAIL, "complaint.eml")
    assert text.text.startswith("From: Профсо <union@example.org>\nTo: office@example.org")
    assert text.text.endswith("Subject: Complaint\n\nThe union asks for help.")
    assert [(item.name, item.data) for item in text.attachments] == [("a.bin", b"\x00\x01\x02\x03\x04")]
