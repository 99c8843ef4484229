"""Citations in French, Spanish and Russian, and national laws cited back, qualified or numbered."""

from __future__ import annotations

import pytest

from casewatch.extract.citations.provisions import find_provisions

from .conftest import cited


@pytest.mark.parametrize(
    ("text", "provisions"),
    [
        ("ses articles 6, 10 et 11", ["art 6", "art 10", "art 11"]),
        ("los artículos 27 y 28", ["art 27", "art 28"]),
        ("статьи 5 и 6", ["art 5", "art 6"]),
        ("art. 4(2) et (3)", ["art 4(2)", "art 4(3)"]),
        ("section 9 (3) (b) (ii)", ["s 9(3)(b)(ii)"]),
    ],
)
def test_provisions_in_other_languages_and_nested(text: str, provisions: list[str]) -> None:
    assert [p for prov in find_provisions(text) for p in prov.items] == provisions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il invoque l’article 310 du Code pénal et l’article 3 de la convention n° 87.",
         {"RUT Penal Code": {"art 310"}, "ILO C087": {"art 3"}}),
        ("Se aplicó el artículo 14 del Código del Trabajo y el Convenio núm. 98.",
         {"RUT Labour Code": {"art 14"}, "ILO C098": set()}),
        ("Le pays a ratifié la convention (nº 151) sur les relations de travail et la Convention (no 98).",
         {"ILO C151": set(), "ILO C098": set()}),
        ("Он осуждён по статье 318 Уголовного кодекса.", {"RUT Criminal Code": {"art 318"}}),
        ("Нарушена статья 7 Закона о профессиональных союзах.", {"RUT Law on Trade Unions": {"art 7"}}),
        ("los artículos 12 y 13 de la Constitución Política", {"RUT Constitution": {"art 12", "art 13"}}),
        ("la loi sur les associations professionnelles (LAP) de 2015 (art. 2 de la LAP)",
         {"RUT Loi sur les associations professionnelles": {"art 2"}}),
        ("le décret n° 2019-45 du 3 mai 2019 portant dissolution du syndicat",
         {"RUT Decree No. 2019-45": set()}),
        ("la ordenanza ministerial núm. 7/1990 prohibió", {"RUT Ministerial Order No. 7/1990": set()}),
        ("el artículo 9 de la Declaración Universal de Derechos Humanos y el 5 de la misma Declaración",
         {"UDHR": {"art 9"}}),
    ],
)  # fmt: skip
def test_foreign_citations(text: str, expected: dict[str, set[str]]) -> None:
    assert cited(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was charged under section 4(1)(a) of Labour Proclamation No. 12/2001.",
         {"RUT Labour Proclamation No. 12/2001": {"s 4(1)(a)"}}),
        ("Prakas No. 88 on union registration and Sub-Decree No. 14 were adopted.",
         {"RUT Prakas No. 88": set(), "RUT Sub-Decree No. 14": set()}),
        ("They were charged under section 9 (3) (b) of the Public Meetings (Control) Act. "
         "The Act also provides in section 11 that",
         {"RUT Public Meetings (Control) Act": {"s 9(3)(b)", "s 11"}}),
    ],
)  # fmt: skip
def test_qualified_heads_and_bracketed_title_words(text: str, expected: dict[str, set[str]]) -> None:
    assert cited(text) == expected


def test_the_law_points_back_to_the_last_named_national_law() -> None:
    text = (
        "Unions are governed by the Law on Trade Unions. It follows Convention No. 87. "
        "The law guarantees the right to join unions (article 2). Under article 9 of the law, "
        "interference is prohibited."
    )
    assert cited(text) == {"RUT Law on Trade Unions": {"art 2", "art 9"}, "ILO C087": set()}


def test_a_territory_s_law_takes_the_territory_s_code() -> None:
    assert set(cited("under the Hong Kong Societies Act", ("CHN",))) == {"HKG Societies Act"}


@pytest.mark.parametrize(
    "text",
    [
        "The Labour Code Commission met in May.",
        "the Criminal Code Reform Committee",
        "the Civil Code Institute",
    ],
)
def test_a_body_named_after_a_law_is_not_a_citation(text: str) -> None:
    assert cited(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The CEDAW Committee noted the report.", {}),
        ("Under the ICCPR, everyone may join a union.", {"ICCPR": set()}),
    ],
)
def test_an_acronym_naming_a_body_is_not_its_instrument(text: str, expected: dict[str, set[str]]) -> None:
    assert cited(text) == expected


def test_russian_conventions_and_covenants() -> None:
    text = "нарушение Конвенции МОТ № 87 и статьи 22 Международного пакта о гражданских и политических правах"
    assert cited(text) == {"ILO C087": set(), "ICCPR": {"art 22"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El artículo 22 del PIDCP protege la libertad sindical.", {"ICCPR": {"art 22"}}),
        ("Le PIDESC et la DUDH garantissent ce droit.", {"ICESCR": set(), "UDHR": set()}),
        ("Según el PIDESC, artículo 8, los sindicatos pueden federarse.", {"ICESCR": {"art 8"}}),
    ],
)
def test_covenants_by_their_french_and_spanish_acronyms(text: str, expected: dict[str, set[str]]) -> None:
    assert cited(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Согласно ст. 374 ТК РФ увольнение запрещено.", {"RUS Labour Code": {"art 374"}}),
        ("Его обвинили по статье 330 УК РК.", {"KAZ Criminal Code": {"art 330"}}),
        ("Конституция РБ гарантирует это право.", {"BLR Constitution": set()}),
    ],
)
def test_a_state_s_abbreviation_names_the_code_s_country(text: str, expected: dict[str, set[str]]) -> None:
    assert cited(text, countries=()) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "El decreto de gabinete núm. 31 de 1972 regula la huelga. El artículo 9 del decreto la limita.",
            "Cabinet Decree No. 31",
        ),
        (
            "El decreto supremo núm. 12-2001-TR regula la huelga. El artículo 9 del decreto la limita.",
            "Supreme Decree No. 12-2001-TR",
        ),
        (
            "Le décret n° 77-5 du 3 mai 1977 régit la grève. L'article 9 du décret la limite.",
            "Decree No. 77-5",
        ),
    ],
)
def test_an_article_of_the_decree_points_back_to_the_decree_named(text: str, key: str) -> None:
    assert cited(text) == {f"RUT {key}": {"art 9"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Нарушена статья 4 Федерального закона N 12-ФЗ от 03.04.1999 "О профессиональных союзах, их".',
            {"RUT Law on Trade Unions": {"art 4"}},
        ),
        (
            "Нарушена статья 6 Федерального закона от 7 мая 2001 г. № 31-ФЗ «О профессиональных союзах».",
            {"RUT Law on Trade Unions": {"art 6"}},
        ),
        (
            "См. статью 8 федерального закона “Об общественных объединениях”.",
            {"RUT Law on Public Associations": {"art 8"}},
        ),
    ],
)
def test_a_russian_federal_law_with_number_date_and_quotes(text: str, expected: dict[str, set[str]]) -> None:
    assert cited(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Внесён проект закона "О внесении изменений в Трудовой кодекс".', {"RUT Labour Code": set()}),
        (
            "Принят Федеральный закон от 2 июня 2016 г. № 77-ФЗ «О внесении изменений в Трудовой кодекс».",
            {"RUT Law No. 77-ФЗ": set(), "RUT Labour Code": set()},
        ),
        ("Закон «О внесении изменений в Уголовный кодекс» принят.", {"RUT Criminal Code": set()}),
    ],
)
def test_an_amending_law_cites_the_law_it_amends(text: str, expected: dict[str, set[str]]) -> None:
    assert cited(text) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("la loi n° 71-5 du 2 mai 1971 relative au droit syndical dans les entreprises a été abrogée",
         "RUT Loi relative au droit syndical dans les entreprises"),
        ("la loi portant statut des agents dans la fonction publique prévoit que",
         "RUT Loi portant statut des agents dans la fonction publique"),
        ("la Ley sobre la huelga en los servicios públicos, que",
         "RUT Ley sobre la huelga en los servicios públicos"),
        ("la loi sur les syndicats dans son article 4 interdit", "RUT Law on Trade Unions"),
    ],
)  # fmt: skip
def test_where_a_law_applies_is_part_of_its_title(text: str, key: str) -> None:
    assert set(cited(text)) == {key}
