"""Companies and outlets after a cue noun; Russian names with genitive complements (invented texts)."""

from __future__ import annotations

import pytest

from casewatch.extract.names.mentions import extract_mentions
from casewatch.extract.names.org_cued import reporting_outlets
from casewatch.model import EntityType


def org_names(text: str) -> list[str]:
    return [e.name for e in extract_mentions(text)[1] if e.type is EntityType.ORGANIZATION]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la empresa Lactoval despidió a 40 trabajadores", ["Lactoval"]),
        ("the company Kestrelite dismissed the union's treasurer", ["Kestrelite"]),
        ("le quotidien Le Réveil a publié la lettre", ["Le Réveil"]),
        ("газета «Новый вестник» сообщила об аресте", ["Новый вестник"]),
        ("The union at Brindlemoor was deregistered.", ["Brindlemoor"]),
        ("detenidos por la Guardia Civil tras la huelga", ["Guardia Civil"]),
        # a country or a capitalised common word after the cue is no company
        ("the company Board decided", []),
        ("workers at Chile's ports", []),
    ],
)
def test_a_cue_noun_announces_a_company_or_outlet(text: str, expected: list[str]) -> None:
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Федерация профсоюзов Руритании осудила арест.", ["Федерация профсоюзов Руритании"]),
        (
            "Свободный профсоюз докеров, крановщиков и стропальщиков провёл собрание.",
            ["Свободный профсоюз докеров, крановщиков и стропальщиков"],
        ),
        (
            "Международная конфедерация профсоюзов заявила о поддержке.",
            ["Международная конфедерация профсоюзов"],
        ),
        ("Верховный суд его оправдал.", ["Верховный суд"]),
        ("Доклад, в котором Комитет просит информировать его.", []),
    ],
)
def test_russian_names_take_their_genitive_complements(text: str, expected: list[str]) -> None:
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("workers of Brindle National Airlines were detained", ["Brindle National Airlines"]),
        ("the Upland Army occupied the port", ["Upland Army"]),
        ("as the Eastport Daily Herald reported", ["Eastport Daily Herald"]),
        # a company or outlet word opening a line of capitals is no name ('Army Tells Strikers ...')
        ("Army Tells Railroad Strikers To Go Back", []),
    ],
)
def test_company_and_outlet_words_end_a_name(text: str, expected: list[str]) -> None:
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Председатель Свободного профсоюза литейщиков задержан полицией.", "Свободный профсоюз литейщиков"),
        (
            "Лидер Арнистанского независимого профсоюза горняков арестован.",
            "Арнистанский независимый профсоюз горняков",
        ),
        (
            "Заявление Независимой федерации профсоюзов Арнистана осуждает арест.",
            "Независимая федерация профсоюзов Арнистана",
        ),
        (
            "Члены Межрегионального объединения водителей провели пикет.",
            "Межрегиональное объединение водителей",
        ),
    ],
)
def test_a_russian_body_in_the_genitive_is_named_in_the_nominative(text: str, name: str) -> None:
    assert name in [e.name for e in extract_mentions(text)[1]]


def test_the_genitive_and_the_nominative_of_a_body_are_one_entity() -> None:
    text = "Председатель Свободного профсоюза литейщиков задержан. Свободный профсоюз литейщиков протестует."
    assert [e.name for e in extract_mentions(text)[1]] == ["Свободный профсоюз литейщиков"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line is read for outlets where a press word ends a word: 'National' or 'Postal' hold none
        ("The Arden National Council met; the Vesta Times reported the arrests.", ["Vesta Times"]),
        ("Starting in May, the Nationalist Record reported that the Kestrel Mail said nothing.",
         ["Nationalist Record", "Kestrel Mail"]),
        ("According to the Postal Workers Council, strikes went on.", []),
    ],
)  # fmt: skip
def test_outlets_are_read_on_lines_whose_press_word_ends_a_word(text: str, expected: list[str]) -> None:
    assert [f.text for f in reporting_outlets(text)] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Прокурор подал иск к Межрегиональному профессиональному союзу «Заря» о ликвидации.",
         "Межрегиональный профессиональный союз «Заря»"),
        ("Жалоба направлена Арнистанскому независимому профсоюзу.", "Арнистанский независимый профсоюз"),
        ("Иск к Городскому объединению водителей отклонён.", "Городское объединение водителей"),
    ],
)  # fmt: skip
def test_a_russian_body_in_the_dative_is_named_in_the_nominative(text: str, name: str) -> None:
    assert name in [e.name for e in extract_mentions(text)[1]]


@pytest.mark.parametrize(
    "text",
    [
        "Суд отклонил жалобу указанного профессионального союза.",
        "Члены данного профсоюза горняков провели пикет.",
        "Руководство этого объединения водителей отказалось.",
    ],
)
def test_a_body_pointed_back_at_is_no_name(text: str) -> None:
    assert [e.name for e in extract_mentions(text)[1]] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Сообщили в Озёрском совете профсоюзов и нескольких организациях.", "Озёрский совет профсоюзов"),
        ("Дело рассматривалось в Заречном районном суде.", "Заречный районный суд"),
        ("Он работал в Свободном профсоюзе литейщиков.", "Свободный профсоюз литейщиков"),
        ("Собрание прошло в Городском объединении водителей.", "Городское объединение водителей"),
    ],
)  # fmt: skip
def test_a_russian_body_in_the_prepositional_is_named_in_the_nominative(text: str, name: str) -> None:
    assert name in [e.name for e in extract_mentions(text)[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dashed parts of one word
        ("the union at Dura-Vex was recognised", "Dura-Vex"),
        ("workers at Flo-N-Tec struck for a week", "Flo-N-Tec"),
        ("la empresa Lum-O-Pak despidió a 12 obreros", "Lum-O-Pak"),
        # a number or numbered code inside the name
        ("la empresa Cartonera 7K Aurora despidió a los delegados", "Cartonera 7K Aurora"),
        ("los obreros de la empresa Fundición 9 de Julio", "Fundición 9 de Julio"),
        ("workers at Lanto 3B Plastics were dismissed", "Lanto 3B Plastics"),
        ("the box company, Corporación Cartonera 7k Aurora, in", "Corporación Cartonera 7k Aurora"),
        # the employer of workers 'of' it, named with its trade
        ("the dockers of Orvel Shipping went on strike", "Orvel Shipping"),
        ("employees of Kamber Textiles were locked out", "Kamber Textiles"),
        ("the workers of Tessaly Foods Group protested", "Tessaly Foods Group"),
    ],
)
def test_a_company_named_with_dashes_numbers_or_as_the_employer(text: str, expected: str) -> None:
    assert expected in org_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "the workers of Latin America marched",
        "the employees of Avra Province were paid late",
        "workers at Kestrelite 2 years ago",
    ],
)
def test_no_company_of_a_region_or_with_a_number_at_its_end(text: str) -> None:
    assert not any(" " in name or "2" in name for name in org_names(text))
