"""Classes of wording that recur on pages of several sources: an act only threatened or told as
possible, and who tells of an act in Russian word order (the teller after its verb, "по словам")."""

from __future__ import annotations

import pytest

from casewatch.model import Event, PartialDate

from .conftest import found_in, kinds_and_dates

PAGE_DATE = PartialDate(2021, 6, 2)


def events(text: str, names: dict[str, str] | None = None) -> list[Event]:
    return found_in(text, PAGE_DATE, names)


def told(text: str) -> list[tuple[str, str | None]]:
    return kinds_and_dates(events(text))


def participants(event: Event) -> set[str]:
    return {*event.actors, *event.targets}


@pytest.mark.parametrize(
    "text",
    [
        "Полицейские начали угрожать рабочим, а также активисту «Речного союза» Ивану Громову задержанием.",
        "Охранники пригрозили бригадиру Ивану Громову арестом.",
    ],
)
def test_an_act_a_threat_names_is_not_done(text: str) -> None:
    assert "arrest" not in [t for t, _ in told(text)]


def test_an_act_done_after_a_threat_is_done() -> None:
    assert "arrest" in [t for t, _ in told("Полицейские угрожали рабочим, а затем задержали Ивана Громова.")]


@pytest.mark.parametrize(
    "text",
    [
        "Профсоюз активизировался, забастовки возможны.",
        "Рабочие не исключают забастовки.",
        "Los trabajadores del puerto podrían ir a la huelga.",
        "Организаторы акции не намерены обжаловать решение суда.",
    ],
)
def test_an_act_told_as_possible_or_intended_is_not_done(text: str) -> None:
    assert told(text) == []


def test_an_intention_named_by_its_noun_does_not_undo_the_act() -> None:
    assert told("Рабочие провели забастовку, выразив намерение продолжить её.") == [("protest", None)]


def test_who_tells_of_a_protest_and_the_outlet_told_take_no_part() -> None:
    text = (
        "Член профсоюза «Речной союз» Пётр Громов рассказал изданию «Вечерний курьер», что активисты "
        "провели одиночные пикеты у мэрии."
    )
    names = {"Пётр Громов": "person", "Вечерний курьер": "organization"}
    (protest,) = events(text, names)
    assert not participants(protest) & set(names)


def test_an_agency_named_after_its_verb_only_reports() -> None:
    text = "В субботу полиция задержала 12 активистов профсоюза «Речной союз», сообщает «Медиапресс»."
    (arrest,) = events(text, {"Медиапресс": "organization", "Речной союз": "organization"})
    assert "Медиапресс" not in participants(arrest)


def test_whom_a_statement_is_ascribed_to_takes_no_part() -> None:
    text = "По словам Петра Громова, полиция задержала 12 активистов."
    (arrest,) = events(text, {"Петра Громова": "person"})
    assert "Петра Громова" not in participants(arrest)


@pytest.mark.parametrize(
    "text",
    [
        "Decenas de personas se concentran en Villarejo para protestar por la detención de 16 estibadores.",
        "Des centaines de salariés se sont rassemblés devant la mairie pour protester contre l'arrestation.",
        "The union president had led workers to protest against the governor where violence broke out.",
    ],
)
def test_a_gathering_to_protest_is_a_protest(text: str) -> None:
    assert "protest" in [t for t, _ in told(text)]


def test_a_spanish_report_that_focuses_on_workers_is_no_gathering() -> None:
    assert told("El informe se concentra en la situación de los trabajadores para denunciar abusos.") == []


def test_who_calls_a_gathering_takes_part_in_it() -> None:
    text = "La movilización ha sido convocada por la Unión de Estibadores bajo el lema «No al miedo»."
    (protest,) = events(text, {"Unión de Estibadores": "organization"})
    assert protest.type.value == "protest"
    assert "Unión de Estibadores" in participants(protest)


def test_an_act_asked_about_with_a_modal_verb_is_still_done() -> None:
    assert "arrest" in [t for t, _ in told("Никто не может сказать, почему задержали Ивана Громова.")]


@pytest.mark.parametrize(
    "text",
    [
        "The federation has released its 2019 Annual Survey on violations of workers' rights.",
        "The union released a statement on the situation in the port.",
    ],
)
def test_a_publication_released_frees_no_one(text: str) -> None:
    assert "release" not in [t for t, _ in told(text)]


def test_workers_released_are_freed() -> None:
    assert told("Police released the five dockers on Monday.") == [("release", "2021-05-31")]


@pytest.mark.parametrize(
    "text",
    [
        "Федерация профсоюзов выступила за немедленное освобождение всех профсоюзных лидеров.",
        "Исполком выразил солидарность с требованиями рабочих об освобождении активистов.",
    ],
)
def test_a_release_demanded_in_russian_is_not_done(text: str) -> None:
    assert "release" not in [t for t, _ in told(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Los relatores se pronunciaron sobre el proyecto de ley para regular las huelgas.",
        "Полицейские зачитали ему предостережение с требованием соблюдать закон о митингах.",
        "The experts commented on the bill on strikes in essential services.",
    ],
)
def test_an_act_a_law_is_about_is_not_done(text: str) -> None:
    assert "protest" not in [t for t, _ in told(text)]


def test_a_strike_under_a_law_is_done() -> None:
    assert told("Under the law on trade unions, the dockers went on strike on 3 May 2021.") == [
        ("protest", "2021-05-03")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Unless there is evidence, the dockers must be immediately and unconditionally released.",
        "The federation demands that the dockers be promptly, fully and unconditionally released.",
    ],
)
def test_a_release_asked_with_joined_adverbs_is_not_done(text: str) -> None:
    assert told(text) == []


def test_a_release_done_with_joined_adverbs_is_done() -> None:
    assert told("The dockers were quietly and unconditionally released on 3 May 2021.") == [
        ("release", "2021-05-03")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The dockers' union has proposed to go on strike on 5 May 2021.",
        "The dockers threatened to go on strike on 5 May 2021.",
        "Les dockers menacent de faire grève le 5 mai 2021.",
        "Рабочие порта готовятся начать забастовку 5 мая 2021 года.",
    ],
)
def test_a_strike_proposed_threatened_or_prepared_is_not_done(text: str) -> None:
    assert told(text) == []


def test_threats_of_death_named_before_violence_do_not_undo_it() -> None:
    text = (
        "Les plaignants dénoncent les menaces de mort et les violences infligées en détention le 5 mai 2021."
    )
    assert ("assault", "2021-05-05") in told(text)


@pytest.mark.parametrize(
    "text",
    [
        "The federation condemned this attack on legitimate trade union rights on 3 May 2021.",
        "The government's assault on workers' rights went on in 2021.",
        "Les attaques contre les droits syndicaux se sont multipliées en 2021.",
        "Users denounced this attack on democratic expression on 3 May 2021.",
    ],
)
def test_an_attack_on_rights_is_no_assault(text: str) -> None:
    assert told(text) == []


def test_an_attack_on_a_union_office_is_an_assault() -> None:
    assert told("Unknown men attacked the dockers' union office on 3 May 2021.") == [
        ("assault", "2021-05-03")
    ]
