"""Reply deadlines split into upcoming, overdue and answered relative to today."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from casewatch.analyse.deadlines import deadlines
from casewatch.analyse.replies import evidence_of
from casewatch.model import Extraction, Genre


def test_deadlines_relative_to_today(row, doc_meta):
    answered = replace(
        doc_meta(Genre.UN_COMMUNICATION, "2023-01-01", reply_due="2023-03-01", countries=("PER",)),
        reference="UA PER 3/2023",
    )
    reply = doc_meta(Genre.GOVERNMENT_REPLY, "2023-02-01", countries=("PER",))
    evidence = evidence_of([(row(4), reply, "Reply to the urgent appeal ref. UA PER 3/2023.")])
    pairs = [
        (row(1), Extraction(meta=doc_meta(Genre.UN_COMMUNICATION, "2024-01-05", reply_due="2024-03-05"))),
        (row(2), Extraction(meta=doc_meta(Genre.UN_COMMUNICATION, "2024-04-01", reply_due="2024-06"))),
        (row(3), Extraction(meta=answered)),
        (row(4), Extraction(meta=reply)),
        (row(5), Extraction(meta=doc_meta(Genre.NEWS, "2024-02-01"))),
    ]
    view = deadlines(pairs, date(2024, 6, 10), evidence)
    assert [(d.source.document_id, d.days_left) for d in view.upcoming] == [(2, 20)]
    assert [(d.source.document_id, d.days_left) for d in view.overdue] == [(1, -97)]
    assert [(d.source.document_id, d.reply.document_id if d.reply else None) for d in view.answered] == [
        (3, 4)
    ]


def test_a_reply_citing_nothing_of_the_letter_does_not_answer_it(row, doc_meta):
    letter = replace(
        doc_meta(Genre.UN_COMMUNICATION, "2023-01-01", reply_due="2023-03-01", countries=("PER",)),
        reference="UA PER 3/2023",
    )
    reply = doc_meta(Genre.GOVERNMENT_REPLY, "2023-02-01", countries=("PER",))
    text = "The Government answers the letter of the federation about the port strike."
    pairs = [(row(3), Extraction(meta=letter)), (row(4), Extraction(meta=reply))]
    view = deadlines(pairs, date(2024, 6, 10), evidence_of([(row(4), reply, text)]))
    assert [d.source.document_id for d in view.overdue] == [3]
    assert view.answered == ()
