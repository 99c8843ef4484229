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
from typing import Any

from casewatch.extract.citations.instruments import ANAPHOR_KINDS, Found, find_international, kind_of
from casewatch.extract.citations.law_countries import (
    country_code,
    french_code_country,
    named_countries,
    nearest_country,
)
from casewatch.extract.citations.law_titles import CAPITAL_WORD, acronyms, canonical_title
from casewatch.extract.citations.national import find_laws, generic_titles
from casewatch.extract.citations.owners import Mention, earlier_owner, named_owner, record_instrument
from casewatch.extract.citations.pointers import pointer_matches
from casewatch.extract.citations.provisions import Provisions, find_provisions
from casewatch.extract.literals import literal_spans, starts_of_literals
from casewatch.extract.names.common import find_countries
from casewatch.extract.pipeline import step
from casewatch.extract.wrapped_lines import unwrapped
from casewatch.model import Citation, Extraction, Text

# ---- mentions, anaphora and the step -------------------------------------------------------------

# The class a pointer word points back to; "the law" is any national law, whatever its title's head.
_POINTER_CLASSES = {
    "convenio": "convention",
    "pacte": "covenant",
    "pacto": "covenant",
    "déclaration": "declaration",
    "declaración": "declaration",
    "charte": "charter",
    "carta": "charter",
    "protocole": "protocol",
    "protocolo": "protocol",
    "constitución": "constitution",
    "loi": "statute",
    "ley": "statute",
    "código": "code",
    "décret": "decree",
    "decreto": "decree",
}
_STATUTES = frozenset({"law", "act", "code", "decree", "ordinance", "order", "proclamation", "statute"})
_ALIAS = re.compile(
    r"(?:,?\s+(?:of\s+)?(?:19|20)\d\d\b)?\s*\((?:(?:hereinafter|hereafter|henceforth)\s*,?\s*(?:referred\s+to\s+as\s+|called\s+)?)?"
    r"(?:the\s+)?[“\"‘']?(?P<alias>[A-Z][^()“”\"‘’':;]{0,50}?)[”\"’']?\)"
)
# an acronym, a title from its head ("Law No. 5"), a form then its head ("Republic Act No. 11"), or a
# short title ending in its head ("EPZ Act", "IR Code")
_ALIAS_WORDS = re.compile(
    r"^(?:[A-Z]{2,8}|(?:(?:Republic|Federal|Presidential|Royal|Legislative|Executive)\s+)?"
    r"(?:Law|Act|Code|Convention|Covenant|Declaration|Constitution|Decree|Ordinance|Ley|Loi|Lei|Código)\b.*"
    r"|(?:[A-Z][\w-]*\s+){1,3}(?:Law|Act|Code|Ordinance|Decree))$"
)
_PARENTHESISED = re.compile(r"\([^()]*\)")
_HEADS = frozenset({"Law", "Act", "Code", "Decree", "Ordinance", "Order"})


def _class_of(found: Found) -> str:
    return next((word for word, kinds in ANAPHOR_KINDS.items() if found.kind in kinds), found.kind)


def _national(text: str, countries: tuple[str, ...]) -> list[Mention]:
    laws = find_laws(text)
    expansions = acronyms(text) if laws else {}  # most documents cite no national law
    titles = {law: canonical_title(law, expansions) for law in laws}
    # "Law No. 6356" alone is the law that was (or will be) cited with its number and subject.
    by_number = {law.number: titles[law] for law in laws if law.number and law.number not in titles[law]}
    named = named_countries(text, find_countries(text)) if laws else []
    out = []
    for law in laws:
        country = law.country or nearest_country(text, law.start, named, countries)
        country = country or french_code_country(text, text[law.start : law.end])
        title = by_number.get(law.number or "", titles[law])
        key = f"{country} {title}" if country else _countryless_key(title)
        out.append(Mention(key, law.head.casefold(), law.start, law.end, text[law.start : law.end]))
    return out


def _countryless_key(title: str) -> str | None:
    """A page that names no country keeps a law's own title ("Harbour Workers Act"); a generic one
    ("the Criminal Code") names no law without its country."""
    return None if title.casefold() in generic_titles() else title


@dataclass(frozen=True)
class _Definition:
    """A short name defined in brackets right after an instrument's name (and its year)."""

    alias: str
    start: int  # of the short name inside the brackets
    end: int
    target: Mention


def _definitions(text: str, named: Iterable[Mention]) -> list[_Definition]:
    out = []
    for mention in named:
        m = _ALIAS.match(text, mention.end)
        if m and mention.key and _ALIAS_WORDS.match(m.group("alias").strip()):
            out.append(_Definition(m.group("alias").strip(), m.start("alias"), m.end("alias"), mention))
    return out


def _aliases(definitions: Iterable[_Definition]) -> dict[str, Mention]:
    """ "(hereinafter the CC)", "(Law on the X)", "(EPZ Act)": a short name for the instrument just named."""
    out: dict[str, Mention] = {}
    for d in definitions:
        words = CAPITAL_WORD.findall(_PARENTHESISED.sub(" ", d.target.title))
        whole = "".join(w[0] for w in words)  # "Labour (Amendment) Act (LA)": the law's own initials
        if d.alias == whole or d.alias != "".join(w[0] for w in words if w not in _HEADS):
            out.setdefault(d.alias, d.target)  # but "Law on the National Chamber (NC)" names the body
    return out


def _same_law(
    named: list[Mention], definitions: list[_Definition], aliases: Mapping[str, Mention]
) -> list[Mention]:
    """A name that is a defined short name, or stands inside the brackets defining one, is that law."""
    out = []
    for m in named:
        inside = next((d for d in definitions if d.start <= m.start and m.end <= d.end), None)
        target = aliases.get(m.title) or (inside.target if inside else None)
        out.append(replace(m, key=target.key) if target and target is not m else m)
    return out


_PLACE = r"[A-Z][a-z][\w’'-]*(?:[ \t]+[A-Z][a-z][\w’'-]*)?"
_NOT_PLACES = frozenset(
    {"The", "This", "That", "Under", "New", "Amended", "Draft", "Article", "Section", "Government", "Federal"}
    # the articles and demonstratives opening a Romance sentence: 'El COPP establece', 'La LOTTT prevé'
    | {"El", "La", "Los", "Las", "Le", "Les", "Un", "Una", "Une", "Este", "Esta", "Ce", "Cette", "Dicho"}
    | {"Dicha", "Según", "Selon", "Aunque", "Mais", "Pero", "Sin", "Sans", "Con", "Avec", "Por", "Par"}
)


# an acronym's place after it ("IRA of Sindh", "l'IRA du Sindh") or before it ("Punjab IRA"); the
# acronyms are the document's own, so they are found as strings and only their surroundings by pattern
_PLACE_AFTER = re.compile(rf"[ \t]+(?:du|de[ \t]+la|del?|of(?:[ \t]+the)?)[ \t]+(?P<after>{_PLACE})")
_PLACE_BEFORE = re.compile(rf"(?<![\w-])(?P<before>{_PLACE})[ \t]+$")
_NOT_IN_WORD = re.compile(r"[\w-]")
_PLACE_REACH = 300  # characters before an acronym a place can start at


def _placed(text: str, acronym: str) -> Iterator[tuple[int, int, str]]:
    r"""The spans and places `finditer` gives for `(?<![\w-])ACR[ \t]+(?:du|of ...)[ \t]+(?P<after>PLACE)
    |(?<![\w-])(?P<before>PLACE)[ \t]+ACR(?![\w-])`, without compiling a pattern for the acronym."""
    done = 0
    for start in starts_of_literals(text, acronym[0]):
        end = start + len(acronym)
        if (
            start < done
            or not text.startswith(acronym, start)
            or (start and _NOT_IN_WORD.match(text, start - 1))
        ):
            continue
        alone = not _NOT_IN_WORD.match(text, end)
        before = _PLACE_BEFORE.search(text, max(done, start - _PLACE_REACH), start) if alone else None
        after = None if before else _PLACE_AFTER.match(text, end)
        if before:
            yield before.start(), end, before.group("before")
            done = end
        elif after:
            yield start, after.end(), after.group("after")
            done = after.end()


def _regional(text: str, aliases: Mapping[str, Mention]) -> list[Mention]:
    """ "the Punjab IRA", "l'IRA du Sindh": a province's own version of a law known by its acronym,
    a law of its own (keyed to the country, as written)."""
    out = []
    for alias, target in aliases.items():
        if not alias.isupper() or not target.key or kind_of(target.key) != "national" or alias not in text:
            continue
        for start, end, place in _placed(text, alias):
            if place.split()[0] in _NOT_PLACES or country_code(place):
                continue
            key = f"{target.key.split()[0]} {text[start:end]}"
            out.append(Mention(key, target.cls, start, end, text[start:end]))
    return out


_ON_OR_OF = re.compile(r"\s+(?:on|of)\s")  # "the CC of 2001", "the LRA on ...": another law


def _alias_spans(text: str, alias: str) -> Iterator[tuple[int, int]]:
    r"""The spans `finditer` gives for `(?<![\w-])(?:the\s+)?ALIAS(?![\w-])(?!\s+(?:on|of)\s)`, found
    without compiling a pattern for the document's own alias."""
    for start, end in literal_spans(text, [alias], _NOT_IN_WORD, _NOT_IN_WORD):
        if _ON_OR_OF.match(text, end):
            continue
        yield _with_article(text, start), end


def _with_article(text: str, start: int) -> int:
    r"""Where `(?<![\w-])(?:the\s+)?` before `start` begins: "the" as a word of its own, then spaces."""
    before = start
    while before and text[before - 1].isspace():
        before -= 1
    the = before - 3
    if before == start or the < 0 or not text.startswith("the", the):
        return start
    return start if the and _NOT_IN_WORD.match(text, the - 1) else the


def _pointer_class(m: re.Match[str]) -> str:
    if m.group("word") == "law":
        return "statute"
    word = m.group("word").casefold()
    return _POINTER_CLASSES.get(word, word)


def _pointers(text: str, aliases: Mapping[str, Mention]) -> list[Mention]:
    out = [
        Mention(None, _pointer_class(m), m.start(), m.end(), m.group(0), True) for m in pointer_matches(text)
    ]
    for alias, target in aliases.items():
        for start, end in _alias_spans(text, alias):
            out.append(Mention(target.key, target.cls, start, end, text[start:end], True))
    return out


def _same_class(named: Mention, pointer: Mention) -> bool:
    return named.cls == pointer.cls or (pointer.cls == "statute" and named.cls in _STATUTES)


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
            if mention.cls in _STATUTES:
                latest["statute"] = mention
        out.append(mention)
    # A pointer before any name ("Article 3 of the Convention" under a header naming it later)
    for i, mention in enumerate(out):
        if mention.pointer and mention.key is None:
            later = next((m for m in out[i:] if m.key and not m.pointer and _same_class(m, mention)), None)
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
    definitions = _definitions(text, _non_overlapping(named))
    aliases = _aliases(definitions)
    named = _same_law(named, definitions, aliases)
    named += _regional(text, aliases)
    mentions = _non_overlapping(named + _pointers(text, aliases))
    return _resolve(mentions, aliases)


def find_citations(text: str, countries: tuple[str, ...] = ()) -> list[Citation]:
    text = unwrapped(text)  # a title or a provision wrapped over two lines is read whole
    mentions = find_mentions(text, countries)
    cited: dict[int, list[Provisions]] = {}
    bare: list[tuple[Provisions, Mention]] = []
    seen: dict[str, Mention] = {}
    for prov in find_provisions(text):
        owners = named_owner(text, prov, mentions)
        for mention in owners:
            cited.setdefault(id(mention), []).append(prov)
            for item in prov.items:
                if mention.key:
                    seen.setdefault(item, mention)
        owner = None if owners or prov.kind == "para" else earlier_owner(text, prov, mentions, seen)
        if not owners and not owner and prov.kind == "art":
            owner = record_instrument(text, prov, mentions)
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
