"""A national law as found, and the country named with it: "Georgia's Criminal Code"."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from casewatch import vocab


@dataclass(frozen=True)
class LawName:
    """A national law as found: title as written, where, and the country named with it (if any)."""

    head: str
    title: str
    start: int
    end: int
    country: str | None = None
    number: str | None = None


@cache
def _english_heads() -> dict[str, str]:
    return {head: english for head, english in vocab.load("national_laws")["heads"].items()}


_NUMBER_SIGN = re.compile(r"^(?:N[°º]s?\.?|[Nn]úms?\.?|[Nn]os?\.?|Numbers?|número|№№?|n[°º]s?)\s*", re.I)


def numbered_title(head: str, number: str) -> str:
    """ "ordenanza ministerial", "núm. 9/1981" -> "Ministerial Order No. 9/1981" (an unknown head stays)."""
    folded = " ".join(head.casefold().split())
    english = _english_heads().get(folded, head[:1].upper() + head[1:])
    return f"{english} No. {_NUMBER_SIGN.sub('', number.strip()).rstrip('.')}"


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
_ADJECTIVE = re.compile(r"(?P<c>[A-Z][\w-]+)\s+$")  # "Turkish"
_TWO_WORDS = re.compile(r"(?P<c>[A-Z][\w-]+\s+[A-Z][\w-]+)\s+$")  # "Hong Kong": a territory has its own code


@cache
def _country_names() -> dict[str, str]:
    """Country names in any language and script (for a title's closing "de Colombie", "del Perú")."""
    return {
        name: iso
        for iso, entry in vocab.load("countries").items()
        for name in entry.get("names", [])
        if name[:1].isupper()
    }


_OF_COUNTRY_FOREIGN = re.compile(  # "de la République de X", "del Perú", "Республики Казахстан"
    r"\s+(?:(?:de\s+la|de\s+l['’]|del?|du|des)\s+(?:(?:République|República)\s+(?:de\s+|du\s+|del\s+)?)?"
    r"|Республики\s+)"
    r"(?P<c>[A-ZÀ-ÝА-Я][\w’'-]+(?:\s+[A-ZÀ-ÝА-Я][\w’'-]+)?)$"
)


_FOREIGN_COUNTRY_AFTER = re.compile(_OF_COUNTRY_FOREIGN.pattern.removesuffix("$"))


def foreign_country_after(text: str, end: int) -> tuple[str | None, int]:
    """ "Трудовой кодекс Республики Беларусь", "Código del Trabajo del Perú": the country right after."""
    m = _FOREIGN_COUNTRY_AFTER.match(text, end)
    if not m:
        return None, end
    name = m.group("c")
    if name in _country_names():
        return _country_names()[name], m.end()
    first = name.split()[0]
    return (_country_names()[first], m.start("c") + len(first)) if first in _country_names() else (None, end)


_POSSESSIVE_END = re.compile(r"['’]s$")  # "Hong Kong's Public Order Act"


def strip_foreign_country(title: str) -> tuple[str, str | None]:
    """ "Loi sur la sécurité nationale de Hong Kong" -> ("Loi sur la sécurité nationale", "HKG")."""
    m = _OF_COUNTRY_FOREIGN.search(title)
    iso = _country_names().get(m.group("c")) if m else None
    return (title[: m.start()], iso) if m and iso else (title, None)


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
    for n in (2, 1):  # "Hong Kong Public Order Act": a territory's law, under the territory's code
        first = _POSSESSIVE_END.sub("", " ".join(words[:n]))
        if len(words) > n and words[0] != "Constitution" and country_code(first):
            iso, title = country_code(first), " ".join(words[n:])
            break
    return title.strip(), iso


def country_before(text: str, start: int) -> tuple[str | None, int]:
    """A possessive or adjective just before a law's title: "Georgia's", "Turkish"."""
    head = text[max(0, start - 40) : start]
    for pattern in (_POSSESSIVE, _TWO_WORDS, _ADJECTIVE):
        m = pattern.search(head)
        if m and country_code(m.group("c")):
            return country_code(m.group("c")), start - len(head) + m.start()
    return None, start


def named_countries(text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, str]]:
    """Where each country name of `spans` begins, with its code."""
    names = _country_names()
    return [(start, names[text[start:end]]) for start, end in spans if text[start:end] in names]


def nearest_country(
    text: str, start: int, named: list[tuple[int, str]], countries: tuple[str, ...]
) -> str | None:
    """The country of a law named with none: one named earlier on its line ("Thailand: ... charged under
    the Criminal Code"), else the latest of the document's countries named before it (a page on Hong
    Kong that also names China), else the latest country named before it at all (a page on the UK that
    names Ireland only later), else the document's first country."""
    line_start = text.rfind("\n", 0, start) + 1
    i = bisect_left(named, (start, ""))  # `named` is in text order: the mentions before are named[:i]
    on_line = i and named[i - 1][0] >= line_start
    if on_line and _owns_the_line(text, named[i - 1], start, line_start, countries):
        return named[i - 1][1]
    before_at, before = next(((at, iso) for at, iso in reversed(named[:i]) if iso in countries), (-1, None))
    any_before = named[i - 1][1] if i else None
    # a country heading a later item of a list of countries ('• Ardenia: activists charged') owns the item
    if i and named[i - 1][0] > before_at and _heads_its_line(text, named[i - 1][0]):
        return any_before
    return before or any_before or (countries[0] if countries else None)


_COUNTRY_HEADING = re.compile(r"[ \t]*(?:[•*·–-][ \t]*)?$")


def _heads_its_line(text: str, at: int) -> bool:
    """The country opens its line, after a bullet at most, and a colon or a dash follows it soon."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[at : line_end if line_end >= 0 else len(text)]
    return bool(_COUNTRY_HEADING.fullmatch(text, line_start, at)) and (":" in line[:40] or " – " in line[:40])


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[A-Z(]")
# what may stand before a country that heads its line: "Ruritania: ...", "12. In Ruritania, ..."
_LINE_HEAD = re.compile(r"[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:(?:In|En|Au|Aux|В)[ \t]+)?(?:the[ \t]+)?", re.I)


def _owns_the_line(
    text: str, named: tuple[int, str], start: int, line_start: int, countries: tuple[str, ...]
) -> bool:
    """A country named earlier on a law's line is its owner when it heads the line, is one of the
    document's countries or is named in the law's own sentence: a paragraph's passing mention of
    another country ('boats sold in Chile and Peru. ... section 4 of the Harbour Act') is not."""
    at, iso = named
    if iso in countries or _LINE_HEAD.fullmatch(text, line_start, at):
        return True
    return _SENTENCE_END.search(text, at, start) is None


# France's codes number their articles by part, book and chapter with a letter before ('L. 2511-1',
# 'R.4121-3'): a French law or code cited on a page that shows such numbers and names no country is France's.
# Four figures only: the older French numbering ('L. 412-1') is also another country's code's ('L. 121-1')
_FRENCH_CODE_ARTICLE = re.compile(r"(?<![\w.])[LR]\.?[ \t\u00a0]?\d{4}(?:-\d+)+(?![\w-])")
_FRENCH_HEAD = re.compile(
    r"(?:[Ll]a\s+|[Ll]e\s+)?(?:[Cc]ode|[Ll]oi|[Dd]écret|[Oo]rdonnance)\b(?!\s+(?:of|on)\b)"
)


def french_code_country(text: str, surface: str) -> str | None:
    if _FRENCH_HEAD.match(surface) and _FRENCH_CODE_ARTICLE.search(text):
        return "FRA"
    return None
