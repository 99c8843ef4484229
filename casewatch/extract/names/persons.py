"""Person names by rule: honorifics, initials, titles, appositions, name lists; the step's person finder."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cache, lru_cache

from casewatch import vocab
from casewatch.extract.literals import trie
from casewatch.extract.names.common import (
    CAP,
    INITIAL,
    NAME_WORD,
    NAME_WORD_WHOLE,
    NOT_BEFORE_NAME,
    SP,
    Found,
    not_after,
    not_name_words,
    role_words,
    titles_before,
)
from casewatch.extract.names.cued_lines import Cue, in_cued_lines
from casewatch.extract.names.person_base import (
    ITEM,
    ITEM_WHOLE,
    PERSON,
    SEQ,
    clean_tokens,
    found_at,
    is_clean_name,
    is_role,
    names_a_place,
    role_phrase,
)
from casewatch.extract.names.person_caps import capitalised_surnames
from casewatch.extract.names.person_context import (
    coordinated,
    objects_of_acts,
    speakers_after_quotes,
    subjects_of_acts,
    with_age,
)
from casewatch.extract.names.person_cyrillic import cyrillic_persons, nominative_of_initialled
from casewatch.extract.names.person_given import given_names, with_given_name
from casewatch.extract.names.person_honorifics import honorific_patterns
from casewatch.extract.names.person_lines import name_lines
from casewatch.extract.names.person_named import named
from casewatch.extract.names.person_nicknames import nicknamed
from casewatch.extract.names.person_plural import after_plural_honorific, plural_honorific
from casewatch.extract.openings import DOCUMENT, Openings, with_openings
from casewatch.model import Part

# a region's own word before a name: "state of", "provincia de", "région de", "область"
_PLACE_OF = re.compile(
    r"\b(?:state|province|region|district|county|city|town|municipality|department|prefecture|governorate|"
    r"estado|provincia|región|ciudad|departamento|municipio|état|région|ville|département|préfecture)"
    r"\s+(?:of|de|del|d['’]|du)\s+(?:la\s+|el\s+|los\s+|the\s+)?$",
    re.I,
)


# in a list of names, initials may be written without points: "KM Rahman, Jalal Uddin and ..." (the words
# taken whole: a comma, a space or the list's end follows them)
_LIST_ITEM = rf"(?:{ITEM_WHOLE}|[A-Z]{{2}}{SP}+{NAME_WORD_WHOLE}(?![\w’'-]))"
# "(?<![\w.]){_LIST_ITEM}" with the look-behind after the first capital, which `re` scans for at C speed
_LONE_LIST_ITEM = (
    rf"{CAP}(?<![\w.].)(?:{ITEM_WHOLE.removeprefix(CAP)}|(?<=[A-Z])[A-Z]{SP}+{NAME_WORD_WHOLE}(?![\w’'-]))"
)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    titles = trie(titles_before())  # as the longest-first alternation, without one try per title
    return {
        "initials": re.compile(rf"(?<![\w.])((?:{INITIAL}[ \t\u00a0]?){{1,3}}{NAME_WORD}(?:-{NAME_WORD})?)"),
        # "King Letsie III": a regnal number ends the name
        # a wide gap after the title is a column break ('President    Secretary' over two signatures)
        "titled": re.compile(rf"(?<![\w-])({titles})[ \u00a0]{{1,2}}({SEQ}(?:{SP}+[IVX]{{1,4}}(?![\w.]))?)"),
        "title_comma": re.compile(
            # "the Special Representative of the Secretary-General on human rights defenders, Jane Doe,"
            rf"(?<![\w-])({titles})(?:{SP}+(?:of|for|on|de|du|des|del|en|по|в)(?![\w’'])[^,;:.\n()]{{1,140}}?)?"
            rf",{SP}+({ITEM})(?=[,.;:)]|{SP}+(?:and|who|was|were|has|had|is|said|also|y|et|a|ha|и)\b)"
        ),
        # "Jane Doe (Vice-Chair), John Roe (secrétaire général)"
        "bracketed_role": re.compile(
            rf"({not_after(NOT_BEFORE_NAME, ITEM_WHOLE)}){SP}*\(([^()\n]{{1,60}})\)"
        ),
        "list": re.compile(
            rf"({_LONE_LIST_ITEM})((?:(?:,[ \t\u00a0]+|,?[ \t\u00a0]+and[ \t\u00a0]+){_LIST_ITEM})+)"
        ),
        "item": re.compile(_LIST_ITEM),
    }


def _apposed(text: str, m: re.Match[str]) -> tuple[int, str]:
    """Where the name of an apposition match starts, and the name."""
    if m.group(1) is not None:
        return m.start(1), m.group(1)
    return m.start(), text[m.start() : m.end(2)]


@cache
def _cues() -> dict[str, Cue]:
    """What every match of a pattern holds (every one kept, for "list"), found fast: these patterns
    never cross a line break, so only the lines holding their cue are searched (`in_cued_lines`). (A cue
    for titles or honorifics is a vocabulary: finding it costs more than it saves.)"""
    return {
        "initials": re.compile(rf"\.(?<={CAP}\.)"),  # the point first: `re` scans for it at C speed
        # a list kept says ' and ' or '\tand' between two names, the next one capitalised: a line saying
        # 'and' only before lower-case words (most lines) holds none ('and' first: `re` scans for it at C
        # speed, where it would stop at every space)
        "list": re.compile(rf"and(?<=[ \t]and){SP}+{CAP}"),
    }


def _matches(name: str, text: str) -> Iterator[re.Match[str]]:
    return in_cued_lines(_patterns()[name], text, _cues()[name])


def _with_honorific(text: str) -> Iterator[Found]:
    for m in honorific_patterns(text)["honorific"].finditer(text):
        if plural_honorific(text, m.start()):
            continue
        found = found_at(text, m.start(1), m.group(1))
        if found:
            yield Found(PERSON, m.start(), found.end, text[m.start() : found.end])


def _with_initials(text: str) -> Iterator[Found]:
    for m in _matches("initials", text):
        found = found_at(text, m.start(1), m.group(1))
        if (
            found
            and found.text[:2] == m.group(1)[:2]
            and _has_name_word(found.text)
            and not _section_heading(text, m)
        ):
            yield found


def _has_name_word(name: str) -> bool:
    """'U.N.', 'U.S.': initials alone, with no word of two letters or more, are an abbreviation, no person."""
    return any(len(w.strip(".")) > 1 for w in name.replace(".", ". ").split())


# "A. Previous examination of the case", "B. Alegatos de los querellantes", "A. A. Allégations des ...": a
# lettered heading, its letter sometimes doubled
# a heading a page flattened onto its first paragraph ends at that paragraph's number: "... plaignante- 356."
# a table of contents numbers its lines: "2. I. Submission of the complaint"
_LIST_NUMBER = r"(?:\d{1,3}\.[ \t]+)?"
_HEADING_LINE = re.compile(
    rf"^[ \t]*{_LIST_NUMBER}(?:[A-Z]\.[ \t]+)+\S+[ \t]+[a-zà-ÿ]"
    r"(?:[^\n]*(?<![.!?])$|[^\n.!?]*[-–][ \t]*\d+\.)",
    re.MULTILINE,
)


def _section_heading(text: str, m: re.Match[str]) -> bool:
    """One initial at a line's start, lower-case words after the name word, and no sentence end."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    before = text[line_start : m.start()]
    return _HEADING_LINE.match(text, line_start) is not None and _NUMBERING_ONLY.fullmatch(before) is not None


_NUMBERING_ONLY = re.compile(rf"[ \t]*{_LIST_NUMBER}")


@cache
def _titled() -> Openings:
    """The two rules opening with a title, tried only where a title starts: the titles are many and
    rare, and one Aho-Corasick pass finds where they start for both rules."""
    return with_openings(_patterns()["titled"], _patterns()["title_comma"], together=DOCUMENT)


@lru_cache(maxsize=2)  # both rules read one document in turn
def _title_starts(text: str) -> list[list[int]]:
    return _titled().starts(text)


def _with_title(text: str) -> Iterator[Found]:
    for m in _titled().finditer(text, 0, _title_starts(text)):
        tokens = m.group(2).split()
        # "el fiscal Lima", "прокурор Самары": after a lower-case title one word may be a place
        if tokens[0].casefold() in not_name_words() or (m.group(1)[:1].islower() and len(tokens) < 2):
            continue
        found = found_at(text, m.start(2), m.group(2), role=m.group(1))
        if found:
            yield found


def _after_title_and_comma(text: str) -> Iterator[Found]:
    """'its President, Jane Doe,' and 'the Director-General of the ILO, John Doe, wrote'."""
    for m in _titled().finditer(text, 1, _title_starts(text)):
        if len(clean_tokens(m.group(2))) == len(m.group(2).split()):
            found = found_at(text, m.start(2), m.group(2), role=text[m.start(1) : m.start(2)].rstrip(", "))
            if found:
                yield found


def _in_apposition(text: str) -> Iterator[Found]:
    for m in honorific_patterns(text)["apposition"].finditer(text):
        start, name = _apposed(text, m)
        # the name's tests first: kept per name, they cost less than reading the words after it
        if len(clean_tokens(name)) < 2 or not is_clean_name(name) or not is_role(m.group(3)):
            continue
        found = found_at(text, start, name, role=role_phrase(m.group(3)))
        if found:
            yield found


def _with_role_in_brackets(text: str) -> Iterator[Found]:
    for m in _named_before_brackets(text):
        if len(clean_tokens(m.group(1))) == len(m.group(1).split()):
            found = found_at(text, m.start(1), m.group(1), role=role_phrase(m.group(2)))
            if found:
                yield found


_BRACKET = re.compile(r"\([^()\n]{1,60}\)")


def _named_before_brackets(text: str) -> Iterator[re.Match[str]]:
    """What `finditer` gives for the "bracketed_role" pattern, but for the matches whose bracket says no
    role: each match ends with a bracket, the name and spaces before it holding no bracket and no line
    break, so the name is looked for only after the last of these before each bracket, where a scan of
    the line tries every capital letter of it."""
    pattern = _patterns()["bracketed_role"]
    for bracket in _BRACKET.finditer(text):
        # the bracket is the match's own (no bracket lies between the name and it): one saying no role
        # (an acronym's, a year's, most brackets) names no person, and the line before it is not searched
        if not is_role(text[bracket.start() + 1 : bracket.end() - 1]):
            continue
        start = bracket.start()
        line = text.rfind("\n", 0, start) + 1
        after = max(line, text.rfind("(", line, start) + 1, text.rfind(")", line, start) + 1)
        m = pattern.search(text, after, bracket.end())
        if m:
            yield m


def _in_lists(text: str) -> Iterator[Found]:
    """'A B, C D and E F': two or more clean two-to-three-word names coordinated."""
    for m in _matches("list", text):
        if " and " not in m.group(0) and "\tand" not in m.group(0):
            continue
        items = [(m.start(1), m.group(1))] + [
            (m.start(2) + i.start(), i.group(0)) for i in _patterns()["item"].finditer(m.group(2))
        ]
        if all(len(clean_tokens(name)) == len(name.split()) for _, name in items):
            yield from (f for start, name in items if (f := found_at(text, start, name)))


def find_persons(text: str, parts: Sequence[Part] = ()) -> list[Found]:
    """Every person-name candidate (board flags are set by the caller from `board_span`)."""
    unmarked = [
        *_with_initials(text),
        *_with_title(text),
        *_in_apposition(text),
        *_after_title_and_comma(text),
        *_in_lists(text),
        *_with_role_in_brackets(text),
        *(f for f, _ in name_lines(text, parts)),
        *with_given_name(text),
        *capitalised_surnames(text),
        *cyrillic_persons(text),
    ]
    known = [
        *_with_honorific(text),
        *after_plural_honorific(text),
        *nicknamed(text),
        *named(text),
        *(f for f in unmarked if (_person_context(f) or not names_a_place(f)) and not _region(text, f)),
        *with_age(text),
        *subjects_of_acts(text),
        *objects_of_acts(text),
        *speakers_after_quotes(text),
    ]
    found = (*known, *coordinated(text, known))
    return [
        nominative_of_initialled(f)
        for f in _split_at_column_gaps(found)
        if not _opens_with_org_head(f.text)
        and not _defines_an_acronym(text, f)
        and not _acronym_first(f.text)
    ]


_CAPS = re.compile(r"[A-ZА-ЯЁ]{2,}")


def _acronym_first(name: str) -> bool:
    """'CUT Nacional': a body's acronym then a word of its name, no given name among them ('DUPONT Jean', a
    surname in capitals before the given name, is a person)."""
    if not name[1:2].isupper():  # most names open with a capital and a lower-case letter
        return False
    words = name.split()
    return (
        len(words) > 1
        and _CAPS.fullmatch(words[0]) is not None
        and not all(_CAPS.fullmatch(w) for w in words)
        and not any(w in given_names() for w in words[1:])
    )


# a wide gap within a line separates two columns (signatures side by side), and a conjunction two
# persons ('Luis Rojas and Ana'): neither joins two words of one name; a Spanish or Portuguese 'y' or
# 'e' joins two surnames ('Pérez y Gómez') unless a given name follows it ('Luis Rojas y Ana Díaz')
_COLUMN_GAP = re.compile(
    r"[ \u00a0]{3,}|\t|[ \u00a0](?:and|et|и)[ \u00a0]|[ \u00a0](?:y|e)[ \u00a0](?=(?P<next>[^\W\d_][\w’'-]*))"
)


def _split_at_column_gaps(found: Iterable[Found]) -> Iterator[Found]:
    for f in found:
        if not _COLUMN_GAP.search(f.text):
            yield f
            continue
        start = 0
        known = given_names()
        gaps = [g for g in _COLUMN_GAP.finditer(f.text) if not g.group("next") or g.group("next") in known]
        for gap in [*gaps, None]:
            end = gap.start() if gap else len(f.text)
            piece = f.text[start:end]
            if len(piece.split()) >= 2 and _has_name_word(piece):
                yield replace(f, start=f.start + start, end=f.start + end, text=piece, canonical=None)
            start = gap.end() if gap else end


_ACRONYM_AFTER = re.compile(rf"{SP}*\(([A-Z]{{3,8}})\)")


def _defines_an_acronym(text: str, found: Found) -> bool:
    """ "Long Range Acoustic Devices (LRAD)": words whose initials a bracket spells are a term or a body
    being defined, not a person."""
    m = _ACRONYM_AFTER.match(text, found.end)
    return m is not None and "".join(w[:1] for w in found.text.split()).upper() == m.group(1)


@cache
def _org_heads() -> frozenset[str]:
    data = vocab.load("org_heads")
    return frozenset({*data["heads"], *data["romance_heads"], *data["leading_heads"]})


def _opens_with_org_head(name: str) -> bool:
    """'Secretaría del Trabajo, Gabriela Ruiz': a body's head word opens no person's name."""
    return name.split(None, 1)[0] in _org_heads()


# what `_PLACE_OF` ends with before the name's spaces, in lower case: the connector or the article after it
# ('ſ', which the case-blind pattern reads as an 's', stays itself in lower case: a window with one is read)
_PLACE_OF_ENDS = ("of", "de", "del", "d'", "d’", "du", "la", "el", "los", "the")


def _region(text: str, found: Found) -> bool:
    """ "the Indian state of Tamil Nadu", "la provincia de Santa Fe": a region's name, not a person's."""
    start = max(0, found.start - 30)
    # most names follow no connector: the pattern, tried at each position of the window, is not run
    window = text[start : found.start].rstrip().lower()
    if not window.endswith(_PLACE_OF_ENDS) and "ſ" not in window:
        return False
    return _PLACE_OF.search(text, start, found.start) is not None


def _person_context(found: Found) -> bool:
    """'the trade unionist David Hall', 'Ambassador Selim Park': a role marks a person whose surname is also a
    building word, when a first name precedes; a ruler's title names places too ('King Fahd Palace')."""
    if found.role is None or len(found.text.split()) < 2:
        return False
    return found.role[:1].islower() or found.role.casefold() in role_words()
