"""Document genre from the marks each kind of document carries."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from casewatch.extract.pipeline import step
from casewatch.model import Extraction, Genre, Text

# Marks in the first part of a document; the first genre whose mark appears wins.
_MARKS: list[tuple[Genre, re.Pattern[str]]] = [
    (Genre.ILO_CAS, re.compile(r"(?:Individual Case|Cas individuel|Caso individual) \(CAS\)", re.I)),
    (Genre.ILO_CEACR, re.compile(r"(?:Observation|Direct Request|Demande directe) \(CEACR\)", re.I)),
    (
        Genre.ILO_CFA,
        re.compile(
            r"\bCase No\. ?\d{3,4}\b.*Complaint date|Report No\. \d+.*Committee on Freedom of Association",
            re.I | re.S,
        ),
    ),
    (
        Genre.UN_COMMUNICATION,
        re.compile(
            r"Mandates? of the (?:Special Rapporteur|Working Group|Independent Expert)"
            r"|REFERENCE:\s*(?:J?(?:AL|UA|OL))\b",
            re.I,
        ),
    ),
    (Genre.GOVERNMENT_REPLY, re.compile(r"Permanent Mission of .{3,80}? presents its compliments", re.I | re.S)),  # noqa: E501
]
_LETTER = re.compile(r"^\s*(Dear\b|Excellency|Your Excellency|Mr\.? President|Madam)", re.I | re.M)
_UNION = re.compile(r"\b(trade union|union rights|workers|confederation|federation|syndica)", re.I)


def classify(text: str) -> Genre:
    head = text[:6000]
    for genre, mark in _MARKS:
        if mark.search(head):
            return genre
    if _LETTER.search(text[:20000]) and _UNION.search(head):
        return Genre.UNION_LETTER
    return Genre.OTHER


@step("genre", adds=["meta.genre"])
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    return {"meta.genre": classify(text.text)}
