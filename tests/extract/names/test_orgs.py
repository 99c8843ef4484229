"""Organisation names by rule, acronyms and document-local organisation entities."""

from __future__ import annotations

import pytest

from casewatch.extract.names.entities import _org_key_matches, org_key
from casewatch.extract.names.mentions import extract_mentions
from casewatch.model import Entity, EntityType


def orgs(text: str) -> list[Entity]:
    return [e for e in extract_mentions(text)[1] if e.type is EntityType.ORGANIZATION]


def org_names(text: str) -> list[str]:
    return [e.name for e in orgs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Belarusian Congress of Democratic Trade Unions was dissolved by the Supreme Court.",
            ["Belarusian Congress of Democratic Trade Unions", "Supreme Court"],
        ),
        (
            "The Ministry of Labour and Vocational Training of Cambodia refused the registration.",
            ["Ministry of Labour and Vocational Training of Cambodia"],
        ),
        (
            "A complaint was filed with the Committee on Freedom of Association.",
            ["Committee on Freedom of Association"],
        ),
        (
            "The Second Criminal Court of First Instance of Istanbul sentenced him.",
            ["Second Criminal Court of First Instance of Istanbul"],
        ),
        ("Workers of Andes Mining Company LLC went on strike.", ["Andes Mining Company LLC"]),
        ("The case was heard by a labour court in Medellín.", ["labour court in Medellín"]),
        ("The Prosecutor General's Office opened an investigation.", ["Prosecutor General's Office"]),
        ("The Textile and Garment Workers union protested.", ["Textile and Garment Workers union"]),
        (
            "The members of the “Free Voice” independent trade union were dismissed.",
            ["“Free Voice” independent trade union"],
        ),
    ],
)
def test_organisation_rules(text: str, expected: list[str]) -> None:
    assert org_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Committee requests the Government to amend the law.",
        "The union and the federation met the Government's representatives.",
        "Trade Unions must be free to organise.",
        "The Law on Trade Unions and the Labour Code were amended.",
        "Article 2 of the Convention on Freedom of Association applies.",
        "The Worker members of the Committee spoke.",
    ],
)
def test_no_organisation(text: str) -> None:
    assert org_names(text) == []


def test_acronym_defined_after_the_name_links_later_uses() -> None:
    text = (
        "The Confederation of Labour of Colombia (CTC) denounced the killing. "
        "The CTC later filed a complaint, and CTC members marched."
    )
    (entity,) = orgs(text)
    assert entity.name == "Confederation of Labour of Colombia"
    assert entity.acronyms == ("CTC",)
    assert entity.aliases == ("CTC",)


def test_slash_acronyms_belong_to_one_entity() -> None:
    text = "The Independent Union of Radio Workers (REP/NRU) was closed. REP appealed; NRU lost."
    (entity,) = orgs(text)
    assert entity.acronyms == ("REP", "NRU")


def test_acronym_before_the_full_name() -> None:
    text = (
        "KESK (Confederation of Public Employees' Trade Unions) called a strike. KESK leaders were detained."
    )
    (entity,) = orgs(text)
    assert (entity.name, entity.acronyms) == ("Confederation of Public Employees' Trade Unions", ("KESK",))


def test_international_bodies_use_one_preferred_name_in_any_language() -> None:
    text = "The ITUC wrote to the ILO. La Confédération syndicale internationale (CSI) et l'OIT."
    assert [(e.name, e.aliases) for e in orgs(text)] == [
        (
            "International Trade Union Confederation",
            ("ITUC", "Confédération syndicale internationale", "CSI"),
        ),
        ("International Labour Organization", ("ILO", "OIT")),
    ]


def test_short_and_full_forms_of_one_organisation() -> None:
    text = (
        "The Confederation of Free Trade Unions of Cambodia was raided. "
        "The Confederation of Free Trade Unions then appealed to the Justice Ministry "
        "and the Ministry of Justice."
    )
    assert [(e.name, e.aliases) for e in orgs(text)] == [
        ("Confederation of Free Trade Unions of Cambodia", ("Confederation of Free Trade Unions",)),
        ("Ministry of Justice", ("Justice Ministry",)),
    ]


def test_a_generic_court_phrase_after_a_court_with_a_place_is_that_court() -> None:
    text = "An administrative court in Grodno ordered the closure. The administrative court gave no reasons."
    (entity,) = orgs(text)
    assert (entity.name, entity.aliases) == ("administrative court in Grodno", ("administrative court",))


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Justice Ministry", "ministry of justice"),
        ("the Ministry of Justice of the Republic of Belarus", "ministry of justice"),
        ("Turkish Government", "turkish government"),  # one office of each country
        ("Malawian Teachers Union", "teachers union"),
        ("ILO Committee of Experts", "committee of experts"),
    ],
)
def test_org_key(name: str, key: str) -> None:
    assert org_key(name) == key


def test_a_person_before_of_is_not_part_of_the_organisation() -> None:
    text = "Ms Soy Sopheap of the Independent Democracy of Informal Economy Association (IDEA) was summoned."
    entities = extract_mentions(text)[1]
    assert [(e.type.value, e.name) for e in entities] == [
        ("person", "Soy Sopheap"),
        ("organization", "Independent Democracy of Informal Economy Association"),
    ]


@pytest.mark.parametrize(
    "turn",
    ["Government member, Japan – Japan appreciates the efforts.", "Worker members – We note with concern."],
)
def test_speaker_turns_name_no_person(turn: str) -> None:
    assert [e for e in extract_mentions(turn)[1] if e.type is not EntityType.PLACE] == []


def test_spanish_names_and_offices_before_of() -> None:
    text = (
        "The Central Unitaria de Trabajadores de Bolivia (CUT) called a strike. Mariana Okafor\n"
        "Chair-Rapporteur of the Working Group on Arbitrary Detention\n"
    )
    assert [(e.name, e.acronyms) for e in orgs(text)] == [
        ("Central Unitaria de Trabajadores de Bolivia", ("CUT",)),
        ("Working Group on Arbitrary Detention", ()),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a law's title is not an organisation
        ("Section 4 of Law No. 12 on Agricultural Workers' Unions was amended.", []),
        ("The Decree of 2015 regarding Teachers Associations is in force.", []),
        # an office held in an organisation names a person, not the organisation
        ("Mr Omar Haddad, Deputy Secretary of the Federation, was dismissed.", []),
        ("Ms Rita Moyo, Vice President of the Dockers Union of Kenya, spoke.", ["Dockers Union of Kenya"]),
        # a headline's topic
        ("Nepal: Assault on Independent Unions Grows", []),
        ("The Committee on Freedom of Association met.", ["Committee on Freedom of Association"]),
    ],
)
def test_law_subjects_offices_and_topics_are_not_organisations(text: str, expected: list[str]) -> None:
    assert org_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "To the Secretaries of all Locals,\nCouncil of Executive officers,\nArea Boards.",
        "The Board of National officers met on Monday to plan the strike.",
        "Copies go to the Committee of Regional delegates and to all branches.",
    ],
)
def test_capitals_ending_in_an_adjective_of_a_plural_noun_name_no_body(text: str) -> None:
    names = org_names(text)
    assert not any(n.endswith(("Executive", "National", "Regional")) for n in names)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Statement of the Northern Dockworkers Union\n\nWe condemn the dismissals.",
            "Northern Dockworkers Union",
        ),
        ("Déclaration de la Fédération des Cheminots Unis\n\nNous condamnons les licenciements.", None),
        ("Comunicado de la Central de Trabajadores del Valle\n\nCondenamos los despidos.", None),
    ],
)
def test_a_statement_title_is_no_part_of_its_bodys_name(text: str, body: str | None) -> None:
    names = org_names(text)
    assert not any(n.split()[0] in {"Statement", "Déclaration", "Comunicado"} for n in names)
    if body:
        assert body in names


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "Fueron llevados al Servicio Andino de Vigilancia Nacional (Savin). El SAVIN calló.",
            "Servicio Andino de Vigilancia Nacional",
            "Savin",
        ),
        (
            "The Independent Miners Union (Imu) said police raided its office. The Imu called it unlawful.",
            "Independent Miners Union",
            "Imu",
        ),
        (
            "El Sindicato Único de Trabajadores Portuarios (Sutrap) convocó la huelga; el Sutrap exige.",
            "Sindicato Único de Trabajadores Portuarios",
            "Sutrap",
        ),
    ],
)
def test_an_acronym_written_as_a_word_in_brackets_names_the_body_before_it(
    text: str, name: str, acronym: str
) -> None:
    found = orgs(text)
    assert [e.name for e in found] == [name]
    assert acronym in found[0].aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La ONG arcadiana Cauce ha exigido la liberación de los dirigentes.", "Cauce"),
        ("Selon l'ONG Vigilance, trois syndicalistes ont été arrêtés.", "Vigilance"),
        ("The rights group Lantern said the two organisers were beaten in custody.", "Lantern"),
    ],
)
def test_a_body_named_after_ngo_is_an_organisation(text: str, name: str) -> None:
    assert name in org_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "El Observatorio Costero de la Libertad Sindical difundió un video.",
            "Observatorio Costero de la Libertad Sindical",
        ),
        (
            "L'Observatoire Sahélien des Droits Syndicaux a dénoncé les arrestations.",
            "Observatoire Sahélien des Droits Syndicaux",
        ),
        (
            "The Coastal Observatory of Labour Rights documented the raids.",
            "Coastal Observatory of Labour Rights",
        ),
    ],
)
def test_an_observatory_is_a_body(text: str, name: str) -> None:
    assert name in org_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "ARGENTINA: Detienen a un dirigente del sindicato\nBUENOS AIRES, 3 Jun. – La policía lo detuvo.",
        "Grève générale dans le pays du syndicat\nBAMAKO, 4 mai – Les enseignants ont cessé le travail.",
        "Strike called by the union\nLAGOS, May 4 – Dockers walked out on Monday.",
    ],
)
def test_a_datelines_city_under_a_headline_naming_a_body_is_no_acronym(text: str) -> None:
    assert not any(n.isupper() for n in org_names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Denuncian la detención por parte de la Inspección Federal de tres representantes sindicales.",
            "Inspección Federal",
        ),
        ("La plainte vise la Direction régionale de deux entreprises du port.", "Direction régionale"),
        ("El Ministerio de Trabajo de cinco provincias convocó a los sindicatos.", "Ministerio de Trabajo"),
    ],
)
def test_a_romance_name_stops_before_a_number_word(text: str, name: str) -> None:
    assert name in org_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ils protestent contre la décision du PDG de l'agence, Jean Morel.",
        "Le DRH de l'usine a convoqué les délégués.",
        "La lettre du DG de l'entreprise est arrivée lundi.",
    ],
)
def test_an_executives_title_acronym_names_no_body(text: str) -> None:
    assert not {"PDG", "DRH", "DG"} & set(org_names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Centre for Workers Union and Legal Studies condemned the raids.",
            "Centre for Workers Union and Legal Studies",
        ),
        (
            "The Institute for Workers Union and Labour Studies said.",
            "Institute for Workers Union and Labour Studies",
        ),
        (
            "The Council for Dockers Union and Maritime Affairs met.",
            "Council for Dockers Union and Maritime Affairs",
        ),
    ],
)
def test_and_after_a_head_inside_a_complement_joins_two_fields_of_one_name(text: str, name: str) -> None:
    assert org_names(text) == [name]


def test_and_before_another_head_still_parts_two_bodies() -> None:
    names = org_names("The Federation of Trade Unions and the Ministry of Labour signed.")
    assert names == ["Federation of Trade Unions", "Ministry of Labour"]


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "The Arden Mine Workers Union held a rally; the AMWU said the police came.",
            "Arden Mine Workers Union",
            "AMWU",
        ),
        (
            "BREAKING: Police detain ALC President\nThe Arden Labour Congress said its leader was taken.",
            "Arden Labour Congress",
            "ALC",
        ),
        (
            "La Confédération générale des marins proteste. La CGM appelle à la grève.",
            "Confédération générale des marins",
            "CGM",
        ),
    ],
)
def test_an_acronym_the_initials_of_a_name_spell_is_that_name_s(text: str, name: str, acronym: str) -> None:
    found = [e for e in orgs(text) if acronym in (e.name, *e.aliases, *e.acronyms)]
    assert [e.name for e in found] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The Arden Mine Workers Union held a rally. The AWU protested too.",
        "The Arden Labour Congress wrote to the TUC.",
        "La Confédération générale des marins et la CGT protestent.",
    ],
)
def test_an_acronym_the_initials_do_not_spell_stays_apart(text: str) -> None:
    assert len(orgs(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The Government is pushing the Strikes (Minimum Staffing Levels) Bill through.",
        "The Road Transport (Drivers Association) Bill was tabled.",
        "The Public Order (Workers Council) Proclamation was issued.",
    ],
)
def test_a_bracket_inside_a_bill_s_title_names_no_body(text: str) -> None:
    assert org_names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Malawian police arrested four strikers. The Zambian police released two.",
         ["Malawian police", "Zambian police"]),
        ("The Nepalese police said later that the Bolivian police had helped.",
         ["Nepalese police", "Bolivian police"]),
        ("The Peruvian Government wrote; the Chilean Government did not.",
         ["Peruvian Government", "Chilean Government"]),
    ],
)  # fmt: skip
def test_one_office_of_each_country(text: str, names: list[str]) -> None:
    assert [e.name for e in orgs(text)] == names


def test_an_office_without_its_country_joins_the_one_country_s_office_named() -> None:
    assert org_key("police") != org_key("Malawian police")
    assert _org_key_matches(org_key("police"), {org_key("Malawian police")})
    assert _org_key_matches(org_key("Malawian police"), {org_key("police")})
    assert not _org_key_matches(org_key("Zambian police"), {org_key("police"), org_key("Malawian police")})


def test_a_force_s_premises_in_lower_case_are_a_place() -> None:
    text = "He was held at the Kestrel Police station in Valdor, awaiting trial."
    assert not any("Kestrel Police" in n for n in org_names(text))


def test_a_nationality_and_a_generic_plural_head_name_no_one_body() -> None:
    text = "Solidarity with Namibian Unions\n\nThe letter was sent by the Kestrel Federation of Dockers."
    names = org_names(text)
    assert "Namibian Unions" not in names
    assert "Kestrel Federation of Dockers" in names
