"""Necessary literals of a regular expression: a cheap substring test that rules text out before a regex.

Python's `re` tries every branch of a case-insensitive alternation at every position of the text,
which makes big vocabulary patterns slow on text they do not match. `necessary(pattern)` reads the
pattern and returns lower-case strings of which every match contains at least one; `may_match`
checks them against a text folded with `fold`. The test never rules out a text the pattern
matches, so running the pattern only when it passes gives the same matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Protocol

import ahocorasick

MAX_ALTERNATIVES = 64  # beyond this many spelled-out strings a run is cut short
MIN_USEFUL = 2  # a literal shorter than this rules out nothing
# Characters that `re.IGNORECASE` equates with a letter lowering does not turn them into: the only ones
# for ASCII letters (found by trying every code point), and the old Cyrillic forms ("ᲀ" is a "в")
_FOLDED_TWINS = {
    "İ": "i", "ı": "i", "ſ": "s", "K": "k",
    "ᲀ": "в", "ᲁ": "д", "ᲂ": "о", "ᲃ": "с", "ᲄ": "т", "ᲅ": "т", "ᲆ": "ъ", "ᲇ": "ѣ", "ᲈ": "ꙋ",
}  # fmt: skip
_CASE_TWINS = str.maketrans(_FOLDED_TWINS)
# the twins that `str.lower` leaves apart from their letter (it lowers Kelvin's K to "k" itself)
_UNLOWERED_TWINS = re.compile("[İıſ\u1c80-\u1c88]")

Strings = frozenset[str]


# the steps read a document, its head, its lines and its sentences through many gates and openings in
# turn, and fold each text several times: the folded forms of the last texts are kept
@lru_cache(maxsize=1024)
def fold(text: str) -> str:
    """The text as `may_match` compares it: lower case, each case twin as its letter (same length)."""
    # translating is slow on a long text: most non-ASCII texts hold no twin and need none
    if text.isascii() or not _UNLOWERED_TWINS.search(text):
        return text.lower()
    return text.translate(_CASE_TWINS).lower()


def may_match(literals: Strings | None, folded: str) -> bool:
    """False only when the pattern cannot match: none of its necessary literals is in the folded text."""
    return literals is None or any(lit in folded for lit in literals)


@cache
def necessary(pattern: str, flags: int = 0) -> Strings | None:
    """Lower-case strings one of which every match of `pattern` contains; None when none is known."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
    except Exception:  # another Python's private parser: no prefilter, same results
        return None
    found = _sequence(list(parsed))
    # a string holding another of the set adds nothing to the test
    return found and frozenset(s for s in found if not any(t != s and t in s for t in found))


def _best(candidates: Iterable[Strings]) -> Strings | None:
    useful = [c for c in candidates if c and min(map(len, c)) >= MIN_USEFUL]
    return max(useful, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _sequence(items: list[tuple[Any, Any]]) -> Strings | None:
    """The best necessary set of a sequence: a run of exactly-known items spelled out, or one item's own."""
    candidates: list[Strings] = []
    run: Strings = frozenset({""})
    for item in items:
        exact = exact_literals(item)
        if exact is not None and len(run) * len(exact) <= MAX_ALTERNATIVES:
            run = frozenset(a + b for a in run for b in exact)
            continue
        candidates.append(run)
        run = exact if exact is not None else frozenset({""})
        if exact is None:
            own = _item(item)
            if own is not None:
                candidates.append(own)
    candidates.append(run)
    return _best(candidates)


def _literal(code: int) -> str | None:
    char = chr(code)
    if char.isascii():
        return char.lower()
    if char in _FOLDED_TWINS:
        return _FOLDED_TWINS[char]
    return char.lower() if char not in _UNFOLDABLE and len(char.lower()) == 1 else None


def _unfoldable() -> frozenset[str]:
    """Characters `re.IGNORECASE` equates with a character that lowering does not turn into the same one
    ("ᲀ" is a "в", "ς" a "σ"): as literals they could rule out a text the pattern matches."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # another Python: every non-ASCII character stays unknown
        return frozenset(map(chr, range(0x80, 0x110000)))
    related = {chr(c) for lower, twins in _EXTRA_CASES.items() for c in (lower, *twins)}
    related |= {c.upper() for c in related}
    folded = {c for c in related if c.lower() in _FOLDED_TWINS.values() or c in _FOLDED_TWINS}
    return frozenset(related - folded)


def exact_literals(item: tuple[Any, Any]) -> Strings | None:
    """Every text the item can match, lower-cased, when that is a short known list."""
    op, av = item
    name = str(op)
    if name in {"AT", "ASSERT", "ASSERT_NOT"}:
        return frozenset({""})  # zero-width: the text on either side is adjacent
    if name == "LITERAL":
        char = _literal(av)
        return None if char is None else frozenset({char})
    if name == "IN":
        chars = [_literal(v) if str(o) == "LITERAL" else None for o, v in av]
        return None if None in chars else frozenset(c for c in chars if c is not None)
    if name == "SUBPATTERN":
        return _exact_sequence(list(av[-1]))
    if name == "BRANCH":
        alternatives = [_exact_sequence(list(alt)) for alt in av[1]]
        if any(a is None for a in alternatives):
            return None
        union = frozenset().union(*(a for a in alternatives if a is not None))
        return union if len(union) <= MAX_ALTERNATIVES else None
    if name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"} and av[0] == av[1] == 1:
        return _exact_sequence(list(av[2]))
    return None


def _exact_sequence(items: list[tuple[Any, Any]]) -> Strings | None:
    run: Strings = frozenset({""})
    for item in items:
        exact = exact_literals(item)
        if exact is None or len(run) * len(exact) > MAX_ALTERNATIVES:
            return None
        run = frozenset(a + b for a in run for b in exact)
    return run


def _item(item: tuple[Any, Any]) -> Strings | None:
    """The necessary set of one item that is not exactly known."""
    op, av = item
    name = str(op)
    if name == "SUBPATTERN":
        return _sequence(list(av[-1]))
    if name == "ATOMIC_GROUP":
        return _sequence(list(av))
    if name == "BRANCH":
        alternatives = [_sequence(list(alt)) for alt in av[1]]
        if any(a is None for a in alternatives):
            return None
        return frozenset().union(*(a for a in alternatives if a is not None))
    if name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"} and av[0] >= 1:
        return _sequence(list(av[2]))
    return None


def rests_by_first_letter(words: Iterable[str]) -> dict[str, list[str]]:
    """Each first letter and what follows it in the words (each word once, in order)."""
    by_first: dict[str, list[str]] = {}
    for word in dict.fromkeys(words):
        if word:
            by_first.setdefault(word[0], []).append(word[1:])
    return by_first


def trie(words: Iterable[str], top: bool = True) -> str:
    """A regex matching the same as the alternation of `words` longest first, but shaped as a trie,
    so that a position is ruled out by one test per first letter instead of one per word.

    Two words that match at one position are a prefix of each other, and the trie tries the
    longer continuation before stopping, as the longest-first alternation does: same matches."""
    by_first = rests_by_first_letter(words)
    branches = []
    for first, rests in by_first.items():
        longer = [r for r in rests if r]
        branch = re.escape(first)
        if "" in rests and longer:
            branch += f"(?:{trie(longer, top=False)})?"
        elif len({r[0] for r in longer}) > 1:
            branch += f"(?:{trie(longer, top=False)})"
        elif longer:
            branch += trie(longer, top=False)
        branches.append(branch)
    if top and len(branches) > 2:  # one test of the first letter rules most positions out
        return f"(?=[{''.join(map(re.escape, by_first))}])(?:{'|'.join(branches)})"
    return "|".join(branches)


def trie_not_after(chars: str, words: Iterable[str]) -> str:
    """`(?<![chars])(?:{trie(words)})` written as one branch per first letter, the letter first and the
    look-behind after it: `re` looks for a pattern opening with an alternation of letters at C speed, where
    it tries one opening with a look-behind at every position; and a position holding a letter enters that
    letter's branch alone, where branches each opening with a look-behind for their letter are tried in
    turn. The branches keep the trie's order: the same matches."""
    branches = []
    for first, rests in rests_by_first_letter(words).items():
        longer = [r for r in rests if r]
        rest = f"(?:{trie(longer, top=False)})" if longer else ""
        optional = "?" if longer and "" in rests else ""
        branches.append(f"{re.escape(first)}(?<![{chars}].){rest}{optional}")
    return f"(?:{'|'.join(branches)})"


def by_first_letter(branches: Iterable[tuple[str, str]], ignorecase: bool = False) -> str:
    """An alternation of (first letter, regex) branches, grouped so that the branches of a letter are
    tried only at a position holding it. Branches of different ASCII letters or digits never match at one
    position, so the order that matters, within a letter, is kept; other first characters stay apart.

    For a pattern compiled with `re.IGNORECASE` (`ignorecase`), a letter's group opens with the letter's
    case forms spelt out, matched case-sensitively: `re` then rules a group out by that one test
    without entering it (a look-ahead, or a case-insensitive letter, has to be entered)."""
    groups: dict[str, list[str]] = {}
    for first, regex in branches:
        key = first.lower() if first.isascii() and first.isalnum() else f"\0{len(groups)}"
        groups.setdefault(key, []).append(regex)
    parts = []
    for key, regexes in groups.items():
        if ignorecase and key[0] != "\0" and all(_opens_with(r, key) for r in regexes):
            parts.append(f"(?-i:[{case_forms(key)}])(?:{'|'.join(r[1:] for r in regexes)})")
            continue
        alternation = "|".join(regexes)
        parts.append(f"(?=[{key}])(?:{alternation})" if len(regexes) > 1 and key[0] != "\0" else alternation)
    if any(key[0] == "\0" for key in groups):
        return "(?:" + "|".join(parts) + ")"
    return f"(?=[{''.join(groups)}])(?:" + "|".join(parts) + ")"  # one test rules most positions out


def _opens_with(regex: str, letter: str) -> bool:
    """The regex starts with the plain letter, no quantifier after it: the rest can stand alone."""
    return regex[:1].lower() == letter and regex[1:2] not in "?*+{"


def case_forms(char: str) -> str:
    """Every character `re.IGNORECASE` equates with an ASCII letter or digit, the case twins included."""
    twins = "".join(twin for twin, plain in _TWIN_OF.items() if plain == char)
    return "".join(dict.fromkeys(char.lower() + char.upper() + twins))


_TWIN_OF = {"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"}
_UNFOLDABLE = _unfoldable()


@dataclass(frozen=True)
class LiteralIndex:
    """Many literal sets tested in one pass: which sets have a literal in a folded text."""

    # every literal -> the sets holding it, as an Aho-Corasick automaton: one linear pass over a text
    # finds every literal at every position, overlapping ones included
    automaton: Any
    unknown: frozenset[int]  # sets that are None: they always pass

    def passing(self, folded: str) -> frozenset[int]:
        """Indices of the sets that have a literal in `folded` (or no literals at all)."""
        if not self.automaton:
            return self.unknown
        found = {owners for _, owners in self.automaton.iter(folded)}
        return self.unknown.union(*found) if found else self.unknown


def literal_index(sets: Sequence[Strings | None]) -> LiteralIndex:
    """One automaton for the literals of many sets."""
    owners: dict[str, set[int]] = {}
    for i, s in enumerate(sets):
        for lit in s or ():
            owners.setdefault(lit, set()).add(i)
    automaton = automaton_of({lit: frozenset(holders) for lit, holders in owners.items()})
    return LiteralIndex(automaton, frozenset(i for i, s in enumerate(sets) if s is None))


def automaton_of(values: dict[str, Any]) -> Any:
    """An Aho-Corasick automaton finding each word of `values` and giving its value (built only
    when there are words: an empty one cannot be made)."""
    automaton = ahocorasick.Automaton()
    for word, value in values.items():
        automaton.add_word(word, value)
    if values:
        automaton.make_automaton()
    return automaton


class Finder(Protocol):
    """What `in_lines` asks of a cue: a compiled pattern, or one tried only at its openings (`Openings`)."""

    def finditer(self, text: str, /) -> Iterator[re.Match[str]]: ...


def in_lines(pattern: re.Pattern[str], text: str, cue: Finder) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)` for a pattern whose matches never cross a line break
    and always hold a match of `cue`: only the lines holding the cue are searched. The line break
    before a line is a non-word character, as the text's start is, so look-behinds see the same.
    A compiled cue's matches must hold no line break (`_in_cued_lines`)."""
    if isinstance(cue, re.Pattern):
        yield from _in_cued_lines(pattern, text, cue)
        return
    end = -1
    for c in cue.finditer(text):
        if c.start() <= end:
            continue
        start = text.rfind("\n", 0, c.start()) + 1
        end = text.find("\n", c.start())
        end = len(text) if end < 0 else end
        yield from pattern.finditer(text, start, end)


def _in_cued_lines(pattern: re.Pattern[str], text: str, cue: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """`in_lines` for a compiled cue, looked for again only after the line searched, where reading each of
    its matches in turn reads a cue common in a line many times. For a cue whose matches hold no line break
    the lines are the same: no cue match of a searched line runs past its end, so the first one after the
    line is the first one a search from the next line's start finds."""
    pos = 0
    while (c := cue.search(text, pos)) is not None:
        start = text.rfind("\n", 0, c.start()) + 1
        end = text.find("\n", c.start())
        end = len(text) if end < 0 else end
        yield from pattern.finditer(text, start, end)
        pos = end + 1


def at_word_start(literal: str) -> str:
    """`\\b<literal>` for a literal starting with a word character, written literal first: a pattern
    that opens with a literal is scanned for it at C speed, one that opens with `\\b` is tried everywhere."""
    escaped = re.escape(literal)
    return rf"{escaped}(?<=\b{escaped})"


def literal_at(text: str, start: int, literals: Sequence[str], refused_after: re.Pattern[str]) -> int | None:
    """Where the first of `literals` (longest first) at `start` ends when no refused character follows it,
    as `(?:l1|l2|...)(?!A)` would match there, or None."""
    for literal in literals:
        end = start + len(literal)
        if text.startswith(literal, start) and not refused_after.match(text, end):
            return end
    return None


def starts_of_literals(text: str, literals: Iterable[str]) -> list[int]:
    """Every position of the text where one of the literals starts (an empty one starts none), in
    order, each literal found with `str.find`: where a scan for their first letters would stop at
    every occurrence of those letters, most of which start none of them."""
    found: set[int] = set()
    for literal in set(literals):
        at = text.find(literal) if literal else -1
        while at >= 0:
            found.add(at)
            at = text.find(literal, at + 1)
    return sorted(found)


def literal_spans(
    text: str, literals: Sequence[str], refused_before: re.Pattern[str], refused_after: re.Pattern[str]
) -> Iterator[tuple[int, int]]:
    """The spans `finditer` gives for `(?<!B)(?:l1|l2|...)(?!A)`, the literals longest first, found without
    compiling a pattern: literals known only while extracting (names found in the document) need none.
    B and A are one-character patterns. Only where a literal starts can one match: the positions tried are
    those, found with one `str.find` per literal, where trying every occurrence of their first letters
    tries many that start none of them."""
    positions: Iterable[int] = range(len(text) + 1) if "" in literals else starts_of_literals(text, literals)
    resume = 0
    for start in positions:
        if start < resume or (start and refused_before.match(text, start - 1)):
            continue
        end = literal_at(text, start, literals, refused_after)
        if end is not None:
            yield start, end
            resume = end if end > start else start + 1


class Searcher(Protocol):
    """A compiled pattern, or one behind a gate: what `alternation_matches` asks of it."""

    def search(self, text: str, pos: int = ..., endpos: int = ..., /) -> re.Match[str] | None: ...


def alternation_matches(patterns: Sequence[Searcher], text: str) -> Iterator[re.Match[str]]:
    """The matches `finditer` gives for the alternation `(?:p1)|(?:p2)|...` of patterns compiled alike,
    without compiling it: a subset of a vocabulary chosen per sentence needs no pattern of its own.
    At the leftmost position where any pattern matches, the first of them wins, as in an alternation;
    a pattern's leftmost match stays valid while the scan has not passed its start. (A pattern that
    matches the empty string moves the scan on by one character.)"""
    leftmost: list[re.Match[str] | None] = [p.search(text) for p in patterns]
    while True:
        found = [m for m in leftmost if m is not None]
        if not found:
            return
        start = min(m.start() for m in found)
        m = next(m for m in found if m.start() == start)  # in the patterns' order
        yield m
        resume = m.end() if m.end() > start else start + 1
        leftmost = [
            p.search(text, resume) if kept is not None and kept.start() < resume else kept
            for p, kept in zip(patterns, leftmost, strict=True)
        ]
