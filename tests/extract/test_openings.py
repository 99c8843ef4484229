"""Openings of a pattern: every match starts with one; a finder behind them finds what a full scan finds."""

from __future__ import annotations

import re

import pytest

from casewatch.extract.openings import literals_together, matches_from, openings, with_openings


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\b(?:the\s+)?(?:law|act)\b", re.I, {"the", "law", "act"}),  # an optional part or what follows
        (r"(?<![\w-])Decree(?:-Law)?", 0, {"decree", "decree-law"}),  # a look-behind holds no character
        (r"(?-i:[Cc])onvention", re.I, {"convention"}),
        (r"\d+ workers", 0, None),  # a digit class is no known opening
        (r"(?:strike)?\d", 0, None),  # nor is a match that may open with a digit
    ],
)
def test_openings(pattern: str, flags: int, expected: set[str] | None) -> None:
    assert openings(pattern, flags) == (None if expected is None else frozenset(expected))


FINDER_TEXT = (
    "Under the Labour Code and the LAW on Trade Unions (the Law), act 5 of the Code applies; "
    "the said Law, an Act of 2019 and the ſaid lawful act. Decree-Law No. 7, sub-Decree 3.\n"
    "Art. 12 and articles 3(1) and 4 of the Labour Code; the law\nand the act."
)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\b(?:the\s+)?(?:law|act)\b", re.I),
        (r"(?<![\w-])(?:Sub-)?Decree(?:-Law)?", re.I),
        (r"\b(?:Labour\s+)?Code\b(?!\s+applies)", 0),
        (r"(?<=\s)(?:said|the)\s+(?P<word>Law|Act|law)\b", re.I),
        (r"\b[Aa]rt(?:icles?|\.)\s*\d+(?:\(\d\))?", 0),
        (r"\d+ workers", 0),  # no openings: scanned as usual
    ],
)
def test_a_finder_behind_openings_finds_what_finditer_finds(pattern: str, flags: int) -> None:
    compiled = re.compile(pattern, flags)
    found = [(m.span(), m.groupdict()) for m in with_openings(compiled).finditer(FINDER_TEXT)]
    assert found == [(m.span(), m.groupdict()) for m in compiled.finditer(FINDER_TEXT)]


def test_openings_read_together_find_what_each_finds_alone() -> None:
    """Rules read over one text in one pass: each gets the starts and matches of its own pass, on every
    text in turn, whichever rule asks first, and a rule joining later is read with the others."""
    patterns = [
        (re.compile(r"\b(?:the\s+)?(?:law|act)\b", re.I),),
        (re.compile(r"(?<![\w-])(?:Sub-)?Decree(?:-Law)?", re.I), re.compile(r"\b(?:Labour\s+)?Code\b")),
        (re.compile(r"\b[Aa]rt(?:icles?|\.)\s*\d+(?:\(\d\))?"),),
    ]
    alone = [with_openings(*group) for group in patterns]
    together = [with_openings(*group, together="test-rules") for group in patterns[:2]]
    texts = [FINDER_TEXT, "the Harbour Act and Sub-Decree 9 of the Code", FINDER_TEXT.upper()]
    for text in texts:
        assert [t.starts(text) for t in together] == [a.starts(text) for a in alone[:2]]
    together.append(with_openings(*patterns[2], together="test-rules"))
    for text in reversed(texts):
        for i in reversed(range(3)):
            assert together[i].starts(text) == alone[i].starts(text)
            found = [m.span() for m in together[i].finditer(text, len(patterns[i]) - 1)]
            assert found == [m.span() for m in patterns[i][-1].finditer(text)]
    assert together[2].starts(FINDER_TEXT)[0]  # the articles are found: the test reads something


@pytest.mark.parametrize("end", [0, 9, 24, 31, 60])
def test_matches_from_openings_up_to_an_end_are_finditers_up_to_it(end: int) -> None:
    pattern = re.compile(r"\b(?:arrested|detained)(?: on \d+ May)?")
    text = "He was arrested on 3 May, detained on 9 May and arrested again."
    opened = with_openings(pattern)
    starts = opened.starts(text)[0]
    found = [(m.start(), m.end()) for m in matches_from(pattern, text, starts, end)]
    assert found == [(m.start(), m.end()) for m in pattern.finditer(text, 0, end)]


@pytest.mark.parametrize(
    "text",
    [
        "the Quay Act; the actors and THE ACT, the act-the act",
        "sub-decree of the law, decree-law and SUB-DECREE-LAW",
        "nothing of the kind",
    ],
)
def test_starts_are_every_opening_in_order_each_once(text: str) -> None:
    """Openings of one pattern that overlap (one inside another, or two at one start) give each start once,
    in order, as a scan of each opening with `str.find` does."""
    patterns = (
        re.compile(r"\b(?:the\s+)?(?:law|act)\b", re.I),
        re.compile(r"(?<![\w-])(?:Sub-)?Decree(?:-Law)?", re.I),
        re.compile(r"\bact(?:ors)?", re.I),
    )
    expected = []
    for pattern in patterns:
        found = set()
        for opening in openings(pattern.pattern, pattern.flags) or ():
            at = text.lower().find(opening)
            while at >= 0:
                found.add(at)
                at = text.lower().find(opening, at + 1)
        expected.append(sorted(found))
    assert with_openings(*patterns).starts(text) == expected
    assert with_openings(*patterns, together="test-starts").starts(text) == expected


def test_a_gate_read_in_a_shared_pass_says_whether_its_literals_are_in_the_text() -> None:
    pattern = re.compile(r"(?:Harbour|dock) workers")
    gate = literals_together(pattern, ("harbour workers", "dock workers"), "a test's texts")
    assert gate.starts("The HARBOUR WORKERS and the dock workers")[0] == [4, 28]
    assert gate.starts("no such words")[0] == []
