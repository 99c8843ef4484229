"""Reader for e-mail (.eml): headers as text lines, the body, and attachments for the caller."""

from __future__ import annotations

import re
from email import policy
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.parser import BytesParser

from casewatch.errors import ReadError, message
from casewatch.model import Attachment, Text
from casewatch.read.base import Reader
from casewatch.read.encoding import decode, looks_binary
from casewatch.read.html import html_pieces, parse_html
from casewatch.read.limits import Limits
from casewatch.read.normalise import Piece, assemble, normalise

_SHOWN = ("From", "To", "Cc", "Date", "Subject")
_BOM = b"\xef\xbb\xbf"
_MBOX_FROM = re.compile(rb"From [^\n]*\n")  # the separator line of an mbox file a message was saved from
_FIELD = re.compile(rb"[!-9;-~]+[ \t]*:")  # a header field name (RFC 5322: printable, no colon)
_MAX_REPLACED = 0.02  # share of undecodable characters over which the "text" is noise


class EmailReader(Reader):
    media_types = ("message/rfc822",)
    extensions = ("eml",)

    def read(self, data: bytes, media_type: str, limits: Limits) -> Text:
        try:
            return self._read_mail(data, media_type, limits)
        except (ValueError, LookupError, TypeError, IndexError, AttributeError, KeyError) as error:
            # the stdlib parser is lenient, but its lazy header and part parsing can still fail
            raise ReadError(
                message("corrupt", kind="e-mail", detail=str(error) or type(error).__name__)
            ) from error

    def _read_mail(self, data: bytes, media_type: str, limits: Limits) -> Text:
        mail = BytesParser(policy=policy.default).parsebytes(_message_bytes(data))
        assert isinstance(mail, EmailMessage)  # policy.default always builds EmailMessage
        headers = _headers(mail)
        header_lines = "\n".join(f"{name}: {value}" for name, value in headers)
        pieces = [Piece("header", header_lines), *_body_pieces(mail)]
        text, blocks = assemble(pieces, limits.max_chars)
        if text.count("\ufffd") > _MAX_REPLACED * len(text):
            raise ReadError(message("not_mail", detail=message("mail_noise")))
        subject = dict(headers).get("Subject")
        return Text(text, media_type, blocks, title=subject, headers=headers, attachments=_attachments(mail))


def _message_bytes(data: bytes) -> bytes:
    """The message without a byte-order mark or mbox separator line; refused when it is not mail,
    so that noise named .eml never becomes a document of garbage."""
    data = data.removeprefix(_BOM).lstrip(b"\r\n")
    separator = _MBOX_FROM.match(data)
    data = data[separator.end() :] if separator else data
    if looks_binary(data):
        raise ReadError(message("not_mail", detail=message("mail_binary")))
    if not _FIELD.match(data):
        raise ReadError(message("not_mail", detail=message("mail_headers")))
    return data


def _headers(mail: EmailMessage) -> tuple[tuple[str, str], ...]:
    values = ((name, " ".join(_header_value(mail, name).split())) for name in _SHOWN)
    return tuple((name, value) for name, value in values if value)


def _header_value(mail: EmailMessage, name: str) -> str:
    try:
        value = mail.get(name)
        return str(value) if value is not None else ""
    except Exception:  # the stdlib's address parser fails in many ways on malformed headers
        raw = next((value for key, value in mail.raw_items() if key.lower() == name.lower()), "")
        return _decoded_words(str(raw))


def _decoded_words(raw: str) -> str:
    try:
        return str(make_header(decode_header(raw)))
    except (HeaderParseError, ValueError, LookupError, UnicodeDecodeError):
        return raw


def _body_pieces(mail: EmailMessage) -> list[Piece]:
    body = mail.get_body(preferencelist=("plain", "html"))
    if body is None:
        return []
    content = _part_text(body)
    if body.get_content_subtype() == "html":
        return html_pieces(parse_html(content))
    return [Piece("paragraph", paragraph) for paragraph in normalise(content).split("\n\n")]


def _part_text(part: Message) -> str:
    """The part's text in its declared charset, or detected when the charset is missing or wrong."""
    if isinstance(part, EmailMessage):
        try:
            return str(part.get_content())
        except (LookupError, UnicodeDecodeError, AssertionError):
            pass
    payload = part.get_payload(decode=True)
    return decode(payload, part.get_content_charset())[0] if isinstance(payload, bytes) else ""


def _attachments(mail: EmailMessage) -> tuple[Attachment, ...]:
    found = []
    for number, part in enumerate(mail.iter_attachments(), start=1):
        data = _attachment_bytes(part)
        if data:
            found.append(Attachment(part.get_filename() or f"attachment-{number}", data))
    return tuple(found)


def _attachment_bytes(part: Message) -> bytes:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload(0) if part.is_multipart() else part.get_payload()
        return inner.as_bytes() if isinstance(inner, Message) else b""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""
