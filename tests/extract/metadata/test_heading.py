"""Headings: the document's own title, else its reference, else genre, sender and date."""

from __future__ import annotations

import pytest

from casewatch.extract.metadata.heading import heading
from casewatch.model import DocumentMeta, Genre, PartialDate, Party

LETTER = DocumentMeta(
    genre=Genre.UNION_LETTER,
    date=PartialDate(2023, 2, 27),
    senders=(Party("Federation of Invented Workers"),),
)


@pytest.mark.parametrize(
    ("meta", "format_title", "expected"),
    [
        (
            DocumentMeta(title="Protest: closure of the dockers' union"),
            None,
            "Protest: closure of the dockers' union",
        ),
        (DocumentMeta(title=None), "Report on the 2022 strikes", "Report on the 2022 strikes"),
        (DocumentMeta(title="government-reply", reference="02-11/245"), None, "02-11/245"),
        (DocumentMeta(title="scan_0042.pdf", reference="AL XYZ 3/2024"), None, "AL XYZ 3/2024"),
        (DocumentMeta(title="Mandates of " + "the Special Rapporteur on a theme and " * 4), None, "Document"),
        (LETTER, "letter_final", "Union letter from Federation of Invented Workers, 27 February 2023"),
        (DocumentMeta(genre=Genre.ILO_CEACR, date=PartialDate(2019)), None, "ILO Committee of Experts, 2019"),
    ],
)
def test_one_rule_names_every_document(meta: DocumentMeta, format_title: str | None, expected: str) -> None:
    assert heading(meta, format_title) == expected
