"""National law titles as written ("Law No. 5 on Trade Unions", "Labour Code") and their short titles."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from casewatch import vocab
from casewatch.extract.anchored_dates import MONTH_NAMES_EN
from casewatch.extract.citations.foreign_laws import foreign_laws
from casewatch.extract.citations.law_countries import (
    LawName,
    country_before,
    country_code,
    foreign_country_after,
    strip_country,
)
from casewatch.extract.citations.law_lists import law_lists
from casewatch.extract.literals import at_word_start, by_first_letter, in_lines
from casewatch.extract.openings import DOCUMENT, Openings, with_openings

_CAPW = r"[A-Z][\w’'-]*"
_CONN = r"(?:of|on|and|the|for|in|to|with|against|from|or|some)"
_MONTHS = rf"{MONTH_NAMES_EN}\b"
# A title does not run over a line break, into a date ("in May") or into the next law ("and the Labour Code").
_NEXT_LAW = r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?[ \t]+(?:Code|Act|Law|Ordinance)\b"
_PROVISION_WORD = r"(?:Articles?|Sections?|Paragraphs?|Chapters?)\b"  # "Law on X and Article 10"
_BODY = rf"{_CAPW}(?:[ \t]+(?:{_CONN}[ \t]+)*(?!{_MONTHS}|{_NEXT_LAW}|{_PROVISION_WORD}){_CAPW})*"
_HEAD_FIRST = re.compile(
    r"(?=[LADORCSP])(?<![\w-])(?P<head>Law|Act|(?:Sub-)?Decree(?:-Law)?|Ordinance|Order|Resolution|Regulations?|Code|Statute"
    r"|Proclamation|Prakas)\b"
    r"(?P<no>\s+(?:No\.?|Nº|n°)\s*\d[\w/-]*)?"
    r"(?P<date>\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+)?(?:19|20)\d\d\b)?"
    rf"(?:,?\s+(?P<prep>on|of|regarding|concerning|about)\s+(?P<body>(?:the\s+)?{_BODY}))?"
)
# "Public Order (Maintenance) Act", "Labour Disputes (Arbitration and Settlement) Act"
_BRACKETED = rf"\({_CAPW}(?:[ \t]+(?:{_CONN}[ \t]+)?{_CAPW}){{0,3}}\)"
# "\b[A-Z]...": the capital first and the word start looked behind after it, so that `re` scans for a capital
# at C speed where it tried "\b" at every position of each line holding a head word
_FIRST_CAPW = r"[A-Z](?<!\w.)[\w’'-]*"
_HEAD_LAST = re.compile(
    rf"(?P<body>{_FIRST_CAPW}(?:[ \t]+(?:(?:and|of|on|for)[ \t]+)?(?!(?:Code|Act|Law|Ordinance)\b)"
    rf"(?:{_CAPW}|{_BRACKETED})){{0,8}})"
    r"[ \t]+(?P<head>Code|Act|Law|Ordinance|Rules|Regulations|Bill)\b"
    r"(?P<tail>,?[ \t]+(?:19|20)\d\d\b)?"
)
_HEAD_WORD = re.compile(
    r"Code|Act|Law|Ordinance|Rules|Regulations|Bill"
)  # what every _HEAD_LAST match, all on one line, holds
_CONSTITUTION = re.compile(
    at_word_start("Constitution") + r"\b(?!\s+of\s+the\s+(?:ILO|International\s+Labour))"
)
_QUOTED = re.compile(r"[“\"](?P<q>(?:Law|Act|Code|Decree|Ordinance|Order)\b[^”\"\n]{3,200}?)[”\"]")
_LEADING = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "A",
        "An",
        "Under",
        "In",
        "By",
        "Of",
        "On",
        "For",
        "To",
        "According",
        "New",
        "Draft",
        "Amended",
        "Current",
        "Relevant",
        "Its",
        "Their",
        "Our",
        "Said",
        "Such",
        "Present",
        "Previous",
        "Old",
        "Whole",
        "Same",
        "Any",
        "Each",
        "Every",
        "Both",
        "Repressive",
        "Restrictive",
        "As",
        "And",
        "Or",
        "But",
        "While",
        "When",
        "If",
        "Since",
        "Regarding",
        "Concerning",
        "Although",
    ]
)
_NOT_TITLES = frozenset(
    [
        "International",
        "Case",
        "European",
        "Human",
        "Conduct",
        "Practice",
        "Sea",
        "Parliament",
        "Ethics",
        "Staff",
    ]
)
_REQUIRES_NUMBER = frozenset(
    {"Decree", "Sub-Decree", "Decree-Law", "Ordinance", "Order", "Resolution", "Regulation", "Regulations"}
    | {"Prakas"}
)
# Words before a head that belong to the title: "Labour Proclamation No. 42", "Presidential Decree No. 5"
_QUALIFIERS = re.compile(r"(?:^|[ \t])(?P<q>(?:[A-Z][a-z’'-]+[ \t]+){1,3})$")
_NOT_QUALIFIERS = frozenset(
    {
        "Article",
        "Articles",
        "Section",
        "Sections",
        "Chapter",
        "Part",
        "Paragraph",
        "No",
        "Nos",
        "Under",
        "Its",
    }
)


def _trim_leading(body: str) -> tuple[str, int]:
    words = body.split(" ")
    cut = 0
    while cut < len(words) and words[cut] in _LEADING:
        cut += 1
    return " ".join(words[cut:]), len(" ".join(words[:cut])) + (1 if cut else 0)


@cache
def _head_first_form() -> Openings:
    """`_HEAD_FIRST` tried only where a head word starts: it opens with look-arounds, which `re` would try at
    every position of the document."""
    return with_openings(_HEAD_FIRST, together=DOCUMENT)


# an adjective ends no title: 'Law on Employers and Workers was adopted' keeps its last word
_COORDINATED_TAIL = re.compile(r"[ \t]+(?:and|or)[ \t]+[A-Z][\w’'-]*(?:al|ic|ive|ous|an|ary)$")
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")


def _head_first(text: str) -> Iterator[LawName]:
    for m in _head_first_form().finditer(text):
        head, body, number = m.group("head"), m.group("body"), m.group("no")
        if not (body or number) or (head in _REQUIRES_NUMBER and not number):
            continue
        if body and body.removeprefix("the ").split()[0] in _NOT_TITLES:
            continue
        if body and m.group("prep") == "of" and country_code(body.removeprefix("the ")):
            continue  # "... Act of Zambia": the country of the title before
        start, end = _qualified_start(text, m.start()), m.end()
        # "Law about Trade Unions and International standards": a capitalised adjective after 'and' that a
        # lower-case word follows opens a phrase of the sentence, not a word of the title
        tail = _COORDINATED_TAIL.search(text, m.start(), end) if body else None
        if tail and _LOWER_NEXT.match(text, end):
            end = tail.start()
        title, iso = strip_country(text[start:end])
        if title == head or (not body and not number):
            continue
        yield LawName(head, title, start, end, iso, number.strip() if number else None)


def _qualified_start(text: str, start: int) -> int:
    """Where a head-first title starts once the capitalised words qualifying its head are counted."""
    m = _QUALIFIERS.search(text, max(0, start - 50), start)
    if not m:
        return start
    words = m.group("q").split()
    while words and (words[0] in _LEADING or words[0] in _NOT_QUALIFIERS or words[0] in _NOT_TITLES):
        words = words[1:]
    if not words or any(w in _NOT_QUALIFIERS or w in {"Law", "Act", "Code"} for w in words):
        return start
    return start - len(" ".join(words)) - 1


_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<c>[A-Z][\w-]+)(?P<c2>\s+[A-Z][\w-]+)?")


def _country_after(text: str, end: int, iso: str | None) -> tuple[str | None, int]:
    """ "... Code of Georgia", "... Code of the Republic of X": the country, and where the name ends."""
    m = _OF_AFTER.match(text, end)
    if m and m.group("c2") and country_code(m.group("c") + m.group("c2")):
        return country_code(m.group("c") + m.group("c2")), m.end()
    if m and country_code(m.group("c")):
        return country_code(m.group("c")), m.end("c")
    return iso, end


# "Human Rights Act": an act is a statute whatever its first word ("human rights law" is a field)
_NAMED_ACT = re.compile(r"Human\s+Rights\s+Act$")


def _head_last(text: str) -> Iterator[LawName]:
    for m in in_lines(_HEAD_LAST, text, _HEAD_WORD):
        body, skip = _trim_leading(m.group("body"))
        if not body or (body.split()[0] in _NOT_TITLES and not _NAMED_ACT.match(f"{body} {m.group('head')}")):
            continue
        start = m.start() + skip
        title, iso = strip_country(f"{body} {m.group('head')}")
        end = m.end()
        iso, end = _country_after(text, end, iso)
        if title in {"Code", "Act", "Law", "Ordinance", "Rules", "Regulations", "Bill"}:
            continue
        yield LawName(m.group("head"), title, start, end, iso)


# Bodies that have constitutions of their own: "the Constitution of the union", "the party's Constitution"
_OWN_CONSTITUTION = (
    r"(?:unions?|federation|confederation|association|organi[sz]ation|party|congress|syndicate|league|society"
    r"|movement|council|club|co-?operative|company|church|ILO|sindicato|syndicat|federación|fédération"
    r"|confederación|confédération|partido|parti|asociación)"
)
_OF_A_BODY = re.compile(
    r"\s+(?:of\s+(?:the|this|that|its|our|their|a)|del|du|de\s+la|de\s+l['’]|de\s+(?:su|sa|ce|este|esta))\s*"
    rf"(?:[\w’'-]+\s+){{0,4}}?{_OWN_CONSTITUTION}\b",
    re.I,
)
_BODYS_OWN = re.compile(rf"(?:(?i:{_OWN_CONSTITUTION})['’]s|[A-Z]{{2,8}}['’]s)\s+(?:own\s+|new\s+)?$")


# "a representation presented by the union under article 24 of the Constitution": the ILO's procedures
# (representations under article 24, complaints under article 26) are the ILO Constitution's
_ILO_PROCEDURE = re.compile(
    r"\b(?:representation|complaint|réclamation|plainte|reclamación|queja)\b[^.;]{0,160}"
    r"\b(?:under|in\s+virtue\s+of|en\s+vertu\s+de|en\s+virtud\s+del?)\s+(?:the\s+)?(?:article|l['’]article|artículo)"
    r"\s+2[46]\s+(?:of\s+the|de\s+la)\s+$",
    re.I,
)


def _a_bodys_constitution(text: str, law: LawName) -> bool:
    """ "the Constitution of the union", "the party's Constitution": a body's rules, not a state's law."""
    if law.head != "Constitution" or law.country:
        return False
    return bool(
        _BODYS_OWN.search(text[max(0, law.start - 30) : law.start])
        or _OF_A_BODY.match(text, law.end)
        or _ILO_PROCEDURE.search(text[max(0, law.start - 260) : law.start])
    )


# "the ILO Constitution", "the Organization's Constitution": not a country's
_ILO_OWN = re.compile(r"ILO\s+$|Organi[sz]ation['’]s\s+$")


# "a new constitution", "une nouvelle constitution": one to come or any, no law cited
_A_CONSTITUTION = re.compile(r"\b(?i:an?|une|una|um)\s+(?i:new\s+|nouvelle\s+|nueva\s+|nova\s+)?$")


def _a_constitution_to_come(text: str, law: LawName) -> bool:
    before = max(0, law.start - 20)
    return law.head == "Constitution" and bool(_A_CONSTITUTION.search(text, before, law.start))


def _constitutions(text: str) -> Iterator[LawName]:
    for m in _CONSTITUTION.finditer(text):
        if _ILO_OWN.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        iso, end = _country_after(text, m.end(), None)
        yield LawName("Constitution", "Constitution", m.start(), end, iso)


def _quoted(text: str) -> Iterator[LawName]:
    for m in _QUOTED.finditer(text):
        title, iso = strip_country(m.group("q"))
        yield LawName(title.split()[0], title, m.start(), m.end(), iso)


@cache
def generic_titles() -> frozenset[str]:
    """Titles that every country's law has ("criminal code", "labour code"), folded to lower case."""
    return frozenset(vocab.load("national_laws")["generic"])


@cache
def _generic_finder() -> Openings:
    return with_openings(_generic_pattern(), together=DOCUMENT)


@cache
def _generic_pattern() -> re.Pattern[str]:
    laws = vocab.load("national_laws")
    names = {*laws["generic"], *(n for ns in laws["synonyms"].values() for n in ns), *laws["synonyms"]}
    ordered = sorted(names, key=len, reverse=True)
    branches = ((n[0], re.escape(n).replace(r"\ ", r"\s+")) for n in ordered)
    alternation = by_first_letter(branches, ignorecase=True)
    # the cheap word-start and first-letter tests go before the look-behind and the many names
    letters = "".join(sorted({n[0].lower() for n in names}))
    first = f"(?=[{letters}])" if letters.isalpha() else ""
    return re.compile(rf"\b{first}(?<!international\s){alternation}\b", re.I)


_GENERIC_HEADS = (
    ("Code", ("code", "código", "кодекс")),
    ("Act", ("act",)),
    ("Constitution", ("constitu", "конституц")),
    ("Law", ("law",)),
)


def _generic(text: str) -> Iterator[LawName]:
    for m in _generic_finder().finditer(text):
        folded = m.group(0).casefold()
        head = next((h for h, stems in _GENERIC_HEADS if any(s in folded for s in stems)), "Law")
        yield LawName(head, m.group(0), m.start(), m.end())


@cache
def _body_after() -> re.Pattern[str]:
    """A body's head noun right after a title: "Labour Code Commission" names a body, not the code."""
    heads = [h for h in vocab.load("org_heads")["heads"] if h[:1].isupper()]
    alternation = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:[A-Z][\w’'-]+[ \t]+){{0,2}}(?:{alternation})(?![\w-])")


def find_laws(text: str) -> list[LawName]:
    found = [
        *_quoted(text),
        *_head_first(text),
        *_head_last(text),
        *_constitutions(text),
        *_generic(text),
        *foreign_laws(text),
        *law_lists(text),
    ]
    out = []
    for law in found:
        if _body_after().match(text, law.end) or _a_constitution_to_come(text, law):
            continue
        iso, start = country_before(text, law.start)
        law = replace(law, start=start, country=law.country or iso) if iso else law
        if not law.country and law.end < len(text) and text[law.end] == " ":
            iso, end = foreign_country_after(text, law.end)
            law = replace(law, end=end, country=iso) if iso else law
        if not _a_bodys_constitution(text, law):
            out.append(law)
    return out
