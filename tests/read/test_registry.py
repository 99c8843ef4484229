"""Choosing a reader, and the errors a person sees for files that cannot be read."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from casewatch.errors import LimitExceeded, ReadError, UnsupportedFormat
from casewatch.read import Limits, read_bytes, read_path, sniff

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _zip(name: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, b"<xml/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "name", "media_type"),
    [
        (b"%PDF-1.7\n...", "report.txt", "application/pdf"),
        (b"\xef\xbb\xbf\r\n %PDF-1.4\n...", "scan", "application/pdf"),
        (b"How to spot a PDF: it starts with %PDF-1.7.\n", "notes.txt", "text/plain"),
        (b"Our letter quotes the header %PDF-1.4 of the file", "letter", "text/plain"),
        (_zip("word/document.xml"), "upload.bin", DOCX),
        (_zip("data.csv"), "archive.zip", "application/zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old.doc", "application/x-ole-storage"),
        (b"plain words", "notes.txt", "text/plain"),
        (b"# Title", "notes.md", "text/markdown"),
        (b"plain words", "page.HTM", "text/html"),
        (b"  <!DOCTYPE html><html><body>x</body></html>", "page", "text/html"),
        (b"From: a@example.org\nSubject: hello\n\nbody", "mail", "message/rfc822"),
        (b"From: the secretary\nTo the members\n\nminutes", "minutes", "text/plain"),
        (b"Minutes of the meeting", "minutes", "text/plain"),
        (bytes(range(256)) * 4, "blob", "application/octet-stream"),
    ],
)
def test_sniff(data: bytes, name: str, media_type: str) -> None:
    assert sniff(data, name) == media_type


def test_empty_file() -> None:
    with pytest.raises(ReadError, match=r"^the file is empty$"):
        read_bytes(b"", "empty.txt")


def test_whitespace_only_file_has_no_text() -> None:
    with pytest.raises(ReadError, match=r"^no text could be found in the file$"):
        read_bytes(b" \r\n\t\n", "blank.txt")


def test_oversized_file() -> None:
    with pytest.raises(LimitExceeded, match=r"^the file is 2,000 bytes, over the limit of 1,000 bytes$"):
        read_bytes(b"a" * 2000, "big.txt", Limits(max_bytes=1000))


def test_oversized_file_on_disk_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 400)
    with pytest.raises(LimitExceeded, match="over the limit of 100 bytes"):
        read_path(path, Limits(max_bytes=100))


def test_too_much_text() -> None:
    with pytest.raises(LimitExceeded, match="more than 100 characters"):
        read_bytes(b"word " * 50, "long.txt", Limits(max_chars=100))


def test_random_binary_is_unsupported() -> None:
    data = random.Random(7).randbytes(4096)
    with pytest.raises(UnsupportedFormat, match="not text and not a known document format"):
        read_bytes(data, "mystery.dat")


def test_random_binary_named_txt_is_unsupported() -> None:
    with pytest.raises(UnsupportedFormat, match="not text"):
        read_bytes(random.Random(11).randbytes(4096), "notes.txt")


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old.doc", "save it as .docx or PDF"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "scan.png", "text in images is not read"),
        (_zip("data.csv"), "archive.zip", "unpack it first"),
    ],
)
def test_known_but_unsupported_formats_say_what_to_do(data: bytes, name: str, reason: str) -> None:
    with pytest.raises(UnsupportedFormat, match=reason):
        read_bytes(data, name)


def test_read_path_uses_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "minutes.md"
    path.write_text("## Minutes\n\nThe board met.", encoding="utf-8")
    text = read_path(path)
    assert (text.media_type, text.text, text.encoding) == (
        "text/markdown",
        "## Minutes\n\nThe board met.",
        "utf-8",
    )
