"""Encoding detection on short realistic texts in the code pages unions and ministries still use."""

from __future__ import annotations

import codecs

import pytest

from casewatch.errors import UnsupportedFormat
from casewatch.read.encoding import decode

RUSSIAN = (
    "Профсоюз работников нефтяной отрасли сообщил, что суд ликвидировал организацию.\n"
    "Председатель профсоюза был задержан полицией 5 марта и провёл ночь в изоляторе.\n"
)
FRENCH = (
    "Le syndicat des travailleurs a été dissous à la fin de l'année par décision du tribunal.\n"
    "La fédération déplore très vivement cette décision et demande à être reçue par le ministre.\n"
)
GERMAN = (
    "Die Gewerkschaft wurde nach einem Urteil des Gerichts aufgelöst.\n"
    "Der Vorsitzende äußerte sich überrascht über die Maßnahme und kündigte Berufung an.\n"
)
WESTERN = {"cp1252", "iso8859-1", "iso8859-15"}  # identical on these letters: any is right


@pytest.mark.parametrize(
    ("text", "encoding", "accepted"),
    [
        (RUSSIAN, "utf-8", {"utf-8"}),
        (FRENCH, "utf-8", {"utf-8"}),
        (RUSSIAN, "cp1251", {"cp1251"}),
        (RUSSIAN, "koi8-r", {"koi8-r"}),
        (RUSSIAN, "cp866", {"cp866"}),
        (FRENCH, "latin-1", WESTERN),
        (GERMAN, "latin-1", WESTERN),
        (FRENCH, "cp1252", WESTERN),
    ],
)
def test_decode_detects_code_page(text: str, encoding: str, accepted: set[str]) -> None:
    decoded, found = decode(text.encode(encoding))
    assert decoded == text
    assert found in accepted


@pytest.mark.parametrize(
    ("bom", "encoding", "name"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    ],
)
def test_decode_honours_byte_order_marks(bom: bytes, encoding: str, name: str) -> None:
    assert decode(bom + RUSSIAN.encode(encoding)) == (RUSSIAN, name)


def test_decode_recognises_utf16_without_bom() -> None:
    assert decode(GERMAN.encode("utf-16-le")) == (GERMAN, "utf-16-le")


def test_declared_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    assert decode("Суд".encode("koi8-r"), declared="KOI8-R") == ("Суд", "koi8-r")


def test_declared_charset_that_does_not_exist_is_ignored() -> None:
    assert decode(RUSSIAN.encode("cp1251"), declared="x-unknown") == (RUSSIAN, "cp1251")


def test_binary_bytes_are_not_text() -> None:
    with pytest.raises(UnsupportedFormat, match="not text"):
        decode(bytes(range(256)) * 20)
