"""An enforced disappearance is a deprivation of liberty (`types.arrest` in vocab/events.json): "was
disappeared", "the enforced disappearance of X", "la desaparición forzada de X", "la disparition
forcée de X", and who "remains missing since" a day, undergoes it from that day. An abduction told
as a noun is an arrest too, as "abducted" is. Invented sentences only."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import Event
from tests.extract.events.conftest import mentions_of

NAMES = {
    "Ruben Solano": "person",
    "Paul Verdier": "person",
    "John Harrow": "person",
    "Union of Millers": "organization",
    "Sindicato de Panaderos": "organization",
}


def events(text: str) -> list[Event]:
    return find_events(text, None, mentions_of(text, NAMES))


def arrests(text: str) -> list[tuple[str | None, tuple[str, ...], tuple[str, ...]]]:
    found = [e for e in events(text) if e.type.value == "arrest"]
    return [(e.date.iso if e.date else None, e.actors, e.targets) for e in found]


@pytest.mark.parametrize(
    ("text", "date", "target"),
    [
        ("John Harrow was disappeared on 4 March 2019 after a meeting.", "2019-03-04", "John Harrow"),
        ("The Union of Millers denounces the enforced disappearance of John Harrow on 12 May 2018.",
         "2018-05-12", "John Harrow"),
        ("El Sindicato de Panaderos denuncia la desaparición forzada de Ruben Solano el 4 de marzo de 2019.",
         "2019-03-04", "Ruben Solano"),
        ("Le plaignant dénonce la disparition forcée de Paul Verdier le 2 mai 2017.", "2017-05-02",
         "Paul Verdier"),
        ("Ruben Solano fue desaparecido por agentes el 4 de marzo de 2019.", "2019-03-04", "Ruben Solano"),
        ("Paul Verdier a été victime d'une disparition forcée en mai 2017.", "2017-05", "Paul Verdier"),
        ("Ruben Solano fue víctima de desaparición forzada en 2019.", "2019", "Ruben Solano"),
    ],
)  # fmt: skip
def test_an_enforced_disappearance_is_an_arrest_of_who_disappears(text: str, date: str, target: str) -> None:
    found = arrests(text)
    assert [(d, t) for d, _, t in found] == [(date, (target,))]
    assert all(target not in actors for _, actors, _ in found)


@pytest.mark.parametrize(
    ("text", "date", "target"),
    [
        ("The union leader John Harrow remains missing since 3 June 2020.", "2020-06-03", "John Harrow"),
        ("Ruben Solano sigue desaparecido desde el 4 de marzo de 2019.", "2019-03-04", "Ruben Solano"),
        ("Paul Verdier est toujours porté disparu depuis le 2 mai 2017.", "2017-05-02", "Paul Verdier"),
    ],
)
def test_who_remains_missing_since_a_day_was_taken_that_day(text: str, date: str, target: str) -> None:
    assert arrests(text) == [(date, (), (target,))]


@pytest.mark.parametrize(
    "text",
    [
        "The complainant alleges the abduction of John Harrow on 3 June 2020.",
        "The Union of Millers denounces the abductions of its members in June 2020.",
        "John Harrow was abducted on 3 June 2020 by armed men.",
    ],
)
def test_an_abduction_is_an_arrest_as_a_noun_as_as_a_verb(text: str) -> None:
    kinds = {e.type.value for e in events(text)}
    assert "arrest" in kinds and "assault" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "The documents disappeared from the union office in May 2019.",
        "The Working Group on Enforced or Involuntary Disappearances met in May 2019.",
        "Los archivos del Sindicato de Panaderos desaparecieron en marzo de 2019.",
        "El Sindicato de Panaderos denuncia prácticas como el robo y la desaparición forzada de gente.",
        "The Union of Millers decries practices such as torture and the enforced disappearance of people.",
    ],
)
def test_what_merely_disappears_is_no_arrest(text: str) -> None:
    assert arrests(text) == []
