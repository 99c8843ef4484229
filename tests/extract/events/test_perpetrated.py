"""The victim named inside a perpetrator's name undergoes the act that noun names, not what befalls
the perpetrator (events/perpetrated.py). Invented sentences only."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.extract.events.perpetrated import victim_of_perpetrator
from casewatch.model import Event
from tests.extract.events.conftest import mentions_of

NAMES = {
    "Ruben Solano": "person",
    "Paul Verdier": "person",
    "John Harrow": "person",
    "Ada Blenk": "person",
}


def events(text: str) -> list[Event]:
    return find_events(text, None, mentions_of(text, NAMES))


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("The alleged perpetrator of the murder of John Harrow was arrested in May 2019.", "John Harrow"),
        ("El presunto autor del asesinato de Ruben Solano fue detenido en marzo de 2019.", "Ruben Solano"),
        ("L'auteur présumé du meurtre de Paul Verdier a été arrêté en mai 2017.", "Paul Verdier"),
        ("Those responsible for the attack on Ada Blenk were arrested in May 2019.", "Ada Blenk"),
        ("Les assassins de Paul Verdier ont été arrêtés en mai 2017.", "Paul Verdier"),
    ],
)
def test_the_victim_in_a_perpetrators_name_is_not_arrested(text: str, victim: str) -> None:
    found = events(text)
    assert [e.targets for e in found if e.type.value == "arrest"] == [()]
    assert all(victim not in e.actors for e in found)


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("The alleged perpetrator of the murder of John Harrow was arrested in May 2019.", "John Harrow"),
        ("El presunto autor del asesinato de Ruben Solano fue detenido en marzo de 2019.", "Ruben Solano"),
        ("L'auteur présumé du meurtre de Paul Verdier a été arrêté en mai 2017.", "Paul Verdier"),
    ],
)
def test_the_victim_still_undergoes_the_act_the_noun_names(text: str, victim: str) -> None:
    assert [e.targets for e in events(text) if e.type.value == "killing"] == [(victim,)]


@pytest.mark.parametrize(
    "text",
    [
        "John Harrow was arrested in May 2019.",
        "The union leader John Harrow was arrested in May 2019 after the strike.",
        "Ruben Solano, autor de un libro sobre el sindicato, fue detenido en marzo de 2019.",
    ],
)
def test_who_is_named_outside_a_perpetrators_name_is_arrested(text: str) -> None:
    name = next(n for n in NAMES if n in text)
    assert not victim_of_perpetrator(text, text.index(name))
    assert [e.targets for e in events(text) if e.type.value == "arrest"] == [(name,)]
