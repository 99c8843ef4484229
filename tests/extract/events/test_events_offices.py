"""Officials named only by their office ("the Minister of Transport", "le procureur", "el gobernador
de la provincia") act in what they order or do, as an authority does; a union's own officers named
with a name are persons, not offices."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import Event
from tests.extract.events.conftest import mentions_of

NAMES = {"Tomas Verell": "person", "Ilse Marrow": "person"}


def events(text: str) -> list[Event]:
    return find_events(text, None, mentions_of(text, NAMES))


@pytest.mark.parametrize(
    ("text", "kind", "office"),
    [
        ("The complainant alleges that on 10 January 2018 the Minister of Transport ordered the dismissal "
         "of Tomas Verell.", "harassment", "Minister of Transport"),
        ("According to the complainant, the First Deputy Prosecutor charged Ilse Marrow with incitement "
         "on 5 January 2018.",
         "legal_action", "First Deputy Prosecutor"),
        ("Selon l'organisation plaignante, le préfet de la Région du Nord a fait arrêter M. Tomas Verell le "
         "5 janvier 2018.", "arrest", "préfet de la Région du Nord"),
        ("La organización querellante alega que el gobernador de la Provincia de Kesh ordenó el despido de "
         "Ilse Marrow el 5 de enero de 2018.", "harassment", "gobernador de la Provincia de Kesh"),
    ],
)  # fmt: skip
def test_an_official_named_by_office_acts(text: str, kind: str, office: str) -> None:
    found = [e for e in events(text) if e.type.value == kind]
    assert found
    assert office in found[0].actors
    assert office not in found[0].targets


def test_an_office_is_one_participant_not_two() -> None:
    text = (
        "The complainant alleges that the Minister of Labour and Social Security dismissed Ilse Marrow "
        "for her union activities in 2019."
    )
    (event,) = [e for e in events(text) if e.type.value == "harassment"]
    assert event.actors == ("Minister of Labour and Social Security",)
    assert event.targets == ("Ilse Marrow",)


def test_an_office_named_with_its_holder_is_not_taken_twice() -> None:
    text = "The complainant alleges that Tomas Verell, the Director of the port, was arrested on 3 May 2018."
    (event,) = [e for e in events(text) if e.type.value == "arrest"]
    assert "Tomas Verell" in event.targets


@pytest.mark.parametrize(
    "text",
    [
        "The Committee notes the observations of the Norland Labour Confederation received on 1 September "
        "2019, alleging the arrest of Tomas Verell in May 2019.",
        "The Committee notes the communication of the Norland Labour Confederation, denouncing the arrest "
        "of Tomas Verell in May 2019.",
        "La commission prend note des observations de la Norland Labour Confederation, dénonçant "
        "l'arrestation de M. Tomas Verell en mai 2019.",
    ],
)
def test_who_sends_observations_alleging_an_act_reports_it(text: str) -> None:
    names = {**NAMES, "Norland Labour Confederation": "organization"}
    (arrest,) = [e for e in find_events(text, None, mentions_of(text, names)) if e.type.value == "arrest"]
    assert "Norland Labour Confederation" in arrest.reporter
    assert "Norland Labour Confederation" not in (*arrest.actors, *arrest.targets)
    assert "Tomas Verell" in arrest.targets


@pytest.mark.parametrize(
    "text",
    [
        "Worker members - We are deeply concerned by the dismissal of Tomas Verell.",
        "Le groupe des travailleurs est préoccupé par le licenciement de M. Tomas Verell.",
        "Los miembros trabajadores están preocupados por el despido de Tomas Verell.",
    ],
)
def test_a_concern_voiced_at_an_act_alleges_it(text: str) -> None:
    assert [e.type.value for e in events(text)] == ["harassment"]
