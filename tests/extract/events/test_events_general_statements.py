"""Broad classes of sentences that tell no act of a case, or tell one act whose participants lie
elsewhere in the sentence: invented texts."""

from __future__ import annotations

import pytest

from casewatch.extract.events.unnamed import single_persons
from casewatch.extract.sentences import Sentence
from casewatch.model import PartialDate
from tests.extract.events.conftest import found_in, kinds_and_dates

ANCHOR = PartialDate(2023, 6, 1)


@pytest.mark.parametrize(
    "text",
    [
        "In Veldoria, union leaders are often arrested by the police.",
        "Workers who strike are routinely dismissed by the mill owners.",
        "En Veldorie, les dirigeants syndicaux sont souvent arrêtés par la police.",
        "Les grévistes de la filature sont régulièrement licenciés.",
        "En Veldoria, los dirigentes sindicales son frecuentemente detenidos por la policía.",
        "Los sindicalistas del puerto siguen siendo amenazados.",
        "Les délégués continuent d'être harcelés par la direction.",
        "Union organisers get routinely fired by the mill owners.",
    ],
)
def test_a_habitual_statement_tells_no_act(text: str) -> None:
    assert found_in(text, ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le 3 mai 2023, deux syndicalistes sont arrêtés à Tarvel.", [("arrest", "2023-05-03")]),
        (
            "Jon Derrow, who is often critical of the ministry, was arrested on 3 May.",
            [("arrest", "2023-05-03")],
        ),
        ("El 3 de mayo fueron detenidos dos sindicalistas en Tarvel.", [("arrest", "2023-05-03")]),
    ],
)
def test_a_dated_act_near_a_habitual_word_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_dates(found_in(text, ANCHOR, {"Jon Derrow": "person"})) == expected


def _participants(text: str, names: dict[str, str] | None = None) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.type.value, (*e.actors, *e.targets)) for e in found_in(text, ANCHOR, names)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Veldorian authorities arrested a union leader on Wednesday after calling for a general"
            " strike of road workers.",
            ("arrest", ("authorities", "union leader")),
        ),
        (
            "A female union leader was beaten by guards at the Tarvel mill.",
            ("assault", ("guards", "union leader")),
        ),
        ("Le 3 mai 2023, un syndicaliste a été arrêté à Tarvel.", ("arrest", ("syndicaliste",))),
        (
            "El 3 de mayo fue despedida una dirigente sindical de la fábrica.",
            ("harassment", ("dirigente sindical",)),
        ),
    ],
)
def test_one_person_named_by_what_they_are_takes_part(
    text: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    assert _participants(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jon Derrow was detained for organising a march of teachers.", ("arrest", ("Jon Derrow",))),
        (
            "A further, unofficial strike having taken place in March 1951, Mr. Jon Derrow declared that the"
            " dockers would be dismissed.",
            ("protest", ()),
        ),
    ],
)
def test_who_is_named_in_a_clause_of_another_act_takes_no_part(
    text: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    assert _participants(text, {"Jon Derrow": "person"})[0] == expected


def test_a_gerund_after_a_preposition_opens_no_absolute_construction() -> None:
    text = (
        "Such dismissals, for having taken part in the Tarvel strike, wrong Jon Derrow and the Velcor Union."
    )
    events = found_in(text, ANCHOR, {"Jon Derrow": "person", "Velcor Union": "organization"})
    assert [(e.type.value, (*e.actors, *e.targets)) for e in events] == [
        ("protest", ("Jon Derrow", "Velcor Union"))
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("On 3 May, tensions rose at the Tarvel mill. Police arrested Jon Derrow.", "2023-05"),
        ("On Friday, 3 May, hundreds gathered outside the mill. Police arrested Jon Derrow.", "2023-05"),
        ("Le 3 mai, la tension est montée à l'usine de Tarvel. La police a arrêté Jon Derrow.", "2023-05"),
        ("On 3 May, tensions rose at the Tarvel mill.\n\nPolice arrested Jon Derrow.", None),
        ("On 3 May, tensions rose at the Tarvel mill. The next week police arrested Jon Derrow.", None),
        ("On 3 May, tensions rose at the Tarvel mill. Police arrested Jon Derrow on 9 May.", "2023-05-09"),
    ],
)
def test_a_date_opening_a_sentence_of_no_act_dates_the_act_told_next(text: str, date: str | None) -> None:
    assert kinds_and_dates(found_in(text, ANCHOR, {"Jon Derrow": "person"})) == [("arrest", date)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Huit salariés de Velcor étaient poursuivis. Le 11 janvier, sept d'entre eux ont été condamnés.",
            ("conviction", ("sept d'entre eux",)),
        ),
        (
            "Twelve dockers were detained in May. Three of them were released on 5 May.",
            ("release", ("three of them",)),
        ),
        ("Tres de ellos fueron liberados el 5 de mayo.", ("release", ("tres de ellos",))),
    ],
)
def test_some_of_a_group_told_before_take_part_as_their_partitive(
    text: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    assert _participants(text)[-1] == expected


def test_all_of_a_group_told_before_stand_for_it() -> None:
    text = "Three teachers were tried in Tarvel. All of them were convicted."
    assert _participants(text)[-1] == ("conviction", ("teachers",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 May the general secretary of the union was arrested.", ("arrest", ("general secretary",))),
        (
            "Le secrétaire général du syndicat a reçu des menaces de mort.",
            ("harassment", ("secrétaire général",)),
        ),
        ("The union's president was beaten by guards on 3 May.", ("assault", ("guards", "president"))),
    ],
)
def test_a_unions_office_named_with_no_holder_takes_part(
    text: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    assert _participants(text)[0] == expected


def test_a_unions_office_named_with_its_holder_is_the_holder() -> None:
    text = "The union's president, Ana Korvel, was detained on 10 July."
    assert _participants(text, {"Ana Korvel": "person"}) == [("arrest", ("Ana Korvel",))]


def test_a_unions_office_apposed_to_its_holder_is_the_holder() -> None:
    text = "Ms Tamsin Orrel, the treasurer of the union, was arrested on 3 May."
    assert _participants(text, {"Tamsin Orrel": "person"}) == [("arrest", ("Tamsin Orrel",))]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("On 3 May the President of the Republic met the strikers.", []),
        ("The general secretary of the Velcor Congress of Trade Unions was arrested.", ["general secretary"]),
    ],
)
def test_a_states_office_is_no_unions(text: str, named: list[str]) -> None:
    assert [m.text for m in single_persons(Sentence(0, len(text), text), [])] == named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bus drivers and transport workers met in Tarvel. Transport workers went on strike on 3 May.",
            [("protest", ("transport workers",))],
        ),
        ("Velcor workers went on strike on 3 May.", [("protest", ())]),
    ],
)
def test_a_common_word_opening_the_sentence_is_a_word_of_the_group(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _participants(text) == expected
