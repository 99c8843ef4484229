"""Whom a letter is written to, read from its address block (invented letters)."""

from __future__ import annotations

import pytest

from casewatch.extract.pipeline import extract
from casewatch.model import Party, Text


def _addressees(text: str) -> list[tuple[str, str | None]]:
    parties: tuple[Party, ...] = extract(Text(text, "text/plain")).meta.addressees
    return [(p.name, p.role) for p in parties]


_CLOSE = (
    "\n\nУважаемый господин Президент!\n\nПрофсоюз строителей Арнистана требует освободить задержанных.\n"
)


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # the office over its holder, both in the dative: the holder, named in the nominative
        (
            "Президенту Республики Арнистан\nг-ну Т. К. Бекмуратову",
            [("Т. К. Бекмуратов", "Президент Республики Арнистан")],
        ),
        (
            "Уполномоченному по правам человека\nТ. Н. Сидоровой",
            [("Т. Н. Сидорова", "Уполномоченный по правам человека")],
        ),
        # the office on two lines, its body in the genitive on the second
        (
            "Генеральному директору\nВсемирной ассоциации докеров\nг-ну О. Ранду",
            [("О. Ранд", "Генеральный директор Всемирной ассоциации докеров")],
        ),
        # an office with no holder named: the office, in the nominative
        (
            "Председателю Правительства Республики Арнистан",
            [("Председатель Правительства Республики Арнистан", None)],
        ),
    ],
)
def test_a_russian_block_in_the_dative(block: str, expected: list[tuple[str, str | None]]) -> None:
    assert _addressees(block + _CLOSE) == expected


_PLEA = "\n\nLa Confederación de Trabajadores de Arcadia denuncia la detención de tres dirigentes.\n"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a page's title over the date, the address block under it, no blank line between
        (
            "Carta del sindicato al presidente\n12 de mayo de 2019\nAl honorable Tomás Aguirre Lema\n"
            "Presidente de la República de Arcadia\nCiudad Capital\nEstimado señor Presidente:",
            [("Tomás Aguirre Lema", "Presidente de la República de Arcadia")],
        ),
        # a courtesy line over the name, a title before it, the greeting an Excelentísimo
        (
            "Al Excelentísimo señor\nDoctor Tomás Aguirre Lema\nPresidente de la República de Arcadia\n\n"
            "Ciudad Capital, 14 de junio de 2018\n\nExcelentísimo señor Presidente:",
            [("Tomás Aguirre Lema", "Presidente de la República de Arcadia")],
        ),
        # a name line over the seat of government, right above a greeting of the office alone
        (
            "Federación Regional del Azúcar\nGerardo Ibáñez Solís\nPalacio Presidencial\n"
            "Ciudad Capital, Arcadia\nSeñor Presidente:",
            [("Gerardo Ibáñez Solís", "President")],
        ),
    ],
)
def test_a_spanish_address_block(head: str, expected: list[tuple[str, str | None]]) -> None:
    assert _addressees(head + _PLEA) == expected


@pytest.mark.parametrize(
    "city_line",
    ["Asunción Paraguay", "Quito Ecuador", "Lima"],  # a city and its country; a city alone
)
def test_a_city_or_country_line_under_the_name_is_no_addressee(city_line: str) -> None:
    head = f"Liga Sindical\nGerardo Ibáñez Solís\nPalacio Presidencial\n{city_line}\nSeñor Presidente:"
    assert _addressees(head + _PLEA) == [("Gerardo Ibáñez Solís", "President")]


@pytest.mark.parametrize(
    ("note", "addressee"),
    [
        (
            "The Permanent Mission of Arden presents its compliments to the Office of the United Nations "
            "High "
            "Commissioner for Human Rights and, with reference to the joint communication AL ARD 1/2031, "
            "has the "
            "honour to transmit the reply of the Government.",
            "Office of the United Nations High Commissioner for Human Rights",
        ),
        (
            "La Mission permanente d’Arden présente ses compliments au Haut-Commissariat aux droits de "
            "l'homme et, "
            "se référant à la communication UA ARD 2/2031, a l'honneur de transmettre la réponse du "
            "Gouvernement.",
            "Haut-Commissariat aux droits de l'homme",
        ),
        (
            "La Misión Permanente de Arden saluda atentamente a la Oficina del Alto Comisionado para los "
            "Derechos "
            "Humanos y, en relación con la comunicación AL ARD 3/2031, tiene el honor de remitir la "
            "respuesta.",
            "Oficina del Alto Comisionado para los Derechos Humanos",
        ),
    ],
)
def test_a_notes_addressee_ends_before_its_conjunction_and_aside(note: str, addressee: str) -> None:
    meta = extract(Text(note, "text/plain")).meta
    assert [p.name for p in meta.addressees] == [addressee]


@pytest.mark.parametrize(
    ("opening", "addressee"),
    [
        (
            "À M. Jean Vidal, Président de la République d’Arden\n(copies aux ambassades d’Arden)",
            "Jean Vidal",
        ),
        ("To Mr. John Harlow, Prime Minister of Arden", "John Harlow"),
        ("Al Sr. Juan Pérez Olmo, Ministro de Trabajo de Arden", "Juan Pérez Olmo"),
    ],
)
def test_a_letter_opening_on_its_address_line_is_to_the_person_it_names(opening: str, addressee: str) -> None:
    text = (
        f"{opening}\n\nLe 2 mai dernier, le secrétaire général du syndicat des dockers a été arrêté. Nous "
        "demandons sa libération immédiate.\n\nVeuillez agréer nos salutations distinguées.\n\n"
        "Le Secrétaire général du SYNDAL\nPierre Arnal\n"
    )
    assert [p.name for p in extract(Text(text, "text/plain")).meta.addressees] == [addressee]


def test_a_story_opening_on_a_name_and_an_office_is_addressed_to_no_one() -> None:
    text = "John Harlow, the Prime Minister of Arden, said on Monday that the strike was unlawful.\n"
    assert "John Harlow" not in [p.name for p in extract(Text(text, "text/plain")).meta.addressees]


@pytest.mark.parametrize(
    "cases",
    [
        [
            "Case No. 9101 (Paraguay): Interim report",
            "Case No. 9102 (Peru): Definitive report",
            "Case No. 9103 (Paraguay): Follow-up report",
        ],
        [
            "Cas no 9201 (Bénin): Rapport intérimaire",
            "Cas no 9202 (Bolivie): Rapport définitif",
            "Cas no 9203 (Pérou): Rapport intérimaire",
        ],
        [
            "Caso núm. 9301 (Ecuador): Informe provisional",
            "Caso núm. 9302 (Uruguay): Informe definitivo",
            "Caso núm. 9303 (Ecuador): Informe provisional",
        ],
    ],
)
def test_a_report_on_several_cases_goes_to_the_governing_body(cases: list[str]) -> None:
    text = "INTERNATIONAL LABOUR OFFICE\n\nGoverning Body\n\n381st Report of the Committee on Freedom of "
    text += "Association\n\nContents\n\n" + "\n\n".join(f"{c} ...... 10–20" for c in cases) + "\n"
    names = [p.name for p in extract(Text(text, "text/plain")).meta.addressees]
    assert names == ["Governing Body"]
