"""A State's government as a participant: named with its country in every language, kept apart from
another State's, and the one a sentence names acts in it."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.extract.names.entities import org_key
from casewatch.extract.pipeline import extract
from casewatch.model import Event, Mention, PartialDate, Text

LETTER_DATE = PartialDate(2021, 9, 1)


def named(text: str, names: dict[str, tuple[str, str]]) -> list[Mention]:
    return [
        Mention(label, name, text.index(name), text.index(name) + len(name), k)
        for name, (label, k) in names.items()
    ]


def events(text: str, names: dict[str, tuple[str, str]]) -> list[Event]:
    return find_events(text, LETTER_DATE, named(text, names))


def test_the_government_a_sentence_names_is_its_actor() -> None:
    text = (
        "The Government of Chile was mentioned twice, the Government of Chile again. "
        "The Government of Peru adopted a new decree in 2002."
    )
    found = events(
        text, {"Government of Chile": ("organization", "o1"), "Government of Peru": ("organization", "o2")}
    )
    [law] = [e for e in found if e.type.value == "law_change"]
    assert law.actors == ("o2",)


def test_governments_of_two_countries_stay_two_organisations() -> None:
    assert org_key("Government of Chile") != org_key("Government of the Republic of Peru")
    assert org_key("Federation of Trade Unions of Chile") == org_key("Federation of Trade Unions")


def organisations(text: str) -> list[str]:
    return [m.text for m in extract(Text(text, "text/plain")).mentions if m.label == "organization"]


def test_a_government_is_named_with_its_country_in_every_language() -> None:
    text = (
        "Le gouvernement de la Colombie a répondu. El Gobierno de Honduras respondió. "
        "The government of Nigeria replied."
    )
    assert organisations(text) == [
        "gouvernement de la Colombie",
        "Gobierno de Honduras",
        "government of Nigeria",
    ]


def test_a_government_ordering_an_act_on_others_acts_in_it() -> None:
    text = (
        "The Government of Peru replied. Instead of talks, the government ordered the arrest of nine nurses."
    )
    [arrest] = events(text, {"Government of Peru": ("organization", "o2")})
    assert arrest.actors == ("o2",)


def test_a_government_stating_what_befell_others_does_not_act() -> None:
    text = "The Government of Peru replied. The government states that nine nurses were arrested."
    [arrest] = events(text, {"Government of Peru": ("organization", "o2")})
    assert arrest.actors == ()


@pytest.mark.parametrize(
    "text",
    [
        "The Government states that no trade unionist has been arrested for union activities since 2020.",
        "Le Gouvernement affirme qu'aucun syndicaliste n'a été arrêté le 3 mai 2022.",
        "El Gobierno señala que ningún dirigente sindical fue detenido el 3 de mayo de 2022.",
    ],
)
def test_a_denial_that_anyone_underwent_an_act_tells_none(text: str) -> None:
    assert [e for e in find_events(text, PartialDate(2022, 9, 1)) if e.type.value == "arrest"] == []


def test_an_act_told_after_a_denial_of_another_is_kept() -> None:
    text = "No arrests were made on 3 May 2022, but police detained the union's treasurer on 4 May 2022."
    assert [e.date.iso for e in find_events(text, PartialDate(2022, 9, 1)) if e.date] == ["2022-05-04"]
