"""Reporting verbs found only where one starts are those a scan of every character finds."""

from __future__ import annotations

import pytest

from casewatch.extract.metadata.voice import _reported, officer_quotes, reported_speech

PAGES = [
    "The union SAID on Monday that its leader, Jane Varo, had been detained, according to the family.",
    "« Nous exigeons sa libération », a-t-il ajouté. Le syndicat a déclaré que la grève continuerait.",
    "El dirigente declaró que la federación, según señaló su abogado, no fue informada; re-said nothing.",
    "Профсоюз заявил, что лидер задержан.",
    "Nothing is reported here: unsaid, said-so and saidness are no verbs.",
]


@pytest.mark.parametrize("page", PAGES)
def test_reporting_verbs_found_at_their_openings_are_those_of_a_whole_scan(page: str) -> None:
    openings = _reported()
    whole = [m.span() for m in openings.patterns[0].finditer(page)]
    assert [m.span() for m in openings.finditer(page)] == whole


def test_a_reporters_page_counts_its_reporting_verbs() -> None:
    assert reported_speech("Ana Lerin said it. Tom Vass added more, officials said.\n") >= 2


def test_an_officer_quoted_beside_a_reporting_verb_is_found_and_one_without_is_not() -> None:
    quoted = officer_quotes('"Free them," said Jane Varo, General Secretary of the Orvane Workers Union.')
    assert len(quoted) == 1 and quoted[0][0] == 0
    assert officer_quotes("The General Secretary of the Orvane Union visited the port.") == []


@pytest.mark.parametrize(
    "head",
    [
        "The strike went on. The union said it would appeal.",
        "La grève continue. Le syndicat a déclaré qu'il ferait appel.",
        "La huelga sigue. El sindicato dijo que apelaría.",
    ],
)
def test_a_head_naming_no_officer_quotes_none(head: str) -> None:
    assert officer_quotes(head) == []
    assert officer_quotes(f"{head} Tom Vass, director of the Velmar Workers Union, said so.") != []
