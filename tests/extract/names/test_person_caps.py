"""Persons whose surname (or whole name) is written in capitals (invented texts)."""

from __future__ import annotations

import pytest

from casewatch.extract.names import person_caps
from casewatch.extract.names.cued_lines import in_cued_lines
from casewatch.extract.names.mentions import extract_mentions
from casewatch.model import EntityType


def person_names(text: str) -> list[str]:
    return [e.name for e in extract_mentions(text)[1] if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le secrétaire général, Jean MARCOTTE, a été interpellé hier.", ["Jean MARCOTTE"]),
        (
            "El compañero RODRIGO ALBERTO DE LA VEGA IBARRA fue detenido.",
            ["RODRIGO ALBERTO DE LA VEGA IBARRA"],
        ),
        ("La carta está firmada por PEDRO QUINTEROS.\nSecretario General", ["PEDRO QUINTEROS"]),
        ("Nous exigeons la libération de VAUBERT Etienne, délégué syndical.", ["VAUBERT Etienne"]),
        ("La fiscal Marcela ROBLES Y ROBLES presentó cargos.", ["Marcela ROBLES Y ROBLES"]),
    ],
)
def test_a_surname_in_capitals_is_read_as_a_person(text: str, expected: list[str]) -> None:
    assert person_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "GRACE PERIOD FOR UNIONS ENDS\nThe grace period for registration ended in March.",
        "Maria ITUC and Pedro CGT (CGT) were listed.",  # acronyms of bodies are no surnames
        "Contact: Bd du Roi Albert II, 5, Bte 1",  # a regnal number is no surname in capitals
        "URGENT ACTION NEEDED",
    ],
)
def test_capitals_that_name_no_one(text: str) -> None:
    assert not any(n.isupper() or n.split()[-1].isupper() for n in person_names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yours sincerely,\n\nMarlow TEMBE\nGeneral Secretary", ["Marlow TEMBE"]),
        ("Atentamente,\nTeodoro QUISPE MAMANI\n", ["Teodoro QUISPE MAMANI"]),
        # a line of capitals above a title that names a body is no person
        ("CONFEDERATION GENERALE DU TRAVAIL\nGeneral Secretary", []),
    ],
)
def test_a_signature_line_in_capitals_names_a_person(text: str, expected: list[str]) -> None:
    assert person_names(text) == expected


_LINES = [
    "The ILO and the UN heard Jean DUPONT on the strike; the UN report followed.",
    "Members of the Arden Workers Union (AWU) met the AWU Board in VALDOR.\nMr Tovan spoke.",
    "the ILO and UN statement, then MAY DAY PARADE and III Congress.\nSigned: Ilse VARGA-BRUN",
    "No capitals here at all, only words.",
    "The ILO and the UN met the Arden Workers Union (AWU); the AWU Board agreed.",
]


@pytest.mark.parametrize("text", _LINES)
def test_the_lines_not_read_hold_no_run_that_names_a_person(text: str) -> None:
    read = {m.span() for m in person_caps._runs(text)}
    defined = person_caps._defined(text)
    for m in in_cued_lines(person_caps._RUN, text, person_caps._CAPS_CUE):
        if m.span() in read:
            continue
        words = [(w.start(), w.group(0)) for w in person_caps._WORD.finditer(m.group(1))]
        assert not any(person_caps._is_name(words[i:], set(), defined) for i in range(len(words)))


def test_a_name_in_capitals_beside_acronyms_of_bodies_is_read() -> None:
    assert person_names(_LINES[0]) == ["Jean DUPONT"]


def test_a_line_whose_capitals_are_acronyms_of_bodies_only_is_not_read() -> None:
    assert list(person_caps._runs(_LINES[-1])) == []
    assert len(list(in_cued_lines(person_caps._RUN, _LINES[-1], person_caps._CAPS_CUE))) > 0


@pytest.mark.parametrize(
    "text",
    [
        "HONG KONG • The Harbour Porters' Union said on Sunday it would disband.",
        "SAN SALVADOR • The bakers' federation called a strike.",
    ],
)
def test_a_dateline_place_in_capitals_is_no_person(text: str) -> None:
    assert person_names(text) == []
