"""Acronyms set around an organisation's name, on short invented documents."""

from __future__ import annotations

from casewatch.extract.names.mentions import extract_mentions
from casewatch.model import EntityType


def org_acronyms(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in extract_mentions(text)[1] if e.type is EntityType.ORGANIZATION}


def test_an_acronym_after_the_body_s_premises_is_the_body_s() -> None:
    text = "On Wednesday police stormed the Arden Union of Dockers' office (AUD) in Valport."
    assert "AUD" in org_acronyms(text)["Arden Union of Dockers"]


def test_an_acronym_of_other_letters_after_premises_is_not_taken() -> None:
    text = "On Wednesday police stormed the Arden Union of Dockers' office (VPD) in Valport."
    assert "VPD" not in org_acronyms(text).get("Arden Union of Dockers", ())
