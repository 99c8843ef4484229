"""Wordings matched at their openings only: the same matches as scanning the sentence with each."""

from __future__ import annotations

import re

import pytest

from casewatch.extract.events.wordings import wordings
from casewatch.extract.literals import alternation_matches

WORDINGS = [
    r"\b(?:re-)?arrest(?:ed|s)?\b",
    r"\bdetain(?:ed)?\b",
    "detained-and-released",
    "(?<=s )dissolved",
    r"\b(?:is|was) (?:\w+ )?on strike\b",  # opens with "is ": too short, searched behind "on strike"
    r"(?:(?<=^)|(?<=, ))(?-i:[A-Z]\w+) (?:was|were) fired\b",  # no opening known: searched everywhere
    r"\b(?:a|ont) été arrêtée?s?\b",
    r"\bunions? (?:\w+ ){0,3}(?:was|were) (?:banned|dissolved)\b",  # opens with "union", needs a verb
]
TEXTS = [
    "Workers were arrested and detained; the unions dissolved, its leader arrested again.",
    "ARRESTED at dawn, then Detained-and-released: arrests, re-arrests, detentions.",
    "Dana Vell was fired, Ruth Omar was fired, and the staff is now on strike since Monday.",
    "The dock union was banned; the unions of the port were dissolved.",
    "The union was founded in May and union members were heard.",
    "Le dirigeant a été arrêté, puis les militants ont été arrêtés ; ils sont on strike.",
    "nothing happened here",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_alternation_as_the_scan_of_each(text: str) -> None:
    patterns = [re.compile(w, re.I) for w in WORDINGS]
    scan = wordings(patterns)
    starts = scan.starts(text)
    for indices in ([0, 1, 2, 3, 4, 5, 6, 7], [2, 1], [5, 4, 0], [6], [7, 3]):
        chosen = [i for i in indices if i in starts]
        expected = [m.span() for m in alternation_matches([patterns[i] for i in chosen], text)]
        assert [m.span() for m in scan.alternation(chosen, text, starts)] == expected


@pytest.mark.parametrize("text", TEXTS)
def test_each_wording_as_its_scan(text: str) -> None:
    patterns = [re.compile(w, re.I) for w in WORDINGS]
    scan = wordings(patterns)
    starts = scan.starts(text)
    for i, pattern in enumerate(patterns):
        expected = [m.span() for m in pattern.finditer(text)]
        found = [m.span() for m in scan.finditer(i, text, starts)] if i in starts else []
        assert found == expected


def test_a_sentence_without_a_wording_passes_none() -> None:
    scan = wordings([re.compile(w, re.I) for w in WORDINGS])
    assert scan.starts("The meeting was postponed to June.") == {}
    # a searched wording passes where its literal is, with no offsets; one at its openings, with them
    assert scan.starts("Omar Bel was fired on Friday.") == {5: []}
    assert scan.starts("They were detained.") == {1: [10]}  # "detained-and-released" opens with all of it


def test_a_wording_opening_without_the_words_it_needs_passes_none() -> None:
    scan = wordings([re.compile(w, re.I) for w in WORDINGS])
    # "union" opens the last wording twice, but neither "banned" nor "dissolved" is there
    assert 7 not in scan.starts("The union was founded in May and union members were heard.")
    assert scan.starts("The union was banned.") == {7: [4]}


def test_a_wording_needing_a_literal_the_sentence_lacks_is_left_out() -> None:
    scan = wordings([re.compile(w, re.I) for w in WORDINGS])
    # "union" opens the last wording, which needs one of its verbs as well
    assert 7 not in scan.starts("The union was founded in May.")
    assert scan.starts("The union was banned in May.")[7] == [4]
