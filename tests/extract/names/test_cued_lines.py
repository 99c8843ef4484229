"""Tests for the names' scans of cued lines: the lines and matches of `literals.in_lines`."""

from __future__ import annotations

import re

import pytest

from casewatch.extract.gated import gated
from casewatch.extract.literals import in_lines
from casewatch.extract.names import person_context
from casewatch.extract.names.cued_lines import Cue, Literals, in_cued_lines
from casewatch.extract.openings import with_openings

_NAME_AND = re.compile(r"[A-Z][a-z]+ and [A-Z][a-z]+")
_AND = re.compile(r" and ")
_GATED_AND = gated(r" and ")
_OPENED_AND = with_openings(re.compile(r" and (?=[A-Z])"))  # an opening that does not always match
_LITERAL_AND = Literals((" and ", "\tand ", "Zzz"))  # one string missing, one seldom there
_WORKS = re.compile(r"(?<![\w-])([A-Z][a-z]+) (?:mill|mine)\b")
_WORK_CUE = re.compile(r"mill|mine")
_ANY_LINE = re.compile(r"[^\n]*")

TEXTS = [
    "Tovan and Marek and Ilse and Varn met.\nNo cue here.\nBrakk and Tey, and Pell and Ros\n",
    "and Tovan and\nMarek and Ilse\n\nIlse and Varn and Tey and Pell",
    "Varn mill and Tey mine; the mill.\nPell mine mine mill\nnothing\nRos mill",
    "Tovan\tand Marek\nIlse and\tand Varn\nx\tand Tey and Pell and Ros",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("cue", [_AND, _GATED_AND, _OPENED_AND, _LITERAL_AND])
def test_the_cued_lines_give_the_matches_in_lines_gives(text: str, cue: Cue) -> None:
    found = [m.span() for m in in_cued_lines(_NAME_AND, text, cue)]
    # a cue of strings reads as the alternation of them
    plain = re.compile("|".join(map(re.escape, cue.strings))) if isinstance(cue, Literals) else cue
    assert found == [m.span() for m in in_lines(_NAME_AND, text, plain)]
    assert found == [m.span() for m in _NAME_AND.finditer(text)]  # every match holds the cue


@pytest.mark.parametrize("text", TEXTS)
def test_a_line_with_many_cues_is_searched_once(text: str) -> None:
    found = [m.group(1) for m in in_cued_lines(_WORKS, text, _WORK_CUE)]
    assert found == [m.group(1) for m in _WORKS.finditer(text)]
    assert len(found) == len(set(m.span() for m in in_cued_lines(_WORKS, text, _WORK_CUE)))


_AGE_CUE_PLAIN = re.compile(r"\((?:born|b\.|aged?)[ \t\u00a0]|\(\d{1,2}\)|aged")


@pytest.mark.parametrize(
    "text",
    [
        "Tovan Marek (born 1970) spoke\nIlse Varn, aged 51, too\nno age here (x)\n(b. 3) and (age 4)",
        "Varn (12) and (123)\nnone\nTey (aged 40)\nPell, aged",
        "an aged man\n(1)\n(born\n",
        "",
    ],
)
def test_the_age_cue_holds_the_lines_of_its_alternation(text: str) -> None:
    found = [
        line for line in text.split("\n") if list(in_cued_lines(_ANY_LINE, line, person_context._AGE_CUE))
    ]
    assert found == [line for line in text.split("\n") if _AGE_CUE_PLAIN.search(line)]
    assert bool(found) == bool(text)
