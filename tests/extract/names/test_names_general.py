"""Names beyond the seeds' shapes: commas inside organisation names, persons marked by context only."""

from __future__ import annotations

import pytest

from casewatch.extract.names.mentions import extract_mentions
from casewatch.model import Entity, EntityType


def entities(text: str, kind: EntityType) -> list[Entity]:
    return [e for e in extract_mentions(text)[1] if e.type is kind and not e.board]


def org_names(text: str) -> list[str]:
    return [e.name for e in entities(text, EntityType.ORGANIZATION)]


def person_names(text: str) -> list[str]:
    return [e.name for e in entities(text, EntityType.PERSON)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Belarus the Union of Workers in Education, Science and Culture was dissolved.",
            ["Union of Workers in Education, Science and Culture"],
        ),
        (
            "The Federation of Trade Unions of Food, Agriculture and Tobacco Workers of Zimbabwe protested.",
            ["Federation of Trade Unions of Food, Agriculture and Tobacco Workers of Zimbabwe"],
        ),
        (
            "The Ministry of Labour, Invalids and Social Affairs replied on 2 June.",
            ["Ministry of Labour, Invalids and Social Affairs"],
        ),
        (
            "The Union of Food, Beverage & Hotel Workers (UFBHW) of Cambodia went on strike.",
            ["Union of Food, Beverage & Hotel Workers"],
        ),
    ],
)
def test_a_comma_between_coordinated_complements_stays_inside_the_name(
    text: str, expected: list[str]
) -> None:
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Confederation of Public Servants, the Union of Teachers and the Federation of Miners met.",
            ["Confederation of Public Servants", "Union of Teachers", "Federation of Miners"],
        ),
        (
            "The Federation of Miners of Oruro, Potosí and Sucre called a strike.",
            ["Federation of Miners of Oruro"],
        ),
        (
            "The Confederation of Workers of Peru, Chile and Bolivia met.",
            ["Confederation of Workers of Peru"],
        ),
        ("The Ministry of Health, RCTU and FRTU met in Lusaka.", ["Ministry of Health"]),
        (
            "The Ministry of Labour, Ana Quispe and Luis Rojas signed the agreement.",
            ["Ministry of Labour"],
        ),
        (
            "The Ministry of Labour, Employment and Social Protection, the police and the courts",
            ["Ministry of Labour, Employment and Social Protection"],
        ),
    ],
)
def test_lists_of_separate_names_are_not_glued(text: str, expected: list[str]) -> None:
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Valdor the police arrested union leader Ana Quispe.", ["Ana Quispe"]),
        ("The activist Omar Diallo was beaten in Bulawayo.", ["Omar Diallo"]),
        ("Tendai Moyo, general secretary of the teachers' union, was dismissed.", ["Tendai Moyo"]),
        ("Sok Heng (born 1975) leads the garment workers of Phnom Penh.", ["Sok Heng"]),
        ("Mehmet Demir, aged 45, was released. Selin Kaya (34) was injured.", ["Mehmet Demir", "Selin Kaya"]),
        ("Ms Quispe and Luis Rojas were detained in Cusco.", ["Quispe", "Luis Rojas"]),
        ("Luis Rojas and Ms Quispe were detained in Cusco.", ["Luis Rojas", "Quispe"]),
        ("On 12 March, Jose Reyes was taken into custody in Manila.", ["Jose Reyes"]),
        ("In March Ana Quispe was arrested by police.", ["Ana Quispe"]),
        ("Later Ana Quispe was arrested. Reportedly Luis Rojas was detained.", ["Ana Quispe", "Luis Rojas"]),
        ("Convention No. 87 was ratified and Luis Rojas was dismissed.", ["Luis Rojas"]),
        ("The Heavy Penal Court of Izmir convicted Aylin Tekin.", ["Aylin Tekin"]),
        ("The court sentenced Rosa Mamani de la Cruz to three years.", ["Rosa Mamani de la Cruz"]),
    ],
)
def test_a_context_that_marks_a_person_finds_a_name_without_honorific(text: str, expected: list[str]) -> None:
    assert person_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "According to the information received, Human Rights Defenders were arrested in Manila.",
        "Peru was sentenced by the Inter-American Court. Tuesday Morning was arrested.",
        "Costa Rica was summoned. South Africa was detained.",
        "The Cusco Workers were detained. The appeal was dismissed.",
        "Members of the Federation of Miners of Oruro, Potosí and La Paz were arrested.",
        "The activist group Women Fighters was dismissed.",
        "Central Park was closed; Tahrir Square was cleared; Hyde Park was open.",
        "Article 87 was violated and Convention No. 98 was ratified in May.",
        "Recently Quispe was arrested.",
    ],
)
def test_countries_places_months_and_sentence_openers_are_no_persons(text: str) -> None:
    assert person_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trade unionist David Hall was arrested in Bulawayo.", ["David Hall"]),
        ("Jin Park, president of the Korean metal workers' union, was detained.", ["Jin Park"]),
        ("The lawyer Mary Church filed the appeal in Guatemala City.", ["Mary Church"]),
        ("Tom Banks and Ms Stone were detained at the port.", ["Tom Banks", "Stone"]),
        ("Yildiz Park was detained in Ankara.", ["Yildiz Park"]),
    ],
)
def test_a_surname_that_is_a_building_word_is_kept_when_the_context_marks_a_person(
    text: str, expected: list[str]
) -> None:
    assert person_names(text) == expected


def test_a_building_word_surname_is_not_echoed_in_a_place_name() -> None:
    text = "The trade unionist David Hall was arrested. Hall was held near City Hall for two days."
    spans = [m.text for m in extract_mentions(text)[0] if m.label == "person"]
    assert spans == ["David Hall", "Hall"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Federation of Workers of Food, Tobacco, Hotels and Allied Industries of Zimbabwe was heard.",
            ["Federation of Workers of Food, Tobacco, Hotels and Allied Industries of Zimbabwe"],
        ),
        (
            "The Commission on Human Rights of the Philippines and the Trade Union Rights Law",
            ["Commission on Human Rights of the Philippines"],
        ),
        (
            "The Department of Criminal Justice of Antioquia replied.",
            ["Department of Criminal Justice of Antioquia"],
        ),
    ],
)
def test_fields_and_complements_stay_inside_organisation_names(text: str, expected: list[str]) -> None:
    assert org_names(text) == expected


def test_a_title_after_a_head_ends_the_organisation_and_opens_a_person() -> None:
    text = "Metro Police Colonel Rommel Ochava denied that the Cavite Police Inspector had been there."
    assert (org_names(text), person_names(text)) == (["Metro Police", "Cavite Police"], ["Rommel Ochava"])


def test_a_role_after_a_birth_year_is_the_persons_role() -> None:
    text = "The Committee notes that Nazma Rahman (born 1974), president of the garment federation, was hurt."
    found = entities(text, EntityType.PERSON)
    assert [(e.name, e.roles) for e in found] == [("Nazma Rahman", ("president of the garment federation",))]


def test_a_discussion_turn_keeps_persons_places_and_organisations_apart() -> None:
    text = (
        "Worker members – Luis Fernando Ramírez, Carlos Mejía and Ana Lucía Gómez were murdered. "
        "The Union of Workers of Education, Health and Social Security of Guatemala (STEG) protested. "
        "Santa Rosa was affected by floods. Puerto Barrios was closed."
    )
    assert (person_names(text), org_names(text)) == (
        ["Luis Fernando Ramírez", "Carlos Mejía", "Ana Lucía Gómez"],
        ["Union of Workers of Education, Health and Social Security of Guatemala"],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ITUC condemns the arrest of Arzu Demir, General Secretary of the union, and Kani Tekin.",
            ["Arzu Demir", "Kani Tekin"],
        ),
        ("cc: Ministry of Labour and Social Security, Ambassador Selim Park", ["Selim Park"]),
        ("The King Fahd Palace was hit. Mayor Park spoke at the Sheikh Zayed Mosque.", []),
    ],
)
def test_coordination_after_a_role_and_titles_before_building_word_surnames(
    text: str, expected: list[str]
) -> None:
    assert person_names(text) == expected
