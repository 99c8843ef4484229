"""Who undergoes an act told in French or Spanish: a second participle joined to a passive one
("fue detenida ... y golpeada", "a été arrêté ... et roué de coups"), and a noun act the subject
receives or is the object of ("recibió amenazas", "a fait l'objet de menaces"). Invented sentences."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import Event
from tests.extract.events.conftest import mentions_of

NAMES = {
    "Ruben Solano": "person",
    "Marta Quiroga": "person",
    "Paul Verdier": "person",
    "Lise Armand": "person",
}


def of_type(text: str, etype: str) -> Event:
    (event,) = [e for e in find_events(text, None, mentions_of(text, NAMES)) if e.type.value == etype]
    return event


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("El querellante alega que Marta Quiroga fue detenida el 3 de marzo de 2019 y golpeada por agentes "
         "de la policía en la comisaría central.", "Marta Quiroga"),
        ("Le plaignant allègue que Paul Verdier a été arrêté le 3 mars 2019 par la police et roué de coups "
         "au commissariat central.", "Paul Verdier"),
        ("El querellante alega que Ruben Solano habría sido condenado a tres años de prisión y maltratado "
         "durante su detención.", "Ruben Solano"),
        ("Selon le plaignant, Lise Armand aurait été interpellée le 3 mars 2019 devant son domicile, puis "
         "brutalement frappée par des agents.", "Lise Armand"),
    ],
)  # fmt: skip
def test_a_participle_joined_to_a_passive_one_is_undergone_by_its_subject(text: str, person: str) -> None:
    assault = of_type(text, "assault")
    assert person in assault.targets
    assert person not in assault.actors


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("El querellante alega que Marta Quiroga recibió amenazas de muerte el 5 de mayo de 2018.",
         "Marta Quiroga"),
        ("Le plaignant allègue que Paul Verdier a reçu des menaces de mort le 5 mai 2018.", "Paul Verdier"),
        ("El querellante alega que Ruben Solano fue objeto de amenazas de muerte el 5 de mayo de 2018.",
         "Ruben Solano"),
        ("Le plaignant allègue que Lise Armand a fait l'objet de menaces le 5 mai 2018.", "Lise Armand"),
    ],
)  # fmt: skip
def test_who_receives_threats_or_is_their_object_undergoes_them(text: str, person: str) -> None:
    threats = of_type(text, "harassment")
    assert person in threats.targets
    assert person not in threats.actors


def test_an_active_second_verb_keeps_its_own_subject() -> None:
    text = "Ruben Solano fue detenido el 3 de marzo de 2019 y la policía golpeó a Marta Quiroga."
    assault = of_type(text, "assault")
    assert "Marta Quiroga" in assault.targets
    assert "Ruben Solano" not in assault.targets


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("El 3 de mayo de 2019 el juez puso en libertad a los huelguistas, a excepción de Ruben Solano.",
         "Ruben Solano"),
        ("Le 3 mai 2019, les grévistes ont été libérés, à l'exception de M. Paul Verdier.", "Paul Verdier"),
        ("On 3 May 2019 the court released the detained strikers, except Lise Armand.", "Lise Armand"),
        ("On 3 May 2019 the court released the strikers with the exception of Ms Marta Quiroga.",
         "Marta Quiroga"),
    ],
)  # fmt: skip
def test_who_is_named_after_an_exception_is_left_out_of_the_act(text: str, left_out: str) -> None:
    release = of_type(text, "release")
    assert left_out not in release.targets + release.actors
    assert release.date is not None and release.date.iso == "2019-05-03"


def test_a_name_listed_with_others_is_no_exception() -> None:
    release = of_type("El 3 de mayo de 2019 el juez liberó a Ruben Solano y a Marta Quiroga.", "release")
    assert set(release.targets) == {"Ruben Solano", "Marta Quiroga"}


@pytest.mark.parametrize(
    ("text", "etype", "person"),
    [
        ("Elle signale la mort de Paul Verdier, tué par balle le 3 mars 2019.", "killing", "Paul Verdier"),
        ("El sindicato denuncia el caso de Ruben Solano, herido por la policía el 3 de marzo de 2019.",
         "assault", "Ruben Solano"),
        ("Le syndicat évoque le cas de Lise Armand, enlevée le 3 mars 2019 devant son domicile.",
         "assault", "Lise Armand"),
    ],
)  # fmt: skip
def test_a_person_with_a_participle_in_apposition_undergoes_the_act(
    text: str, etype: str, person: str
) -> None:
    event = of_type(text, etype)
    assert person in event.targets
    assert person not in event.actors


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a heading in capitals, where the name finder may read the group as a name
        ("MARCHE DEVANT LA PRÉFECTURE POUR LA LIBÉRATION DES SYNDICALISTES ARRÊTÉS PENDANT LA GRÈVE.",
         "DES SYNDICALISTES"),
        ("Une marche pour Les Militants Unis arrêtés pendant la grève a eu lieu.", "Les Militants Unis"),
        ("Les délégués Paul Verdier et Lise Armand arrêtés pendant la manifestation ont été libérés.",
         "Lise Armand"),
        ("Los dirigentes Ruben Solano y Marta Quiroga detenidos durante la huelga fueron liberados.",
         "Marta Quiroga"),
    ],
)  # fmt: skip
def test_who_is_named_before_a_plural_participle_that_runs_on_undergoes_it(text: str, named: str) -> None:
    names = {**NAMES, named: "person"}
    (arrest,) = [e for e in find_events(text, None, mentions_of(text, names)) if e.type.value == "arrest"]
    assert named in arrest.targets and named not in arrest.actors


def test_a_singular_active_participle_keeps_its_subject_acting() -> None:
    text = "Le préfet Paul Verdier a arrêté pendant la nuit les grévistes."
    (arrest,) = [e for e in find_events(text, None, mentions_of(text, NAMES)) if e.type.value == "arrest"]
    assert "Paul Verdier" not in arrest.targets
