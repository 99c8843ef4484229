"""Shapes of names met on documents of other countries and languages (invented documents)."""

from __future__ import annotations

import pytest

from casewatch.extract.names.mentions import extract_mentions
from casewatch.model import Entity, EntityType


def entities(text: str, kind: EntityType) -> list[Entity]:
    return [e for e in extract_mentions(text)[1] if e.type is kind]


def org_names(text: str) -> list[str]:
    return [e.name for e in entities(text, EntityType.ORGANIZATION)]


def person_names(text: str) -> list[str]:
    return [e.name for e in entities(text, EntityType.PERSON)]


def org_acronyms(text: str) -> list[tuple[str, ...]]:
    return [e.acronyms for e in entities(text, EntityType.ORGANIZATION)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acronyms in two languages joined by a slash
        ("The day is backed by LVTB/FSTL and KNBW/CNBT in the capital.", {"LVTB/FSTL", "KNBW/CNBT"}),
        # acronyms coordinated with one used as a name
        ("Seven members of the KGWF, RTWU and NPGU were detained.", {"KGWF", "RTWU", "NPGU"}),
        # a member, militant or deputy of a body known by its acronym
        ("Deux militants STPQ ont été convoqués.", {"STPQ"}),
        ("Ana Vidal, Députée RDPL de la région, a écrit.", {"RDPL"}),
    ],
)
def test_acronym_only_bodies(text: str, expected: set[str]) -> None:
    assert expected <= set(org_names(text))


def test_slash_pair_keeps_both_acronyms() -> None:
    assert ("LVTB", "FSTL") in org_acronyms("Le LVTB/FSTL appelle à la grève.")


@pytest.mark.parametrize(
    "text",
    [
        "HIV/AIDS programmes were cut.",
        "the KGWF, RTWU and NPGU",  # a title-like fragment has no article or cue: acronyms only when cued
    ],
)
def test_no_body_from_uncued_acronyms(text: str) -> None:
    assert not {"HIV/AIDS", "RTWU", "NPGU"} & set(org_names(text.replace("the ", "")))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strikers wrote to the Ruritania Consulate in Lyon.", "Ruritania Consulate in Lyon"),
        ("The railways were handed over to the United States Army.", "United States Army"),
        ("The Coast Guard boarded the ship.", "Coast Guard"),
        ("Officers of the Zamora Police Command came at dawn.", "Zamora Police Command"),
        (
            "Сотрудники Тверского профобъединения провели пикет.",
            "Тверское профобъединение",
        ),  # in the nominative
        ("Активистов увезли сотрудники центра «Щит».", "центра «Щит»"),
    ],
)
def test_offices_forces_and_russian_heads(text: str, expected: str) -> None:
    assert expected in org_names(text)


def test_quoted_russian_name_takes_its_acronym() -> None:
    text = "Отделение Межрегионального профсоюза «Новая смена» (МПНС) закрыли. МПНС обжалует."
    assert ("МПНС",) in org_acronyms(text)
    assert len(entities(text, EntityType.ORGANIZATION)) == 1


def test_quoted_english_name_keeps_its_quotes() -> None:
    assert "“Fair Harbour” Union" in org_names("The “Fair Harbour” Union (FHU) struck.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ma collègue Marie-Claire BONNOT m'a informé qu'Yves TARDIEU avait retiré sa plainte.",
         {"Marie-Claire BONNOT", "Yves TARDIEU"}),
        ("The court released Aung Min, KT Rahim, Saiful Karim and Md Habib on bail.",
         {"Aung Min", "KT Rahim", "Saiful Karim", "Md Habib"}),
        ("He was arrested with a colleague named Tun Tun at the market.", {"Tun Tun"}),
        ("At 10 am Bulawayo Magistrate Tendai Sibanda will hear the application.", {"Tendai Sibanda"}),
    ],
)  # fmt: skip
def test_persons_of_other_conventions(text: str, expected: set[str]) -> None:
    assert expected <= set(person_names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Со ссылкой на руководителя отделения Дмитрия Ступинского.", "Дмитрий Ступинский"),
        ("Жалобу подали против Андрея Толстого и Сергея Волкова.", "Андрей Толстой"),
        ("Встреча с Николаем Петровым прошла.", "Николай Петров"),
    ],
)
def test_russian_names_in_other_cases(text: str, expected: str) -> None:
    assert expected in person_names(text)


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("los despidos.\nALMA DESOLACIÓN\nConsultado sobre el tema, el abogado habló.", "ALMA DESOLACIÓN"),
        (
            "la titular de la Secretaría del Trabajo, Gabriela Ruiz Ochoa, no respondió.",
            "Secretaría del Trabajo",
        ),
    ],
)
def test_headings_and_bodies_are_no_persons(text: str, not_a_person: str) -> None:
    assert not_a_person not in person_names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet spoken to or reporting, in capitals or in quotes
        ("“We were never warned,” a striker told KXN on Monday.", "KXN"),
        ("Así lo denunció a DIARIO NORTE el dirigente.", "DIARIO NORTE"),
        ("Об этом сообщает «Вестник Урала» со ссылкой на профсоюз.", "Вестник Урала"),
        # a company named after its noun, its complement and a comma
        ("La société de nettoyage, Propreval, n’a pas répondu.", "Propreval"),
        # a body known by its proper name alone, through its members
        ("Two teachers, members of Voix Ouvrière Belgique, were detained.", "Voix Ouvrière"),
        ("Un syndicaliste de Fer-Solidaire a été blessé.", "Fer-Solidaire"),
        # a complement listing fields, and a purpose that names the body
        ("The International Federation of Glass, Clay, Stone and Allied Workers' Unions (IFGU) protested.",
         "International Federation of Glass, Clay, Stone and Allied Workers' Unions"),
        ("The Committee to Defend Dock Workers wrote.", "Committee to Defend Dock Workers"),
        ("Руководитель Пермского профобъединения Ивана Смирнова уволили.", "Пермское профобъединение"),
    ],
)  # fmt: skip
def test_bodies_without_a_usual_head(text: str, expected: str) -> None:
    assert expected in org_names(text)


@pytest.mark.parametrize(
    ("text", "not_a_body"),
    [
        ("Members of Ana's family waited outside.", "Ana's"),
        ("The union, Maria Lopez said, will appeal.", "Maria Lopez"),
        ("The strike leader told Maria Gonzalez about the plan.", "Maria Gonzalez"),
        ("Kenya Government to Ban Strikes in Ports", "Kenya Government to Ban Strikes in Ports"),
        ("He met members of Lima's city council.", "Lima's"),
        ("The President of the Vila Nova and Porto Alto Metalworkers' Union was held.", "Vila Nova"),
        ("The President of the Vila Nova and Porto Alto Metalworkers' Union was held.", "Vila"),
    ],
)
def test_no_body_from_cue_words_alone(text: str, not_a_body: str) -> None:
    assert not_a_body not in org_names(text)


def test_latin_names_in_a_cyrillic_text_are_companies() -> None:
    text = "Сокращения на заводах Renwick — Dalmor и на Korvex планируются, сообщил профсоюз."
    assert {"Renwick — Dalmor", "Korvex"} <= set(org_names(text))


def test_latin_words_in_a_latin_text_are_not_read_so() -> None:
    assert "Korvex" not in org_names("Cuts at Korvex are planned, the union said.")


def test_a_bracket_inside_an_instrument_title_is_no_body() -> None:
    text = "It has ratified the Labour Relations (Public Service) Convention, 1978 (No. 151)."
    assert "Public Service" not in org_names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a workplace named before its common noun
        ("Workers protested outside the Lotus Bright Shoes factory on Monday.", "Lotus Bright Shoes"),
        ("Strikers at the K-Mart retail company were fired.", "K-Mart"),
        ("Workers at Dunmore & Pike walked out.", "Dunmore & Pike"),
        # a body led by a named person, known by its proper name
        ("Ana Ruiz, presidenta de Sintravaldas, fue amenazada.", "Sintravaldas"),
        ("He is the leader of Kalayaan Workers.", "Kalayaan Workers"),
        # a union described in lower case, then its name in apposition
        (
            "He led the city's tram drivers' union, Ettehadiye Ranandegan, until 2019.",
            "Ettehadiye Ranandegan",
        ),
        # acronyms in one bracket, after a name's bracket, after plural bodies
        ("las centrales sindicales del país (CTRQ y CUSR) denunciaron.", "CUSR"),
        ("la Central de Trabajadores (CTRQ) y UNSITRAQ denunciaron.", "UNSITRAQ"),
        ("with the regional organisations ORAT and CLAS present", "CLAS"),
    ],
)
def test_bodies_named_by_their_place_in_a_sentence(text: str, expected: str) -> None:
    assert expected in org_names(text)


@pytest.mark.parametrize(
    ("text", "not_a_body"),
    [
        ("The President of the Republic replied.", "Republic"),
        ("She met the Minister of Labour.", "Labour"),
        ("Police Detain Dock Union Reps\n\nThe police detained four.", "Police Detain Dock Union Reps"),
        ("El Sindicato de Maestros de Santa Ana del departamento de Colón protestó.",
         "Sindicato de Maestros de Santa Ana del departamento de Colón"),
    ],
)  # fmt: skip
def test_no_body_from_states_fields_headlines_or_places(text: str, not_a_body: str) -> None:
    assert not_a_body not in org_names(text)


def test_a_name_ends_before_the_territory_it_is_in() -> None:
    text = "El Sindicato de Maestros de Santa Ana del departamento de Colón protestó."
    assert "Sindicato de Maestros de Santa Ana" in org_names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kandal district police chief Heng Sarin said no one was arrested.", "Heng Sarin"),
        ("Provincial prosecutor Kem Dara confirmed the charge.", "Kem Dara"),
    ],
)
def test_persons_after_lower_case_offices(text: str, expected: str) -> None:
    assert expected in person_names(text)


def test_acronyms_joined_by_y_are_no_person() -> None:
    assert "ORAT y CLAS" not in person_names("las organizaciones regionales ORAT y CLAS firmaron.")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a title-case headline names no body unless the page uses the name again
        (
            "Port Police Forced to Pay Arden Union Official\n\nThe port police paid the union.",
            "Port Police Forced",
        ),
        # a country's adjective before a lower-case head describes a body
        ("A Ruritanian trade union said that a Namibian trade union had joined.", "Namibian trade union"),
        # words a law's head follows are its title
        ("Section 18 of the Harbour Unions Act of 2006 (HUA) is amended.", "Harbour Unions"),
    ],
)
def test_no_body_in_headlines_nationalities_or_law_titles(text: str, absent: str) -> None:
    assert absent not in org_names(text)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # honorifics of other traditions, stacked before the name
        (
            "Samdech Akka Moha Sena Padei Techo Ren Vath spoke to the workers.",
            "Ren Vath",
            "Akka Moha Sena Padei",
        ),
        # words whose initials a bracket spells are a defined term
        (
            "Ms Lena Orvik said the police used Sound Wave Dispersal Units (SWDU) on the march.",
            "Lena Orvik",
            "Sound Wave Dispersal Units",
        ),
        # the second half of a title coordinated with a person is no person
        (
            "He met Mr Tal Brec, Minister of Labour and Vocational Training and Ms Ida Sorn, the Minister.",
            "Ida Sorn",
            "Vocational Training",
        ),
    ],
)
def test_honorifics_terms_and_titles(text: str, present: str, absent: str) -> None:
    names = person_names(text)
    assert present in names and not any(absent in n for n in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's own company: a trailing head with the country as complement
        ("He worked at the National Railways of Namibia until 2010.", "National Railways of Namibia"),
        ("The pilots of the Arden Airways of the Philippines struck.", "Arden Airways of the Philippines"),
        # a body known by its acronym that convenes or calls an action
        ("New talks were convened yesterday by KWRS and the strike ended.", "KWRS"),
        ("The march was called by NFTW in the capital.", "NFTW"),
    ],
)
def test_national_companies_and_acting_acronyms(text: str, expected: str) -> None:
    assert expected in org_names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a French or Spanish name runs on over commas and lower-case words to its bracketed acronym
        (
            "Une plainte du Syndicat des travailleurs du port, de la pêche et du fret de Namibie (STPN).",
            "Syndicat des travailleurs du port, de la pêche et du fret de Namibie",
        ),
        (
            "et de la Confédération des syndicats autonomes de Namibie (CSAN), datée",
            "Confédération des syndicats autonomes de Namibie",
        ),
        (
            "el Comité de Derechos Laborales, Sociales y Sindicales (CDLS) observó",
            "Comité de Derechos Laborales, Sociales y Sindicales",
        ),
    ],
)
def test_romance_names_run_on_to_their_acronym(text: str, expected: str) -> None:
    assert expected in org_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "la Federación de Mineros, afiliada a la Confederación (CGTN), protestó",
        "la Fédération des mineurs, qui a saisi le tribunal (TGI), proteste",
    ],
)
def test_romance_names_stop_before_a_verb_or_another_body(text: str) -> None:
    assert not any("," in name for name in org_names(text))


def test_a_lettered_heading_flattened_onto_its_paragraph_is_no_person() -> None:
    text = "A. Allégations du syndicat plaignant- 41. Par une lettre du 3 mai, M. Pierre Dalo indique que"
    names = person_names(text)
    assert "Pierre Dalo" in names and not any("Allégations" in n for n in names)
