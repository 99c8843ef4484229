"""One pass tells the sentences no form can ask in: the asks found are those of every form tried."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.asks import english_asks
from casewatch.extract.requests.find import find_asks
from casewatch.extract.requests.foreign import foreign_asks
from casewatch.extract.requests.silent import silence

SENTENCES = [
    "We urge the authorities of Zembla to release Ana Vell and to drop all charges against her.",
    "Please provide information on the measures taken to protect the dockers of Port Miran.",
    "The Zembla Teachers Union called for the immediate release of its president.",
    "The Government must reinstate the dismissed workers without delay.",
    "Le comité prie le gouvernement de fournir des informations sur l'enquête.",
    "La federación exige al Gobierno que libere a los dirigentes detenidos.",
    "Профсоюз призывает власти освободить задержанных активистов.",
    "The strike at the Orvane plant lasted three weeks in the spring.",
    "Die Straße war gesperrt, als die Polizei kam.",  # "ß": read as before, no pass of its own
    "La grève a duré trois semaines et l'usine est restée fermée.",
]


@pytest.mark.parametrize("reported", [False, True])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_asks_are_those_of_every_form_tried(sentence: str, reported: bool) -> None:
    whole = english_asks(sentence, reported) or foreign_asks(sentence, reported)
    assert find_asks(sentence, reported) == whole


@pytest.mark.parametrize("sentence", [SENTENCES[7], SENTENCES[9], "Nothing happened at the port on Monday."])
def test_a_sentence_holding_no_fragment_is_silent(sentence: str) -> None:
    assert silence().may_ask(sentence, True) == (False, False)


@pytest.mark.parametrize(
    ("sentence", "english", "other"),
    [
        (SENTENCES[1], True, False),
        (SENTENCES[4], False, True),
        (SENTENCES[6], False, True),
    ],
)
def test_only_the_reader_whose_ways_are_met_is_tried(sentence: str, english: bool, other: bool) -> None:
    assert silence().may_ask(sentence, False) == (english, other)


def test_a_sentence_casefolding_otherwise_than_it_lowers_is_read_by_every_form() -> None:
    assert silence().may_ask(SENTENCES[8], False) == (True, True)


def test_a_document_read_once_tells_the_same_silent_sentences() -> None:
    from casewatch.extract.requests.silent import quiet
    from casewatch.extract.sentences import split_sentences

    calm = "Nothing happened at the port on Monday."
    text = "\n\n".join([*SENTENCES[:8], "The Union urges the Govern-\nment to act.", *SENTENCES[9:], calm])
    doc = quiet(text)
    for sentence in split_sentences(text):
        if doc.silent(sentence):
            assert find_asks(sentence.text, True) == []
    said = [s for s in split_sentences(text) if "Govern-" in s.text]
    assert said and not doc.silent(said[0])  # a word joined over a line's end is read whole
    assert doc.silent(split_sentences(text)[-1])
