"""A police, military or intelligence body named by its name acts in an act on persons, or is the
place someone is held; it never undergoes the act. A union of police officers is no such body."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import PartialDate

from .conftest import mentions_of

PAGE_DATE = PartialDate(2023, 8, 1)


def roles(text: str, names: dict[str, str]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(e.actors, e.targets) for e in find_events(text, PAGE_DATE, mentions_of(text, names))]


@pytest.mark.parametrize(
    ("text", "force", "target"),
    [
        (
            "Ana Veld was detained on 4 May 2023 and held at the headquarters of the Federal "
            "Investigation Police.",
            "Federal Investigation Police",
            "Ana Veld",
        ),
        (
            "Ocho trabajadores fueron detenidos el 2 de mayo de 2023 y recluidos en la sede de la Policía "
            "Regional del Norte.",
            "Policía Regional del Norte",
            "trabajadores",
        ),
        (
            "Le 3 juin 2023, Luc Marn a été arrêté puis conduit dans les locaux de la Gendarmerie "
            "de Varenne.",
            "Gendarmerie de Varenne",
            "Luc Marn",
        ),
    ],
)
def test_a_body_where_someone_is_held_is_the_place(text: str, force: str, target: str) -> None:
    names = {force: "organization", target: "person"}
    [(actors, targets)] = roles(text, names)
    assert target in targets
    assert force not in actors and force not in targets


@pytest.mark.parametrize(
    ("text", "force", "target"),
    [
        (
            "Carl Imre was arrested on 5 May 2023 in an operation of the National Intelligence Directorate.",
            "National Intelligence Directorate",
            "Carl Imre",
        ),
        (
            "Rosa Ilen fue detenida el 9 de abril de 2023 en un operativo de la Dirección de "
            "Inteligencia Naval.",
            "Dirección de Inteligencia Naval",
            "Rosa Ilen",
        ),
        (
            "Dock workers' leader Piet Oran was beaten on 2 March 2023 during a raid of the Port "
            "Security Service.",
            "Port Security Service",
            "Piet Oran",
        ),
    ],
)
def test_a_named_force_acts_in_an_act_on_persons(text: str, force: str, target: str) -> None:
    [(actors, targets)] = roles(text, {force: "organization", target: "person"})
    assert force in actors
    assert targets == (target,)


def test_a_union_of_police_officers_is_no_force() -> None:
    text = "Leaders of the Police Officers' Union were arrested on 2 May 2023."
    [(actors, _)] = roles(text, {"Police Officers' Union": "organization"})
    assert "Police Officers' Union" not in actors


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Eight delegates were held at the barracks of the Northern Army Command. On 4 July 2023 they "
            "were sentenced to eight years.",
            "Northern Army Command",
        ),
        (
            "Ana Veld was questioned by the Federal Investigation Police. On 4 July 2023 she was sentenced "
            "to eight years.",
            "Federal Investigation Police",
        ),
        (
            "Ocho dirigentes fueron interrogados por la Policía Regional del Norte. El 4 de julio de 2023 "
            "fueron condenados a ocho años.",
            "Policía Regional del Norte",
        ),
    ],
)
def test_a_force_named_the_sentence_before_is_not_whom_an_act_befalls(text: str, force: str) -> None:
    names = {force: "organization", "Ana Veld": "person"}
    [(_, targets)] = roles(text, {n: k for n, k in names.items() if n in text})
    assert force not in targets


@pytest.mark.parametrize(
    "second",
    [
        "Having been bundled into a car and beaten by a group of men in plain clothes, he was taken away.",
        "He was later beaten by masked men.",
        "On 12 July 2023 he was beaten by gunmen.",
    ],
)
def test_an_act_naming_only_its_assailants_befalls_the_one_named_before(second: str) -> None:
    text = f"Ivo Darn, leader of the dockers' union, was abducted on 10 July 2023. {second}"
    found = find_events(text, PAGE_DATE, mentions_of(text, {"Ivo Darn": "person"}))
    [assault] = [e for e in found if e.type.value == "assault"]
    assert assault.targets == ("Ivo Darn",)
    assert assault.actors
