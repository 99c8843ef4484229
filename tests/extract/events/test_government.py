"""The State's government as the actor of an act, by its word, keyed to the government named."""

from __future__ import annotations

import pytest

from casewatch.extract.events.government import government_key, government_named, government_subject
from casewatch.extract.events.triggers import Trigger
from casewatch.extract.sentences import Sentence
from casewatch.model import EventType, Mention


def _at(text: str, word: str) -> tuple[Sentence, Trigger]:
    start = text.index(word)
    return Sentence(0, len(text), text), Trigger(EventType.LAW_CHANGE, start, start + len(word), word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("In 2019 the Government passed amendments to the law.", "passed", "Government"),
        ("El Gobierno adoptó un decreto.", "adoptó", "Gobierno"),
        ("The amendments were adopted by the Government in May.", "adopted", "Government"),
        ("The Government member said the law was adopted.", "adopted", None),
    ],
)
def test_the_government_acting_unnamed(text: str, word: str, expected: str | None) -> None:
    sentence, trigger = _at(text, word)
    assert government_named(text, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The Government dissolved the union.", "dissolved", "Government"),
        ("Then the government has arbitrarily closed the federation.", "closed", "government"),
        ("The Government said that the court dissolved the union.", "dissolved", None),
    ],
)
def test_the_government_right_before_its_act_is_its_subject(
    text: str, word: str, expected: str | None
) -> None:
    sentence, trigger = _at(text, word)
    assert government_subject(text, sentence, trigger) == expected


def test_the_government_keyed_to_the_one_named() -> None:
    named = Mention("organization", "Government of Arden", 0, 19, "g1")
    other = Mention("organization", "Dock Workers Union", 30, 48, "u1")
    assert government_key([named, named, other]) == "g1"
    assert government_key([other]) == "Government"
    assert government_key([other], "Gobierno") == "Gobierno"
