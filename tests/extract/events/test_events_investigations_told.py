"""An investigation told as a noun whose conduct the sentence states or implies (`types.investigation`
in vocab/events.json): "the investigation into the murder of X is continuing", "l'enquête sur le
meurtre de X se poursuit", "la investigación de los casos de X sigue en curso", "the investigation
carried out by the prosecutor". The act it bears on stays an event of its own; an investigation
asked for or called for is none. Invented sentences only."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import Event
from tests.extract.events.conftest import mentions_of

NAMES = {
    "Ruben Solano": "person",
    "Marta Quiroga": "person",
    "Paul Verdier": "person",
    "John Harrow": "person",
    "Union of Millers": "organization",
    "Office of the Public Prosecutor": "organization",
    "Parquet de Valmont": "organization",
    "Fiscalía de Villa Ruiz": "organization",
}


def events(text: str) -> list[Event]:
    return find_events(text, None, mentions_of(text, NAMES))


def investigations(text: str) -> list[Event]:
    return [e for e in events(text) if e.type.value == "investigation"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Government states that the investigation into the killing of John Harrow is continuing.",
         "John Harrow"),
        ("The criminal investigation into the murder of John Harrow has not progressed.", "John Harrow"),
        ("L'enquête sur le meurtre de Paul Verdier se poursuit, selon le gouvernement.", "Paul Verdier"),
        ("Les enquêtes relatives à l'agression de Paul Verdier n'ont pas abouti.", "Paul Verdier"),
        ("La investigación de los casos de Ruben Solano sigue en curso desde 2019.", "Ruben Solano"),
        ("Las investigaciones sobre el asesinato de Marta Quiroga no han arrojado nada.", "Marta Quiroga"),
    ],
)  # fmt: skip
def test_an_investigation_told_as_going_on_is_one(text: str, target: str) -> None:
    assert [e.targets for e in investigations(text)] == [(target,)]


@pytest.mark.parametrize(
    "text",
    [
        "The Government states that the investigation into the killing of John Harrow is continuing.",
        "The criminal investigation into the murder of John Harrow has not progressed.",
        "According to the Government, the investigation into the assassination of John Harrow remains open.",
    ],
)
def test_the_killing_investigated_stays_an_event(text: str) -> None:
    assert {e.type.value for e in events(text)} == {"investigation", "killing"}


@pytest.mark.parametrize(
    "text",
    [
        "The investigation carried out by the Office of the Public Prosecutor identified two suspects.",
        "L'enquête menée par le Parquet de Valmont a permis d'identifier deux suspects.",
        "La investigación realizada por la Fiscalía de Villa Ruiz permitió identificar a dos sospechosos.",
    ],
)
def test_who_conducts_an_investigation_named_after_by_acts_in_it(text: str) -> None:
    assert [len(e.actors) for e in investigations(text)] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "The Committee requests the Government to carry out an investigation into the murder of John Harrow.",
        "The Committee urges the Government to ensure that the investigation into the murder of John Harrow"
        " is concluded without delay.",
        "The Union of Millers calls for an independent investigation into the killing of John Harrow.",
        "Le Comité prie le gouvernement de diligenter une enquête sur l'assassinat de Paul Verdier.",
        "El Comité pide al Gobierno que le mantenga informado de la investigación sobre el asesinato de"
        " Ruben Solano.",
    ],
)
def test_an_investigation_asked_for_is_none(text: str) -> None:
    assert investigations(text) == []
