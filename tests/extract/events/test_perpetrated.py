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
        "The authors of the communication on behalf of John Harrow say he was arrested in May 2019.",
    ],
)
def test_who_is_named_outside_a_perpetrators_name_is_arrested(text: str) -> None:
    name = next(n for n in NAMES if n in text)
    assert not victim_of_perpetrator(text, 0, text.index(name))
    assert [e.targets for e in events(text) if e.type.value == "arrest"] == [(name,)]


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("The police have arrested another suspect in the murder of union leader John Harrow.",
         "John Harrow"),
        ("Police arrested one of the suspects allegedly involved in the murder of John Harrow in May 2019.",
         "John Harrow"),
        ("La policía detuvo al presunto autor del asesinato de Ruben Solano en marzo de 2019.",
         "Ruben Solano"),
        ("La police a arrêté l'auteur présumé du meurtre de Paul Verdier en mai 2017.", "Paul Verdier"),
    ],
)  # fmt: skip
def test_a_perpetrator_named_after_an_active_arrest_leaves_the_victim_out(text: str, victim: str) -> None:
    found = events(text)
    assert all(victim not in e.targets for e in found if e.type.value == "arrest")
    assert [e.targets for e in found if e.type.value == "killing"] == [(victim,)]


def test_who_is_arrested_as_a_suspect_in_a_murder_stays_the_target() -> None:
    text = "The police arrested John Harrow, a suspect in the murder of Ada Blenk, in May 2019."
    assert [e.targets for e in events(text) if e.type.value == "arrest"] == [("John Harrow",)]


@pytest.mark.parametrize(
    "text",
    [
        "The alleged perpetrator of the murder of John Harrow was arrested in May 2019.",
        "Those responsible for the attack on Ada Blenk were arrested in May 2019.",
        "L'auteur présumé du meurtre de Paul Verdier a été arrêté en mai 2017.",
    ],
)
def test_the_act_in_a_perpetrators_name_takes_no_date_of_what_befell_the_perpetrator(text: str) -> None:
    found = events(text)
    assert [e.date for e in found if e.type.value in {"killing", "assault"}] == [None]
    assert [e.date is not None for e in found if e.type.value == "arrest"] == [True]


def test_the_act_in_a_perpetrators_name_keeps_its_own_date() -> None:
    text = "The suspects in the murder of John Harrow on 3 May 2019 were arrested in June 2019."
    dated = {e.type.value: e.date.iso if e.date else None for e in events(text)}
    assert dated == {"killing": "2019-05-03", "arrest": "2019-06"}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("El otro herido es uno de los presuntos responsables del ataque, quien fue detenido hoy en el "
         "hospital, según la fuente, que indicó que fue herido por el escolta de Ruben Solano.",
         "Ruben Solano"),
        ("Another wounded man is one of the alleged attackers, who was arrested on Monday at a clinic "
         "after a shoot-out with the bodyguard of John Harrow.", "John Harrow"),
        ("L'un des agresseurs présumés, qui a été interpellé lundi à l'hôpital, avait blessé le garde du "
         "corps de Paul Verdier.", "Paul Verdier"),
        ("One of the suspects was arrested on Monday, the brother of Ada Blenk told the press.", "Ada Blenk"),
    ],
)  # fmt: skip
def test_a_perpetrator_told_as_undergoing_the_arrest_leaves_later_names_out(text: str, named: str) -> None:
    arrests = [e for e in events(text) if e.type.value == "arrest"]
    assert len(arrests) == 1
    assert named not in arrests[0].targets and named not in arrests[0].actors


@pytest.mark.parametrize(
    "text",
    [
        "One of the alleged attackers, who was arrested on Monday, was questioned.",
        "Uno de los presuntos agresores, quien fue detenido el lunes, declaró ante el juez.",
        "L'un des agresseurs présumés, qui a été interpellé lundi, a été entendu.",
    ],
)
def test_the_perpetrator_undergoing_the_arrest_is_no_actor_of_it(text: str) -> None:
    arrests = [e for e in events(text) if e.type.value == "arrest"]
    assert [e.actors for e in arrests] == [()]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("The attackers detained John Harrow on Monday.", "attackers", "John Harrow"),
        ("One of the attackers, who was arrested by the police on Monday, had shot John Harrow.",
         "police", None),
        ("Los agresores golpearon a Ruben Solano el lunes.", "agresores", "Ruben Solano"),
    ],
)  # fmt: skip
def test_perpetrators_acting_and_the_arrests_own_agent_keep_their_roles(
    text: str, actor: str, target: str | None
) -> None:
    first = events(text)[0]
    assert actor in first.actors
    assert target is None or target in first.targets


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("The killers of Ada Blenk were arrested.", "Ada Blenk"),
        ("Los asesinos de Ruben Solano fueron detenidos.", "Ruben Solano"),
        ("Les meurtriers de Paul Verdier ont été arrêtés.", "Paul Verdier"),
    ],
)
def test_a_perpetrators_noun_counts_only_inside_the_stretch_read(text: str, victim: str) -> None:
    # the noun (its literal gate) is read from `after` on, as the pattern is: one before it is none
    start = text.index(victim)
    assert victim_of_perpetrator(text, 0, start)
    assert not victim_of_perpetrator(text, 5, start)
