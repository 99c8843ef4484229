"""Russian-style person names, Latin transliteration aliases, streets named after countries (invented)."""

from __future__ import annotations

import pytest

from casewatch.extract.names.common import Found
from casewatch.extract.names.entities import group
from casewatch.extract.names.mentions import extract_mentions
from casewatch.extract.names.person_cyrillic import cyrillic_persons
from casewatch.extract.names.places import find_places
from casewatch.model import Entity, EntityType


def persons(text: str) -> list[Entity]:
    return [e for e in extract_mentions(text)[1] if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Вчера был задержан Сомов Игорь Петрович, председатель профсоюза, а затем отпущен.",
            "Сомов Игорь Петрович",
        ),
        ("Заявление подписали Кузнецов А. Б. и Петрова В. Г. в марте.", "Кузнецов А. Б."),
        ("На собрании выступила Галина Аркадьевна, учитель.", "Галина Аркадьевна"),
        ("Проверку инициировал Б. Г. Ломакин из Самары.", "Б. Г. Ломакин"),
        # a name is written in one script: the Latin company name before it is not part of it
        ("Задержан лидер профсоюза Northern Steel Олег Тимохин.", "Олег Тимохин"),
    ],
)
def test_russian_name_forms(text: str, expected: str) -> None:
    assert expected in [p.name for p in persons(text)]


def test_a_cyrillic_name_has_a_latin_alias() -> None:
    (person,) = persons("Проверку инициировал юрист Олег Тимохин. Тимохин не ответил.")
    assert "Oleg Timokhin" in person.aliases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The office is at 12 Avenida Venezuela, near the port.", []),
        ("They met on Kazakhstan Street in Aktobe, Kazakhstan.", ["Kazakhstan", "Aktobe"]),
        ("Le siège est au 5 rue du Liban.", []),
    ],
)
def test_a_street_named_after_a_country_names_no_country(text: str, expected: list[str]) -> None:
    assert [
        f.text for f in find_places(text) if f.text in ("Venezuela", "Kazakhstan", "Liban", "Aktobe")
    ] == expected


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Уголовное дело в отношении Вячеслава Дорохова было возбуждено в 2009 году.", "Вячеслав Дорохов"),
        ("Суд признал Анну Петрову виновной.", "Анна Петрова"),
        ("Полиция задержала Дмитрия Соколова у проходной.", "Дмитрий Соколов"),
        # "Ковалеву" is "Ковалева" in the accusative, not "Кова" and an ending
        ("Суд оштрафовал Марию Ковалеву.", "Мария Ковалева"),
        # a man's surname ending in a consonant declines; its fleeting vowel comes back ("Бригинца")
        ("Полиция задержала Олега Ярчука у проходной.", "Олег Ярчук"),
        ("Суд вынес приговор Ивану Ярчуку.", "Иван Ярчук"),
        ("Полиция задержала Илью Ярчука вечером.", "Илья Ярчук"),
        ("Полиция задержала Олега Бригинца.", "Олег Бригинец"),
    ],
)
def test_a_russian_name_in_another_case_is_a_person_under_its_nominative(text: str, canonical: str) -> None:
    found = list(cyrillic_persons(text))
    assert [f.canonical for f in found] == [canonical]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Президенту Республики Арнистан\nг-ну Т. К. Бекмуратову\n\nУважаемый господин Президент!",
            ["Т. К. Бекмуратов"],
        ),
        (
            "Уполномоченному по правам человека\nТ. Н. Сидоровой\n\nУважаемая Тамара Николаевна!",
            ["Т. Н. Сидорова", "Тамара Николаевна"],
        ),
        (
            "Министру труда\nг-ну А. Б. Зарецкому\n\nУважаемый Андрей Борисович!",
            ["А. Б. Зарецкий", "Андрей Борисович"],
        ),
    ],
)
def test_an_address_block_names_persons_in_the_nominative_and_no_office(
    text: str, expected: list[str]
) -> None:
    assert sorted(e.name for e in persons(text)) == sorted(expected)


@pytest.mark.parametrize("text", ["", "Варн Тован пришёл.", "Letter from Варн Тован"])
def test_a_cyrillic_form_is_transliterated_with_or_without_its_text(text: str) -> None:
    _, (entity,) = group([Found("person", 0, 10, "Варн Тован")], text)
    assert "Varn Tovan" in entity.aliases


def test_a_latin_document_adds_no_transliteration() -> None:
    _, (entity,) = group([Found("person", 0, 11, "Tovan Marek"), Found("person", 20, 25, "Tovan")], "x" * 30)
    assert entity.aliases == ("Tovan",)


def test_a_russian_name_in_two_cases_is_one_person() -> None:
    (person,) = persons("Полиция задержала Олега Ярчука. Позже суд вынес приговор Олегу Ярчуку.")
    assert person.name == "Олег Ярчук"


def test_an_adjectival_surname_is_not_read_as_a_consonant_one() -> None:
    text = "Встреча с Олегом Зарецким. Письмо направлено Олегу Зарецкому."
    assert [p.name for p in persons(text)] == ["Олег Зарецкий"]
