"""E-mail reading: decoded headers written into the text, plain or HTML body, attachments."""

from __future__ import annotations

import random
from email.message import EmailMessage

import pytest

from casewatch.errors import ReadError
from casewatch.read import read_bytes

ATTACHMENT = "court-ruling.pdf"


def _mail(html: bool = False) -> bytes:
    message = EmailMessage()
    message["From"] = "Профсоюз докеров <union@example.org>"
    message["To"] = "Office of the Rapporteur <rapporteur@example.org>"
    message["Cc"] = "Federation <federation@example.org>"
    message["Date"] = "Tue, 14 Mar 2023 10:15:00 +0300"
    message["Subject"] = "Жалоба: арест председателя"
    body = "Уважаемые коллеги!\n\nПредседатель профсоюза задержан 12 марта.\n"
    if html:
        markup = "<html><body><p>Уважаемые коллеги!</p><script>x()</script><p>Арест.</p></body></html>"
        message.set_content(markup)
        message.replace_header("Content-Type", 'text/html; charset="utf-8"')
    else:
        message.set_content(body, charset="koi8-r")
    message.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename=ATTACHMENT)
    return message.as_bytes()


HEADER_LINES = (
    "From: Профсоюз докеров <union@example.org>\n"
    "To: Office of the Rapporteur <rapporteur@example.org>\n"
    "Cc: Federation <federation@example.org>\n"
    "Date: Tue, 14 Mar 2023 10:15:00 +0300\n"
    "Subject: Жалоба: арест председателя"
)


def test_plain_mail_with_attachment() -> None:
    text = read_bytes(_mail(), "complaint.eml")
    assert text.text == HEADER_LINES + "\n\nУважаемые коллеги!\n\nПредседатель профсоюза задержан 12 марта."
    assert text.media_type == "message/rfc822"
    assert text.title == "Жалоба: арест председателя"
    assert dict(text.headers)["From"] == "Профсоюз докеров <union@example.org>"
    assert [(block.kind, text.text[block.start : block.end]) for block in text.blocks] == [
        ("header", HEADER_LINES),
        ("paragraph", "Уважаемые коллеги!"),
        ("paragraph", "Председатель профсоюза задержан 12 марта."),
    ]
    assert [(item.name, item.data) for item in text.attachments] == [("court-ruling.pdf", b"%PDF-1.4 fake")]


def test_html_mail_goes_through_the_html_reader() -> None:
    text = read_bytes(_mail(html=True), "complaint.eml")
    assert text.text == HEADER_LINES + "\n\nУважаемые коллеги!\n\nАрест."


def test_mail_is_recognised_without_extension() -> None:
    assert read_bytes(_mail(), "message").media_type == "message/rfc822"


def _noise(size: int, seed: int, low: int = 0) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, 256) for _ in range(size))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (_noise(20_000, 1), "binary"),
        (_noise(20_000, 2, low=0x80), "header"),  # high bytes only: no control bytes to give it away
        (b"Minutes of the meeting of 3 May.\nThe board met.\n", "header"),
        (b"Subject: noise\n\n" + _noise(20_000, 3, low=0x80), "not text"),
    ],
)
def test_bytes_named_eml_that_are_not_mail_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(ReadError, match=f"named as an e-mail but is not one.*{reason}"):
        read_bytes(data, "message.eml")


def test_mail_from_an_mbox_with_a_byte_order_mark_is_read() -> None:
    data = b"\xef\xbb\xbfFrom union@example.org Tue Mar 14 10:15:00 2023\n" + _mail()
    assert "Председатель" in read_bytes(data, "box.eml").text
