"""Tests for the names' gates answered in one pass: each answers as the gate's own test does."""

from __future__ import annotations

import pytest

from casewatch.extract.names import gates

TEXTS = [
    "Workers of the Varn region met the police in the city of Tovan.",
    "No place word here at all; the Prosecutor's Office was closed.",
    "The Tovan District court and the town of Marek",
    "Nothing to see.",
    "CITY OF VARN and the POLICE",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("gate", [gates.AREA_WORD, gates.CITY_OF_WORDS, gates.office_words()])
def test_one_pass_answers_as_each_gate(text: str, gate: gates.Gated) -> None:
    assert gates.vain(gate, text) == gate.vain(text)


def test_the_pass_tells_the_gates_apart() -> None:
    text = "the police of the Varn region"
    assert not gates.vain(gates.AREA_WORD, text)
    assert gates.vain(gates.CITY_OF_WORDS, text)
    assert not gates.vain(gates.office_words(), text)
