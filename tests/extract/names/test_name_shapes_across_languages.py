"""Shapes of names in every genre and language (all names invented): coordinated adjectives, acronyms
written as words or set off by commas, comma lists of fields, honorifics, title complements."""

from __future__ import annotations

import pytest

from casewatch.extract.names.mentions import extract_mentions
from casewatch.extract.names.org_abbreviations import abbreviates
from casewatch.model import EntityType


def orgs(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: tuple(e.aliases) for e in extract_mentions(text)[1] if e.type is EntityType.ORGANIZATION}


def persons(text: str) -> list[str]:
    return [e.name for e in extract_mentions(text)[1] if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La présidente du Conseil économique et social a reçu X.", "Conseil économique et social"),
        ("El Consejo consultivo y técnico de la región negó la licencia.", "Consejo consultivo y técnico"),
    ],
)
def test_two_adjectives_joined_qualify_the_head_together(text: str, expected: str) -> None:
    assert expected in orgs(text)


def test_a_lone_adjective_before_a_conjunction_still_ends_the_name() -> None:
    text = "La Confédération générale et le syndicat des mineurs ont signé."
    assert "Confédération générale" in orgs(text)


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("Sintravalda", "Sindicato de Trabajadores de Valdares", True),
        ("Sinatrel", "Sindicato Nacional de Trabajadores, Estibadores y Lancheros", True),
        ("Dgsem", "Dirección General de Seguridad Marítima", True),
        ("Valdora", "Tribunal Laboral de Valdora", False),  # a place in brackets
        ("Brenta", "Banco de Brenta", False),
    ],
)
def test_an_acronym_written_as_a_word_must_abbreviate_the_name(
    acronym: str, name: str, expected: bool
) -> None:
    assert abbreviates(acronym, name) is expected


def test_an_acronym_written_as_a_word_is_the_body_s_alias() -> None:
    text = (
        "El secretario general del Sindicato de Trabajadores de Valdares (Sintravalda), Jorge Veloz, fue "
        "detenido. La audiencia de Sintravalda fue aplazada."
    )
    found = orgs(text)
    assert "Sindicato de Trabajadores de Valdares" in found
    assert "Sintravalda" in found["Sindicato de Trabajadores de Valdares"]
    assert "Sintravalda" not in found  # one body, not two


def test_a_place_in_brackets_is_no_acronym() -> None:
    text = "El Sindicato de Trabajadores de Valdares (Valdora) convocó una huelga."
    assert "Valdora" not in orgs(text).get("Sindicato de Trabajadores de Valdares", ())


def test_a_name_listing_its_fields_runs_on_to_its_acronym_written_as_a_word() -> None:
    text = (
        "Fue detenido Mario Quispe, secretario del Sindicato Nacional de Trabajadores, Estibadores, "
        "Lancheros y Obreros de la Marina en General (Sinatrel) acusado de sabotaje."
    )
    name = "Sindicato Nacional de Trabajadores, Estibadores, Lancheros y Obreros de la Marina en General"
    assert "Sinatrel" in orgs(text)[name]


def test_an_acronym_between_commas_opens_with_the_name_and_ends_with_a_word_s_initial() -> None:
    text = (
        "Raiders tried to seize the offices of the Federation of Trade Unions of Ruritania, FPR, and of its "
        "affiliates. The FPR calls on the President to act."
    )
    found = orgs(text)
    assert "FPR" in found["Federation of Trade Unions of Ruritania"]
    assert "FPR" not in found


def test_a_second_body_between_commas_is_no_acronym() -> None:
    text = "He wrote to the Ministry of Labour, MOJ, and the police about the strike."
    assert "MOJ" not in orgs(text).get("Ministry of Labour", ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selon la présidente, Hadja Fatoumata Kobélé Sow, la grève est illégale.", "Fatoumata Kobélé Sow"),
        ("The union's treasurer, Alhaji Musa Danbaba, was detained overnight.", "Musa Danbaba"),
    ],
)
def test_west_african_honorifics_open_a_name(text: str, expected: str) -> None:
    assert any(expected in p for p in persons(text))


def test_a_title_s_complement_is_no_person() -> None:
    text = (
        "Fue detenido Mario Quispe, Secretario de Prensa y Propaganda del Comité Ejecutivo del Sindicato "
        "Nacional de Estibadores, acusado de sabotaje."
    )
    assert persons(text) == ["Mario Quispe"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diz o presidente da CUT-RS, Paulo Brandão, que a greve continua.", "CUT-RS"),
        ("Os servidores do INPR cruzaram os braços nesta manhã.", "INPR"),
        ("El despido de afiliados a SINTRAPALMARES en la planta fue denunciado.", "SINTRAPALMARES"),
        ("The members of the KFTU marched to the ministry.", "KFTU"),
    ],
)
def test_an_acronym_after_a_portuguese_article_or_a_member_s_preposition_is_a_body(
    text: str, expected: str
) -> None:
    assert expected in orgs(text)


def test_a_name_ending_in_sindical_is_a_body_not_a_person() -> None:
    text = (
        "O presidente da Frente Sindical, Miguel Tavares, e o secretário-geral da Central, João Rezende, "
        "foram detidos. A nota da Frente Sindical foi distribuída à imprensa."
    )
    assert "Frente Sindical" in orgs(text)
    assert "Frente Sindical" not in persons(text)


@pytest.mark.parametrize(
    "text", ["La Libertad Sindical es un derecho humano.", "El Fuero Sindical protege al delegado."]
)
def test_a_union_right_spelled_in_capitals_is_no_body(text: str) -> None:
    assert orgs(text) == {}


def test_a_possessive_ends_the_possessor_s_name() -> None:
    text = "The court also sentenced Voronski's Zorka colleagues Ilya Marten and Oleg Pashuk to prison."
    assert "Voronski's Zorka" not in persons(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El arresto que quiso hacer la Guardia Nacional contra Quintero fue denunciado.",
            "Guardia Nacional",
        ),
        (
            "La Fiscalía Especializada contra Delitos fue creada en 2015.",
            "Fiscalía Especializada contra Delitos",
        ),
    ],
)
def test_contra_joins_a_plural_field_not_a_person(text: str, expected: str) -> None:
    assert list(orgs(text)) == [expected]


def test_a_verb_that_an_article_follows_is_no_adjective_of_the_name() -> None:
    text = "El plazo vence antes de que la Procuraduría presente los cargos."
    assert not any("presente" in name for name in orgs(text))


def test_a_nationality_and_a_generic_head_before_a_capitalised_noun_name_no_body() -> None:
    text = "URGENT APPEAL: Moldovan Trade Union Leaders under Pressure\nDear colleagues,"
    assert orgs(text) == {}
    assert "Ruritanian Trade Union Confederation" in orgs(
        "The Ruritanian Trade Union Confederation Leaders met."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Акимат подал иск на основании писем компаний Vanta Drilling, Kestrel Oil и «Тастак Курылыс».",
            ["Vanta Drilling", "Kestrel Oil", "Тастак Курылыс"],
        ),
        (
            "Denunciaron a las empresas Lácteos Norte, Kestrel y Vanta ante el juez.",
            ["Lácteos Norte", "Kestrel", "Vanta"],
        ),
        ("The companies Kestrel, Vanta and Dura-Tek refused to negotiate.", ["Kestrel", "Vanta", "Dura-Tek"]),
    ],
)
def test_names_listed_after_a_plural_company_noun_are_all_companies(text: str, expected: list[str]) -> None:
    found = orgs(text)
    assert all(name in found for name in expected)


def test_a_list_after_a_plural_company_noun_ends_at_a_person() -> None:
    text = "The companies Kestrel and Jane Doe's lawyers met."
    assert list(orgs(text)) == ["Kestrel"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Суд удовлетворил иск акимата Тастакента к профсоюзу.", "акимат Тастакента"),
        ("Позже суд города Тастакента отклонил апелляцию.", "суд города Тастакента"),
        ("Мэрия Озёрска отказала в согласовании митинга.", "Мэрия Озёрска"),
    ],
)
def test_a_local_authority_or_court_named_by_its_place_is_a_body(text: str, expected: str) -> None:
    assert any(expected in name or name in expected for name in orgs(text))


def test_a_local_authority_is_listed_in_the_nominative() -> None:
    found = [e for e in extract_mentions("Суд удовлетворил иск акимата Тастакента.")[1]]
    assert [e.name for e in found if e.type is EntityType.ORGANIZATION] == ["акимат Тастакента"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Председатель профсоюза Куаныш Тастанбеков заявил о несогласии.", ["Куаныш Тастанбеков"]),
        ("Решение приняла судья Айгерим Сейтбекова.", ["Айгерим Сейтбекова"]),
        ("Митинг прошёл в Москве. Москва Шиловин.", []),  # a place, and no agreement
    ],
)
def test_a_given_name_unknown_to_the_list_before_a_surname_is_a_person(
    text: str, expected: list[str]
) -> None:
    assert persons(text) == expected


def test_a_word_of_the_given_names_list_that_names_bodies_opens_no_person() -> None:
    text = "Los trabajadores del Fondo de Fomento Rural del Ministerio de Fomento Rural protestaron."
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Además del líder sindical de Ferrovanta, otros 14 trabajadores siguen detenidos.", "Ferrovanta"),
        ("Les ouvriers ont bloqué l'entrée de la metalúrgica Aratex.", "Aratex"),
        ("A assembleia foi na porta da metalúrgica Tornavel, na zona leste.", "Tornavel"),
    ],
)
def test_a_company_named_after_its_kind_or_its_union_leader(text: str, expected: str) -> None:
    assert expected in orgs(text)


def test_two_russian_courts_side_by_side_stay_two() -> None:
    text = "Решение Ленинского районного суда Озёрска Озёрский городской суд оставил в силе."
    found = orgs(text)
    assert "Ленинский районный суд Озёрска" in found
    assert "Озёрский городской суд" in found


def test_a_district_court_named_by_its_district_and_city() -> None:
    assert "суд Ленинского района Озёрска" in orgs("Дело рассмотрел суд Ленинского района Озёрска.")


def test_a_court_named_by_its_place_in_lower_case_is_the_court_the_page_names_in_full() -> None:
    text = (
        "Experts spoke after a court in Valdora delivered the verdict. The Northern District Court of "
        "Valdora also sentenced his colleagues. The Supreme Court of Valdora upheld it."
    )
    found = orgs(text)
    assert "Northern District Court of Valdora" in found["court in Valdora"]
    assert "Supreme Court of Valdora" in found


def test_a_state_railway_of_a_country_is_a_body() -> None:
    assert "State Railway of Thailand" in orgs(
        "The workers were pursued by the State Railway of Thailand in court."
    )


def test_a_court_named_in_lower_case_with_its_own_words_is_not_another_court_of_its_place() -> None:
    text = (
        "The specialized inter-district economic court of Valdora suspended the union. The Northern District "
        "Court of Valdora fined its leader."
    )
    found = orgs(text)
    assert "Northern District Court of Valdora" not in found.get(
        "specialized inter-district economic court of Valdora", ()
    )


@pytest.mark.parametrize(
    "text",
    [
        "cc: Minister of Labour and Public Service; Director of Employment",
        "The Minister of Justice and Constitutional Affairs met the strikers.",
    ],
)
def test_what_a_minister_is_of_is_a_portfolio_not_a_body(text: str) -> None:
    assert orgs(text) == {}


def test_a_minister_of_a_named_ministry_leaves_the_ministry() -> None:
    assert "Ministry of Labour" in orgs("The Deputy Minister of the Ministry of Labour spoke.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vanta Gold Mines fired the union's secretary.", "Vanta Gold Mines"),
        ("Kestrel Shipping dismissed 40 dockers in March.", "Kestrel Shipping"),
        ("After the strike Sunrise Textiles refused to negotiate.", "Sunrise Textiles"),
    ],
)
def test_a_company_known_by_its_trade_s_word(text: str, expected: str) -> None:
    assert expected in orgs(text)


def test_a_trade_word_after_a_common_adjective_or_a_head_s_complement_is_no_company() -> None:
    found = orgs("The Ministry of Mines raised the Crude Oil levy.")
    assert list(found) == ["Ministry of Mines"]


def test_a_trade_word_inside_an_event_s_name_is_no_company() -> None:
    assert orgs("Brands attending the Valdora Apparel Summit should act.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le tribunal de grande instance de Valdora a condamné le délégué.",
            "tribunal de grande instance de Valdora",
        ),
        ("La cour d'appel de Valdora a confirmé la peine.", "cour d'appel de Valdora"),
        ("El juzgado de primera instancia de Valdora falló.", "juzgado de primera instancia de Valdora"),
        (
            "La Société des mines de Valdora (SOMIVA) a licencié 200 grévistes.",
            "Société des mines de Valdora",
        ),
    ],
)
def test_romance_courts_in_lower_case_and_companies_by_their_noun(text: str, expected: str) -> None:
    assert expected in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Профсоюз не вступил в республиканское профсоюзное объединение.",
        "Создано новое независимое объединение работников.",
    ],
)
def test_russian_adjectives_saying_only_a_kind_of_body_name_none(text: str) -> None:
    assert orgs(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Bus, Rail and Tram Workers' Union of Valdora joined.",
            "Bus, Rail and Tram Workers' Union of Valdora",
        ),
        ("In Valdora, Bus and Tram Workers Union marched.", "Bus and Tram Workers Union"),
    ],
)
def test_the_fields_a_name_lists_before_its_head(text: str, expected: str) -> None:
    assert expected in orgs(text)


def test_persons_listed_with_semicolons_after_an_arrest_and_a_colon() -> None:
    text = (
        "Four organisers were arrested: Dennora Valcruz of Defend Jobs Valdora; Romilda Astorga, deputy "
        "secretary-general of the Port Union; Markus Rian Cortel of the Regional Committee; Jaymo Gregal Jr "
        "of the union."
    )
    assert {"Dennora Valcruz", "Romilda Astorga", "Markus Rian Cortel"} <= set(persons(text))


def test_a_semicolon_list_that_follows_no_person_names_none() -> None:
    assert (
        persons("The union demands: higher wages; Better Conditions for all; the release of prisoners.") == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tête de pont de ce rapprochement, le syndicat Alliance a vu large.", "Alliance"),
        ("El sindicato Sintravaldas denunció los despidos.", "Sintravaldas"),
        ("O companheiro Oton, secretário-geral do Sindvale-DF, foi preso.", "Sindvale-DF"),
        ("Ce pôle, constitué autour de l’UNSA-Douanes, a été présenté.", "UNSA-Douanes"),
    ],
)
def test_a_union_named_after_its_noun_or_its_officer_or_with_a_branch(text: str, expected: str) -> None:
    assert expected in orgs(text)


@pytest.mark.parametrize(
    "text",
    ["The trade union President Jane Roe spoke.", "El sindicato Nacional de Estibadores denunció."],
)
def test_after_a_union_noun_an_officer_or_the_start_of_a_longer_name_is_no_name(text: str) -> None:
    assert "President Jane Roe" not in orgs(text)
    assert "Nacional" not in orgs(text)


def test_an_acronym_then_a_word_of_its_name_is_no_person() -> None:
    text = "Fonte: página oficial do presidente da CUV Nacional, Paulo Fraga."
    assert persons(text) == ["Paulo Fraga"]


def test_a_surname_in_capitals_before_the_given_name_is_a_person() -> None:
    assert "DUPONT Jean" in persons("Le secrétaire DUPONT Jean a parlé.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Nous allons multiplier les sit-in », a indiqué Amadou Mansaré de la cellule du syndicat.",
            "Amadou Mansaré",
        ),
        ("“Es una aberración”, dijo Eduarda Torrealba, abogada del caso.", "Eduarda Torrealba"),
        ("«Это произвол», — заявил Иван Петров журналистам.", "Иван Петров"),
    ],
)
def test_the_speaker_after_a_quotation(text: str, expected: str) -> None:
    assert expected in persons(text)


def test_a_device_s_acronym_names_no_body() -> None:
    text = "The police used Long Range Acoustic Devices (LRAD). Many were hurt by the LRAD machine."
    assert orgs(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Director General of Trade Unions refused to register the union.",
            "Director General of Trade Unions",
        ),
        ("The Commissioner of Labour in Valdora intervened.", "Commissioner of Labour"),
        ("The Director of Public Prosecutions dropped the charges.", "Director of Public Prosecutions"),
        ("The district labour officer summoned the strikers.", "district labour officer"),
        ("L'inspection du travail de Valdora a constaté les faits.", "inspection du travail"),
        ("El Ministerio Público acusó al dirigente.", "Ministerio Público"),
    ],
)
def test_offices_named_by_their_title_or_a_common_noun(text: str, expected: str) -> None:
    assert any(expected in name for name in orgs(text))
