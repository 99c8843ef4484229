"""What a letter asks for is no act done, in any language it asks in; an act the request takes as
done ("the release of the workers arrested on 3 May") still is one."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import Mention, PartialDate

from .conftest import kinds_and_dates

LETTER_DATE = PartialDate(2021, 6, 2)


def told(text: str) -> list[tuple[str, str | None]]:
    return kinds_and_dates(find_events(text, LETTER_DATE))


@pytest.mark.parametrize(
    "sentence",
    [
        "We want the president of the federation released immediately.",
        "Nous exigeons la libération immédiate de M. Paul Kana.",
        "Exigimos la liberación inmediata de los dirigentes.",
        "Мы требуем освободить председателя профсоюза.",
        "We demand that the workers be released.",
        "We urge you to ensure the immediate release of the arrested trade unionists.",
    ],
)
def test_an_asked_act_is_no_event(sentence: str) -> None:
    assert told(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We demand the release of the workers arrested on 3 May 2021.",
        "Exigimos la liberación de los compañeros detenidos el 3 de mayo de 2021.",
        "Nous réclamons la libération des militants arrêtés le 3 mai 2021.",
    ],
)
def test_an_act_the_request_takes_as_done_is_an_event(sentence: str) -> None:
    assert told(sentence) == [("arrest", "2021-05-03")]


@pytest.mark.parametrize(
    "sentence",
    [
        "We urge the authorities to release Mr Paul Kana, who was arrested on 3 May 2021.",
        "Instamos al Gobierno a liberar a Paul Kana, quien fue detenido el 3 de mayo de 2021.",
    ],
)
def test_a_relative_clause_inside_a_request_tells_a_done_act_on_who_it_is_about(sentence: str) -> None:
    text_names = ["Paul Kana"]
    mentions = [Mention("person", n, sentence.index(n), sentence.index(n) + len(n), n) for n in text_names]
    (event,) = find_events(sentence, LETTER_DATE, mentions)
    assert (event.type.value, event.date.iso if event.date else None, event.actors, event.targets) == (
        "arrest",
        "2021-05-03",
        (),
        ("Paul Kana",),
    )


def test_who_a_relative_clause_is_not_about_takes_no_part_in_its_act() -> None:
    text = "The police arrested Mr Paul Kana, who was beaten on 3 May 2021."
    mentions = [
        Mention("person", "Paul Kana", text.index("Paul Kana"), text.index("Paul Kana") + 9, "Paul Kana")
    ]
    assault = next(e for e in find_events(text, LETTER_DATE, mentions) if e.type.value == "assault")
    assert (assault.actors, assault.targets) == ((), ("Paul Kana",))


def test_one_accused_now_faces_a_legal_action() -> None:
    assert told("Ms Lia Verno, a union organiser, is accused of spreading false information.") == [
        ("legal_action", None)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The union is demanding that its general secretary be freed.",
        "He will be released once the investigation ends.",
        "El dirigente debe ser liberado.",
    ],
)
def test_an_act_after_a_bare_be_is_not_done(sentence: str) -> None:
    assert told(sentence) == []


def test_an_act_a_court_ordered_to_be_done_is_done() -> None:
    assert told("On 2 May 2021 the judge ordered Mr Paul Kana to be taken into custody.") == [
        ("arrest", "2021-05-02")
    ]
