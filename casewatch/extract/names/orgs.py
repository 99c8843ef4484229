"""Organisation names by rule: international bodies, head-noun chains, acronyms, courts with a place."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from casewatch import vocab
from casewatch.extract.literals import fold as fold_case
from casewatch.extract.literals import literal_at, starts_of_literals
from casewatch.extract.names.common import (
    CAP,
    NAME_WORD,
    NAME_WORD_WHOLE,
    SP,
    Found,
    country_adjectives,
    country_names,
    find_countries,
    fold,
    is_country,
    not_name_words,
    words_not_after,
)
from casewatch.extract.names.cued_lines import cued_lines, in_cued_lines
from casewatch.extract.names.org_abbreviations import described_bodies
from casewatch.extract.names.org_acronyms import acronym_names, defined_names
from casewatch.extract.names.org_case_titles import case_parties
from casewatch.extract.names.org_chains import chains
from casewatch.extract.names.org_companies import by_trade, companies
from casewatch.extract.names.org_cued import cued_names, reporting_outlets, union_cued
from casewatch.extract.names.org_governments import coordinated_governments
from casewatch.extract.names.org_headings import (
    headline_run,
    names_a_heading,
    tells_an_act,
    unconfirmed_headline,
)
from casewatch.extract.names.org_latin import latin_names
from casewatch.extract.names.org_offices import offices
from casewatch.extract.names.org_romance import romance_orgs
from casewatch.extract.names.org_spelled import spelled_names
from casewatch.extract.names.org_trims import without_coordinated_person, without_trailing_person_or_city
from casewatch.extract.names.org_words import ORG, head_positions, is_generic, split_tokens, word_sets
from casewatch.extract.openings import DOCUMENT, Openings, matches_from, with_openings

_QUOTED_UNION = re.compile(
    rf"[“\"]([A-Z][^”\"\n]{{2,80}})[”\"]{SP}+"
    r"(?:local |independent |primary |national |sectoral )?(?:trade )?union\b"
)
_COURT_WORD = re.compile("court")
_COURT = re.compile(
    rf"(?<![\w-])(?:[Aa]n?|[Tt]he){SP}+((?:[a-z][a-z-]+{SP}+){{0,3}}court){SP}+(?:in|of){SP}+({NAME_WORD})"
)


@cache
def _bodies() -> tuple[dict[str, dict[str, Any]], re.Pattern[str]]:
    """International bodies: folded name or acronym -> entry, and one pattern for all their forms."""
    index: dict[str, dict[str, Any]] = {}
    forms: list[str] = []
    for entry in vocab.load("international_bodies"):
        in_context = entry.get("ilo_context_variants", ())
        for name in (entry["name"], *entry["variants"], *entry["acronyms"], *in_context):
            index.setdefault(name if name in entry["acronyms"] else fold(name), entry)
            forms.append(name)
    alternation = words_not_after(r"\w-", sorted(set(forms), key=len, reverse=True))
    return index, re.compile(rf"{alternation}(?![\w]|[.-]\w)")


def _body_found(start: int, text: str, entry: dict[str, Any]) -> Found:
    return Found(
        ORG, start, start + len(text), text, canonical=entry["name"], acronyms=tuple(entry["acronyms"])
    )


def _international(text: str) -> Iterator[Found]:
    index, pattern = _bodies()
    for m in pattern.finditer(text):
        entry = index.get(m.group(0)) or index.get(fold(m.group(0)))
        if entry:
            yield _body_found(m.start(), m.group(0), entry)


# the bodies of the ILO: a page naming one of them makes a 'Conseil d'administration' the Governing Body
_ILO_WORD = re.compile(
    r"International Labour|Freedom of Association|Application of (?:Conventions|Standards)"
)


def _names_the_ilo(found: Iterable[Found]) -> bool:
    index, _ = _bodies()
    for f in found:
        # most candidates have no canonical name: the vocabulary is looked up only for one of the ILO's
        if not f.canonical or not _ILO_WORD.search(f.canonical):
            continue
        entry = index.get(f.text) or index.get(fold(f.text))
        if entry is None or f.text not in entry.get("ilo_context_variants", ()):
            return True
    return False


_BODY_PREFIX = re.compile(r"^(?:ILO|UN|ILO’s|ILO's)\s+")


_OPENING_QUOTES = ("“", '"')


def _quoted_unions(text: str) -> Iterator[Found]:
    """'the "Fair Wage for port workers" local trade union': a quoted name before a lower-case head.
    Every match opens with a quote: the pattern is tried only where one is (found with `str.find`), where
    a scan tests each character of the text against the quotes."""
    for m in matches_from(_QUOTED_UNION, text, starts_of_literals(text, _OPENING_QUOTES)):
        yield Found(ORG, m.start(), m.end(), m.group(0))


# "le gouvernement de la Ruritanie", "el gobierno de Arcadia": a State's government, often in lower case
_GOVERNMENT_OF = re.compile(
    rf"(?<![\w-])(?:[Gg]overnment{SP}+of(?:{SP}+the)?|[Gg]obierno{SP}+(?:de(?:{SP}+la|{SP}+los)?|del)"
    rf"|[Gg]ouvernement{SP}+(?:de(?:{SP}+la)?|du|des|d[’'])|[Gg]overno{SP}+(?:de|do|da))(?:{SP}+|(?<=[’']))$"
)
GOVERNMENT_REACH = 30  # chars before a country name where "the government of" is looked for
_GOVERNMENT_STEMS = ("overn", "obiern", "ouvern")  # every match of `_GOVERNMENT_OF` holds one


def _governments(text: str) -> Iterator[Found]:
    """A country's government named with the country, whatever its case."""
    for start, end in find_countries(text):
        window = text[max(0, start - GOVERNMENT_REACH) : start]
        # most countries follow no such word: the pattern, tried at each position of the window, is not run
        before = _GOVERNMENT_OF.search(window) if any(s in window for s in _GOVERNMENT_STEMS) else None
        if before:
            head = max(0, start - GOVERNMENT_REACH) + before.start()
            yield Found(ORG, head, end, text[head:end])


@cache
def _lowercase_headed_pattern() -> tuple[re.Pattern[str], Openings]:
    """The pattern, and what each of its matches (all on one line) holds: a space, then a head noun in lower
    case, tried only where one starts (found in the document's one Aho-Corasick pass), where a scan for the
    capitalised word before it stops at every capital of the text."""
    heads = _lowercase_heads()
    # a space follows each name word: the words are taken whole
    word = NAME_WORD_WHOLE
    pattern = rf"((?:{word})(?:[ \t\u00a0]+(?:and[ \t\u00a0]+)?{word})+)[ \t\u00a0]+(?:{heads})\b"
    head = with_openings(re.compile(rf"[ \t\u00a0](?:{heads})\b"), together=DOCUMENT)
    return re.compile(pattern), head


def _lowercase_heads() -> str:
    return "|".join(re.escape(h) for h in sorted(word_sets()["lowercase_heads"], key=len, reverse=True))


@cache
def _capitalised_word_and_head() -> re.Pattern[str]:
    """What every match holds: a capitalised word, spaces, then the head (every name word is a capital,
    then such letters)."""
    return re.compile(rf"{CAP}[\w’'-]*[ \t\u00a0]+(?:{_lowercase_heads()})\b")


def _lowercase_headed(text: str) -> Iterator[Found]:
    """'Port and Dock Services union': capitalised words then a lower-case head noun."""
    pattern, cue = _lowercase_headed_pattern()
    for start, end in cued_lines(text, cue):
        # a line naming 'the union' in lower case after no capitalised word (most) is not searched
        if _capitalised_word_and_head().search(text, start, end):
            yield from (f for m in pattern.finditer(text, start, end) if (f := _headed(text, m)))


def _headed(text: str, m: re.Match[str]) -> Found | None:
    sets = word_sets()
    tokens = split_tokens(m.group(1), m.start())
    while tokens and tokens[0][1] in sets["lead_trim"]:
        tokens = tokens[1:]
    opening = (
        not tokens or tokens[0][1] in sets["not_org_starts"] or tokens[0][1] in sets["instrument_starts"]
    )
    if opening or _a_nationality(" ".join(t[1] for t in tokens)):
        return None
    if not head_positions(tokens) and not is_country(tokens[0][1]) and len(tokens) > 1:
        return Found(ORG, tokens[0][0], m.end(), text[tokens[0][0] : m.end()])
    return None


def _a_nationality(words: str) -> bool:
    """ "a South African trade union": a country's adjective or name before a lower-case head describes
    a body, it does not name one."""
    return words in country_adjectives() or words in country_names()


def _echoes(text: str, folded: str, phrase: str) -> Iterator[tuple[int, int]]:
    r"""Where a court's phrase recurs as a whole phrase in any case, as `finditer` with IGNORECASE finds
    `(?<![\w-])PHRASE(?![\w-])`: the phrase is the document's own, so it is looked up as a string in the
    folded text (folding keeps every character's position)."""
    at = folded.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at and _WORD_OR_HYPHEN.match(text, at - 1)) or _WORD_OR_HYPHEN.match(text, end):
            at = folded.find(phrase, at + 1)
            continue
        yield at, end
        at = folded.find(phrase, end)


def _courts(text: str) -> Iterator[Found]:
    """'a district court in <City>' and later mentions of the same court phrase."""
    folded = ""
    for m in in_cued_lines(_COURT, text, _COURT_WORD):  # a court phrase is on one line
        if m.group(2).casefold() in not_name_words():
            continue
        name = text[m.start(1) : m.end()]
        yield Found(ORG, m.start(1), m.end(), name, canonical=name)
        phrase = m.group(1).split()[-2:]
        if len(phrase) == 2:
            folded = folded or fold_case(text)
            for start, end in _echoes(text, folded, fold_case(" ".join(phrase))):
                yield Found(ORG, start, end, text[start:end], canonical=name)


@cache
def _procedure_words() -> frozenset[str]:
    """'the Universal Periodic Review (UPR)': a procedure or a plan spelled like a body is none."""
    return frozenset(vocab.load("org_heads")["procedure_words"])


# "Working Group on the Universal Periodic Review": a body named for the procedure it serves
_SERVES = re.compile(r"\s(?:on|of|for|de|del|sur|du)\s")


def _names_a_procedure(found: Found) -> bool:
    last = found.text.rpartition(" ")[2]
    return not found.canonical and last in _procedure_words() and not _SERVES.search(found.text)


def find_orgs(text: str) -> list[Found]:
    """Organisation candidates; generic head phrases are kept only when they define an acronym."""
    found = [
        *_international(text),
        *chains(text),
        *_lowercase_headed(text),
        *_governments(text),
        *coordinated_governments(text),
        *_courts(text),
        *_quoted_unions(text),
        *romance_orgs(text),
        *acronym_names(text),
        *defined_names(text),
        *spelled_names(text),
        *offices(text),
        *companies(text),
        *by_trade(text),
        *cued_names(text),
        *union_cued(text),
        *reporting_outlets(text),
        *latin_names(text),
        *case_parties(text),
        *(Found(ORG, s, e, a, acronyms=(a,)) for s, e, a in described_bodies(text)),
    ]
    index, _ = _bodies()
    ilo_named = _names_the_ilo(found)
    # 'Long Range Acoustic Devices (LRAD)': the acronym of a device, a plan or a procedure names no body
    not_bodies = {
        a
        for f in found
        if f.acronyms and f.text not in f.acronyms and _names_a_procedure(f)
        for a in f.acronyms
    }
    out = []
    for f in (without_trailing_person_or_city(without_coordinated_person(f)) for f in found):
        if (is_generic(f.text) and not f.acronyms and not f.canonical) or names_a_heading(text, f):
            continue
        if f.text in not_bodies:
            continue
        if (
            _names_a_procedure(f)
            or tells_an_act(f)
            or (is_country(f.text) and not f.canonical)
            or _describes(text, f)
            or _attributive(text, f)
            or _a_station(text, f)
        ):
            continue  # a country's own name ('Central African Republic') is a place
        if (
            _in_a_title(text, f)
            or _opens_a_title(text, f)
            or headline_run(text, f)
            or unconfirmed_headline(text, f)
        ):
            continue
        # most names open with no body's prefix: the pattern is run only on those that may
        bare = _BODY_PREFIX.sub("", f.text) if f.text.startswith(("ILO", "UN")) else f.text
        entry = index.get(fold(bare))
        if entry and f.text in entry.get("ilo_context_variants", ()) and not ilo_named:
            entry, f = None, replace(f, canonical=None, acronyms=())  # a company's 'Conseil d'administration'
        out.append(
            replace(f, canonical=entry["name"], acronyms=(*f.acronyms, *entry["acronyms"])) if entry else f
        )
    return out


# "Labour Relations (Public Service) Convention": the bracket narrows an instrument's title
_TITLE_AFTER = re.compile(
    r"\)[ \t\u00a0]+(?:Convention|Act|Law|Code|Ordinance|Decree|Regulations?|Recommendation|Bill"
    r"|Proclamation)\b"
)


# "the Labour Unions Act": words a law's head follows are the law's title, not a body
_LAW_HEAD_AFTER = re.compile(
    r"[ \t\u00a0]+(?:Act|Law|Code|Ordinance|Decree|Proclamation|Regulations?|Bill)\b"
)


def _opens_a_title(text: str, found: Found) -> bool:
    return not found.canonical and not found.acronyms and _LAW_HEAD_AFTER.match(text, found.end) is not None


def _in_a_title(text: str, found: Found) -> bool:
    return text[found.start - 1 : found.start] == "(" and _TITLE_AFTER.match(text, found.end) is not None


# "Board of Regional delegates", "the Union's National officers": capitalised words ending in an adjective
# that a lower-case plural noun completes describe a group of people, they name no body
_ADJECTIVE_BEFORE_NOUN = re.compile(
    r"(?:Executive|Regional|National|Central|General|Local|Federal|Provincial|District|Municipal)$"
)
_PLURAL_NOUN_AFTER = re.compile(r"[ \t\u00a0]+[a-z]{3,}s\b")


def _describes(text: str, found: Found) -> bool:
    return (
        not found.canonical
        and not found.acronyms
        and _ADJECTIVE_BEFORE_NOUN.search(found.text) is not None
        and _PLURAL_NOUN_AFTER.match(text, found.end) is not None
    )


# "Ruritanian Trade Union Leaders under Pressure": a nationality and a generic head, then a capitalised noun
# the head qualifies, describe the noun's people; they name no body
_CAPITALISED_AFTER = re.compile(r"[ \t\u00a0]+[A-Z][a-z]")


def _attributive(text: str, found: Found) -> bool:
    first, _, rest = found.text.partition(" ")
    if (
        found.canonical
        or found.acronyms
        or not rest
        or not (first in country_adjectives() or is_country(first))
    ):
        return False  # most names open with no nationality: the text after them is not read
    # "Solidarity with Ruritanian Unions": a nationality and a generic plural head name a country's bodies
    plural = first in country_adjectives() and rest.endswith("s") and " " not in rest
    return is_generic(rest) and (plural or _CAPITALISED_AFTER.match(text, found.end) is not None)


@cache
def _station_after() -> re.Pattern[str]:
    words = "|".join(vocab.load("org_heads")["force_premises"])
    return re.compile(rf"[ \t\u00a0]+(?:{words})\b")


def _a_station(text: str, found: Found) -> bool:
    """'held at the Arden Police station': a force's premises in lower case are a place, not the force."""
    last = found.text.rpartition(" ")[2]
    return (
        not found.acronyms
        and last in vocab.load("org_heads")["state_force_heads"]
        and _station_after().match(text, found.end) is not None
    )


_WORD_OR_HYPHEN = re.compile(r"[\w-]")
_WORD = re.compile(r"\w")


def acronym_mentions(text: str, orgs: Sequence[Found]) -> list[Found]:
    """Standalone uses of acronyms defined in this document."""
    defined = sorted({a for f in orgs if not f.canonical for a in f.acronyms}, key=len, reverse=True)
    return [
        Found(ORG, start, end, text[start:end], acronyms=(text[start:end],))
        for start, end in _acronym_spans(text, defined)
    ]


def _acronym_spans(text: str, acronyms: list[str]) -> Iterator[tuple[int, int]]:
    """What `literals.literal_spans(text, acronyms, _WORD_OR_HYPHEN, _WORD)` gives, tried only where an
    acronym occurs (each found with `str.find`, at C speed), where that reads every occurrence of their
    first letters, capitals common in any text: a position holding none of them gives no span."""
    starts = starts_of_literals(text, acronyms)
    resume = 0
    for start in starts:
        if start < resume or (start and _WORD_OR_HYPHEN.match(text, start - 1)):
            continue
        end = literal_at(text, start, acronyms, _WORD)
        if end is not None:
            yield start, end
            resume = end
