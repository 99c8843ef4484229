"""Allegations written as noun phrases: complaint summaries, "Allegations:" lines, numbered items,
dated noun acts; and nouns that tell no act."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import Mention, PartialDate

from .conftest import found_in, kinds_and_dates

REPORT_DATE = PartialDate(2021, 3, 1)


def kinds(text: str) -> list[tuple[str, str | None]]:
    return kinds_and_dates(find_events(text, REPORT_DATE))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Allegations: arrest and detention of trade union leaders; refusal to register new unions",
         [("arrest", None), ("registration_refused", None)]),
        ("The complainant alleges the killings of and threats against union officials in the port.",
         [("killing", None), ("harassment", None)]),
        ("The ITUC refers to the detention of dozens of dock workers preparing a stoppage.",
         [("arrest", None)]),
        ("The complainants denounce the refusal to grant legal personality to the federation.",
         [("registration_refused", None)]),
        ("3. Alleged detention and ill-treatment of members of the miners' union",
         [("arrest", None), ("assault", None)]),
        ("The union recalls the adoption of the Public Order Law in 2016, which restricts meetings.",
         [("law_change", "2016")]),
        ("Allégations: licenciements antisyndicaux et menaces contre les dirigeants du syndicat",
         [("harassment", None)]),
        ("Alegatos: asesinatos de sindicalistas y despidos en el sector público",
         [("killing", None), ("harassment", None)]),
    ],
)  # fmt: skip
def test_noun_phrase_allegations_are_events(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Constitution guarantees the right to strike.",
        "The Committee requests the Government to investigate the killings of union members.",
        "We call for an end to the detention of the workers.",
        "The Committee recalls that the detention of trade unionists is a serious violation.",
        "Workers risk dismissal if they join the union.",
        "The Government denies the allegations that the arrests were arbitrary.",
    ],
)
def test_nouns_that_tell_no_act_are_not_events(text: str) -> None:
    assert kinds(text) == []


def test_an_allegation_takes_no_date_from_the_sentence_before() -> None:
    text = "The leader was arrested on 5 May 2020. The complaint also alleges threats against the members."
    assert kinds(text) == [("arrest", "2020-05-05"), ("harassment", None)]


def test_an_allegation_retold_in_the_body_is_one_event() -> None:
    text = (
        "Allegations: dismissals of trade union members at the port\n\n"
        "The complainant alleges massive dismissals of trade union members after the strike."
    )
    assert [e.type.value for e in find_events(text, REPORT_DATE)] == ["harassment"]


def test_a_communication_date_does_not_date_the_act_alleged() -> None:
    text = (
        "In a communication dated 8 February 2020, the federation alleges that two organisers were murdered."
    )
    assert kinds(text) == [("killing", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Union officials were murdered between January 2009 and July 2011.", None),
        ("Strikes were held between March 2019 and January 2020.", None),
        ("Strikes were held between May 2019 and July 2019.", "2019"),
        ("The mission visited the country from 9 to 13 February 1998.", "1998-02-09"),  # its first day
    ],
)
def test_a_period_is_dated_by_what_its_ends_share(text: str, expected: str | None) -> None:
    [event] = find_events(text, REPORT_DATE)
    assert (event.date.iso if event.date else None) == expected


def test_a_date_in_another_listed_item_does_not_date_the_act() -> None:
    text = (
        "The Committee noted: i) that the Government had adopted the amendment to the Constitution; "
        "ii) the adoption of the Industrial Relations Act of 2012."
    )
    assert kinds(text) == [("law_change", None), ("law_change", "2012")]


def test_an_act_told_twice_in_the_summary_and_the_body_is_one() -> None:
    text = (
        "Allegations: the murder of trade union members\n\n"
        "The complainants allege that trade union members were murdered in the region."
    )
    assert kinds(text) == [("killing", None)]


def test_a_press_release_dateline_does_not_date_the_act() -> None:
    text = "GENEVA (15 June 2022) – UN experts today expressed concern about the arrests of teachers."
    assert kinds(text) == [("arrest", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Allegations: anti-union discrimination, transfers of union leaders and the cancellation of the "
         "union's registration", [("harassment", None), ("deregistration", None)]),
        ("Alegatos: cancelación de la personería jurídica del sindicato, represalias y traslados",
         [("deregistration", None), ("harassment", None)]),
        ("Allégations: suspension des activités du syndicat et procès intenté contre ses dirigeants",
         [("suspension", None), ("legal_action", None)]),
        ("The complainant alleges the suspension of the union's activities and charges against its leaders.",
         [("suspension", None), ("legal_action", None)]),
        ("The complainant refers to the entry into force of the new Labour Code in 2016.",
         [("law_change", "2016")]),
        ("The law prohibits reprisals against workers who report violations.", []),
        ("The complainant alleges that the union's call for a general strike of dockers went unheeded.", []),
        ("La organización querellante denuncia el llamado a paro del sindicato de choferes.", []),
        ("The Committee recalls that transfers of union leaders in retaliation breach the Convention.", []),
    ],
)  # fmt: skip
def test_more_acts_written_as_nouns(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert kinds(text) == expected


def test_a_complaint_reporting_a_noun_act_alleges_it() -> None:
    text = "The federation reports the arbitrary arrest of four union officers on 10 September 2018."
    assert kinds(text) == [("arrest", "2018-09-10")]


def test_a_refusal_by_an_authority_to_register_is_alleged() -> None:
    text = "Allegations: the refusal by the Ministry of Labour to register the drivers' union"
    assert kinds(text) == [("registration_refused", None)]


def test_each_item_of_an_inline_numbered_list_of_allegations_is_an_act() -> None:
    text = (
        "Les plaignants ont soulevé les points suivants: 1) emprisonnement de deux délégués, "
        "arrêtés le 2 mai 2020; 2) retrait du passeport du secrétaire général; 3) poursuites "
        "intentées contre des responsables syndicaux; 4) licenciement de 80 travailleurs après la grève."
    )
    assert kinds(text) == [
        ("arrest", "2020-05-02"),
        ("harassment", None),
        ("legal_action", None),
        ("harassment", None),
    ]  # "after the strike" times the dismissal; the strike is no act of the list


def test_noun_acts_of_one_type_on_different_groups_are_different_acts() -> None:
    text = (
        "Allegations: the complainant alleges the detention of dockers in the port and, a week later, "
        "the detention of teachers in the capital."
    )
    assert kinds(text) == [("arrest", None), ("arrest", None)]


def test_armed_men_are_named_with_their_postposed_adjective() -> None:
    [event] = find_events(
        "El dirigente fue secuestrado por cuatro individuos armados en 2020.", PartialDate(2021, 1, 1)
    )
    assert "individuos armados" in event.actors


def test_a_noun_act_befalls_those_named_before_the_next_act() -> None:
    text = "Alleged killing of the organiser Ms. Mira Holt and threats against members of the dockers' union."
    start = text.index("Mira Holt")
    mentions = [Mention("person", "Mira Holt", start, start + 9, "p1")]
    killing, threats = find_events(text, PartialDate(2021, 1, 1), mentions)
    assert (killing.type.value, killing.targets) == ("killing", ("p1",))
    assert threats.type.value == "harassment" and "p1" not in threats.targets


def test_coordinated_noun_acts_share_whom_they_befall() -> None:
    text = (
        "Allegations: killings and threats against union officials, and the detention of dozens of dock "
        "workers preparing a stoppage."
    )
    found = {e.type.value: e.targets for e in find_events(text, PartialDate(2021, 1, 1))}
    assert found["killing"] == found["harassment"] == ("union officials",)
    assert found["arrest"] == ("dock workers",)


def test_the_day_of_the_telling_does_not_date_the_act() -> None:
    assert kinds("UN experts today expressed concern about the arrests of teachers.") == [("arrest", None)]
    assert kinds("Police arrested six teachers this morning, the union said today.")[0][1] is not None


@pytest.mark.parametrize(
    "text",
    [
        "The Committee observes that the criminal case against Mr Tobin Vark is still pending in court.",
        "Le comité observe que le procès contre M. Jules Marnet est toujours en cours.",
        "El Comité observa que el proceso penal contra el Sr. Iván Ostria sigue pendiente.",
    ],
)
def test_a_case_said_still_pending_is_a_legal_action(text: str) -> None:
    assert kinds(text) == [("legal_action", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The Committee asks the Government to see that the criminal case against Mr Tobin Vark is dropped.",
        "The Committee asks to be kept informed of the proceedings against Mr Tobin Vark, which are pending.",
        "Le comité prie le gouvernement de veiller à ce que le procès contre M. Jules Marnet soit équitable.",
    ],
)
def test_a_case_named_in_a_request_is_not_said_pending(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "There were further arrests on 4 January.",
        "Il y a eu de nouvelles arrestations le 5 janvier.",
        "Las huelgas dieron lugar a otras 12 detenciones el 9 de marzo.",
    ],
)
def test_a_noun_act_followed_by_a_day_without_year_is_told_on_a_page_without_date(text: str) -> None:
    assert "arrest" in [kind for kind, _ in kinds_and_dates(found_in(text, None))]


def test_a_noun_act_followed_by_no_day_is_no_act() -> None:
    assert kinds_and_dates(found_in("Arrests are a tool of repression in many places.", None)) == []
