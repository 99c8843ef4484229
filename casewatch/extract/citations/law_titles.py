"""A national law's short title: date, year and number dropped where its subject names it, acronyms
defined in the text expanded, the vocabulary's synonyms made one ("Trade Union Act", "Law on Trade
Unions")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, partial

from casewatch import vocab
from casewatch.extract.citations.instruments import fold_title
from casewatch.extract.citations.law_countries import LawName


@cache
def _synonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for canonical, names in vocab.load("national_laws")["synonyms"].items():
        for name in [canonical, *names]:
            out[fold_title(name)] = canonical
    return out


_ACRONYM_DEF = re.compile(r"\((?:the\s+)?(?P<acr>[A-Z]{2,8})\)")


CAPITAL_WORD = re.compile(r"[A-Z][\w’'-]*")  # a word of a title or of an acronym's expansion


def acronyms(text: str) -> dict[str, str]:
    """Acronyms defined in parentheses after their expansion: "National Chamber of X (NCX)"."""
    out: dict[str, str] = {}
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group("acr")
        words = list(CAPITAL_WORD.finditer(text[max(0, m.start() - 120) : m.start()]))[-len(acr) :]
        if len(words) == len(acr) and "".join(w.group(0)[0] for w in words) == acr:
            base = max(0, m.start() - 120)
            out.setdefault(acr, text[base + words[0].start() : m.start()].strip())
    return out


_NAMED_BY_SUBJECT = frozenset({"Act", "Law", "Code", "Ordinance"})
# Words that say what kind of law it is, not what about: "Republic Act No. 9481" is known by its number
_FORMS = _NAMED_BY_SUBJECT | {
    "Republic",
    "Federal",
    "Organic",
    "Presidential",
    "Royal",
    "Legislative",
    "Executive",
    "Ministerial",
    "Supreme",
    "Constitutional",
    "General",
    "National",
    "State",
    "Regional",
    "Provincial",
}


# an acronym (capital letters) stands alone exactly where a whole word equals it: no pattern per acronym
_WORD_RUN = re.compile(r"\b[A-Z]+\b")


def _expanded(acr: str, expansion: str, word: re.Match[str]) -> str:
    return expansion if word.group(0) == acr else word.group(0)


# the date or year of adoption, dropped from the title: "Act of 5 May 2001", "the 2001 Act"
_OF_DATE = re.compile(r"\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d|(?:19|20)\d\d\b(?=.))")
_EDGE_YEAR = re.compile(r"^(?:the\s+)?(?:19|20)\d\d\s+|,?\s+(?:of\s+)?(?:19|20)\d\d$")
# a title saying what the law is about names it without its number
_ABOUT = re.compile(r"\b(?:on|regarding|concerning|about)\s")
_TRAILING_ACRONYM = re.compile(r"\s*\([A-Z]{2,8}\)$")
_SPACES = re.compile(r"\s+")


def canonical_title(law: LawName, expansions: Mapping[str, str]) -> str:
    title = _OF_DATE.sub("", law.title)
    if law.number and law.head in _NAMED_BY_SUBJECT and title.split()[0] not in _FORMS:
        title = title.replace(f" {law.number}", "", 1)  # "Labour Relations Act No. 11": its subject names it
    title = _EDGE_YEAR.sub("", title)
    if law.number and _ABOUT.search(title):
        title = title.replace(f" {law.number}", "", 1)
    for acr, expansion in expansions.items():
        if not title.endswith(f"({acr})"):
            title = _WORD_RUN.sub(partial(_expanded, acr, expansion), title)
    title = _TRAILING_ACRONYM.sub("", _SPACES.sub(" ", title)).strip(" ,.")
    title = title[:1].upper() + title[1:]
    return _synonyms().get(fold_title(title), title)
