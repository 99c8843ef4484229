"""The cues read before a trigger and in each sentence, tried at their openings or per branch: the
same answers as the cues scanned whole."""

from __future__ import annotations

import re

import pytest

from casewatch.extract.events.cues import cues
from casewatch.extract.events.triggers import counts_across_countries, in_document, is_question, told_as_fact
from casewatch.extract.gated import gated
from casewatch.extract.sentences import Sentence


def _sentence(text: str) -> Sentence:
    return Sentence(0, len(text), text)


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("Some 300 organisers were jailed in the last two years across the region.", True),
        ("Workers were dismissed in 17 of 88 countries surveyed.", True),
        ("Des grévistes ont été arrêtés dans 9 des 120 pays étudiés.", True),
        ("Since 2015, more than 40 leaders were detained.", True),
        ("The Zorvan union held its congress three years ago.", False),
        ("In recent months the Velcor plant dismissed its shop steward.", False),
    ],
)
def test_a_tally_is_found_by_one_of_the_cue_branches(text: str, tally: bool) -> None:
    whole = cues().aggregate.search(text) is not None
    assert counts_across_countries(_sentence(text)) is whole is tally


@pytest.mark.parametrize(
    ("text", "word", "fact"),
    [
        ("The Brenna union said that its treasurer was not arrested", "arrested", False),
        ("The leaders of the Tamsel union may be dismissed", "dismissed", False),
        ("The ministry could dissolve", "dissolve", False),
        ("Police arrested the Orlen union's secretary", "arrested", True),
        ("In May the Qarvi union's members were dismissed", "dismissed", True),
    ],
)
def test_a_negated_or_modal_trigger_is_no_fact(text: str, word: str, fact: bool) -> None:
    assert told_as_fact(_sentence(text), text.rindex(word)) is fact


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("PLEASE indicate whether the Harlo union's leaders are still detained.", True),
        ("3.1 (2) Please provide information on the dismissal of Ana Vell.", True),
        ("Was the Tessin union dissolved in May?", True),
        ("Plenty of members of the Dorra union were arrested.", False),
    ],
)
def test_a_request_or_question_is_told_by_its_opening_word_or_mark(text: str, question: bool) -> None:
    assert is_question(_sentence(text)) is question


@pytest.mark.parametrize(
    "text",
    [
        "Workers were dismissed in 17 of 88 countries. They gathered in front of the Velcor plant.",
        "The Zorvan union held its congress; its offices were raided by the police.",
        "Rien ne s'est passé devant le siège du syndicat.",
        "No cue here at all.",
        "",
    ],
)
def test_the_cues_of_a_document_found_in_one_pass_as_each_alone(text: str) -> None:
    asked = [
        cues().aggregate,
        gated(r"\b(?:in front of|devant|outside)\b", re.I),
        gated(r"\b(?:offices|siège)\s+(?:of|du)\b", re.I),
        gated(r"\b[A-Z]{2}\d+\b"),  # no literal known: it may match in any document
    ]
    for _ in range(2):  # a second document kept, then the answers kept asked again
        assert [in_document(cue, text) for cue in asked] == [not cue.vain(text) for cue in asked]
        assert in_document(asked[0], "Another document.") is False
