"""Lines wrapped mid-sentence read as one, for names and law titles (invented pages)."""

from __future__ import annotations

import pytest

from casewatch.extract.citations.find import find_citations
from casewatch.extract.names.mentions import extract_mentions
from casewatch.extract.sentences import Sentence
from casewatch.extract.wrapped_lines import one_line, unwrapped
from casewatch.model import EntityType

WRAPPED = (
    "The federation reports that on 3 May the police arrested its president, Tomas Verrin, and its\n"
    "general secretary, Ilsa Marrow, together with the vice president, Annick\n"
    "Deleuze, at the offices of the Arden Federation of Dock Workers in the capital.\n"
    "The complainants add that the promulgated Harbour and Essential Port\n"
    "Services Ordinance prohibits every form of industrial action in the ports and that\n"
    "the Government has since registered seven companies under the Companies Act.\n"
)


def test_a_wrapped_page_keeps_its_length_and_joins_its_lines() -> None:
    text = unwrapped(WRAPPED)
    assert len(text) == len(WRAPPED)
    assert "Annick Deleuze" in text and "Port Services Ordinance" in text


def test_a_person_wrapped_over_two_lines_is_one_name() -> None:
    persons = [e.name for e in extract_mentions(WRAPPED)[1] if e.type is EntityType.PERSON]
    assert "Annick Deleuze" in persons


def test_a_title_wrapped_over_two_lines_is_cited_whole() -> None:
    keys = {c.key for c in find_citations(WRAPPED, ("RUT",))}
    assert "RUT Harbour and Essential Port Services Ordinance" in keys


def test_a_signature_block_and_section_headings_stay_apart() -> None:
    letter = (
        "We remain at your disposal for any further information that you may require on this.\n"
        "We urge the authorities to release the detained members without delay or condition.\n"
        "The federation will keep the International Labour Office informed of all developments.\n"
        "Please accept the assurances of our highest consideration and our warm regards.\n"
        "\n"
        "Mira Oland, General Secretary of the Arden Federation of Dock Workers\n"
        "Kess Varo\n"
        "A. The complainants' allegations in the present case before us\n"
        "B. The Government's reply to the allegations before the Committee\n"
    )
    text = unwrapped(letter)
    assert "Workers\nKess" in text and "us\nB." in text


def test_a_web_page_with_paragraph_lines_is_left_as_it_is() -> None:
    page = "A short heading\n" + "A paragraph that goes on well past a printed line's width, " * 4 + "\n"
    assert unwrapped(page) == page


@pytest.mark.parametrize(
    "wrapped", ["the Harbour Safety\nServices Ordinance", "the Harbour\tSafety\r\nServices", "one line"]
)
def test_a_sentence_wrapped_over_lines_is_read_as_one(wrapped: str) -> None:
    sentence = one_line(Sentence(10, 10 + len(wrapped), wrapped))
    assert "\n" not in sentence.text and "\t" not in sentence.text
    assert (sentence.start, sentence.end, len(sentence.text)) == (10, 10 + len(wrapped), len(wrapped))
