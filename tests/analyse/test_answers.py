"""Which questions a reply's sentence addresses: by the question's number or by its own words."""

from __future__ import annotations

import pytest

from casewatch.analyse.answers import BY_NUMBER, BY_TERMS, Question, addressed

QUESTIONS = [
    Question(
        1, "provide any comment on the above-mentioned allegations", 0, 10, "f-r0", "provide_information"
    ),
    Question(
        2, "explain the grounds for the liquidation of the Glassworkers Syndicate", 10, 20, "f-r1", "other"
    ),
    Question(3, "indicate whether the ban on the May rally was lifted", 20, 30, "f-r2", "other"),
]


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("As regards questions 2 and 3, the matter is before the courts.", [1, 2]),
        ("Concerning points 1-3 of the letter, the Government replies as follows.", [0, 1, 2]),
        ("En ce qui concerne la question n° 3, le rassemblement a eu lieu.", [2]),
        ("En cuanto a la pregunta 1, el Gobierno rechaza las alegaciones.", [0]),
        ("По вопросу 2 Правительство сообщает следующее.", [1]),
    ],
)
def test_a_sentence_pointing_at_question_numbers(sentence, numbers):
    found = addressed(QUESTIONS, 9, f"Permanent Mission\n\n{sentence}\n")
    assert sorted(found) == numbers
    assert all(a.by == BY_NUMBER and a.quote == sentence and a.document_id == 9 for a in found.values())


def test_a_sentence_on_a_question_s_own_words():
    text = "The Glassworkers Syndicate was liquidated by the court for unpaid fees. The weather was mild."
    found = addressed(QUESTIONS, 9, text)
    assert list(found) == [1]
    assert (found[1].by, found[1].quote) == (
        BY_TERMS,
        "The Glassworkers Syndicate was liquidated by the court for unpaid fees.",
    )


def test_request_words_alone_address_nothing():
    text = "The Government provides the following information and comments on the allegations."
    assert addressed(QUESTIONS, 9, text) == {}


def test_a_question_number_the_letter_does_not_have_is_ignored():
    assert addressed(QUESTIONS, 9, "As to question 7, see the annex.") == {}
