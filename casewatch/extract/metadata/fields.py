"""Document metadata: its reference code, the countries concerned, the reply window, language and title."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import timedelta
from functools import cache
from typing import Any

from casewatch import vocab
from casewatch.extract.gated import gated
from casewatch.extract.literals import trie
from casewatch.extract.metadata.countries_cities import city_country_counts
from casewatch.extract.metadata.countries_ru import cyrillic_country_counts
from casewatch.extract.metadata.references import _CODE_LINE, _FILED_CODE, CFA_CASE, UN_REFERENCE, reference
from casewatch.extract.openings import Openings, with_openings
from casewatch.extract.pipeline import step
from casewatch.model import Extraction, Part, PartialDate, Text

# A CAS record's code line: "2019-Ruritania-C098-En"
_RECORD_COUNTRY = gated(r"^\s*(?:19|20)\d\d-([^\W\d][\w ,.()'’]{2,60}?)-C\d{2,3}-\w\w\s*$", re.M)
ILO_HEADER_COUNTRY = gated(r"\s[-–]\s*([^\n()\-–]{3,80}?)\s*\((?:[Rr]atification|[Rr]atificaci[óo]n)")
_HEADER_LONG_NAME = re.compile(r"\s[-–]\s+([^\n()]{3,120}?)\s*\((?:[Rr]atification|[Rr]atificaci[óo]n)")
# The head of an international body addressed by office on an address block's first line: "Director-General
# of the X Office", "Secrétaire général des Nations Unies", "High Commissioner for Human Rights"
_BODY_HEAD = (
    r"^(?:The\s+)?(?:Director|Secretary)[- ]General\s+of\b"
    r"|^(?:Directeur|Secrétaire)\s+[Gg]énéral\s+(?:de|du|des)\b"
    r"|^(?:Director|Secretario)a?\s+[Gg]eneral\s+(?:de|del)\b"
    r"|^(?:The\s+)?(?:United Nations\s+)?High Commissioner for\b"
)
BODY_HEAD = re.compile(_BODY_HEAD)


_NUMBERS = {"thirty": 30, "forty-five": 45, "sixty": 60, "ninety": 90, "trente": 30, "soixante": 60,
            "quatre-vingt-dix": 90, "treinta": 30, "sesenta": 60, "noventa": 90}  # fmt: skip
REPLY_WINDOW = gated(
    r"\b(?:within|in the next|no later than)\s+(?P<n>\d{1,3}|thirty|forty-five|sixty|ninety)\s+days"
    r"|dans un délai de (?P<fr>\d{1,3}|trente|soixante|quatre-vingt-dix) jours"
    r"|(?:en|dentro de) un plazo de (?P<es>\d{1,3}|treinta|sesenta|noventa) días",
    re.I,
)
_STOPWORDS = {
    "en": {"the", "of", "and", "to", "in", "that", "is", "for", "with", "on"},
    "fr": {"le", "la", "les", "des", "et", "du", "une", "est", "que", "pour"},
    "es": {"el", "los", "las", "del", "y", "que", "una", "por", "con", "para"},
    "de": {"der", "die", "und", "das", "den", "nicht", "mit", "ist", "für", "von"},
    "ru": {"и", "в", "не", "на", "что", "с", "по", "от", "для", "к"},
}


# ---- countries ------------------------------------------------------------------------------


@cache
def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code, entry in vocab.load("countries").items():
        for name in [*entry["names"], *entry["adjectives"], *entry.get("demonyms", [])]:
            index.setdefault(_fold(name), code)
    return index


# An elided article's apostrophe, typed straight or curly, and the space before it, which French often
# writes as a hyphen: "Côte d'Ivoire", "Côte d’Ivoire", "Côte-d’Ivoire" are one name
_ELIDED = re.compile(r"(?:[ \t]|(?<=\w)-)(?P<article>[dDlL])['’]")


def _spellings(name: str) -> set[str]:
    """A name as the vocabulary gives it, and as typed with a curly apostrophe or a hyphen before its
    elided article."""
    if not _ELIDED.search(name):
        return {name}
    return {name} | {_ELIDED.sub(rf"{sep}\g<article>{quote}", name) for sep in " -" for quote in "'’"}


_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


@cache
def _country_pattern(cyrillic: bool) -> re.Pattern[str]:
    """Country names in one script: a text without Cyrillic letters never needs the Cyrillic names,
    which are more than half of them (a smaller pattern compiles and runs faster)."""
    names = sorted(
        {
            n
            for e in vocab.load("countries").values()
            for name in [*e["names"], *e["adjectives"], *e.get("demonyms", [])]
            for n in _spellings(name)
            if (len(n) >= 4 or n.isupper()) and bool(_CYRILLIC.search(n)) is cyrillic  # "DRC" too
        },
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<![\w-])(?:" + trie(names) + r")(?![\w-])")  # a trie: one test per first letter


@cache
def _country_names(cyrillic: bool) -> Openings:
    """The names tried only where one starts, found in one pass over the folded text: the pattern opens with
    a look-behind, which `re` would try at every position of a text that names few countries."""
    return with_openings(_country_pattern(cyrillic))


def _country_matches(text: str) -> Iterator[re.Match[str]]:
    yield from _country_names(False).finditer(text)
    if _CYRILLIC.search(text):
        yield from _country_names(True).finditer(text)


# a leading article; Markdown marks in a title; a word
_LEADING_THE = re.compile(r"^(?:the\s+)", re.I)
_TITLE_MARKUP = re.compile(r"^[#\s]+|\*\*")
_WORD = re.compile(r"\w+")


def _fold(name: str) -> str:
    name = _ELIDED.sub(r" \g<article>'", _LEADING_THE.sub("", name.strip()))
    return " ".join(name.split()).casefold().rstrip(".")


@cache
def _unaccented_index() -> dict[str, str]:
    return {_unaccented(name): code for name, code in reversed(_country_index().items())}


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def country_code(name: str) -> str | None:
    """ISO3 of a country name, adjective or demonym as written ("Portugal", "Russian Federation"); a
    name written without its accents too ("Rumania", "Peru")."""
    folded = _fold(name)
    index = _country_index()
    if folded in index:
        return index[folded]
    if (code := _unaccented_index().get(_unaccented(folded))) is not None:
        return code
    if len(folded) == 3 and folded.upper() in vocab.load("countries"):
        return folded.upper()
    return None


# A street or square named after a country ("Avenida Brasil", "rue de Genève") names no country concerned
_STREET_BEFORE = gated(
    r"(?:Avenue|Avenida|Av\.|Rue|Calle|Street|Boulevard|Bd\.|Plaza|Place|Square|Paseo|Jirón|Jr\.|проспект|улица|ул\."
    r"|Carrefour|Rond-point|Glorieta|Rotonda"
    # the Portuguese, Italian, German and Turkish kinds, capitalised ("via Arden" is a way)
    r"|(?-i:Rua|Praça|Largo|Travessa|Alameda|Via|Viale|Piazza|Corso|Straße|Strasse|Platz|Allee|Caddesi|Sokak))"
    r"[ \t]+(?:de[ \t]+(?:la[ \t]+|l['’])?|del[ \t]+|du[ \t]+|des[ \t]+|of[ \t]+|d[oa]s?[ \t]+|della?[ \t]+"
    r"|di[ \t]+)?$",
    re.I,
)  # on one line: an address's country under its street line is a country
_STREET_AFTER = re.compile(
    r"^\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Square|Boulevard|Lane|Drive|Caddesi|Sokak|Sokağı)\b"
)
# A headline led by its country, as rights groups title their pages: "Freedonia: Union Leaders Jailed"
# or by a dash, as a survey titles its entries: "Freedonia - Union leader jailed (2019)"
_HEADLINE_COUNTRY = re.compile(r"^\W*([A-ZÀ-Ý][\w'’ .-]{2,40}?)(?::|[ \t][-–])\s")
# A speaker's label in an ILO discussion names the speaker's country, not the case's:
# "Worker member, Norway –", "Miembro gubernamental, Cuba –"
SPEAKER_COUNTRY = re.compile(
    r"^[ \t]*(?:(?:Government|Worker|Employer) member|Membre (?:gouvernemental|travailleur|employeur)"
    r"|Miembro (?:gubernamental|trabajador|empleador)),[^–—\n]{2,80}?[–—]",
    re.M,
)
# A territory is also its country's concern: a case in Hong Kong is a case in China
_TERRITORIES = {"HKG": "CHN", "MAC": "CHN"}


# Where visitors come from is no country of the case: "two teachers visiting from Freedonia", "a delegation
# from Freedonia", "guests from Freedonia"
_GUESTS_FROM = re.compile(
    r"\b(?:visiting|visitors?|visited us|delegations?|delegates|guests?|tourists?|travell?ers?)"
    r"[ \t]+from[ \t]+(?:the[ \t]+)?$",
    re.I,
)


def _guests_origin(text: str, m: re.Match[str]) -> bool:
    return bool(_GUESTS_FROM.search(text[max(0, m.start() - 30) : m.start()]))


def _street(text: str, m: re.Match[str]) -> bool:
    return bool(_STREET_BEFORE.search(text[max(0, m.start() - 25) : m.start()])) or bool(
        _STREET_AFTER.match(text[m.end() : m.end() + 12])
    )


# A page's language switch names languages, not countries: "Display in: French - Spanish", "Afficher en :
# Anglais - Espagnol", "Visualizar en: Inglés - Francés"
_LANGUAGE_SWITCH = re.compile(
    r"^[ \t]*(?:Display in|Afficher en|Visualizar en|Показать на)[ \t]*:[^\n]*$", re.M
)


def country_counts(text: str) -> Counter[str]:
    """How often each country is named (names, adjectives, demonyms) in `text`, streets, visitors' origins
    and a page's language switch aside."""
    text = _LANGUAGE_SWITCH.sub("", text)
    matches = (m for m in _country_matches(text) if not _street(text, m) and not _guests_origin(text, m))
    codes = (country_code(m.group(0)) for m in matches)
    latin = Counter(code for code in codes if code)
    cyrillic = cyrillic_country_counts(text)
    # a nominative Russian name is found by both: count it once
    return Counter({code: max(latin[code], cyrillic[code]) for code in latin | cyrillic})


def with_territories(codes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({*codes, *(_TERRITORIES[c] for c in codes if c in _TERRITORIES)}))


def header_country(text: str) -> str | None:
    """The country an ILO record is about, from its header line or its CFA case line."""
    head = text[:4000]
    m = ILO_HEADER_COUNTRY.search(head)
    if m and country_code(m.group(1)):
        return country_code(m.group(1))
    # a longer official name than the vocabulary's ("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"):
    # the country whose name it starts with
    m = _HEADER_LONG_NAME.search(head) if "atifica" in head else None
    first = next(_country_matches(m.group(1)), None) if m else None
    if first and first.start() == 0 and country_code(first.group(0)):
        return country_code(first.group(0))
    m = CFA_CASE.search(head)
    if m and m.group(2) and country_code(m.group(2)):
        return country_code(m.group(2))
    m = _RECORD_COUNTRY.search(head)
    return country_code(m.group(1)) if m else None


def listed_cases(head: str) -> tuple[str, ...]:
    """A Governing Body report's contents list its cases, one line each ("Case No. 1234 (Ruritania): Interim
    report ..."): three case lines or more with two countries or more make the report about each of them."""
    cases = [m.group(2) for m in CFA_CASE.finditer(head) if m.group(2)]
    codes = {code for name in cases if (code := country_code(name))}
    return tuple(sorted(codes)) if len(cases) >= 3 and len(codes) >= 2 else ()


def _part_text(text: str, parts: Sequence[Part], kinds: Iterable[str]) -> str:
    wanted = set(kinds)
    return "\n".join(text[p.start : p.end] for p in parts if p.kind in wanted)


def _main_countries(counts: Counter[str], floor: int = 1, share: float = 0.6) -> tuple[str, ...]:
    if not counts:
        return ()
    top = counts.most_common(1)[0][1]
    if top < floor:
        return ()
    return tuple(sorted(c for c, n in counts.items() if n >= max(floor, share * top)))


def _named_territories(main: tuple[str, ...], counts: Counter[str]) -> tuple[str, ...]:
    """A territory with a name of its own is its own country code: a page about its sovereign that names
    it, even less often, is about both."""
    named = {t for t, sovereign in _TERRITORIES.items() if counts[t] and sovereign in main}
    return tuple(sorted({*main, *named}))


def countries_concerned(text: str, parts: Sequence[Part]) -> tuple[str, ...]:
    return with_territories(_countries_concerned(text, parts))


def _countries_concerned(text: str, parts: Sequence[Part]) -> tuple[str, ...]:
    """Countries the case is about: the reference code, ILO header, addressee, else the body's main one."""
    m = UN_REFERENCE.search(text[:5000]) or _CODE_LINE.search(text[:3000]) or _FILED_CODE.search(text[:3000])
    if m and m.group(1) in vocab.load("countries"):
        return (m.group(1),)
    listed = listed_cases(text[:6000])
    if listed:
        return listed
    header = header_country(text)
    if header:
        return (header,)
    headline = _HEADLINE_COUNTRY.match(text[:200])
    if headline and country_code(headline.group(1)):
        return (country_code(headline.group(1)) or "",)
    # the seat of an international body written to ("Director-General of the X / Geneva, Y") is no country
    # of the case
    blocks = [p for p in parts if p.kind == "addressee" and not BODY_HEAD.match(text[p.start : p.end])]
    addressed = _main_countries(country_counts(_part_text(text, blocks, ["addressee"])), share=1.0)
    if addressed:
        return addressed
    body_kinds = ["body", "questions", "list"] if any(p.kind == "body" for p in parts) else []
    body = _part_text(text, parts, body_kinds) if body_kinds else text
    counts = country_counts(SPEAKER_COUNTRY.sub("", body))
    # a page that names one country, even once, is about it; of several, those named most (twice at least): a
    # country named less often than the main one is named in passing (a guest, a seat, an earlier case)
    if counts:
        return _named_territories(
            tuple(counts) if len(counts) == 1 else _main_countries(counts, floor=2, share=1.0), counts
        )
    # a page that names none is about the country of the city it places things in, if only one is first
    placed = city_country_counts(body).most_common(2)
    return (placed[0][0],) if placed and (len(placed) == 1 or placed[0][1] > placed[1][1]) else ()


# ---- reply window, language, title ----------------------------------------------------------


def reply_due(text: str, date: PartialDate | None) -> PartialDate | None:
    """The date a reply is asked for by: the document date plus the reply window, only to the day."""
    day = date.as_date() if date else None
    m = REPLY_WINDOW.search(text)
    if day is None or m is None:
        return None
    raw = (m.group("n") or m.group("fr") or m.group("es")).lower()
    days = int(raw) if raw.isdigit() else _NUMBERS[raw]
    return PartialDate.of(day + timedelta(days=days))


def language(text: str) -> str | None:
    words = Counter(_WORD.findall(text.lower()))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 3 else None


def title(text: Text, parts: Sequence[Part]) -> str | None:
    for part in parts:
        if part.kind == "title":
            return _TITLE_MARKUP.sub("", text.text[part.start : part.end]).strip() or None
    return text.title


@step("metadata", needs=["parts", "meta.date"], adds=[
    "meta.reference", "meta.countries", "meta.reply_due", "meta.language", "meta.title"])  # fmt: skip
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    return {
        "meta.reference": reference(text.text, ext.parts),
        "meta.countries": countries_concerned(text.text, ext.parts),
        "meta.reply_due": reply_due(text.text, ext.meta.date),
        "meta.language": language(text.text),
        "meta.title": title(text, ext.parts),
    }
