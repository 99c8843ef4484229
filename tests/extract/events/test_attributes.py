"""A participle written as an adjective ("hundreds of fired union members", "the arrested
workers") names who underwent an act; it tells no act of its own."""

from __future__ import annotations

import pytest

from casewatch.extract.events.attributes import attribute, ongoing
from casewatch.model import PartialDate

from .conftest import found_in, kinds_and_dates

PAGE_DATE = PartialDate(2020, 4, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of fired union members occupied the square outside the flour mill.",
        "The dismissed union leaders met the labour inspector in the afternoon.",
        "Dozens of sacked union members marched to the ministry in silence.",
        "Arrested union members spent the night in the courtyard of the station.",
    ],
)  # fmt: skip
def test_a_participle_before_its_noun_tells_no_act(text: str) -> None:
    assert [k for k, _ in kinds_and_dates(found_in(text, PAGE_DATE))] in ([], ["protest"])


@pytest.mark.parametrize(
    "text",
    [
        "The owner fired union members on 28 March 2020.",
        "Police arrested union members on 28 March 2020.",
        "The company has dismissed union leaders on 28 March 2020.",
    ],
)  # fmt: skip
def test_a_participle_as_the_verb_still_tells_the_act(text: str) -> None:
    assert [d for _, d in kinds_and_dates(found_in(text, PAGE_DATE))] == ["2020-03-28"]


def test_the_participle_must_describe_a_noun() -> None:
    text = "the arrested by the police"
    assert not attribute(text, text.index("arrested"), "arrested")
    assert attribute("of fired union members", 3, "fired")


@pytest.mark.parametrize(
    "text",
    [
        "Rassemblement jeudi 2 avril 2020 pour demander la libération des dockers arrêtés pendant la grève.",
        "RASSEMBLEMENT JEUDI 2 AVRIL 2020 POUR LA LIBÉRATION DES DOCKERS ARRÊTÉS PENDANT LA GRÈVE.",
        "Concentración el jueves 2 de abril de 2020 por los estibadores detenidos durante la huelga.",
    ],
)  # fmt: skip
def test_a_participle_after_its_noun_takes_no_date_written_before_the_noun(text: str) -> None:
    arrests = [d for k, d in kinds_and_dates(found_in(text, PAGE_DATE)) if k == "arrest"]
    assert arrests in ([], [None])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("concerned about his continued detention", "detention"),
        ("préoccupés par la détention prolongée de M. Roux", "détention"),
        ("preocupados por la detención prolongada de la Sra. Ruiz", "detención"),
    ],
)
def test_a_detention_said_to_go_on_is_a_state(text: str, word: str) -> None:
    assert ongoing(text, text.index(word), word)


def test_a_detention_told_alone_is_no_state_going_on() -> None:
    text = "concerned about his detention on 3 May"
    assert not ongoing(text, text.index("detention"), "detention")


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz was arrested on 3 May 2018. In 2021 the rapporteur raised concerns about her continued"
        " detention with the authorities.",
        "Ana Ruiz a été arrêtée le 3 mai 2018. En 2021, la rapporteuse s'est dite préoccupée par la"
        " détention prolongée d'Ana Ruiz.",
        "Ana Ruiz fue detenida el 3 de mayo de 2018. En 2021 la relatora expresó su preocupación por la"
        " detención prolongada de Ana Ruiz.",
    ],
)
def test_a_detention_going_on_retells_the_arrest_and_takes_no_date_of_the_concern(text: str) -> None:
    events = found_in(text, PAGE_DATE, {"Ana Ruiz": "person"})
    assert kinds_and_dates(events) == [("arrest", "2018-05-03")]
