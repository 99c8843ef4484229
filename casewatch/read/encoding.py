"""Guess the text encoding of bytes: BOMs, then strict UTF-8, then a declared charset, then detection."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import CharsetMatch, from_bytes

from casewatch.errors import UnsupportedFormat, message

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Without this list charset-normalizer calls short koi8-r and cp1251 texts shift_jis.
CODE_PAGES = (
    "utf_8",
    "cp1251",
    "koi8_r",
    "koi8_u",
    "cp866",
    "iso8859_5",
    "mac_cyrillic",
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "cp1254",
    "iso8859_9",
    "cp1253",
    "iso8859_7",
)
_SAMPLE = 256 * 1024
_FALLBACK = "cp1252"
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01


def bom_encoding(data: bytes) -> str | None:
    return next((name for bom, name in _BOMS if data.startswith(bom)), None)


def utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly Latin or Cyrillic script has NULs on one side of each byte pair."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.3 * pairs and even == 0:
        return "utf-16-le"
    if even > 0.3 * pairs and odd == 0:
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    """Control bytes (NUL, ESC aside) are rare in text of any 8-bit code page and common in binaries."""
    sample = data[:65536]
    if bom_encoding(sample) or utf16_without_bom(sample):
        return False
    return len(_CONTROL_BYTES.findall(sample)) > _MAX_CONTROL_SHARE * len(sample)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return (text, canonical encoding name); raise UnsupportedFormat when the bytes are not text."""
    bom = bom_encoding(data)
    if bom:
        return _decode_as(data[_bom_length(data) :], bom)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guess = utf16_without_bom(data) or _known_codec(declared)
    if guess:
        try:
            return data.decode(guess), codecs.lookup(guess).name
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        raise UnsupportedFormat(message("binary", detail="control bytes found"))
    return _decode_as(data, _detect(data))


def _bom_length(data: bytes) -> int:
    return next(len(bom) for bom, _ in _BOMS if data.startswith(bom))


def _decode_as(data: bytes, encoding: str) -> tuple[str, str]:
    return data.decode(encoding, errors="replace"), codecs.lookup(encoding).name


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def _detect(data: bytes) -> str:
    matches = list(from_bytes(data[:_SAMPLE], cp_isolation=list(CODE_PAGES)))
    if not matches:
        return _FALLBACK  # every code page looked garbled: show the text rather than refuse it
    # Ties are common (French reads the same in cp1252 and cp1250): break them by our preference.
    best = min(matches, key=lambda match: (round(match.chaos, 2), -round(match.coherence, 2), _rank(match)))
    return CODE_PAGES[_rank(best)]


def _rank(match: CharsetMatch) -> int:
    names = {match.encoding, *match.could_be_from_charset}
    return min((CODE_PAGES.index(name) for name in names if name in CODE_PAGES), default=len(CODE_PAGES))
