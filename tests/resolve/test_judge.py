"""Pairwise judgements: what must merge, what must stay apart, and the evidence given."""

from __future__ import annotations

import pytest

from casewatch.model import EntityRecord, EntityType, Verdict
from casewatch.resolve.judge import judge
from casewatch.resolve.profile import Population, profile

P, ORG, L = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE


def rec(
    ref: str,
    type_: EntityType,
    name: str,
    *aliases: str,
    acronyms: tuple[str, ...] = (),
    roles: tuple[str, ...] = (),
) -> EntityRecord:
    return EntityRecord(ref, ref.split(":")[0], type_, name, aliases, acronyms, roles)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Тимур Жолдасбеков", "Timur Zholdasbekov"),
        ("Oleg Ostrovskii", "Oleg Ostrovsky"),
        ("Yerzhan Yeskendirov", "Erzhan Eskendirov"),
        ("Aibek Tokhtabai", "Aibek Tokhtabay"),
        ("Mr Rustam Khalikov", "R. Khalikov"),
        ("Bekmuratova Ainur", "Ainur Bekmuratova"),
        ("HUERTA Lucia", "Ms. Lucía Huerta"),
        ("Dr Ye. Zhumagaliev", "Yerbol Zhumagaliev"),
        ("Dmitriy Volkonskiy", "Дмитрий Волконский"),
        ("Алёна Петрушевская", "Aliona Petrushevskaia"),
        ("Ms Alyona Petrushevskaya", "Alena Petrushevskaia"),
        ("Пётр Ковалёв", "Pyotr Kovalyov"),
        ("Kovalyov Pyotr Ivanovich", "Petr Kovalev"),
        ("Aleksandr Kuzmichov", "Alexander Kuzmichev"),
        ("Евгений Ходжаев", "Yevgeniy Khodzhayev"),
        ("Karim Al-Tamimi", "Mr Karim Tamimi"),
        ("Ms Nadia El-Masri", "Nadia Masri"),
        ("Yusuf Al-Harbi", "Yousuf al-Harbi"),
        # a name ending in two surnames, by its first surname or by both behind an honorific
        ("Rosa Elvira Mamani Condori", "Rosa Mamani"),
        ("Julio César Ttito Apaza", "Sr. Ttito Apaza"),
        ("Lucía Ayala Cusi", "Lucía Ayala"),
        # Burmese honorifics
        ("U Thein Zaw Lwin", "Thein Zaw Lwin"),
        ("Daw Nwe Ni Aye", "Nwe Ni Aye"),
        # one given name written joined, hyphenated or apart
        ("Abdel Karim Mansour", "Abdelkarim Mansour"),
        ("Marie-Claire Ndayishimiye", "Marie Claire Ndayishimiye"),
        ("Jean Baptiste Habimana", "Jean-Baptiste Habimana"),
        # one given name in two romanisations
        ("Muhammad Qasimi", "Mohammed Qasimi"),
        ("Mohd Faizul Rahman", "Muhammad Faizul Rahman"),
        ("Ahmad Zarif", "Mr Ahmed Zarif"),
        ("Youssef Benali", "Yusuf Benali"),
        ("Fatemeh Sadri", "Ms Fatma Sadri"),
    ],
)
def test_person_variants_are_the_same(a: str, b: str) -> None:
    verdict = judge(rec("d1:a", P, a), rec("d2:b", P, b))
    assert verdict.verdict is Verdict.SAME, verdict.evidence


def test_evidence_names_the_skeleton_and_given_name() -> None:
    verdict = judge(rec("d1:a", P, "Oleg Ostrovskii"), rec("d2:b", P, "Oleg Ostrovsky"))
    assert verdict.evidence == "same surname skeleton 'ostrovski' and given name 'oleg'"
    assert (verdict.left, verdict.right, verdict.score) == ("d1:a", "d2:b", 0.95)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kwame Mensah", "Kofi Mensah"),
        ("Mr Paulo Ferreira", "Ms Ferreira"),
        ("A. Nowak", "Zofia Nowak"),
        ("Ana Lucia Ramos", "Ana Beatriz Ramos"),
        ("Karim Al-Tamimi", "Hassan Al-Tamimi"),
        ("Omar Al-Rashid", "Omar Al-Rashdan"),
        ("Rosa Mamani Condori", "Rosa Mamani Quispe"),
        ("Lucía Ayala Cusi", "Lucía Ayala Huanca"),
        # close in writing, distinct given names
        ("Hasan Qasimi", "Hussein Qasimi"),
        ("Salah Benali", "Saleh Benali"),
        ("Muhammad Qasimi", "Ahmad Qasimi"),
    ],
)
def test_different_people_sharing_a_surname_stay_apart(a: str, b: str) -> None:
    assert judge(rec("d1:a", P, a), rec("d2:b", P, b)).verdict is Verdict.DIFFERENT


def test_surname_alone_joins_only_a_unique_full_name() -> None:
    records = [rec("d1:a", P, "Kwame Mensah"), rec("d2:b", P, "Kofi Mensah"), rec("d3:c", P, "Mr Mensah")]
    pop = Population.of(profile(r) for r in records)
    assert judge(records[0], records[2], pop).verdict is Verdict.UNSURE
    assert judge(records[0], records[2]).verdict is Verdict.SAME


def test_spellings_of_one_given_name_count_as_one_person() -> None:
    records = [
        rec("d1:a", P, "Aleksandr Kuzmichov"),
        rec("d2:b", P, "Alexander Kuzmichev"),
        rec("d3:c", P, "Mr Kuzmichev"),
    ]
    pop = Population.of(profile(r) for r in records)
    assert judge(records[0], records[2], pop).verdict is Verdict.SAME


def test_a_bare_surname_is_unsure_when_both_genders_bear_it() -> None:
    records = [rec("d1:a", P, "Kwame Mensah"), rec("d2:b", P, "Mr Mensah"), rec("d3:c", P, "Ms Mensah")]
    pop = Population.of(profile(r) for r in records)
    assert [judge(records[0], r, pop).verdict for r in records[1:]] == [Verdict.UNSURE, Verdict.UNSURE]
    assert judge(records[0], records[1], Population.of(map(profile, records[:2]))).verdict is Verdict.SAME


def test_minister_and_union_leader_with_one_surname_are_different() -> None:
    minister = rec("d1:a", P, "Minister Kowalczyk", roles=("Minister of Labour",))
    leader = rec("d2:b", P, "Marek Kowalczyk", roles=("union leader",))
    assert judge(minister, leader).verdict is Verdict.DIFFERENT


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (("Ministry of Justice",), ("Justice Ministry",), Verdict.SAME),
        (("Ministry of Justice",), ("Ministry of Labour",), Verdict.DIFFERENT),
        (("International Labour Organization",), ("International Labour Organisation",), Verdict.SAME),
        (("General Union of Port Workers",), ("General Unions of Port Workers of Ghana",), Verdict.SAME),
        (("Government of Peru",), ("Government of Bolivia",), Verdict.DIFFERENT),
        (("International Labour Organization",), ("ILO",), Verdict.SAME),
        (("Union of Bakers",), ("UB",), Verdict.DIFFERENT),
        # the country before the name, as a name or an adjective, or after it
        (("Dock Workers Union of Ghana",), ("Ghanaian Dock Workers' Union",), Verdict.SAME),
        (("Peruvian Federation of Miners",), ("Federation of Miners of Peru",), Verdict.SAME),
        (("Bolivia Confederation of Bakers",), ("Confederation of Bakers of Bolivia",), Verdict.SAME),
        (("South African Federation of Bakers",), ("Federation of Bakers of South Africa",), Verdict.SAME),
        (("Ghanaian Dock Workers' Union",), ("Dock Workers Union of Peru",), Verdict.DIFFERENT),
        (("Peruvian Federation of Miners",), ("Peruvian Federation of Bakers",), Verdict.DIFFERENT),
        # one name in French, Spanish or Portuguese and in English
        (
            ("Sindicato Nacional de Trabajadores Textiles",),
            ("National Union of Textile Workers",),
            Verdict.SAME,
        ),
        (
            ("Confédération syndicale des travailleurs du Togo",),
            ("Trade Union Confederation of Workers of Togo",),
            Verdict.SAME,
        ),
        (("Federação Nacional dos Jornalistas",), ("National Federation of Journalists",), Verdict.SAME),
        (("Ministerio del Trabajo y Empleo",), ("Ministry of Labour and Employment",), Verdict.SAME),
        (("Sindicato de Trabajadores Mineros",), ("Sindicato de Trabajadores Textiles",), Verdict.DIFFERENT),
        (
            ("Syndicat national des enseignants du Togo",),
            ("National Teachers Union of Peru",),
            Verdict.DIFFERENT,
        ),
        # a country's own body is no short form of an international one
        (("Danish Confederation of Bakers",), ("Confederation of Bakers International",), Verdict.DIFFERENT),
    ],
)
def test_organisation_names(a: tuple[str, ...], b: tuple[str, ...], expected: Verdict) -> None:
    assert judge(rec("d1:a", ORG, *a), rec("d2:b", ORG, *b)).verdict is expected


def test_acronym_shared_by_coincidence_without_alias_evidence() -> None:
    a = rec("d1:a", ORG, "Federation of Mine Workers", acronyms=("FMW",))
    b = rec("d2:b", ORG, "Forum of Migrant Women", acronyms=("FMW",))
    verdict = judge(a, b)
    assert verdict.verdict is Verdict.DIFFERENT
    assert verdict.evidence.startswith("acronym FMW shared by coincidence")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("Confederation", "CFUD"), ("Confederation of Free Unions of Dornava", "CFUD", "KSPD"), True),
        (("Federation of Mine Workers", "FMW"), ("Forum of Migrant Women", "FMW"), False),
        (("Union of Teachers", "UT"), ("Union of Teachers of Peru", "UT"), True),
        (("Union of Teachers of Chile", "UT"), ("Union of Teachers of Peru", "UT"), False),
        (
            ("Профсоюз работников стекольной промышленности", "ПРСП"),
            ("Glass Industry Workers' Union", "PRSP"),
            True,
        ),
        (("Independent Confederation", "NKPD"), ("Confederation of Free Unions of Dornava", "NKPD"), True),
    ],
)
def test_acronym_stated_for_two_names(a: tuple[str, str], b: tuple[str, ...], same: bool) -> None:
    left = rec("d1:a", ORG, a[0], acronyms=a[1:])
    right = rec("d2:b", ORG, b[0], acronyms=b[1:])
    assert (judge(left, right).verdict is Verdict.SAME) is same


def test_bare_acronym_of_a_name_and_its_part_has_one_owner() -> None:
    records = [
        rec("d1:a", ORG, "Confederation", acronyms=("CFUD",)),
        rec("d2:b", ORG, "Confederation of Free Unions of Dornava", acronyms=("CFUD",)),
        rec("d3:c", ORG, "CFUD"),
    ]
    pop = Population.of(profile(r) for r in records)
    assert judge(records[0], records[2], pop).verdict is Verdict.SAME
    assert judge(records[1], records[2], pop).verdict is Verdict.SAME


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (
            "Glass and Ceramics Workers' Union",
            "Industrial Union of Employees of the Glass and Ceramics Sector",
            True,
        ),
        (
            "Sectoral Trade Union of Glass and Ceramics Complex Employees",
            "Glass and Ceramics Workers' Union",
            True,
        ),
        ("Union of Teachers of Peru", "Union of Health Workers of Peru", False),
        (
            "Glass and Ceramics Workers' Union",
            "Trade Union of Workers in the Glass and Ceramics Complex of Dornava",
            False,
        ),
        ("Free Trade Union of Miners", "Trade Union of Miners", False),
        ("Federation of Glass Workers", "Glass Workers' Union", False),
    ],
)
def test_one_union_under_translated_names(a: str, b: str, same: bool) -> None:
    verdict = judge(rec("d1:a", ORG, a), rec("d2:b", ORG, b))
    assert (verdict.verdict is Verdict.SAME) is same, verdict.evidence


def test_acronym_defined_in_one_document_names_a_bare_mention_in_another() -> None:
    a = rec("d1:a", ORG, "Federation of Mine Workers", acronyms=("FMW",))
    verdict = judge(a, rec("d2:b", ORG, "FMW"))
    assert verdict.verdict is Verdict.SAME
    assert verdict.evidence == "acronym FMW defined as alias of 'Federation of Mine Workers' in d1"


def test_places_and_types() -> None:
    assert judge(rec("d1:a", L, "Gyumri"), rec("d2:b", L, "Гюмри")).verdict is Verdict.SAME
    assert judge(rec("d1:a", L, "Gyumri"), rec("d2:b", P, "Gyumri")).verdict is Verdict.DIFFERENT


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Moldova", "the Republic of Moldova", True),
        ("Republic of Korea", "South Korea", True),
        ("Republic of Korea", "Democratic People's Republic of Korea", False),
        ("Georgia", "Armenia", False),
    ],
)
def test_a_country_is_one_place_however_it_is_styled(a: str, b: str, same: bool) -> None:
    verdict = judge(rec("d1:a", L, a), rec("d2:b", L, b)).verdict
    assert (verdict is Verdict.SAME) is same


@pytest.mark.parametrize(
    ("short", "long_", "same"),
    [
        ("United Nations", "United Nations Human Rights Council", False),
        ("Solidarnosc", "Solidarnosc Trade Union", True),
    ],
)
def test_a_name_followed_by_a_body_is_not_its_short_form(short: str, long_: str, same: bool) -> None:
    verdict = judge(rec("d1:a", ORG, short), rec("d2:b", ORG, long_)).verdict
    assert (verdict is Verdict.SAME) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("TUC General Council", "RCTU General Council", False),
        ("FTU Central Executive Committee", "NUM Central Executive Committee", False),
        ("ILO Committee of Experts", "Committee of Experts", True),
        ("ILO Committee of Experts", "ILO Committee of Experts", True),
    ],
)
def test_organs_of_two_different_bodies_stay_apart(a: str, b: str, same: bool) -> None:
    verdict = judge(rec("d1:a", ORG, a), rec("d2:b", ORG, b)).verdict
    assert (verdict is Verdict.SAME) is same


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # a company, and the union its workers named after it
        ("Arden Shipping", "Arden Shipping Workers Union", Verdict.DIFFERENT),
        ("Velmar Textiles", "Velmar Textiles Labour Union", Verdict.DIFFERENT),
        # a body's short name and its full name
        ("Korvan Congress", "Korvan Congress of Trade Unions", Verdict.SAME),
    ],
)
def test_a_company_and_its_workers_union_stay_two(a: str, b: str, verdict: Verdict) -> None:
    judged = judge(rec("d1:a", ORG, a), rec("d2:b", ORG, b)).verdict
    assert (judged is Verdict.SAME) is (verdict is Verdict.SAME)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Malawian police", "Zambian police"),
        ("Nepalese police", "Bolivian police"),
        ("Peruvian Government", "Chilean Government"),
    ],
)
def test_two_countries_offices_stay_apart(a: str, b: str) -> None:
    assert judge(rec("d1:o1", ORG, a), rec("d2:o1", ORG, b)).verdict is not Verdict.SAME
