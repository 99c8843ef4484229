"""A search or seizure told by verbs is harassment (`types.harassment` in vocab/events.json): "entered
the union office and confiscated documents", "ransacked the offices", "entraron en la sede y
confiscaron documentos", "registró la sede", "fueron decomisados", "ont perquisitionné le siège et
saisi des documents", "a fouillé les locaux". A committee "saisi" of a complaint, or a union that
"se registró", searches nothing. Invented sentences only."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import Event
from tests.extract.events.conftest import mentions_of

NAMES = {
    "Union of Millers": "organization",
    "Sindicato de Panaderos": "organization",
    "Syndicat des meuniers": "organization",
}


def events(text: str) -> list[Event]:
    return find_events(text, None, mentions_of(text, NAMES))


def harassment(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(e.date.iso if e.date else None, e.targets) for e in events(text) if e.type.value == "harassment"]


@pytest.mark.parametrize(
    ("text", "date", "target"),
    [
        ("Security agents ransacked the offices of the Union of Millers in May 2019.", "2019-05",
         "Union of Millers"),
        ("Agentes entraron en la sede del Sindicato de Panaderos y confiscaron documentos el 4 de marzo"
         " de 2019.", "2019-03-04", "Sindicato de Panaderos"),
        ("La policía registró la sede del Sindicato de Panaderos en marzo de 2019.", "2019-03",
         "Sindicato de Panaderos"),
        ("Policías irrumpieron en la sede del Sindicato de Panaderos en marzo de 2019.", "2019-03",
         "Sindicato de Panaderos"),
        ("La police a fouillé les locaux du Syndicat des meuniers le 2 mai 2017.", "2017-05-02",
         "Syndicat des meuniers"),
        ("Des ordinateurs ont été confisqués au siège du Syndicat des meuniers le 2 mai 2017.", "2017-05-02",
         "Syndicat des meuniers"),
    ],
)  # fmt: skip
def test_a_search_or_seizure_told_by_a_verb_harasses_whose_premises_they_are(
    text: str, date: str, target: str
) -> None:
    assert harassment(text) == [(date, (target,))]


@pytest.mark.parametrize(
    "text",
    [
        "Los documentos del sindicato fueron decomisados por la policía el 4 de marzo de 2019.",
        "La policía se incautó de las computadoras del sindicato en marzo de 2019.",
        "La police a saisi des documents et des ordinateurs le 2 mai 2017.",
    ],
)
def test_what_is_seized_without_a_named_owner_is_still_harassment(text: str) -> None:
    assert len(harassment(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Le Comité a été saisi d'une plainte du Syndicat des meuniers en mai 2017.",
        "Le gouvernement a saisi le Comité de la question en mai 2017.",
        "El Sindicato de Panaderos se registró en marzo de 2019.",
        "El Sindicato de Panaderos registró a sus miembros en marzo de 2019.",
    ],
)
def test_a_body_seized_of_a_question_or_a_union_registering_is_no_search(text: str) -> None:
    assert harassment(text) == []
