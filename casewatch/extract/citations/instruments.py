"""International instruments: the catalogue (vocab/instruments.json) and where a text names one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from casewatch import vocab
from casewatch.extract.literals import at_word_start, by_first_letter, trie
from casewatch.extract.openings import DOCUMENT, Openings, with_openings

# Kinds a bare "the Convention", "the Covenant" ... can point back to.
ANAPHOR_KINDS: dict[str, frozenset[str]] = {
    "convention": frozenset({"ilo_convention", "convention"}),
    "covenant": frozenset({"covenant"}),
    "declaration": frozenset({"declaration"}),
    "charter": frozenset({"charter"}),
    "protocol": frozenset({"ilo_protocol", "protocol"}),
    "recommendation": frozenset({"ilo_recommendation"}),
    "constitution": frozenset({"constitution"}),
}


@dataclass(frozen=True)
class Instrument:
    key: str
    kind: str
    titles: tuple[str, ...]
    abbreviations: tuple[str, ...]
    number: int | None = None


@dataclass(frozen=True)
class Found:
    """An instrument named in a text: catalogue or national key, span, the words as written."""

    key: str
    kind: str
    start: int
    end: int
    title: str


@cache
def catalogue() -> dict[str, Instrument]:
    return {entry["key"]: _instrument(entry) for entry in vocab.load("instruments")}


def _instrument(entry: dict[str, Any]) -> Instrument:
    titles = tuple(t for lang in entry["titles"].values() for t in lang)
    return Instrument(entry["key"], entry["kind"], titles, tuple(entry["abbreviations"]), entry.get("number"))


def kind_of(key: str) -> str:
    instrument = catalogue().get(key)
    return instrument.kind if instrument else "national"


# ---- titles ------------------------------------------------------------------------------

_YEAR_END = re.compile(r",?\s*(?:of\s+)?((?:19|20)\d\d)$")


# "organization" and "organisation" are one title
_AMERICAN_Z = re.compile(r"(organi|recogni|globali)z")
_SEPARATORS = re.compile(r"[\s,]+")
# a title matches whichever spelling and spacing a document uses
_S_OR_Z = re.compile(r"(?i)(organi|recogni|globali)([sz])")
_LABOUR = re.compile(r"(?i)labour")
_ESCAPED_SPACES = re.compile(r"(?:\\ )+")


def fold_title(title: str) -> str:
    """Case, apostrophe, British/American and spacing differences do not make another title."""
    title = title.casefold().replace("’", "'").replace("labor", "labour")
    title = _AMERICAN_Z.sub(r"\1s", title)
    return _SEPARATORS.sub(" ", title).strip()


def _title_regex(title: str) -> str:
    out = re.escape(title)
    out = out.replace("'", "['’]?").replace("’", "['’]?")
    out = _S_OR_Z.sub(r"\1[sz]", out)
    out = _LABOUR.sub("labou?r", out)
    return _ESCAPED_SPACES.sub(r"[\\s,]+", out)


@cache
def _titles() -> dict[str, list[tuple[str | None, str]]]:
    """Folded title without year -> [(year, key)]."""
    out: dict[str, list[tuple[str | None, str]]] = {}
    for instrument in catalogue().values():
        for title in instrument.titles:
            year = _YEAR_END.search(title)
            bare = title[: year.start()] if year else title
            out.setdefault(fold_title(bare), []).append((year.group(1) if year else None, instrument.key))
    return out


def _trie_regex(titles: list[list[str]]) -> str:
    """One regex for many titles with shared leading words factored out. Python's re tries an
    alternation branch by branch, so hundreds of titles side by side cost hundreds of tries per word."""
    heads: dict[str, list[list[str]]] = {}
    for words in titles:
        heads.setdefault(words[0], []).append(words[1:])
    branches = []
    for word, rests in sorted(heads.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        longer = [rest for rest in rests if rest]
        branch = _title_regex(word)
        if longer:
            optional = "?" if len(longer) < len(rests) else ""
            branch += rf"(?:[\s,]+{_trie_regex(longer)}){optional}"
        branches.append((word[0], branch))
    return by_first_letter(branches, ignorecase=True)


@cache
def _title_pattern() -> re.Pattern[str]:
    alternation = _trie_regex([b.split(" ") for b in _titles()])
    return re.compile(
        rf"\b(?P<title>{alternation})(?![\w-])(?P<year>,?\s*(?:of\s+)?(?:19|20)\d\d\b)?"
        r"(?:\s*\((?:No\.?|n[°º]|núm\.?)\s*(?P<num>\d{1,3})\))?",
        re.I,
    )


def _title_key(bare: str, year: str | None, number: str | None) -> str | None:
    candidates = _titles().get(fold_title(bare), [])
    if not candidates:
        return None
    keys = {key for _, key in candidates}
    if number:
        return _numbered_key(
            "recommendation" if "recommendation" in bare.casefold() else "convention", int(number)
        )
    if year:
        for cand_year, key in candidates:
            if cand_year == year.strip(" ,of"):
                return key
    # Without a year an ambiguous title means its latest instrument (which revised the others).
    return max(keys)


_NOT_DIGIT = re.compile(r"\D")


@cache
def _title_finder() -> Openings:
    return with_openings(_title_pattern(), together=DOCUMENT)


def find_titles(text: str) -> Iterator[Found]:
    for m in _title_finder().finditer(text):
        year = m.group("year")
        key = _title_key(m.group("title"), _NOT_DIGIT.sub("", year) if year else None, m.group("num"))
        if key:
            yield Found(key, kind_of(key), m.start(), m.end(), m.group(0))


# ---- abbreviations and numbers ----------------------------------------------------------------

_NUM = r"(?:(?:Nos?\.?|nos?\.?|Numbers?|n[°º]s?\.?|núms?\.?|№)\s*)?\d{1,3}"
# French and Spanish write the word in lower case: "la convention (nº 87)", "el convenio núm. 98"
_NUMBERED = re.compile(
    rf"(?=[ICRPcrКк])\b(?P<ilo>ILO\s+|OIT\s+)?(?P<word>[Cc]onventions?|[Cc]onvenios?|Recommendations?"
    rf"|[Rr]ecommandations?|[Rr]ecomendaci[oó]n(?:es)?|Protocols?|[Кк]онвенци[яиюей]\w*(?:\s+МОТ)?)"
    rf"\s*\(?\s*(?P<nums>{_NUM}(?:\s*(?:,|and|et|y|и|&|or)\s*{_NUM})*)\)?"
    r"(?!\d|\s*(?:years?|months?|days?|%|per\b|/))"
    r"(?P<tail>\s+(?:on|concerning)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:and|of|the|to|on|for)\s+)*[A-Z][\w’'-]*)*"
    r"|\s+(?:sur|concernant|relative|sobre|relativo)\b[^.;:()\n]{3,120}?,\s*(?:19|20)\d\d)?"
)
# the title first and the number after its year: "el Convenio sobre la política del empleo, 1964 (núm. 122)"
_TITLE_THEN_NUMBER = re.compile(
    r"(?=[CcRr])\b(?P<word>[Cc]onvenios?|[Cc]onventions?|[Rr]ecomendaci[oó]n|[Rr]ecommandation)"
    r"\s+(?:sobre|sur|relativ[oa]|relatif|relative|concernant)\b[^.;:()\n]{3,150}?,\s*(?:19|20)\d\d\s*"
    r"\((?:núm\.?|n[°º]\.?|No\.?)\s*(?P<num>\d{1,3})\)"
)
# the letter first and the word start checked after it: re then skips to the next C, P or R at C speed
_CODE = re.compile(r"(?P<letter>[CPR])(?<!\w.)(?:\.\s?|-)?(?P<num>\d{2,3})\b")
_PROTOCOL_BEFORE = re.compile(
    r"(?:Protocol\s+of\s+(\d{4})\s+to\s+|(\d{4})\s+Protocol\s+to\s+)(?:the\s+)?(?:ILO\s+)?$"
)
_HRC_AFTER = re.compile(
    at_word_start("H") + r"(?:uman\s+Rights\s+Council|RC)(?:['’]s)?\s+resolutions?\s+(?P<nums>\d{1,2}/\d{1,3}"
    r"(?:\s*(?:,|and)\s*\d{1,2}/\d{1,3})*)"
)
_HRC_BEFORE = re.compile(
    at_word_start("resolution") + r"s?\s+(?P<nums>\d{1,2}/\d{1,3}(?:\s*(?:,|and)\s*\d{1,2}/\d{1,3})*)\s+"
    r"(?:of|by|adopted\s+by)\s+the\s+Human\s+Rights\s+Council"
)
# "la résolution 24/5 du Conseil des droits de l’homme", "resolución 24/5 del Consejo", "резолюция 24/5":
# tried only where its word starts (it opens with a look-ahead and "\b", which `re` tries at every position,
# and English records name resolutions often)
_HRC_FOREIGN = with_openings(
    re.compile(
        r"(?=[rRр])\b(?:r[ée]solutions?|resoluci[oó]n(?:es)?|резолюци[яиюей]\w*)\s+(?:n[°º]\s*|núm\.\s*)?"
        r"(?P<nums>\d{1,2}/\d{1,3}(?:\s*(?:,|et|y|и)\s*\d{1,2}/\d{1,3})*)\s+"
        r"(?:du\s+Conseil\s+des\s+droits\s+de\s+l['’]\s*homme|del\s+Consejo\s+de\s+Derechos\s+Humanos"
        r"|Совета\s+по\s+правам\s+человека)"
    ),
    together=DOCUMENT,
)
_HRC_SYMBOL = re.compile(at_word_start("A/HRC/RES/") + r"(?P<nums>\d{1,2}/\d{1,3})")


def _numbered_key(word: str, number: int) -> str:
    word = word.casefold()
    if word.startswith(("recom", "рекоменд")):
        return f"ILO R{number:03d}"
    if word.startswith("protocol"):
        return f"ILO P{number:03d}"
    return f"ILO C{number:03d}"


_CONVENTION_NUMBER = re.compile(r"\d{1,3}")


@cache
def _by_number() -> Openings:
    """The forms naming an instrument by its word and number, tried only where the word (or "ILO") starts:
    each opens with a look-ahead and a word boundary, which `re` tries at every position of the document."""
    return with_openings(_NUMBERED, _TITLE_THEN_NUMBER, together=DOCUMENT)


def find_numbered(text: str) -> Iterator[Found]:
    """ILO instruments by number: "Conventions Nos 87 and 98", "C.87", "Recommendation No. 143"."""
    forms = _by_number()
    starts = forms.starts(text)
    for m in forms.finditer(text, 0, starts):
        for number in _CONVENTION_NUMBER.findall(m.group("nums")):
            key = _numbered_key(m.group("word"), int(number))
            if 0 < int(number) <= 220 and (not key.startswith("ILO P") or key in catalogue()):
                yield Found(key, kind_of(key), m.start(), m.end(), m.group(0))
    for m in forms.finditer(text, 1, starts):
        key = _numbered_key(m.group("word"), int(m.group("num")))
        if 0 < int(m.group("num")) <= 220:
            yield Found(key, kind_of(key), m.start(), m.end(), m.group(0))
    for m in _CODE.finditer(text):
        key = f"ILO {m.group('letter')}{int(m.group('num')):03d}"
        if key in catalogue() and (m.group("letter") == "C" or len(m.group("num")) == 3):
            yield Found(key, kind_of(key), m.start(), m.end(), m.group(0))


@cache
def _abbreviations() -> tuple[Openings, dict[str, Instrument]]:
    """All abbreviations in one pattern (C087, R143 ... are read by find_numbered instead)."""
    owners = {
        abbr: instrument
        for instrument in catalogue().values()
        if not instrument.kind.startswith("ilo_")
        for abbr in instrument.abbreviations
    }
    words = trie(sorted(owners, key=len, reverse=True))
    return with_openings(re.compile(rf"(?<![\w/-])(?:{words})(?![\w/-])"), together=DOCUMENT), owners


# "the CEDAW Committee", "the ECHR Court": the acronym names the body that applies the instrument
_BODY_AFTER = re.compile(r"[ \t]+(?:Committee|Court|Commission|Council|Secretariat|Board|Tribunal)\b")


def find_abbreviations(text: str) -> Iterator[Found]:
    pattern, owners = _abbreviations()
    for m in pattern.finditer(text):
        if _BODY_AFTER.match(text, m.end()):
            continue
        instrument = owners[m.group(0)]
        yield Found(instrument.key, instrument.kind, m.start(), m.end(), m.group(0))


_RESOLUTION_NUMBER = re.compile(r"\d{1,2}/\d{1,3}")  # session/number: "HRC resolution 24/5"


def find_resolutions(text: str) -> Iterator[Found]:
    for pattern in (_HRC_AFTER, _HRC_BEFORE, _HRC_SYMBOL, _HRC_FOREIGN):
        for m in pattern.finditer(text):
            for number in _RESOLUTION_NUMBER.findall(m.group("nums")):
                yield Found(f"HRC res {number}", "resolution", m.start(), m.end(), m.group(0))


def as_protocol(text: str, found: Found) -> Found:
    """ "Protocol of 2014 to the Forced Labour Convention" names the protocol, not the convention."""
    m = _PROTOCOL_BEFORE.search(text, max(0, found.start - 40), found.start)
    key = found.key.replace("ILO C", "ILO P")
    if not m or not found.key.startswith("ILO C") or key not in catalogue():
        return found
    return Found(key, "ilo_protocol", m.start(), found.end, text[m.start() : found.end])


def find_international(text: str) -> list[Found]:
    """Every international instrument named in the text, overlapping finds included."""
    found = [*find_titles(text), *find_numbered(text), *find_abbreviations(text), *find_resolutions(text)]
    return [as_protocol(text, f) for f in found]
