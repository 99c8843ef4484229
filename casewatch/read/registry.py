"""Chooses the reader for a file: binary signatures first, then the extension, then a look at the text."""

from __future__ import annotations

import io
import re
import zipfile

from casewatch.errors import UnsupportedFormat, message
from casewatch.read.base import Reader
from casewatch.read.docx import DOCX, ZIP_ERRORS, DocxReader
from casewatch.read.email import EmailReader
from casewatch.read.encoding import bom_encoding, looks_binary, utf16_without_bom
from casewatch.read.html import HtmlReader
from casewatch.read.pdf import PdfReader
from casewatch.read.text import MarkdownReader, TextReader

READERS: tuple[type[Reader], ...] = (
    PdfReader,
    DocxReader,
    HtmlReader,
    EmailReader,
    TextReader,
    MarkdownReader,
)
OCTET_STREAM = "application/octet-stream"
ZIP = "application/zip"

_SIGNATURES = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"\x1f\x8b", "application/gzip"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"Rar!", "application/vnd.rar"),
    (b"{\\rtf", "application/rtf"),
)
# What a person would call a format we cannot read, and what to do about it.
_UNSUPPORTED = {
    "application/x-ole-storage": "an old Word/Excel/Outlook file; save it as .docx or PDF",
    "application/rtf": "an RTF file; save it as .docx or PDF",
    "application/zip": "a zip archive that is not a Word .docx document; unpack it first",
    "application/vnd.oasis.opendocument.text": "an OpenDocument text; save it as .docx or PDF",
    "image/png": "an image; text in images is not read",
    "image/jpeg": "an image; text in images is not read",
    "image/gif": "an image; text in images is not read",
    "image/tiff": "an image; text in images is not read",
}
_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
# A PDF header at the start, after at most a byte-order mark and blank space: "%PDF-" further in
# is a text that mentions PDF (a junk-prefixed PDF named .pdf still reaches the PDF reader).
_PDF_START = re.compile(rb"(?:\xef\xbb\xbf)?[ \t\r\n\f]*%PDF-")
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]{1,40}:\s")
_MAIL_FROM = re.compile(rb"^From:", re.I | re.M)
_MAIL_MARKERS = re.compile(
    rb"^(?:Received|Message-ID|MIME-Version|Return-Path|Delivered-To|Subject|Date):", re.I | re.M
)


def reader_for(media_type: str) -> Reader:
    for reader in READERS:
        if media_type in reader.media_types:
            return reader()
    detail = _UNSUPPORTED.get(media_type, f"{media_type} files are not supported")
    if media_type == OCTET_STREAM:
        raise UnsupportedFormat(message("binary", detail="unrecognised binary content"))
    raise UnsupportedFormat(message("unsupported", detail=detail))


def sniff(data: bytes, name: str) -> str:
    """The media type of a file: magic bytes first, then the extension, then the shape of its text."""
    return _by_signature(data, name) or _by_extension(name) or _by_content(data)


def _by_signature(data: bytes, name: str) -> str | None:
    head = data[:1024]
    if _PDF_START.match(head):
        return "application/pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data, name)
    return next((kind for magic, kind in _SIGNATURES if head.startswith(magic)), None)


def _zip_kind(data: bytes, name: str) -> str:
    if name.lower().endswith((".docx", ".docm")):
        return DOCX  # let the docx reader say what is wrong with it
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (*ZIP_ERRORS, KeyError):
        return ZIP
    if "word/document.xml" in names:
        return DOCX
    return mimetype.decode("ascii", "replace").strip() or ZIP


def _by_extension(name: str) -> str | None:
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return next((reader.media_types[0] for reader in READERS if extension in reader.extensions), None)


def _by_content(data: bytes) -> str:
    if looks_binary(data):
        return OCTET_STREAM
    head = _ascii_head(data)
    if _HTML_START.match(head):
        return "text/html"
    if _looks_like_mail(head):
        return "message/rfc822"
    return "text/plain"


def _ascii_head(data: bytes) -> bytes:
    """The first bytes as ASCII-compatible text, so UTF-16 files can be sniffed like the rest."""
    encoding = bom_encoding(data) or utf16_without_bom(data)
    if encoding and encoding.startswith(("utf-16", "utf-32")):
        return data[:8192].decode(encoding, "ignore").lstrip("\ufeff").encode("utf-8", "ignore")
    return data[:4096].removeprefix(b"\xef\xbb\xbf")


def _looks_like_mail(head: bytes) -> bool:
    """Headers at the very top, with From: and one other header only mail has."""
    header_block = head.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    if not _HEADER_LINE.match(header_block):
        return False
    return bool(_MAIL_FROM.search(header_block) and _MAIL_MARKERS.search(header_block))
