"""The UN's monitoring bodies take no part in the acts they tell of, ask about or judge; in their own
visits they do."""

from __future__ import annotations

import pytest

from casewatch.extract.events.monitors import monitoring, without_monitors
from casewatch.model import EventType, Mention, PartialDate

from .conftest import found_in

PAGE_DATE = PartialDate(2022, 10, 12)


def _organisation(name: str) -> Mention:
    return Mention("organization", name, 0, len(name), entity=name)


@pytest.mark.parametrize(
    "name",
    [
        "Office of the United Nations High Commissioner for Human Rights",
        "Groupe de travail sur les libertés des gens de mer",
        "Relatora Especial sobre los derechos de los estibadores",
        "UN Human Rights Council",
    ],
)
def test_a_un_monitoring_body_is_known_by_its_name(name: str) -> None:
    assert monitoring(_organisation(name))


@pytest.mark.parametrize(
    "name", ["Union des enseignants de Valmont", "United Dock Workers' Union", "Sindicato Único de Tarsa"]
)
def test_a_union_is_no_monitoring_body(name: str) -> None:
    assert not monitoring(_organisation(name))


def test_a_monitoring_body_stays_in_its_own_visit_only() -> None:
    body = _organisation("Special Rapporteur on seafarers' rights")
    assert without_monitors(EventType.MISSION, [body]) == [body]
    assert without_monitors(EventType.ARREST, [body]) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "United Nations experts urge Portvale to release Ana Ruiz, detained since 2 April 2022.",
            "United Nations",
        ),
        (
            "Le Haut-Commissariat aux droits de l'homme demande la libération d'Ana Ruiz, arrêtée"
            " le 2 avril 2022.",
            "Haut-Commissariat aux droits de l'homme",
        ),
        (
            "El Relator Especial pide la liberación de Ana Ruiz, detenida el 2 de abril de 2022 en Tarsa.",
            "Relator Especial",
        ),
    ],
)
def test_a_un_monitoring_body_takes_no_part_in_the_act_it_tells_of(text: str, body: str) -> None:
    names = {body: "organization", "Ana Ruiz": "person"}
    arrests = [e for e in found_in(text, PAGE_DATE, names) if e.type.value == "arrest"]
    assert arrests
    assert all(body not in (*e.actors, *e.targets) for e in arrests)
    assert any("Ana Ruiz" in e.targets for e in arrests)


def test_a_un_body_visiting_takes_part_in_its_visit() -> None:
    body = "Special Rapporteur"
    text = f"The {body} undertook an official visit to Portvale from 3 to 7 May 2022."
    visits = [e for e in found_in(text, PAGE_DATE, {body: "organization"}) if e.type.value == "mission"]
    assert visits
    assert body in (*visits[0].actors, *visits[0].targets)
