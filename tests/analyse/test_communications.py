"""The life of a UN communication across invented documents: which reply counts, which questions
it addresses, and whether the letter is replied, overdue or awaited."""

from __future__ import annotations

from datetime import date

import pytest

from casewatch.analyse.communications import AWAITING, OVERDUE, REPLIED, CommunicationLife, communications
from casewatch.model import DocumentMeta, Extraction, Genre, PartialDate, Party, Request

TODAY = date(2024, 1, 15)
MANDATE = "Special Rapporteur on the rights to freedom of peaceful assembly and of association"

LETTER = f"""Mandates of the {MANDATE}

REFERENCE: AL MNG 3/2023

14 March 2023

Excellency,

We have received information concerning the dissolution of the Federation of Harbour Pilots
and the detention of its treasurer.

- 1. Please provide any comment you may have on the above-mentioned allegations.
- 2. Please explain the legal grounds for the dissolution of the Federation of Harbour Pilots.
- 3. Please provide information on the detention of the treasurer at the Northern Quay in February.

We would appreciate receiving a response within 60 days.
"""
QUESTIONS = [
    "Please provide any comment you may have on the above-mentioned allegations.",
    "Please explain the legal grounds for the dissolution of the Federation of Harbour Pilots.",
    "Please provide information on the detention of the treasurer at the Northern Quay in February.",
]

# Cites the letter in another written form and answers questions 2 and 3 on their terms.
REPLY = """Permanent Mission to the United Nations Office at Geneva
Ref.: al mng 3/2023
2 May 2023
The Permanent Mission presents its compliments and, with reference to communication AL MNG 3/2023,
has the honour to transmit the following.
The Federation of Harbour Pilots was dissolved because it had not filed its accounts for years.
The treasurer was held at the Northern Quay for two days and released without charge.
"""
# A reply of the same country, later, answering another letter: it must not count.
OTHER_REPLY = """Permanent Mission to the United Nations Office at Geneva
Ref.: UA MNG 9/2023
10 June 2023
In reply to urgent appeal UA MNG 9/2023, the Government states that the strike at the tannery ended.
"""
# Points at the questions by number.
NUMBERED_REPLY = """Permanent Mission
Reference: MNG 3/2023
20 June 2023
As regards question 1, the Government rejects the allegations as unfounded.
"""


def _letter(
    reference: str = "AL MNG 3/2023", due: PartialDate | None = PartialDate(2023, 5, 13)
) -> Extraction:
    requests = []
    for question in QUESTIONS:
        start = LETTER.index(question)
        line = LETTER.rfind("\n", 0, start) + 1
        requests.append(
            Request((), ("Government",), question.removeprefix("Please "), line, start + len(question))
        )
    meta = DocumentMeta(
        Genre.UN_COMMUNICATION,
        PartialDate(2023, 3, 14),
        reference,
        "en",
        ("MNG",),
        senders=(Party(MANDATE),),
        reply_due=due,
    )
    return Extraction(meta=meta, requests=tuple(requests))


def _reply(day: PartialDate, countries: tuple[str, ...] = ("MNG",)) -> Extraction:
    return Extraction(meta=DocumentMeta(Genre.GOVERNMENT_REPLY, day, None, "en", countries))


def _life(docs: list, today: date = TODAY) -> CommunicationLife:
    found = communications(docs, today)
    assert len(found) == 1
    return found[0]


def test_a_reply_citing_the_reference_answers_two_of_three_questions(row):
    life = _life(
        [
            (row(1), _letter(), LETTER),
            (row(2), _reply(PartialDate(2023, 5, 2)), REPLY),
            (row(3), _reply(PartialDate(2023, 6, 10)), OTHER_REPLY),
        ]
    )
    letter = life.communication
    assert (letter.status, letter.late, letter.reference, letter.mandates) == (
        REPLIED,
        False,
        "AL MNG 3/2023",
        (MANDATE,),
    )
    assert letter.reply is not None and letter.reply.source.document_id == 2
    assert REPLY[letter.reply.start : letter.reply.end].lower() == "al mng 3/2023"
    assert [r.source.document_id for r in life.replies] == [2]
    assert [q.question.number for q in life.questions] == [1, 2, 3]
    answers = [q.answer for q in life.questions]
    assert answers[0] is None
    assert answers[1] is not None and answers[1].quote.startswith(
        "The Federation of Harbour Pilots was dissolved"
    )
    assert answers[2] is not None and answers[2].quote.startswith(
        "The treasurer was held at the Northern Quay"
    )
    assert REPLY[answers[2].start : answers[2].end].startswith("The treasurer")
    assert life.addressed == 2


def test_a_letter_past_its_window_without_a_reply_is_overdue(row):
    life = _life([(row(1), _letter(), LETTER)])
    assert (life.communication.status, life.communication.days_overdue) == (OVERDUE, 247)
    assert life.replies == ()
    assert all(q.answer is None for q in life.questions)


def test_a_reply_citing_a_different_reference_does_not_count(row):
    life = _life([(row(1), _letter(), LETTER), (row(3), _reply(PartialDate(2023, 6, 10)), OTHER_REPLY)])
    assert life.communication.status == OVERDUE
    assert life.communication.reply is None


def test_a_same_country_reply_citing_nothing_of_the_letter_does_not_count(row):
    text = "Permanent Mission\n1 May 2023\nThe Government has taken note of the concerns of the Federation.\n"
    life = _life([(row(1), _letter(), LETTER), (row(4), _reply(PartialDate(2023, 5, 1)), text)])
    assert life.communication.status == OVERDUE


def test_a_reference_without_its_type_and_a_question_pointed_at_by_number(row):
    life = _life([(row(1), _letter(), LETTER), (row(5), _reply(PartialDate(2023, 6, 20)), NUMBERED_REPLY)])
    assert (life.communication.status, life.communication.late) == (REPLIED, True)
    first = life.questions[0].answer
    assert first is not None and first.by == "number"
    assert first.quote == "As regards question 1, the Government rejects the allegations as unfounded."
    assert [q.answer is not None for q in life.questions] == [True, False, False]


def test_a_reply_naming_the_letter_by_its_date(row):
    text = "Permanent Mission\n30 April 2023\nIn reply to your joint communication dated 14 March 2023, ...\n"
    life = _life([(row(1), _letter(), LETTER), (row(6), _reply(PartialDate(2023, 4, 30)), text)])
    assert life.communication.status == REPLIED
    assert life.communication.reply is not None and life.communication.reply.by == "letter"


def test_a_reply_naming_the_date_but_from_another_country_does_not_count(row):
    text = "Permanent Mission\n30 April 2023\nIn reply to your letter dated 14 March 2023, ...\n"
    life = _life([(row(1), _letter(), LETTER), (row(6), _reply(PartialDate(2023, 4, 30), ("PRY",)), text)])
    assert life.communication.status == OVERDUE


def test_an_index_of_communications_dates_the_reply(row):
    index = "| Date | Reference | Reply |\n|---|---|---|\n| 14/03/2023 | AL MNG 3/2023 | 05/05/2023 |\n"
    table = Extraction(meta=DocumentMeta(Genre.UN_COMMUNICATION, PartialDate(2023, 12), None, "en", ("MNG",)))
    found = communications([(row(1), _letter(), LETTER), (row(7), table, index)], TODAY)
    life = next(f for f in found if f.communication.source.document_id == 1)
    assert life.communication.status == REPLIED
    assert life.communication.reply is not None
    assert (life.communication.reply.by, life.communication.reply.date) == ("index", PartialDate(2023, 5, 5))
    assert all(q.answer is None for q in life.questions)  # an index holds no words of the reply


@pytest.mark.parametrize(
    ("due", "status"),
    [(PartialDate(2024, 2, 1), AWAITING), (None, AWAITING), (PartialDate(2023, 12), OVERDUE)],
)
def test_without_a_reply_the_window_decides(row, due, status):
    assert _life([(row(1), _letter(due=due), LETTER)]).communication.status == status


def test_a_reply_dated_before_the_letter_answers_another_letter(row):
    early = REPLY.replace("2 May 2023", "2 February 2023")
    life = _life([(row(1), _letter(), LETTER), (row(2), _reply(PartialDate(2023, 2, 2)), early)])
    assert life.communication.status == OVERDUE


@pytest.mark.parametrize(
    ("day", "status", "late"),
    [
        (PartialDate(2023, 5), REPLIED, False),  # May holds days inside the window: not late
        (PartialDate(2023, 3), REPLIED, False),  # the letter's own month may hold a later day
        (PartialDate(2023, 6), REPLIED, True),
        (PartialDate(2023, 2), OVERDUE, False),  # wholly before the letter: it answers another
    ],
)
def test_a_reply_dated_to_the_month_only(row, day, status, late):
    life = _life([(row(1), _letter(), LETTER), (row(2), _reply(day), REPLY)])
    assert (life.communication.status, life.communication.late) == (status, late)
