"""Person names by rule, on short invented documents of several countries."""

from __future__ import annotations

import pytest

from casewatch.extract.names.common import Found
from casewatch.extract.names.mentions import extract_mentions
from casewatch.extract.names.person_context import _after_a_link, _context_patterns
from casewatch.extract.names.persons import _region
from casewatch.extract.pipeline import extract
from casewatch.model import Entity, EntityType, Text


def persons(text: str) -> list[Entity]:
    return [e for e in extract_mentions(text)[1] if e.type is EntityType.PERSON]


def person_names(text: str) -> list[str]:
    return [e.name for e in persons(text) if not e.board]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 May the police detained Mr Aliaksandr Vetrashuk in Minsk.", ["Aliaksandr Vetrashuk"]),
        (
            "The court heard Ms Hanna Kavalchuk and Dr. Piotr Bialko on the same day.",
            ["Hanna Kavalchuk", "Piotr Bialko"],
        ),
        ("The union asked Mme Clémence Dupré-Lavigne to mediate.", ["Clémence Dupré-Lavigne"]),
        ("The statement was signed by A. Vetrashuk on behalf of the congress.", ["A. Vetrashuk"]),
        ("The union leader Kemal Özdemir was arrested in Izmir.", ["Kemal Özdemir"]),
        ("Prime Minister Hun Sovann met the delegation.", ["Hun Sovann"]),
        (
            "In Bogotá, Luz Marina Cárdenas, president of the teachers' union, was threatened.",
            ["Luz Marina Cárdenas"],
        ),
        ("The trade unionists Keo Sothea and Sar Mora were released.", ["Keo Sothea", "Sar Mora"]),
        (
            "We stand with Ahmet Kaya, Elif Demir and Murat Şahin.",
            ["Ahmet Kaya", "Elif Demir", "Murat Şahin"],
        ),
    ],
)
def test_person_rules(text: str, expected: list[str]) -> None:
    assert person_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In January the Committee examined the case.",
        "The Government replied in March 2020.",
        "Turkey ratified the Convention in 1993.",
        "Despite This Rule nothing changed.",
        "The Ministry of Labour and Social Protection refused.",
        "Human Rights Watch reported the raid.",
        "The Law on Trade Unions was amended.",
    ],
)
def test_no_person(text: str) -> None:
    assert person_names(text) == []


def test_one_person_many_forms() -> None:
    text = (
        "Ms Jana Novak, chairperson of the union, was detained. J. Novak denied the charges. "
        "The court fined Ms Novak. Novak appealed; Jana Novak was released."
    )
    (entity,) = persons(text)
    assert entity.name == "Jana Novak"
    assert set(entity.aliases) == {"Ms Jana Novak", "J. Novak", "Ms Novak", "Novak"}
    assert entity.roles == ("chairperson of the union",)


def test_two_persons_sharing_a_given_name_stay_apart() -> None:
    text = "Mr Ali Demir and Mr Ali Yilmaz were detained. Mr Yilmaz was released."
    assert [(e.name, e.aliases) for e in persons(text)] == [
        ("Ali Demir", ("Mr Ali Demir",)),
        ("Ali Yilmaz", ("Mr Ali Yilmaz", "Yilmaz", "Mr Yilmaz")),
    ]


def test_degrees_are_not_part_of_the_name() -> None:
    text = "Dear Minister,\n\nThe union protests.\n\nYours sincerely,\n\nMaria Lopez, LL.M., barrister\n"
    (entity,) = persons(text)
    assert (entity.name, entity.roles) == ("Maria Lopez", ("barrister",))


def test_surname_first_order_with_patronymic() -> None:
    text = "CC:\nIvanova Olga Petrovna, Minister of Labour of the Republic of Belarus\n"
    (entity,) = persons(text)
    assert entity.name == "Ivanova Olga Petrovna"
    assert entity.roles == ("Minister of Labour of the Republic of Belarus",)


def test_signature_line_under_a_title_line() -> None:
    text = (
        "Dear President,\n\nWe protest.\n\nYours faithfully,\n\nSoma Chhay\nGeneral Secretary\nTeachers Union"
    )
    assert person_names(text) == ["Soma Chhay"]


BOARD_LETTER = """President
Anna Berg
Lawyer, Sweden

Vice Presidents
Tomasz Nowak
Academic, Poland

Dr. Kwame Mensah
General Secretary, Ghana Mine Workers Union

Lucia Ferreira
Advogada, Brazil

Director
Oskar Lind, MA

Dear Minister,

We are concerned about the arrest of Ms Nilufar Rashidova.

Yours faithfully,

Oskar Lind, Director
"""


def test_letterhead_board_list_is_not_an_actor() -> None:
    entities = persons(BOARD_LETTER)
    board = sorted(e.name for e in entities if e.board)
    actors = sorted(e.name for e in entities if not e.board)
    assert board == ["Anna Berg", "Kwame Mensah", "Lucia Ferreira", "Tomasz Nowak"]
    assert actors == ["Nilufar Rashidova", "Oskar Lind"]


def test_board_affiliations_are_board_too() -> None:
    orgs = [e for e in extract_mentions(BOARD_LETTER)[1] if e.type is EntityType.ORGANIZATION]
    assert [(e.name, e.board) for e in orgs] == [("Ghana Mine Workers Union", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Sra. María del Carmen Pérez y Gómez fue detenida.", ["María del Carmen Pérez y Gómez"]),
        ("The lawyer Mr Seán O'Neill filed the appeal.", ["Seán O'Neill"]),
        ("Ms Anna van der Berg met Mr Ahmed bin Salem.", ["Anna van der Berg", "Ahmed bin Salem"]),
    ],
)
def test_names_with_particles_and_apostrophes(text: str, expected: list[str]) -> None:
    assert person_names(text) == expected


LETTER = "\n".join([
    "Dockworkers Federation of Ghana", "", "H.E. Kofi Mensah Boateng", "President of the Republic of Ghana",
    "{building}", "Accra", "", "Accra, 3 March 2021", "", "Dear President,", "", "We protest.", "",
    "Yours sincerely,", "", "Ama Owusu", "General Secretary",
])  # fmt: skip


@pytest.mark.parametrize("building", ["Osu Palace", "Liberty Square", "Kotoka Airport", "Labour Hall"])
def test_a_building_in_an_address_is_not_a_person(building: str) -> None:
    ext = extract(Text(LETTER.format(building=building), "text/plain"))
    names = [e.name for e in ext.entities if e.type is EntityType.PERSON]
    assert names == ["Kofi Mensah Boateng", "Ama Owusu"]


def test_a_surname_like_a_building_word_keeps_its_honorific() -> None:
    assert person_names("The union wrote to Mr Stuart Hall, its lawyer.") == ["Stuart Hall"]


@pytest.mark.parametrize(
    ("before", "region"),
    [
        ("Workers marched in the state of ", True),
        ("Les grévistes de la région d’ ", True),
        ("Los mineros de la provincia de la ", True),
        ("PROTESTS IN THE PREFECTURE OF ", True),
        ("Strikes spread across the county of the\n", True),
        ("The union thanked its lawyer ", False),
        ("The state of emergency hit ", False),  # the connector is not what the window ends with
    ],
)
def test_a_name_after_a_region_word_and_its_connector_is_the_region(before: str, region: bool) -> None:
    text = before + "Rosa Varela went on."
    found = Found("person", len(before), len(before) + len("Rosa Varela"), "Rosa Varela")
    assert _region(text, found) is region


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The police detained Ana Quispe and Mr Luis Rojas on Monday.", {"Ana Quispe", "Luis Rojas"}),
        ("The police detained Ana Quispe, Mr Luis Rojas and others.", {"Ana Quispe", "Luis Rojas"}),
    ],
)
def test_a_name_coordinated_before_a_person_found_is_a_person(text: str, expected: set[str]) -> None:
    assert expected <= set(person_names(text))


@pytest.mark.parametrize(
    ("before", "linked"),
    [
        ("detained Ana Quispe and ", True),
        ("detained Ana Quispe, ", True),
        ("detained Ana Quispe,\t\u00a0", True),
        ("detained Ana Quispe, \n", True),  # the pattern's end may stand before the window's last line break
        ("detained Ana Quispe,", False),  # no space before the name
        ("detained Ana Quispe ", False),
        ("detained Ana Quispe,\n", False),
    ],
)
def test_the_words_before_a_name_are_read_only_after_a_comma_or_and(before: str, linked: bool) -> None:
    text = before + "Mr Luis Rojas"
    assert _after_a_link(text, len(before)) is linked
    if not linked:  # what the pre-check rules out, the pattern finds nothing in either
        assert _context_patterns()["before"].search(text, 0, len(before)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The federation said its chief executive Tam Kwok-wing had left the city.", ["Tam Kwok-wing"]),
        ("Its executive director Orla Venn resigned in May.", ["Orla Venn"]),
    ],
)
def test_an_office_in_small_letters_before_a_name_cues_it(text: str, expected: list[str]) -> None:
    assert person_names(text) == expected


def test_a_preposition_opening_a_sentence_is_no_given_name() -> None:
    text = "Karim Dastani was fired in May. Like Dastani, the driver Omid Farrokhi lost his post."
    assert "Like Dastani" not in person_names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The police questioned his colleague Jalvi Harrak on Monday.", ["Jalvi Harrak"]),
        ("Agents took Karim Dastani and his wife Rabeh Nourvand.", ["Karim Dastani", "Rabeh Nourvand"]),
        ("Riot police struck farmer Doqan Baqer with a water cannon.", ["Doqan Baqer"]),
    ],
)
def test_a_kin_or_trade_noun_before_a_name_cues_it(text: str, expected: list[str]) -> None:
    assert person_names(text) == expected
