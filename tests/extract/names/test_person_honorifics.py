"""The honorific rules' two forms: a text without a lower-case honorific is scanned for capitals only."""

from __future__ import annotations

import pytest

from casewatch.extract.names import person_honorifics

_TEXTS = [
    "Tova Quill, president of the union, said; Mr Lev Rosk – its treasurer – and Sra. Eda Pell, lawyer",
    "His Excellency Marek Tovan, Minister, and Ms Ilse Varn — chair; shops sell his hats, she said",
    "M. Jean Roe, délégué; U Tin Maw, leader; Mme Ana Roe, juge; H.E. Tom Wu, envoy; Dr Eda Kell, chair",
    "the honorable Ilse Varga-Brun, judge, and señor Tomas Reld, mayor",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("rule", ["honorific", "apposition"])
def test_the_patterns_chosen_for_a_text_find_what_every_honorific_finds(text: str, rule: str) -> None:
    chosen = person_honorifics.honorific_patterns(text)[rule]
    every = person_honorifics.every_honorific()[rule]
    assert [m.span() for m in chosen.finditer(text)] == [m.span() for m in every.finditer(text)]


def test_a_text_with_a_lower_case_honorific_is_read_with_every_honorific() -> None:
    text = "the honorable Ilse Varga-Brun, judge"
    assert person_honorifics.honorific_patterns(text) is person_honorifics.every_honorific()
    assert (
        person_honorifics.honorific_patterns("Ms Ilse Varn, chair") is not person_honorifics.every_honorific()
    )
    assert [m.group(1) for m in person_honorifics.every_honorific()["honorific"].finditer(text)] == [
        "Ilse Varga-Brun"
    ]
