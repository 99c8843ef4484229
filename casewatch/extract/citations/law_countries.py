"""Countries named with a national law: "Georgia's Criminal Code", "Law on X of the Republic of Y"."""

from __future__ import annotations

import re
from functools import cache

from casewatch import vocab


@cache
def _countries() -> dict[str, str]:
    """English country names and adjectives -> ISO3 (exact spelling: "Law" is not Laos)."""
    out: dict[str, str] = {}
    for iso, entry in vocab.load("countries").items():
        for name in [*entry.get("names", []), *entry.get("adjectives", [])]:
            if name.isascii() and name[:1].isupper():
                out[name] = iso
    return out


_REPUBLIC = re.compile(
    r",?\s*\b(?:of\s+)?(?:the\s+)?(?:Republic\s+of\s+(?:the\s+)?(?P<a>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
    r"|(?P<b>[A-Z][\w-]+)\s+Republic)\b"
)
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)$")
_POSSESSIVE = re.compile(r"(?P<c>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+$")
_ADJECTIVE = re.compile(r"(?P<c>[A-Z][\w-]+)\s+$")


def country_code(name: str) -> str | None:
    name = name.strip()
    return _countries().get(name) or _countries().get(name.removeprefix("the ").strip())


def strip_country(title: str) -> tuple[str, str | None]:
    """ "Law on X of the Republic of Y" -> ("Law on X", "YYY")."""
    iso = None
    m = _REPUBLIC.search(title)
    if m:
        iso = country_code(m.group("a") or m.group("b") or "") or country_code(m.group(0).split()[-1])
        if iso:
            title = title[: m.start()] + title[m.end() :]
    m = _OF_COUNTRY.search(title)
    if m and country_code(m.group("c")):
        iso, title = country_code(m.group("c")), title[: m.start()]
    words = title.split()
    first = re.sub(r"['’]s$", "", words[0]) if words else ""
    if len(words) > 1 and words[0] != "Constitution" and country_code(first):
        iso, title = country_code(first), " ".join(words[1:])
    return title.strip(), iso


def country_before(text: str, start: int) -> tuple[str | None, int]:
    """A possessive or adjective just before a law's title: "Georgia's", "Turkish"."""
    head = text[max(0, start - 40) : start]
    for pattern in (_POSSESSIVE, _ADJECTIVE):
        m = pattern.search(head)
        if m and country_code(m.group("c")):
            return country_code(m.group("c")), start - len(head) + m.start()
    return None, start
