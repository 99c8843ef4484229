"""One actor under the spellings different pages give it: East Slavic given names in Russian,
Belarusian and Ukrainian forms, Persian long vowels, East Asian names with hyphenated given names
and an English given name, French names with an elided article, and a name whose country only one
page writes."""

from __future__ import annotations

import pytest

from casewatch.model import EntityRecord, EntityType, Verdict
from casewatch.resolve import resolve
from casewatch.resolve.judge import judge
from casewatch.resolve.keys import skeleton
from casewatch.resolve.org_keys import initials, parse_org
from casewatch.resolve.profile import Population, profile

P, ORG = EntityType.PERSON, EntityType.ORGANIZATION


def rec(
    ref: str, type_: EntityType, name: str, *aliases: str, acronyms: tuple[str, ...] = ()
) -> EntityRecord:
    return EntityRecord(ref, ref.split(":")[0], type_, name, aliases, acronyms)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Aliaksandr Dubrouski", "Alexandr Dubrouski"),
        ("Alyaksandr Dubrouski", "Oleksandr Dubrouski"),
        ("Siarhei Lapatka", "Sergey Lapatka"),
        ("Mikalaj Zhuk", "Nikolay Zhuk"),
        ("Hennadz Varabei", "Gennadiy Varabei"),
        ("Volha Krauchuk", "Olga Krauchuk"),
        ("Ihar Savik", "Igor Savik"),
    ],
)
def test_east_slavic_given_names_in_three_forms_are_one(a: str, b: str) -> None:
    verdict = judge(rec("d1:a", P, a), rec("d2:b", P, b))
    assert verdict.verdict is Verdict.SAME, verdict.evidence


@pytest.mark.parametrize(
    ("a", "b"), [("Naeemi", "Naeimi"), ("Naeemi", "Naimi"), ("Raeisi", "Raisi"), ("Saeed", "Said")]
)
def test_a_long_i_after_a_vowel_written_three_ways(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize(("a", "b"), [("Klein", "Klin"), ("Stein", "Stin")])
def test_ei_after_a_consonant_is_kept(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Pak Chol-min", "Pak Chol Min"),  # the given name hyphenated or apart
        ("Pak Chol Min", "Pak Chol-min"),
        ("Yoon Dae-gyu", "Yoon Dae-kyu"),  # two romanisations of one syllable
        ("Yoon Dae Gyu", "Yoon Dae-kyu"),
        ("Ada Tsang Wai-ling", "Tsang Wai-ling"),  # an English given name in front
    ],
)
def test_east_asian_names_written_several_ways_are_one(a: str, b: str) -> None:
    verdict = judge(rec("d1:a", P, a), rec("d2:b", P, b))
    assert verdict.verdict is Verdict.SAME, verdict.evidence


def test_an_english_given_name_and_a_chinese_one_do_not_split_a_person() -> None:
    english, chinese = rec("d1:a", P, "Ada Tsang", "Ms Tsang"), rec("d2:b", P, "Tsang Wai-ling")
    assert judge(english, chinese).verdict is not Verdict.DIFFERENT
    both = rec("d3:c", P, "Ada Tsang Wai-ling")
    resolution = resolve([english, chinese, both])
    assert len(set(resolution.clusters.values())) == 1


def test_two_english_given_names_stay_two_people() -> None:
    assert judge(rec("d1:a", P, "Ada Tsang"), rec("d2:b", P, "Mary Tsang")).verdict is Verdict.DIFFERENT


def test_an_elided_article_is_no_word_of_the_name() -> None:
    french = parse_org("Syndicat national des agents de l'Hydraulique rurale")
    assert french.key == parse_org("Syndicat national des agents de Hydraulique rurale").key
    assert "SNAHR" in initials("Syndicat national des agents de l'Hydraulique rurale")


def test_a_bare_acronym_joins_names_that_mostly_agree() -> None:
    records = [
        rec("d1:a", ORG, "Syndicat national des agents de l'Hydraulique rurale", acronyms=("SNAHR",)),
        rec("d2:b", ORG, "Syndicat national des artisans de l'Hydraulique rurale", acronyms=("SNAHR",)),
        rec("d3:c", ORG, "SNAHR", acronyms=("SNAHR",)),
    ]
    pop = Population.of(profile(r) for r in records)
    assert judge(records[0], records[2], pop).verdict is Verdict.SAME


def test_a_bare_acronym_of_two_unlike_names_stays_unsure() -> None:
    records = [
        rec("d1:a", ORG, "National Union of Harbour Rangers", acronyms=("NUHR",)),
        rec("d2:b", ORG, "New Union of Hotel Receptionists", acronyms=("NUHR",)),
        rec("d3:c", ORG, "NUHR", acronyms=("NUHR",)),
    ]
    pop = Population.of(profile(r) for r in records)
    assert judge(records[0], records[2], pop).verdict is Verdict.UNSURE


def test_a_name_without_its_country_is_unsure_between_two_countries_bodies() -> None:
    records = [
        rec("d1:a", ORG, "Ghanaian Federation of Dock Workers"),
        rec("d2:b", ORG, "Federation of Dock Workers of Kenya"),
        rec("d3:c", ORG, "Federation of Dock Workers"),
    ]
    pop = Population.of(profile(r) for r in records)
    assert judge(records[1], records[2], pop).verdict is Verdict.UNSURE
    assert judge(records[1], records[2]).verdict is Verdict.SAME


def body(ref: str, name: str, *aliases: str, countries: tuple[str, ...] = ()) -> EntityRecord:
    return EntityRecord(ref, ref.split(":")[0], ORG, name, aliases, (), (), countries)


def test_a_name_without_its_country_is_the_body_of_its_page_s_country() -> None:
    records = [
        body("d1:a", "Ghanaian Federation of Dock Workers", countries=("GHA",)),
        body("d2:b", "Federation of Dock Workers of Kenya", countries=("KEN",)),
        body("d3:c", "Federation of Dock Workers", countries=("KEN",)),
    ]
    clusters = resolve(records).clusters
    assert clusters["d3:c"] == clusters["d2:b"] != clusters["d1:a"]


def test_a_name_without_its_country_in_another_country_s_page_is_not_joined() -> None:
    records = [
        body("d1:a", "Ghanaian Federation of Dock Workers", countries=("GHA",)),
        body("d2:b", "Federation of Dock Workers", countries=("KEN",)),
    ]
    assert judge(*records).verdict is Verdict.UNSURE


def test_one_bare_name_in_two_countries_pages_is_not_one_record() -> None:
    records = [
        body("d1:a", "Federation of Dock Workers", countries=("GHA",)),
        body("d2:b", "Federation of Dock Workers", countries=("KEN",)),
        body("d3:c", "Ghanaian Federation of Dock Workers", countries=("GHA",)),
        body("d4:d", "Federation of Dock Workers of Kenya", countries=("KEN",)),
    ]
    clusters = resolve(records).clusters
    assert clusters["d1:a"] == clusters["d3:c"] != clusters["d2:b"] == clusters["d4:d"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sergei Kravtsov", "Siarhei Kravtsou"),  # -ov / -ou
        ("Pavel Kostrov", "Paval Kastrau"),  # -ov / -au, unstressed o as a
        ("Yevgeny Seredenko", "Yauhen Siaredzenka"),
        ("Vasily Korenev", "Vasil Karaneu"),  # -ev / -eu
        ("Tatiana Morozova", "Tatsiana Marozava"),  # -ova / -ava
    ],
)
def test_russian_and_belarusian_forms_of_one_name_are_one(a: str, b: str) -> None:
    verdict = judge(rec("d1:a", P, a), rec("d2:b", P, b))
    assert verdict.verdict is Verdict.SAME, verdict.evidence


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ivan Korenev", "Vasil Karaneu"),  # another given name
        ("Ana Silva", "Ana Selva"),  # short surnames: unstressed vowels say too little
        ("Jean Moreau", "Jean Morov"),  # -eau is no Belarusian ending
    ],
)
def test_vowel_alike_surnames_without_more_stay_apart(a: str, b: str) -> None:
    assert judge(rec("d1:a", P, a), rec("d2:b", P, b)).verdict is not Verdict.SAME


def test_russian_and_belarusian_spellings_meet_in_one_cluster() -> None:
    names = ("Vasily Korenev", "Vasil Karaneu", "Ivan Sidorov")
    records = [rec(f"d{i}:{c}", P, name) for i, (c, name) in enumerate(zip("abc", names, strict=True), 1)]
    clusters = resolve(records).clusters
    assert clusters["d1:a"] == clusters["d2:b"] != clusters["d3:c"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ramiro López Quiroga", "Ramiro López"),  # a Spanish -ez surname that is a given name too
        ("José Luis Lorenzo Quiroga", "José Lorenzo"),  # two given names, then two surnames
    ],
)
def test_a_first_surname_that_is_also_a_given_name(a: str, b: str) -> None:
    verdict = judge(rec("d1:a", P, a), rec("d2:b", P, b))
    assert verdict.verdict is Verdict.SAME, verdict.evidence
