"""Legal citations: which instruments a document cites (international and national) and which provisions.

National laws need a country for their key (`KAZ Criminal Code`): the one named in the phrase
("Georgia's Criminal Code", "Labour Code of the Republic of X", "the Turkish Law No. ...") or
else the document's first country. With neither, a national citation is skipped: a key without
a country would merge the laws of different countries.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from casewatch import vocab
from casewatch.extract.citations.instruments import ANAPHOR_KINDS, Found, find_international, fold_title
from casewatch.extract.literals import at_word_start, by_first_letter, in_lines
from casewatch.extract.pipeline import step
from casewatch.model import Citation, Extraction, Text

# ---- countries named in a phrase -----------------------------------------------------------------


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


# ---- national law titles -------------------------------------------------------------------------

_CAPW = r"[A-Z][\w’'-]*"
_CONN = r"(?:of|on|and|the|for|in|to|with|against|from|or|some)"
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
# A title does not run over a line break, into a date ("in May") or into the next law ("and the Labour Code").
_NEXT_LAW = r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?[ \t]+(?:Code|Act|Law)\b"
_BODY = rf"{_CAPW}(?:[ \t]+(?:{_CONN}[ \t]+)*(?!{_MONTHS}|{_NEXT_LAW}){_CAPW})*"
_HEAD_FIRST = re.compile(
    r"(?=[LADORCSP])\b(?P<head>Law|Act|Decree|Ordinance|Order|Resolution|Regulations?|Code|Statute|Proclamation)\b"
    r"(?P<no>\s+(?:No\.?|Nº|n°)\s*\d[\w/-]*)?"
    r"(?P<date>\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?"
    rf"(?:,?\s+(?P<prep>on|of|regarding|concerning|about)\s+(?P<body>(?:the\s+)?{_BODY}))?"
)
_HEAD_LAST = re.compile(
    rf"\b(?P<body>{_CAPW}(?:[ \t]+(?:(?:and|of|on|for)[ \t]+)?(?!(?:Code|Act|Law)\b){_CAPW}){{0,5}})"
    r"[ \t]+(?P<head>Code|Act|Law)\b"
    r"(?P<tail>,?[ \t]+(?:19|20)\d\d\b)?"
)
_HEAD_WORD = re.compile(r"Code|Act|Law")  # what every _HEAD_LAST match, all on one line, holds
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
    ["International", "Case", "European", "Human", "Conduct", "Practice", "Sea", "Parliament", "Ethics"]
)
_REQUIRES_NUMBER = frozenset({"Decree", "Ordinance", "Order", "Resolution", "Regulation", "Regulations"})


@dataclass(frozen=True)
class LawName:
    """A national law as found: title as written, where, and the country named with it (if any)."""

    head: str
    title: str
    start: int
    end: int
    country: str | None = None
    number: str | None = None


def _trim_leading(body: str) -> tuple[str, int]:
    words = body.split(" ")
    cut = 0
    while cut < len(words) and words[cut] in _LEADING:
        cut += 1
    return " ".join(words[cut:]), len(" ".join(words[:cut])) + (1 if cut else 0)


def _head_first(text: str) -> Iterator[LawName]:
    for m in _HEAD_FIRST.finditer(text):
        head, body, number = m.group("head"), m.group("body"), m.group("no")
        if not (body or number) or (head in _REQUIRES_NUMBER and not number):
            continue
        if body and body.removeprefix("the ").split()[0] in _NOT_TITLES:
            continue
        if body and m.group("prep") == "of" and country_code(body.removeprefix("the ")):
            continue  # "... Act of Zambia": the country of the title before
        title = text[m.start() : m.end()]
        title, iso = strip_country(title)
        if title == head or (not body and not number):
            continue
        yield LawName(head, title, m.start(), m.end(), iso, number.strip() if number else None)


_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<c>[A-Z][\w-]+)(?P<c2>\s+[A-Z][\w-]+)?")


def _country_after(text: str, end: int, iso: str | None) -> tuple[str | None, int]:
    """ "... Code of Georgia", "... Code of the Republic of X": the country, and where the name ends."""
    m = _OF_AFTER.match(text, end)
    if m and m.group("c2") and country_code(m.group("c") + m.group("c2")):
        return country_code(m.group("c") + m.group("c2")), m.end()
    if m and country_code(m.group("c")):
        return country_code(m.group("c")), m.end("c")
    return iso, end


def _head_last(text: str) -> Iterator[LawName]:
    for m in in_lines(_HEAD_LAST, text, _HEAD_WORD):
        body, skip = _trim_leading(m.group("body"))
        if not body or body.split()[0] in _NOT_TITLES:
            continue
        start = m.start() + skip
        title, iso = strip_country(f"{body} {m.group('head')}")
        end = m.end()
        iso, end = _country_after(text, end, iso)
        if title.split()[0] in _NOT_TITLES or title in {"Code", "Act", "Law"}:
            continue
        yield LawName(m.group("head"), title, start, end, iso)


def _constitutions(text: str) -> Iterator[LawName]:
    for m in _CONSTITUTION.finditer(text):
        if re.search(r"ILO\s+$|Organi[sz]ation['’]s\s+$", text[max(0, m.start() - 20) : m.start()]):
            continue
        iso, end = _country_after(text, m.end(), None)
        yield LawName("Constitution", "Constitution", m.start(), end, iso)


def _quoted(text: str) -> Iterator[LawName]:
    for m in _QUOTED.finditer(text):
        title, iso = strip_country(m.group("q"))
        yield LawName(title.split()[0], title, m.start(), m.end(), iso)


@cache
def _generic_pattern() -> re.Pattern[str]:
    laws = vocab.load("national_laws")
    names = {*laws["generic"], *(n for ns in laws["synonyms"].values() for n in ns), *laws["synonyms"]}
    ordered = sorted(names, key=len, reverse=True)
    alternation = by_first_letter((n[0], re.escape(n).replace(r"\ ", r"\s+")) for n in ordered)
    # the cheap word-start and first-letter tests go before the look-behind and the many names
    letters = "".join(sorted({n[0].lower() for n in names}))
    first = f"(?=[{letters}])" if letters.isascii() and letters.isalpha() else ""
    return re.compile(rf"\b{first}(?<!international\s){alternation}\b", re.I)


def _generic(text: str) -> Iterator[LawName]:
    for m in _generic_pattern().finditer(text):
        head = next(
            (w for w in ("Code", "Act", "Law", "Constitution") if w.casefold() in m.group(0).casefold()),
            "Law",
        )
        yield LawName(head, m.group(0), m.start(), m.end())


def find_laws(text: str) -> list[LawName]:
    found = [*_quoted(text), *_head_first(text), *_head_last(text), *_constitutions(text), *_generic(text)]
    out = []
    for law in found:
        iso, start = country_before(text, law.start)
        out.append(replace(law, start=start, country=law.country or iso) if iso else law)
    return out


# ---- titles made canonical -----------------------------------------------------------------------


@cache
def _synonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for canonical, names in vocab.load("national_laws")["synonyms"].items():
        for name in [canonical, *names]:
            out[fold_title(name)] = canonical
    return out


_ACRONYM_DEF = re.compile(r"\((?:the\s+)?(?P<acr>[A-Z]{2,8})\)")


def acronyms(text: str) -> dict[str, str]:
    """Acronyms defined in parentheses after their expansion: "National Chamber of X (NCX)"."""
    out: dict[str, str] = {}
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group("acr")
        words = list(re.finditer(r"[A-Z][\w’'-]*", text[max(0, m.start() - 120) : m.start()]))[-len(acr) :]
        if len(words) == len(acr) and "".join(w.group(0)[0] for w in words) == acr:
            base = max(0, m.start() - 120)
            out.setdefault(acr, text[base + words[0].start() : m.start()].strip())
    return out


def canonical_title(law: LawName, expansions: Mapping[str, str]) -> str:
    title = re.sub(r"\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}", "", law.title)
    title = re.sub(r"^(?:the\s+)?(?:19|20)\d\d\s+|,?\s+(?:of\s+)?(?:19|20)\d\d$", "", title)
    if law.number and re.search(r"\b(?:on|regarding|concerning|about)\s", title):
        title = title.replace(f" {law.number}", "", 1)
    for acr, expansion in expansions.items():
        if not title.endswith(f"({acr})"):
            title = re.sub(rf"\b{acr}\b", expansion, title)
    title = re.sub(r"\s*\([A-Z]{2,8}\)$", "", re.sub(r"\s+", " ", title)).strip(" ,.")
    title = title[:1].upper() + title[1:]
    return _synonyms().get(fold_title(title), title)


# ---- provisions --------------------------------------------------------------------------------

_NUMBER = r"\d+(?:\.\d+)*[a-z]?(?:\s?\((?:\d+|[a-z]{1,4})\))*"
_SUB = r"(?i:(?:sub-?)?(?:paragraph|para\.?|part|item|point|clause|subparagraph))"
_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*[–—-]\s*|\s+(?:to|through|until)\s+)"
_PROVISION = re.compile(
    # every match starts with a sub-part word or a head: one test of the first letter rules most positions out
    r"(?=(?i:[acips])|§)"
    rf"(?P<pre>(?:\b{_SUB}s?\s+{_NUMBER}\s*,?\s*)+of\s+)?"
    r"\b(?P<head>[Aa]rticles?|ARTICLES?|[Aa]rts?\.?|[Ss]ections?|[Ss]ecs?\.|§§?|[Pp]aragraphs?|[Pp]aras?\.?)"
    rf"\s*(?P<nums>{_NUMBER}(?:{_SEP}{_NUMBER})*)(?![\w/])"
    rf"(?P<post>(?:\s*,?\s*{_SUB}\s+{_NUMBER})+)?"
)
_RANGE = re.compile(r"\s*[–—-]\s*|\s+(?:to|through|until)\s+")


@dataclass(frozen=True)
class Provisions:
    """A phrase citing provisions: "articles 1, 2 and 5(a)" -> ("art 1", "art 2", "art 5(a)")."""

    kind: str  # art | s | para
    items: tuple[str, ...]
    start: int
    end: int


def _prefix(head: str) -> str:
    head = head.casefold()
    if head.startswith("art"):
        return "art"
    return "para" if head.startswith("para") else "s"


def _numbers(nums: str) -> list[str]:
    out: list[str] = []
    parts = re.split(rf"({_SEP})", nums)
    for i in range(0, len(parts), 2):
        number = re.sub(r"\s+", "", parts[i])
        sep = parts[i - 1] if i else ""
        if out and _RANGE.fullmatch(sep) and out[-1].isdigit() and number.isdigit():
            low, high = int(out[-1]), int(number)
            if low < high <= low + 50:
                out.extend(str(n) for n in range(low + 1, high + 1))
                continue
        out.append(number)
    return out


def find_provisions(text: str) -> Iterator[Provisions]:
    for m in _PROVISION.finditer(text):
        kind = _prefix(m.group("head"))
        numbers = _numbers(m.group("nums"))
        subs = re.findall(rf"{_SUB}\s+({_NUMBER})", (m.group("pre") or "") + (m.group("post") or ""))
        if len(numbers) == 1 and len(subs) == 1 and kind != "para" and "(" not in numbers[0]:
            numbers = [f"{numbers[0]}({subs[0]})"]
        yield Provisions(kind, tuple(f"{kind} {n}" for n in numbers), m.start(), m.end())


# ---- mentions, anaphora and the step -------------------------------------------------------------

_ANAPHOR = re.compile(
    r"(?=[tsp])\b(?:the|this|that|said|same|present)\s+"
    r"(?P<word>Convention|Covenant|Declaration|Charter|Protocol|Recommendation|Constitution|Law|Act|Code)\b"
    r"(?!\s+(?:on|of|for|against|concerning|relating)\b)"
)
_ALIAS = re.compile(
    r"\s*\((?:(?:hereinafter|hereafter|henceforth)\s*,?\s*(?:referred\s+to\s+as\s+|called\s+)?)?"
    r"(?:the\s+)?[“\"‘']?(?P<alias>[A-Z][^()“”\"‘’':;]{0,50}?)[”\"’']?\)"
)
_ALIAS_WORDS = re.compile(
    r"^(?:[A-Z]{2,8}|(?:Law|Act|Code|Convention|Covenant|Declaration|Constitution)\b.*)$"
)
_HEADS = frozenset({"Law", "Act", "Code", "Decree", "Ordinance", "Order"})
_AFTER_GAP = re.compile(r"\s*,?\s*(?:of|under|in|from)\s+(?:the\s+|this\s+|that\s+|said\s+|its\s+)?")
_NOT_IN_AFTER_GAP = re.compile(r"[^\s,a-z]")  # an after-gap cannot reach past such a character
_BEFORE_GAP = re.compile(r"[\s,(]{0,3}")
BEFORE_GAP_MAX = 3


@dataclass(frozen=True)
class Mention:
    """An instrument named or pointed back to; key None when a national law has no known country."""

    key: str | None
    cls: str  # what "the <word>" can point back to: convention, covenant, law, code ...
    start: int
    end: int
    title: str
    pointer: bool = False  # "the Convention", an alias: cites only with provisions


def _class_of(found: Found) -> str:
    return next((word for word, kinds in ANAPHOR_KINDS.items() if found.kind in kinds), found.kind)


def _national(text: str, countries: tuple[str, ...]) -> list[Mention]:
    expansions = acronyms(text)
    laws = find_laws(text)
    titles = {law: canonical_title(law, expansions) for law in laws}
    # "Law No. 6356" alone is the law that was (or will be) cited with its number and subject.
    by_number = {law.number: titles[law] for law in laws if law.number and law.number not in titles[law]}
    out = []
    for law in laws:
        country = law.country or (countries[0] if countries else None)
        title = by_number.get(law.number or "", titles[law])
        key = f"{country} {title}" if country else None
        out.append(Mention(key, law.head.casefold(), law.start, law.end, text[law.start : law.end]))
    return out


def _aliases(text: str, named: Iterable[Mention]) -> dict[str, Mention]:
    """ "(hereinafter the CC)", "(Law on the X)": a short name for the instrument just named."""
    out: dict[str, Mention] = {}
    for mention in named:
        m = _ALIAS.match(text, mention.end)
        if not m or not mention.key or not _ALIAS_WORDS.match(m.group("alias").strip()):
            continue
        alias = m.group("alias").strip()
        words = re.findall(r"[A-Z][\w’'-]*", mention.title)
        if alias != "".join(w[0] for w in words if w not in _HEADS):  # "(NCE)" names the body, not the law
            out.setdefault(alias, mention)
    return out


def _pointers(text: str, aliases: Mapping[str, Mention]) -> list[Mention]:
    out = [
        Mention(None, m.group("word").casefold(), m.start(), m.end(), m.group(0), True)
        for m in _ANAPHOR.finditer(text)
    ]
    for alias, target in aliases.items():
        for m in re.finditer(rf"(?<![\w-])(?:the\s+)?{re.escape(alias)}(?![\w-])(?!\s+(?:on|of)\s)", text):
            out.append(Mention(target.key, target.cls, m.start(), m.end(), m.group(0), True))
    return out


def _resolve(mentions: list[Mention], aliases: Mapping[str, Mention]) -> list[Mention]:
    """Point "the Convention", "the Law" back to the latest instrument of that class (or its alias)."""
    latest: dict[str, Mention] = {}
    out = []
    for mention in mentions:
        if mention.key is None and mention.pointer:
            word = mention.title.split()[-1]
            target = aliases.get(word) or latest.get(mention.cls)
            mention = replace(mention, key=target.key if target else None)
        elif mention.key:
            latest[mention.cls] = mention
        out.append(mention)
    # A pointer before any name ("Article 3 of the Convention" under a header naming it later)
    for i, mention in enumerate(out):
        if mention.pointer and mention.key is None:
            later = next((m for m in out[i:] if m.key and not m.pointer and m.cls == mention.cls), None)
            out[i] = replace(mention, key=later.key if later else None)
    return out


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    """Names before pointers, then longest first; equal spans ("Nos 87 and 98") are kept together."""
    ordered = sorted(mentions, key=lambda m: (m.pointer, -(m.end - m.start), m.start))
    kept: list[Mention] = []
    by_span: dict[tuple[int, int], list[Mention]] = {}
    # the distinct kept spans never overlap, so sorted their ends are sorted too: one bisection
    spans: list[tuple[int, int]] = []
    for mention in ordered:
        span = (mention.start, mention.end)
        same = by_span.get(span, [])
        if any(k.key == mention.key or k.pointer or mention.pointer for k in same):
            continue
        if not same:
            i = bisect_left(spans, (mention.end,))  # the spans starting before this one ends
            if i and spans[i - 1][1] > mention.start:
                continue
            insort(spans, span)
        kept.append(mention)
        by_span.setdefault(span, []).append(mention)
    return sorted(kept, key=lambda m: (m.start, m.end))


def find_mentions(text: str, countries: tuple[str, ...] = ()) -> list[Mention]:
    named = [Mention(f.key, _class_of(f), f.start, f.end, f.title) for f in find_international(text)]
    named += _national(text, countries)
    aliases = _aliases(text, _non_overlapping(named))
    # "X (Law No. 5)": the short name, wherever written, is the same law
    named = [replace(m, key=aliases[m.title].key) if m.title in aliases else m for m in named]
    mentions = _non_overlapping(named + _pointers(text, aliases))
    return _resolve(mentions, aliases)


def _named_owner(text: str, prov: Provisions, mentions: list[Mention]) -> list[Mention]:
    """The instrument named right after the provisions ("article 5 of X") or right before ("X, art. 5")."""
    # cheap bounds first, so the gap patterns run on a few mentions instead of all of them
    stop = _NOT_IN_AFTER_GAP.search(text, prov.end)
    reach = stop.start() if stop else len(text)
    after = [
        m for m in mentions if prov.end <= m.start <= reach and _AFTER_GAP.fullmatch(text, prov.end, m.start)
    ]
    if after:
        return [m for m in after if m.start == after[0].start]
    near = [m for m in mentions if prov.start - BEFORE_GAP_MAX <= m.end <= prov.start]
    before = [m for m in near if _BEFORE_GAP.fullmatch(text, m.end, prov.start)]
    return [m for m in before if m.end == before[-1].end] if before else []


def _earlier_owner(
    text: str, prov: Provisions, mentions: list[Mention], seen: Mapping[str, Mention]
) -> Mention | None:
    """Bare "Article 21": the instrument it was cited with before, else the latest one in the paragraph."""
    for item in prov.items:
        if item in seen:
            return seen[item]
    line_break = text.rfind("\n", 0, prov.start)  # an earlier mention must end after it
    earlier = [m for m in mentions if line_break < m.end <= prov.start and m.key]
    return earlier[-1] if earlier else None


_HEADING_END = re.compile(r"\.\s+[A-Z]")  # "Article 3. Right to strike.": a heading, not a phrase


def _record_instrument(text: str, prov: Provisions, mentions: list[Mention]) -> Mention | None:
    """A bare "Article 3." heading opening a line: the convention the record is about, the first one
    named in the document, when the document names no other convention."""
    if text[text.rfind("\n", 0, prov.start) + 1 : prov.start].strip() or not _HEADING_END.match(
        text, prov.end
    ):
        return None
    named = [m for m in mentions if m.key and not m.pointer and m.cls == "convention"]
    keys = {m.key for m in named}
    return named[0] if len(keys) == 1 and named[0].start < prov.start else None


def find_citations(text: str, countries: tuple[str, ...] = ()) -> list[Citation]:
    mentions = find_mentions(text, countries)
    cited: dict[int, list[Provisions]] = {}
    bare: list[tuple[Provisions, Mention]] = []
    seen: dict[str, Mention] = {}
    for prov in find_provisions(text):
        owners = _named_owner(text, prov, mentions)
        for mention in owners:
            cited.setdefault(id(mention), []).append(prov)
            for item in prov.items:
                if mention.key:
                    seen.setdefault(item, mention)
        owner = None if owners or prov.kind == "para" else _earlier_owner(text, prov, mentions, seen)
        if not owners and not owner and prov.kind == "art":
            owner = _record_instrument(text, prov, mentions)
        if owner:
            bare.append((prov, owner))
    out = []
    for mention in mentions:
        provs = cited.get(id(mention), [])
        if mention.key and (provs or not mention.pointer):
            items = tuple(dict.fromkeys(p for prov in provs for p in prov.items))
            start = min([mention.start, *(p.start for p in provs)])
            end = max([mention.end, *(p.end for p in provs)])
            out.append(Citation(mention.key, items, start, end, mention.title))
    for prov, mention in bare:
        out.append(Citation(str(mention.key), prov.items, prov.start, prov.end, mention.title))
    return sorted(out, key=lambda c: (c.start, c.end))


@step("citations", needs=["meta.countries"], adds=["citations"])
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    return {"citations": tuple(find_citations(text.text, ext.meta.countries))}
