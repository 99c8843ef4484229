"""One pass tells the sentences no form can ask in: the asks found are those of every form tried."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.asks import english_asks
from casewatch.extract.requests.find import find_asks
from casewatch.extract.requests.foreign import foreign_asks
from casewatch.extract.requests.grammar import english_gates
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


def test_a_document_read_once_gives_each_sentence_the_fragments_it_holds() -> None:
    from casewatch.extract.requests.silent import quiet
    from casewatch.extract.sentences import split_sentences

    calm = "Nothing happened at the port on Monday."
    joined = "The Union urges the Govern-\nment to act."
    listed = "- (b) The Committee requests the Government to reinstate them."
    text = "\n\n".join([*SENTENCES[:8], joined, *SENTENCES[9:], listed, calm])
    doc = quiet(text)
    for sentence in split_sentences(text):
        found = doc.found(sentence)
        if found is not None:
            assert found == silence().found(sentence.text)
            assert find_asks(sentence.text, True, found) == find_asks(sentence.text, True)
    by_text = {s.text: s for s in split_sentences(text)}
    assert doc.found(by_text[joined]) is None  # a word joined over a line's end is read from the sentence
    assert doc.found(by_text[listed]) is None  # so is one after a list marker
    assert doc.found(by_text[calm]) == frozenset()


@pytest.mark.parametrize("sentence", SENTENCES[:8])
def test_the_fragments_tell_the_english_forms_their_gates_pass(sentence: str) -> None:
    found = silence().found(sentence)
    assert silence().english_forms(found) == english_gates().open(sentence)


@pytest.mark.parametrize("sentence", SENTENCES[4:8])
def test_the_fragments_tell_the_other_languages_demands_whose_literals_are_held(sentence: str) -> None:
    held = silence().foreign_forms(silence().found(sentence))
    assert held == frozenset(form for form, _ in silence().demands if not form.vain(sentence))


@pytest.mark.parametrize("reported", [False, True])
@pytest.mark.parametrize("sentence", SENTENCES[4:7])
def test_demands_tried_behind_the_fragments_are_those_found_without_them(
    sentence: str, reported: bool
) -> None:
    held = silence().foreign_forms(silence().found(sentence))
    assert foreign_asks(sentence, reported, held) == foreign_asks(sentence, reported)
