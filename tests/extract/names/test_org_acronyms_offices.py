"""Organisations known by an acronym alone, offices named by a common noun, Russian names (invented)."""

from __future__ import annotations

import pytest

from casewatch.extract.names import org_acronyms
from casewatch.extract.names.mentions import extract_mentions
from casewatch.model import EntityType


def org_names(text: str) -> list[str]:
    return [e.name for e in extract_mentions(text)[1] if e.type is EntityType.ORGANIZATION]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The GWFU joins the protest and urges its affiliates to act.", "GWFU"),
        ("Para la CTRA este hecho es grave; el dirigente de ATEP fue liberado.", "CTRA"),
        ("Les dirigeants de la confédération KLTU ont été arrêtés.", "KLTU"),
        ("По данным ПРОФАС, проверку начали в мае. ПРОФАС считает её незаконной.", "ПРОФАС"),
        ("The Malawi police arrested four strikers.", "Malawi police"),
        ("The workers complained to the labour commissioner in vain.", "labour commissioner"),
        ("The Labour Commissioner refused to register the union.", "Labour Commissioner"),
        ("They were charged before the Magistrates’ Court on Monday.", "Magistrates’ Court"),
        ("The Riot Police dispersed the strikers.", "Riot Police"),
        ("Верховный суд отменил решение.", "Верховный суд"),
        ("Дело рассмотрел новгородский областной суд.", "новгородский областной суд"),
        ("Межотраслевой профсоюз «Единство» обжаловал решение.", "Межотраслевой профсоюз «Единство»"),
    ],
)
def test_names_without_a_capitalised_head(text: str, expected: str) -> None:
    assert expected in org_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The fine was 500 USD, paid in cash during the COVID pandemic.",
        "URGENT APPEAL FOR ACTION\nThe union wrote again.",
        "la loi sur les relations de travail (LRT) de 2012 ; l’adoption de la LRT a suivi.",
        "Chapter II of the law; Part IV of the code.",
        "Профсоюзные лидеры склонны видеть в деле подтекст.",
        # a catalogued instrument's acronym, in any language
        "The union relies on the ICCPR and on the ICESCR.",
        "El sindicato invoca el PIDCP y el PIDESC ante el juez.",
        "Le syndicat invoque la DUDH et le PIDCP.",
    ],
)
def test_no_organisation_from_units_banners_laws_or_adjectives(text: str) -> None:
    assert org_names(text) == []


def test_an_office_within_a_body_is_cut_off() -> None:
    text = "The Commission on Human Rights' Special Rapporteur on torture visited."
    assert "Commission on Human Rights" in org_names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la empresa Lácteos del Sur, S.A. de C.V. despidió a 40", "Lácteos del Sur, S.A. de C.V."),
        ("The Kestrel Mining Ltd dismissed 40 workers.", "Kestrel Mining Ltd"),
        ("Рабочие ТОО «Сункар-Сервис» объявили забастовку.", "ТОО «Сункар-Сервис»"),
        ('Workers of JSC "Tobol Steel" went on strike.', 'JSC "Tobol Steel"'),
    ],
)
def test_companies_by_legal_form(text: str, expected: str) -> None:
    assert expected in org_names(text)


def test_two_unions_with_their_own_acronyms_stay_apart() -> None:
    text = (
        "The Federation of Trade Unions of Ruritania (FTUR) and the Federation of Trade Unions of Ruritania "
        "Miners (FTURM) disagree. FTUR said so."
    )
    names = org_names(text)
    assert "Federation of Trade Unions of Ruritania" in names
    assert "Federation of Trade Unions of Ruritania Miners" in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Workers joined United Quarryworkers (UQW) in the strike.", "United Quarryworkers"),
        ("Freedom Defenders Watch (FDW) said so.", "Freedom Defenders Watch"),
    ],
)
def test_words_spelling_a_defined_acronym_name_a_body(text: str, expected: str) -> None:
    assert expected in org_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The letter was signed by Nkem Obasi (TUC) and others.",
        "the Industrial Relations Act (IRA) of 2012 was amended.",
        "The Department of Labour Services on Monday refused.",
    ],
)
def test_no_body_from_a_person_a_law_or_a_weekday(text: str) -> None:
    names = org_names(text)
    assert not any("Obasi" in n or "Industrial Relations" in n or "Monday" in n for n in names)


@pytest.mark.parametrize(
    "text", ["по ч. 1 ст. 171 ТК РФ", "статья 405 УК предусматривает", "нарушение ст. 20.2 КоАП РФ"]
)
def test_a_code_s_abbreviation_is_no_organisation(text: str) -> None:
    assert org_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Registration was refused by the Registrar of trade unions.", "Registrar of trade unions"),
        ("The registrar of societies deregistered the association in May.", "registrar of societies"),
        ("An appeal against the Registrar of Associations was lodged.", "Registrar of Associations"),
    ],
)
def test_a_registrar_of_bodies_is_an_office(text: str, expected: str) -> None:
    assert expected in [e.name for e in extract_mentions(text)[1]]


@pytest.mark.parametrize(
    "text",
    [
        "The US said that the strike was lawful.",
        "the members of the US delegation; the EEUU and the PRC replied",
        "Los afiliados de la RDC y de EEUU firmaron.",
        "В РФ и в США профсоюзы протестуют.",
    ],
)
def test_a_country_s_abbreviation_is_no_organisation(text: str) -> None:
    assert not {"US", "EEUU", "PRC", "РФ", "США"} & set(org_names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los afiliados de la UGT-B fueron despedidos.", "UGT-B"),
        ("Members of the KLTU-N were detained.", "KLTU-N"),
        ("les militants de la CGT-FO ont manifesté", "CGT-FO"),
        ("los afiliados de la CTS-JR y de la UNT", "CTS-JR"),
    ],
)
def test_an_acronym_with_a_dashed_branch_is_one_name(text: str, expected: str) -> None:
    assert expected in org_names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AVRA (Wirenews) -Peruvian police arrested four strikers.", "Peruvian police"),
        ("AVRA, 2 June (Agency) -Malawian police detained the union leader.", "Malawian police"),
        ("AVRA (Wirenews) -Nepalese police broke up the picket.", "Nepalese police"),
    ],
)
def test_a_dateline_s_dash_glued_to_the_country_keeps_the_office(text: str, expected: str) -> None:
    assert expected in org_names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Профсоюз направил жалобу в прокуратуру.", "прокуратура"),
        ("Активисты были задержаны полицией у проходной.", "полиция"),
        ("Письмо профсоюза прокуратуре осталось без ответа.", "прокуратура"),
    ],
)
def test_a_russian_office_in_another_case_is_named_in_the_nominative(text: str, expected: str) -> None:
    assert expected in org_names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Федерация профсоюзов Озёрской области заявила.", "Федерация профсоюзов Озёрской области"),
        ("Совет профсоюзов Заречного края поддержал забастовку.", "Совет профсоюзов Заречного края"),
        ("Глава Федерации профсоюзов Боровской области заявил.", "Федерация профсоюзов Боровской области"),
    ],
)
def test_a_russian_body_keeps_the_kind_of_territory_after_its_adjective(text: str, expected: str) -> None:
    assert expected in org_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Об этом сообщили в совете профсоюзов Заречья и нескольких отраслевых организациях.",
        "Профсоюз обратился в суд с иском.",
        "Совет профсоюзов Заречья и многих других организаций выступил.",
    ],
)
def test_a_russian_name_does_not_run_on_through_a_verb_or_a_quantifier(text: str) -> None:
    assert not any(w in name for name in org_names(text) for w in ("нескольк", "обратился", "многих"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Весной приезжала ревизионная комиссия КТПР и написала претензии.", "КТПР"),
        ("Заявление представителей ВКТР было опубликовано.", "ВКТР"),
        ("Решение президиума ОФПЗ оспорено.", "ОФПЗ"),
    ],
)
def test_a_lone_cyrillic_acronym_after_the_noun_it_belongs_to(text: str, expected: str) -> None:
    assert expected in org_names(text)


def test_common_russian_abbreviations_are_no_bodies() -> None:
    assert org_names("Об этом сообщили СМИ. Его отправили в СИЗО после ДТП.") == []


@pytest.mark.parametrize(
    "text",
    [
        "the ARWU joins",
        "la FSR a dit",
        "l’UNFM et l'UNFM",
        "members of the ARWU",
        "talks convened by ARWU",
        "the Arden Rail Union (ARU), KFTU and (ARU) y KFTU",
        "the regional organisations ORAT and CLAS",
        "(ARWU) “ARWU” 12 ARWU",
        "line one ends\nARWU starts the next",
        "ARWU",
    ],
)
def test_an_acronym_is_named_by_the_word_before_as_the_search_of_its_window_finds(text: str) -> None:
    for m in org_acronyms._ACRONYM.finditer(text):
        window_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - org_acronyms.NAME_REACH)
        searched = org_acronyms._NAME_BEFORE.search(text, window_start, m.start()) is not None
        assert org_acronyms._named_before(text, m.start()) == searched


def test_an_acronym_after_an_office_and_of_names_the_body() -> None:
    text = "Those arrested included the Deputy President of KMWU and the Treasurer of ARWU in Valdor."
    names = org_names(text)
    assert "KMWU" in names
    assert "ARWU" in names


def test_a_region_after_an_acronym_s_hyphen_names_the_regional_body_whole() -> None:
    text = "When Kenji Sato of the ARWU-Asia Pacific asked to meet him, the request was turned down."
    assert "ARWU-Asia Pacific" in org_names(text)


def test_a_page_s_words_in_capitals_are_no_acronyms() -> None:
    text = "WARNING: This is the OLD site of the union. Visit the NEW site of the ARWU here."
    names = org_names(text)
    assert "OLD" not in names
    assert "NEW" not in names
    assert "ARWU" in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He joined a union affiliated to the B.F.W., which said it would strike.", ["B.F.W"]),
        ("He lives in the U.S.A. and met the J.R. Dunmore family.", []),
    ],
)
def test_a_dotted_acronym_after_an_article_names_a_body(text: str, expected: list[str]) -> None:
    assert org_names(text) == expected
