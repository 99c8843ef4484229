"""Tests for the necessary-literal prefilter: it names what every match holds and never rules out a match."""

from __future__ import annotations

import re

import pytest

from casewatch.extract.literals import fold, may_match, necessary


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bstrike\b", re.I, {"strike"}),
        (r"(?:was|were) (?:\w+ )?fined", re.I, {"fined"}),
        (r"(?:was|were) detained", re.I, {"was detained", "were detained"}),
        (r"(?<!un)lawful(?:ly)? dismissed", 0, {" dismissed"}),  # the longer of two runs
        (r"dismissed|fired", re.I, {"dismissed", "fired"}),
        (r"Union|Unions", 0, {"union"}),
        (r"\w+ised", re.I, {"ised"}),
        (r"(?:\w+ )?x", re.I, None),
        (r"picket|\d+", re.I, None),
    ],
)
def test_necessary_literals(pattern: str, flags: int, expected: set[str] | None) -> None:
    assert necessary(pattern, flags) == (None if expected is None else frozenset(expected))


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        (r"(?:was|were) detained", "They WERE Detained in Lima.", True),
        (r"(?:was|were) detained", "They were held in Lima.", False),
        (r"\bsei[sz]ed\b", "Police ſeized the files.", True),  # the long s is an s to re.IGNORECASE
        (r"\bdismissed\b", "The judge DİSMISSED it.", True),  # so is the dotted capital I an i
        (r"\bdismissed\b", "The judge dısmissed it.", True),  # and the dotless i
        (r"\bkilled\b", "They were \u212aILLED.", True),  # and the Kelvin sign a k
    ],
)
def test_prefilter_never_rules_out_a_match(pattern: str, text: str, matches: bool) -> None:
    compiled = re.compile(pattern, re.I)
    assert bool(compiled.search(text)) is matches
    assert may_match(necessary(pattern, re.I), fold(text)) is matches
