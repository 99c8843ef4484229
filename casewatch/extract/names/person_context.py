"""Persons marked by what surrounds a plain name: an age, an act done to them, coordination with a person."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache

from casewatch import vocab
from casewatch.extract.literals import starts_of_literals, trie
from casewatch.extract.names.common import (
    NAME_WORD,
    NOT_BEFORE_NAME,
    SP,
    Found,
    is_country,
    is_sentence_start,
    not_after,
    not_name_words,
    role_words,
    titles_before,
)
from casewatch.extract.names.cued_lines import Cue, Literals, in_cued_lines
from casewatch.extract.names.person_base import (
    ITEM,
    ITEM_WHOLE,
    cue_words,
    found_at,
    is_role,
    place_heads,
    role_phrase,
)
from casewatch.extract.openings import DOCUMENT, Openings, matches_from, with_openings

_ITEM_RE = re.compile(ITEM)
# every name below is followed by a comma, a space, a bracket or no word character: its words are taken
# whole (`ITEM_WHOLE`), the same matches without retrying each shorter word
_ANY_NAMES = rf"{ITEM_WHOLE}(?:(?:,{SP}+|,?{SP}+(?:and|et|y|e|и){SP}+){ITEM_WHOLE})*"
_NAMES = rf"{ITEM_WHOLE}(?:(?:,{SP}+|,?{SP}+and{SP}+){ITEM_WHOLE})*"
# a name, or a list of names, that continues no word: "(?<![\w.’'-])" written where it is cheaper
_LONE_ITEM, _LONE_NAMES = not_after(NOT_BEFORE_NAME, ITEM_WHOLE), not_after(NOT_BEFORE_NAME, _NAMES)
# "that" is left out: "notes that Ana Quispe was ..." is the commonest clause before a name
_DETERMINER = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|of|its|their|our|these|those)|[’']s)[ \t\u00a0]+$")


@cache
def _context_patterns() -> dict[str, re.Pattern[str]]:
    passive, active = trie(cue_words("passive_acts")), trie(cue_words("active_acts"))
    adverbs, openers = trie(cue_words("act_adverbs")), trie(cue_words("list_openers"))
    aux = rf"(?:was|were|(?:had|has|have){SP}+been|(?:is|are){SP}+being|got)"
    return {
        # "Ana Quispe (born 1975)", "Ana Quispe (45)", "Ana Quispe, aged 45,"
        "age": re.compile(
            rf"({_LONE_ITEM})(?:{SP}*\((?:born|b\.|aged?){SP}[^)\n]{{0,30}}\)|{SP}*\(\d{{1,2}}\)"
            rf"|,{SP}+aged{SP}+\d{{1,2}}\b)"
        ),
        "subject": re.compile(
            rf"({_LONE_NAMES}){SP}+{aux}(?:{SP}+(?:{adverbs}))?{SP}+(?:{passive})(?![\w-])"
        ),
        # 'the police arrested Ana Quispe', 'six activists were arrested: Ana Quispe of ...'
        "object": re.compile(rf"(?<![\w-])(?:{active}):?{SP}+({_NAMES})(?![\w’'-])"),
        # "the leaders, namely Ana Quispe, Luis Rojas and ...": a list announced as one of persons
        "namely": re.compile(rf"(?<![\w-])(?:{openers})[:,]?{SP}+({_ANY_NAMES})(?![\w’'-])"),
        "after": re.compile(rf"(?:,|,?{SP}+(?:and|as{SP}+well{SP}+as)|{SP}+&){SP}+({ITEM_WHOLE})(?![\w’'-])"),
        # "Arzu Demir, General Secretary of the union, and Kani Tekin"
        "after_role": re.compile(rf",{SP}+([^,;\n]{{2,100}}),{SP}+and{SP}+({ITEM_WHOLE})(?![\w’'-])"),
        "before": re.compile(rf"({_LONE_ITEM})(?:,|,?{SP}+and){SP}+$"),
        # 'Ana Quispe of the Port Union; Luis Rojas, its treasurer; ...': the next item of a list of persons
        "next_item": re.compile(rf"[^;.\n]{{1,100}};{SP}+({ITEM_WHOLE})(?=[ ,]|{SP}+of\b)"),
        # what every match above holds on its own line (a cue without look-ahead is scanned at C speed)
        "subject_cue": re.compile(trie(cue_words("passive_acts"), top=False)),
        "object_cue": re.compile(trie(cue_words("active_acts"), top=False)),
        "namely_cue": re.compile(trie(cue_words("list_openers"), top=False)),
    }


@cache
def _title_words() -> frozenset[str]:
    return frozenset(t.casefold() for t in titles_before() if " " not in t)


@cache
def _leading_words() -> tuple[frozenset[str], frozenset[str]]:
    """The folded words that never open a name, and the sentence adverbs as written (sets made once)."""
    return not_name_words() | role_words() | _title_words(), frozenset(cue_words("sentence_adverbs"))


def _leading_cue(token: str, sentence_start: bool) -> bool:
    """A word before a name that is not part of it: 'In', 'March', 'activist', 'Later', 'Reportedly'."""
    words, adverbs = _leading_words()
    folded = token.casefold()
    if folded in words or token in adverbs:
        return True
    return sentence_start and len(token) >= 8 and folded.endswith("ly")


@cache
def _organisation_kinds() -> frozenset[str]:
    """'union', 'group', 'newspaper': a lower-case kind before a capitalised pair: its name."""
    heads = vocab.load("org_heads")
    words = [*heads["heads"], *heads["trailing_heads"], *cue_words("organisation_kinds")]
    return frozenset(w.casefold() for w in words)


_WORD_BEFORE = re.compile(rf"([a-z][\w-]*){SP}+$")


def _after_determiner_or_kind(text: str, start: int) -> bool:
    """'the Lima Teachers', 'the group Women Fighters': the pair names no person."""
    if _DETERMINER.search(text, max(0, start - 8), start):
        return True
    word = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return word is not None and word.group(1) in _organisation_kinds()


_WORD = re.compile(r"\S+")
_POSSESSIVE = re.compile(r"[’']s?$")


def context_name(text: str, start: int, name: str) -> Found | None:
    """A two- or three-word name marked by its context, with leading non-name words dropped."""
    tokens = [(start + m.start(), m.group(0)) for m in _WORD.finditer(name)]
    while tokens and _leading_cue(tokens[0][1], is_sentence_start(text, tokens[0][0])):
        tokens = tokens[1:]
    # 'Secretario de Trabajo y Conflictos': after a title, a lower-case word opens its complement
    if not tokens or tokens[0][1][:1].islower() or _after_determiner_or_kind(text, tokens[0][0]):
        return None
    # "sentenced Marvek's Lantern colleagues": a possessive within the words ends the possessor's name
    if any(_POSSESSIVE.search(t) for _, t in tokens[:-1]):
        return None
    found = found_at(text, tokens[0][0], name[tokens[0][0] - start :])
    capitalised = [t for t in found.text.split() if t[:1].isupper()] if found else []
    if not found or not 2 <= len(capitalised) <= 3 or capitalised[0] in place_heads():
        return None
    return None if is_country(found.text) else found


def _names_in(text: str, m: re.Match[str]) -> Iterator[Found]:
    for item in _ITEM_RE.finditer(m.group(1)):
        found = context_name(text, m.start(1) + item.start(), item.group(0))
        if found:
            yield found


def _on_cued_lines(key: str, text: str) -> Iterator[re.Match[str]]:
    """The matches of a pattern that never crosses a line break (names, spaces and cue words hold none)."""
    if key == "object":  # it opens with its act ('arrested'): tried only where one starts, not along lines
        return _opened_by_acts().finditer(text)
    return in_cued_lines(_context_patterns()[key], text, _cue(key))


@cache
def _opened_by_acts() -> Openings:
    return with_openings(_context_patterns()["object"], together=DOCUMENT)


# what every match of "age" holds on its line, `\((?:born|b\.|aged?){SP}|\(\d{1,2}\)|aged` ('(aged ' holds
# 'aged'): 'aged' looked for with `str.find`, where `re` stopped at every 'a' of the text to try it, and a
# bracket opening a birth or an age
_AGE_CUE = Literals(("aged",), re.compile(rf"\((?:born|b\.|age){SP}|\(\d{{1,2}}\)"))


@cache
def _cue(key: str) -> Cue:
    """The cue of a rule; the vocabularies of acts and of list openers ('namely', 'including'), whose words
    open with letters common in any text, are tried only where one of their words starts (one Aho-Corasick
    pass), not at each such letter."""
    if key == "age":
        return _AGE_CUE
    cue = _context_patterns()[f"{key}_cue"]
    return with_openings(cue, together=DOCUMENT) if key in {"subject", "namely"} else cue


def with_age(text: str) -> Iterator[Found]:
    """'Ana Quispe (born 1975), president of ...': a birth year or an age marks a person."""
    for m in _on_cued_lines("age", text):
        after = ROLE_AFTER.match(text, m.end())
        role = role_phrase(after.group(1)) if after and is_role(after.group(1)) else None
        yield from (replace(found, role=role) for found in _names_in(text, m))


ROLE_AFTER = re.compile(rf",{SP}+([^\n]{{1,120}})")


def subjects_of_acts(text: str) -> Iterator[Found]:
    """'Ana Quispe and Luis Rojas were detained': only persons are arrested, sentenced or dismissed."""
    for m in _on_cued_lines("subject", text):
        # "miners of Oruro, Potosí and La Paz were arrested": the subject began before, and is no name
        if not _LIST_GOES_ON.search(text, max(0, m.start() - 12), m.start()):
            yield from _names_in(text, m)


_LIST_GOES_ON = re.compile(rf"(?:\b(?:of|in|at|from|to|for)|{NAME_WORD},?{SP}+(?:and|&)){SP}+$")


def objects_of_acts(text: str) -> Iterator[Found]:
    """'the police arrested Ana Quispe'; 'the leaders, namely Ana Quispe and Luis Rojas'."""
    for key in ("object", "namely"):
        for m in _on_cued_lines(key, text):
            yield from _names_in(text, m)


def coordinated(text: str, known: Sequence[Found]) -> list[Found]:
    """'Ms Quispe and Luis Rojas': a name coordinated with a person found is one (a few rounds)."""
    out: list[Found] = []
    seen = {(f.start, f.end) for f in known}
    todo = list(known)
    for _ in range(3):
        new = [f for f in _beside(text, todo) if (f.start, f.end) not in seen]
        seen.update((f.start, f.end) for f in new)
        out += new
        todo = new
    return out


_ENDS_A_PHRASE = re.compile(r"(?:\band|\bof|\bfor|&)[ \t]+$")


def _beside(text: str, persons: Sequence[Found]) -> Iterator[Found]:
    # what stands beside a name depends on its span only: a span several rules found is read once
    beside: dict[tuple[int, int], list[Found]] = {}
    for person in persons:
        span = (person.start, person.end)
        if span not in beside:
            beside[span] = list(_beside_span(text, *span))
        yield from beside[span]


def _beside_span(text: str, start: int, end: int) -> Iterator[Found]:
    patterns = _context_patterns()
    after = patterns["after"].match(text, end)
    before = (
        patterns["before"].search(text, max(0, start - 80), start) if _after_a_link(text, start) else None
    )
    if before and _ENDS_A_PHRASE.search(text, max(0, before.start(1) - 6), before.start(1)):
        before = None  # "Minister of Labour and Vocational Training and Ms X": a title's words
    listed = patterns["next_item"].match(text, end) if text.find(";", end, end + 101) >= 0 else None
    for m in (after, before, listed):
        if m and (found := context_name(text, m.start(1), m.group(1))):
            yield found
    m = patterns["after_role"].match(text, end)
    if m and is_role(m.group(1)) and (found := context_name(text, m.start(2), m.group(2))):
        yield found


def _after_a_link(text: str, start: int) -> bool:
    """Whether the spaces before `start` follow a comma or 'and', as every match of the "before" pattern
    ends (its `$` may stand before a line break that ends the window): most names follow neither, and the
    pattern, tried at each capital of the window, is not run."""
    window = text[max(0, start - 80) : start]
    window = window[:-1] if window.endswith("\n") else window
    linked = window.rstrip(" \t\u00a0")
    return len(linked) < len(window) and linked.endswith((",", "and"))


_CLOSING_QUOTES = ("»", "”", '"')


@cache
def _speaker_pattern() -> re.Pattern[str]:
    verbs = trie(cue_words("speech_after_quote"))
    return re.compile(rf"[»”\"]{SP}*,?{SP}*(?:[—–-]{SP}*)?(?:{verbs}){SP}+({ITEM_WHOLE})(?![\w’'-])")


def speakers_after_quotes(text: str) -> Iterator[Found]:
    """'», a indiqué Jeanne Roe de la cellule', '”, dijo Ana Quispe': who speaks after a quotation; the
    pattern is tried only at closing quotes (found with `str.find`)."""
    for m in matches_from(_speaker_pattern(), text, starts_of_literals(text, _CLOSING_QUOTES)):
        if found := context_name(text, m.start(1), m.group(1)):
            yield found
