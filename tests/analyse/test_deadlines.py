"""Reply deadlines split into upcoming, overdue and answered relative to today."""

from __future__ import annotations

from datetime import date

from casewatch.analyse.deadlines import deadlines
from casewatch.model import Extraction, Genre


def test_deadlines_relative_to_today(row, doc_meta):
    pairs = [
        (row(1), Extraction(meta=doc_meta(Genre.UN_COMMUNICATION, "2024-01-05", reply_due="2024-03-05"))),
        (row(2), Extraction(meta=doc_meta(Genre.UN_COMMUNICATION, "2024-04-01", reply_due="2024-06"))),
        (
            row(3),
            Extraction(
                meta=doc_meta(
                    Genre.UN_COMMUNICATION, "2023-01-01", reply_due="2023-03-01", countries=("PER",)
                )
            ),
        ),
        (row(4), Extraction(meta=doc_meta(Genre.GOVERNMENT_REPLY, "2023-02-01", countries=("PER",)))),
        (row(5), Extraction(meta=doc_meta(Genre.NEWS, "2024-02-01"))),
    ]
    view = deadlines(pairs, date(2024, 6, 10))
    assert [(d.source.document_id, d.days_left) for d in view.upcoming] == [(2, 20)]
    assert [(d.source.document_id, d.days_left) for d in view.overdue] == [(1, -97)]
    assert [(d.source.document_id, d.reply.document_id if d.reply else None) for d in view.answered] == [
        (3, 4)
    ]
