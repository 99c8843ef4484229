"""Plural groups found where a group word may start (its openings): whole words only, as the
pattern's own scan finds them. Invented sentences only."""

from __future__ import annotations

import pytest

from casewatch.extract.events.roles import collectives
from casewatch.extract.sentences import Sentence


def _groups(text: str) -> list[tuple[str, int]]:
    return [(m.text, m.start) for m in collectives(text, Sentence(0, len(text), text))]


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Workers at the Dolmar mill were detained.", [("Workers", 0)]),
        ("(teachers) of the Brill school were dismissed.", [("teachers", 1)]),
        ("Police arrested twelve dockworkers and activists.", [("police", 0), ("activists", 39)]),
        ("The coworkersx and overteachers were dismissed.", []),
    ],
)
def test_a_group_word_is_found_whole_where_it_starts(text: str, groups: list[tuple[str, int]]) -> None:
    assert _groups(text) == groups
