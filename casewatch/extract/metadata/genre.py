"""Document genre from the marks each kind of document carries (ILO headers, UN codes, letter anatomy)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from casewatch.extract.pipeline import step
from casewatch.model import Extraction, Genre, Part, Text

# Marks in the first part of a document; the first genre whose mark appears wins.
# A government's reply cites the UN letter's reference, so its own mark is tried first.
_MARKS: list[tuple[Genre, re.Pattern[str]]] = [
    (Genre.ILO_CAS, re.compile(r"(?:Individual Case|Cas individuel|Caso individual) \(CAS\)", re.I)),
    (
        Genre.ILO_CEACR,
        re.compile(
            r"(?:Observation|Direct Request|Demande directe|Observación|Solicitud directa) \(CEACR\)", re.I
        ),
    ),
    (
        Genre.ILO_CFA,
        re.compile(
            r"\bCase No\.? ?\d{3,4}\b.{0,200}Complaint date|\bCas no \d{3,4}\b|\bCaso núm\. \d{3,4}\b"
            r"|Report No\. \d+.{0,300}Committee on Freedom of Association"
            r"|(?:Interim|Definitive|Effect given).{0,40}report.{0,200}\bCase No\.? ?\d{3,4}",
            re.I | re.S,
        ),
    ),
    (
        Genre.GOVERNMENT_REPLY,
        re.compile(
            r"Permanent Mission of .{3,200}? presents its compliments"
            r"|Mission permanente .{3,200}? présente ses"
            r"|Misión Permanente .{3,200}? saluda|\bNote verbale\b|\bNo\. ?\d+/[\w-]+.{0,200}compliments",
            re.I | re.S,
        ),
    ),
    (
        Genre.UN_COMMUNICATION,
        re.compile(
            r"Mandates? of the (?:Special Rapporteur|Working Group|Independent Expert)"
            r"|Mandats? (?:du|de la) (?:Rapporteur|Groupe de travail)"
            r"|Mandatos? (?:del|de la) (?:Relator|Grupo)"
            r"|REFERENCE:\s*(?:J?(?:AL|UA|OL))\b|\b(?:J?(?:AL|UA|OL))\s+[A-Z]{3}\s+\d{1,3}/(?:19|20)\d\d\b",
        ),
    ),
    (
        Genre.NEWS,
        re.compile(
            r"\((?:Reuters|AP|AFP|Bloomberg)\)\s*[-–—]"
            r"|^By [A-Z][a-z]+ [A-Z][a-z]+\s*$|^(?:Published|Updated):",
            re.M,
        ),
    ),
]
_UNION = re.compile(
    r"\b(?:trade unions?|union rights|confederation|federation|syndica\w*|sindica\w*|gewerkschaft\w*"
    r"|labour|labor|workers'? union|global union|union(?:ist)?s? (?:leaders?|members?|rights)"
    r"|trade unionists?"
    # global union federations whose names carry none of these words
    r"|Public Services International|Education International|IndustriALL|Workers['’] International"
    r"|UNI Global|PSI|BWI|IUF|ITF|IFJ)\b",
    re.I,
)
_NGO = re.compile(
    r"\b(?:human rights|Watch|Amnesty|FIDH|OMCT|Observatory|Front Line|non-governmental|NGO)\b", re.I
)
_REPORT = re.compile(
    r"^(?:#+\s*)?(?:Executive )?Summary\b|^(?:#+\s*)?(?:Methodology|Recommendations)\b", re.I | re.M
)
_GOVERNMENT_VOICE = re.compile(
    r"\b(?:the Government of .{3,40}? (?:would like to|wishes to|has the honour)|in (?:response|reply) to "
    r"(?:the|your) (?:joint )?(?:communication|letter|allegation))",
    re.I,
)


def _letter(parts: tuple[Part, ...]) -> bool:
    kinds = {p.kind for p in parts}
    return "salutation" in kinds and bool(kinds & {"closing", "signature", "addressee", "date_line"})


def _sender_zone(text: str, parts: tuple[Part, ...]) -> str:
    """Where a letter says who sends it: the letterhead, the signature and the first lines of the body."""
    zone = [text[p.start : p.end] for p in parts if p.kind in {"letterhead", "signature", "sender"}]
    body = next((p for p in parts if p.kind == "body"), None)
    if body:
        zone.append(text[body.start : body.start + 600])
    return "\n".join(zone) or text[:1500]


def classify(text: str, parts: tuple[Part, ...] = ()) -> Genre:
    head = text[:6000]
    for genre, mark in _MARKS:
        if mark.search(head):
            return genre
    is_letter = _letter(parts) or bool(
        re.search(r"^\s*(?:Dear\b|Excellency|Your Excellency)", text[:20000], re.M)
    )
    if is_letter:
        if _GOVERNMENT_VOICE.search(text[:3000]):
            return Genre.GOVERNMENT_REPLY
        zone = _sender_zone(text, parts)
        if _UNION.search(zone):
            return Genre.UNION_LETTER
        if _NGO.search(zone):
            return Genre.NGO_REPORT
        return Genre.OTHER
    if _REPORT.search(text) and _NGO.search(head):
        return Genre.NGO_REPORT
    return Genre.OTHER


@step("genre", needs=["parts"], adds=["meta.genre"])
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    return {"meta.genre": classify(text.text, ext.parts)}
