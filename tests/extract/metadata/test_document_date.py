"""The document's own date with its precision."""

from __future__ import annotations

import pytest

from casewatch.extract.layout import letter_parts
from casewatch.extract.metadata.document_date import document_date
from casewatch.model import Genre, PartialDate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Genève, le 5 janvier 2017\n\nMonsieur le Ministre,\n\nLe 3 mars 2016, ...\n",
            PartialDate(2017, 1, 5),
        ),
        (
            "Bogotá, 5 de enero de 2018\n\nSeñor Presidente:\n\nEl 1 de mayo de 2017 ...\n",
            PartialDate(2018, 1, 5),
        ),
        (
            "Union of Miners\n\nMarch 2020\n\nDear Minister,\n\nOn 4 February 2020 police came.\n",
            PartialDate(2020, 3),
        ),
        (
            "Our ref: X/1\n\nLima, 07.04.2021\n\nDear Sir,\n\nText of 1 January 2021.\n",
            PartialDate(2021, 4, 7),
        ),
        (
            "Date: 12 June 2015\nSubject: strike\n\nDear colleagues,\n\nOn 2 May 2015 ...\n",
            PartialDate(2015, 6, 12),
        ),
    ],
)
def test_letter_dates(text: str, expected: PartialDate) -> None:
    assert document_date(text, letter_parts(text)) == expected


def test_ilo_record_takes_the_discussion_year() -> None:
    text = (
        "Individual Case (CAS) - Discussion: 2019, Publication: 108th ILC session (2019)\n\nOn 3 May 2018.\n"
    )
    assert document_date(text, (), Genre.ILO_CAS) == PartialDate(2019)


def test_no_date() -> None:
    assert document_date("Dear Minister,\n\nNo dates here.\n", ()) is None


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("Observation (CEACR) - adopted 2022, published 111th ILC session (2023)\n\nText.", "2022"),
        ("Direct Request (CEACR) - adopted 2019, published 109th ILC session (2021)\n\nText.", "2019"),
        ("Report No 398, June 2022\n\nCase No 3418 (Colombia) - Complaint date: 14-FEB-21\n", "2022-06"),
    ],
)
def test_ilo_records_are_dated_by_adoption_or_report(head: str, iso: str) -> None:
    genre = Genre.ILO_CFA if "Case No" in head else Genre.ILO_CEACR
    found = document_date(head, (), genre)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(
    ("closing", "expected"),
    [("Geneva, 14 March 2019", "2019-03-14"), ("Fait à Genève, le 14 mars 2019", "2019-03-14")],
)
def test_a_letter_dated_where_it_is_signed(closing: str, expected: str) -> None:
    text = (
        "Sylvanian Federation of Miners\n\nDear Minister,\n\nWe protest the arrest of 2 March 2019.\n\n"
        f"Yours sincerely,\n\nIlona Varga\nGeneral Secretary\n\n{closing}\n"
    )
    found = document_date(text, letter_parts(text), Genre.UNION_LETTER)
    assert found is not None and found.iso == expected
