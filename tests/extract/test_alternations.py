"""Tests for vocabulary alternations regrouped by first letter: the same matches as before."""

from __future__ import annotations

import re

import pytest

from casewatch.extract.alternations import regrouped, top_branches

_VERBS = (
    r"\b(?:condemn(?:s|ed)?(?! to\b)|claims?|stated?|states|said|says|alleged that|alleges?|adds?|added"
    r"|saying|selon|según|kept|заявил\w*|recalls?|reported|reports?|(?:a|ont) (?:déclaré|indiqué))\b"
)


@pytest.mark.parametrize(
    "text",
    [
        "The union CONDEMNS the arrest, it said; the federation alleged that he was Condemned to prison.",
        "Selon la CSI, les travailleurs ont indiqué que ...; según el sindicato, a déclaré le ministre.",
        "ſaid the ſecretary; it ſtates, the report adds, reports recall, recalls, reporting, Kept.",
        "Он заявил, что профсоюз ...; nothing reported-like: restated, unsaid, claimsx.",
    ],
)
def test_regrouped_vocabulary_matches_as_before(text: str) -> None:
    grouped = regrouped(_VERBS, ignorecase=True)
    assert grouped != _VERBS
    before, after = re.compile(_VERBS, re.I), re.compile(grouped, re.I)
    assert [m.span() for m in after.finditer(text)] == [m.span() for m in before.finditer(text)]
    assert before.search(text)


_TEN = r"\b(?:said|says|states?|claims?|adds?|added|reported|reports?|recalls?)\b"


@pytest.mark.parametrize(
    ("pattern", "ignorecase"),
    [
        (_TEN, False),  # case-sensitive
        (_TEN.replace("says", "(?:a|ont) dit"), True),  # a branch that opens with a group before plain ones
        (_TEN.replace("said", "s?aid"), True),  # a first letter that may be missing
        (_TEN.replace(r"says|", r"says)\b(?:"), True),  # no word edge after the alternation
        (r"\b(?:said|says|states?)\b", True),  # too few to gain
    ],
)
def test_regrouped_leaves_other_patterns_as_they_are(pattern: str, ignorecase: bool) -> None:
    assert regrouped(pattern, ignorecase) == pattern
    assert regrouped(_TEN, True) != _TEN


def test_top_branches_keep_groups_classes_and_escapes_whole() -> None:
    assert top_branches(r"a|b(c|d)|[|]x|\|y|[^]|]z") == ["a", "b(c|d)", "[|]x", r"\|y", "[^]|]z"]
    assert top_branches("a)|(b") is None
