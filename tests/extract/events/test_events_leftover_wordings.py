"""Wordings of acts met on real pages and missed or misread before: a court declaring guilt, a body
shut down for a time, bail, a raid told as an invasion, a strike declared illegal in the passive, the
French "allègue"; and sentences that tell no act (a share of countries, a trend, animals killed, a
thing missing, an invitation to talks at a ministry)."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import PartialDate

from .conftest import found_in, kinds_and_dates

LETTER_DATE = PartialDate(2023, 3, 1)


def told(text: str) -> list[tuple[str, str | None]]:
    return kinds_and_dates(find_events(text, LETTER_DATE))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("El 3 de marzo de 2022, el Tribunal Superior los declaró culpables de sedición.", "2022-03-03"),
        ("Le 9 mai 2022, les deux délégués ont été déclarés coupables d'entrave.", "2022-05-09"),
        ("Los cuatro estibadores fueron declarados culpables el 2 de junio de 2022.", "2022-06-02"),
        ("On 7 July 2022 the magistrate declared the three organisers guilty of trespass.", "2022-07-07"),
    ],
)
def test_guilt_declared_is_a_conviction(text: str, date: str) -> None:
    assert told(text) == [("conviction", date)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("In March 2022 the ministry shut the union down for two years.", "2022-03"),
        ("The Ministry of Labour shut it down for six months in May 2021.", "2021-05"),
        ("On 2 June 2022 the registrar shut the dockers' association down until further notice.", None),
        ("The governor suspended the federation's activities for a year in January 2022.", "2022-01"),
    ],
)
def test_a_body_shut_down_for_a_time_is_suspended(text: str, date: str | None) -> None:
    if date is None:  # "until further notice" gives no length of time: no suspension told this way
        assert ("suspension", "2022-06-02") not in told(text)
    else:
        assert told(text) == [("suspension", date)]


@pytest.mark.parametrize(
    "text",
    [
        "El 5 de mayo de 2022 Marta Quiroga obtuvo la libertad bajo fianza.",
        "El 5 de mayo de 2022 se le concedió la libertad condicional a Marta Quiroga.",
        "Le 5 mai 2022, Marta Quiroga a obtenu sa mise en liberté sous caution.",
    ],
)
def test_bail_obtained_is_a_release_of_its_person(text: str) -> None:
    events = found_in(text, LETTER_DATE, {"Marta Quiroga": "person"})
    assert kinds_and_dates(events) == [("release", "2022-05-05")]
    assert "Marta Quiroga" in {*events[0].actors, *events[0].targets}


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2022 police invaded the headquarters of the Ferry Workers Union.",
        "El 4 de junio de 2022 la policía invadió la sede del Sindicato de Estibadores del Sur.",
        "Le 4 juin 2022, des gendarmes ont envahi les locaux du Syndicat des dockers de l'Est.",
    ],
)
def test_premises_invaded_are_a_raid(text: str) -> None:
    assert told(text) == [("harassment", "2022-06-04")]


def test_a_country_invaded_is_no_raid() -> None:
    assert told("The army invaded the neighbouring country in 2022.") == []


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2022 the dockers' strike was declared illegal by the Labour Court.",
        "Le 3 mai 2022, la grève des enseignants a été déclarée illégale par le tribunal.",
        "El 3 de mayo de 2022 la huelga fue declarada ilegal por el Ministerio de Trabajo.",
    ],
)
def test_a_strike_declared_illegal_in_the_passive_is_harassment_as_in_the_active(text: str) -> None:
    assert told(text) == [("harassment", "2022-05-03")]


@pytest.mark.parametrize(
    "text",
    [
        "La confédération allègue en outre des menaces et des licenciements de dirigeants.",
        "L'organisation plaignante allègue également des licenciements de délégués syndicaux.",
        "Les syndicats allèguent des licenciements massifs de grévistes.",
    ],
)
def test_the_french_present_of_alleguer_tells_alleged_noun_acts(text: str) -> None:
    assert "harassment" in {kind for kind, _ in told(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a share of countries is a survey's tally
        "Dans 29 % des pays, des travailleurs ont été arrêtés ou détenus.",
        "En el 40 % de los países, los trabajadores fueron detenidos.",
        "Dans 41 pour cent des pays, des syndicalistes ont été licenciés.",
        # a trend of acts counted
        "Violent attacks on workers increased in 2022.",
        "Les arrestations de syndicalistes ont augmenté en 2022.",
        "Las agresiones contra sindicalistas aumentaron en 2022.",
        # animals killed
        "The spill killed a large number of fish in the river in 2021.",
        "The pollution killed thousands of birds in May 2022.",
        "The floods killed hundreds of cattle in 2020.",
        # a thing missing
        "The file has been missing since 2015.",
        "The union's records have been missing since 2019.",
        "The strike funds are still missing since May 2020.",
        # an invitation to a ministry
        "Le 3 mai 2022, les dirigeants ont été convoqués au ministère du Travail pour des discussions.",
        "Les responsables syndicaux ont été convoqués au ministère le 4 mai 2022.",
        "Le 5 mai 2022, la présidente a été convoquée à la préfecture pour une réunion de concertation.",
    ],
)
def test_sentences_that_tell_no_act(text: str) -> None:
    assert told(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Le 3 mai 2022, le trésorier a été convoqué au commissariat.",
        "Le 3 mai 2022, le trésorier a été convoqué par la police.",
        "Le 3 mai 2022, le trésorier a été convoqué à la gendarmerie.",
    ],
)
def test_a_summons_by_the_police_is_still_harassment(text: str) -> None:
    assert told(text) == [("harassment", "2022-05-03")]


@pytest.mark.parametrize(
    "text",
    [
        "Police killed two strikers in 2021.",
        "Unknown gunmen killed a union organiser in May 2022.",
        "The number of unionists killed increased after the army killed three dockers on 3 May 2022.",
    ],
)
def test_people_killed_are_still_a_killing(text: str) -> None:
    assert "killing" in {kind for kind, _ in told(text)}


@pytest.mark.parametrize(
    ("text", "union"),
    [
        (
            "El 6 de julio de 2020, el Sindicato de Enfermeras de Avra organizó varias huelgas.",
            "Sindicato de Enfermeras de Avra",
        ),
        (
            "Le 6 juillet 2020, le Syndicat des infirmiers de Bellmo a organisé des grèves.",
            "Syndicat des infirmiers de Bellmo",
        ),
        (
            "On 6 July 2020, the Bellmo Nurses Union organised strikes in two hospitals.",
            "Bellmo Nurses Union",
        ),
    ],
)
def test_strikes_organised_are_a_protest_of_their_organiser(text: str, union: str) -> None:
    events = found_in(text, LETTER_DATE, {union: "organization"})
    assert kinds_and_dates(events) == [("protest", "2020-07-06")]
    assert union in events[0].actors


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Los 13 enfermeros y enfermeras fueron puestos/as en libertad el 9 de julio de 2020.", "2020-07-09"),
        ("En marzo de 2021 las y los delegados fueron puestas/os en libertad.", "2021-03"),
        ("Las trabajadoras fueron puestas/os en libertad bajo fianza el 2 de mayo de 2021.", "2021-05-02"),
    ],
)
def test_a_release_in_inclusive_writing_is_a_release(text: str, date: str) -> None:
    assert told(text) == [("release", date)]


@pytest.mark.parametrize(
    ("text", "union", "office"),
    [
        (
            "Allégation relative à la détention du secrétaire général de la Fédération des verriers",
            "Fédération des verriers",
            "secrétaire général",
        ),
        (
            "Allegation concerning the detention of the general secretary of the Glassworkers Federation",
            "Glassworkers Federation",
            "general secretary",
        ),
        (
            "Alegato relativo a la detención del presidente de la Federación de Vidrieros",
            "Federación de Vidrieros",
            "presidente",
        ),
    ],
)
def test_an_act_on_an_unnamed_office_holder_befalls_the_office_not_the_organisation(
    text: str, union: str, office: str
) -> None:
    (event,) = found_in(text, LETTER_DATE, {union: "organization"})
    assert event.type.value == "arrest"
    assert event.targets == (office,)


def test_an_act_on_members_of_an_organisation_is_no_act_on_an_office() -> None:
    text = "The complainant alleges the detention of members of the Glassworkers Federation."
    (event,) = found_in(text, LETTER_DATE, {"Glassworkers Federation": "organization"})
    assert len(event.targets) == 1 and "Glassworkers Federation" in event.targets[0]  # not "member"


@pytest.mark.parametrize(
    "text",
    [
        # what a provision says no one may undergo
        "L'article 12 dispose que « Nul ne peut être arbitrairement arrêté ni détenu ».",
        "El artículo 12 dispone que nadie podrá ser arbitrariamente detenido.",
        "La Constitution prévoit qu'aucun travailleur ne peut être licencié pour son affiliation.",
        # a share of countries as the subject
        "En Asie, 37 % des pays ont révoqué l'enregistrement de syndicats.",
        "El 45 % de los países detuvieron a trabajadores.",
        # a trend of acts named at length
        "Violent attacks against and targeting of dockers' leaders increased in 2022.",
    ],
)
def test_provisions_shares_and_trends_tell_no_act(text: str) -> None:
    assert told(text) == []


def test_a_modal_verb_elsewhere_in_the_sentence_leaves_the_act() -> None:
    assert told("Le délégué, qui ne peut plus travailler, a été licencié le 3 mai 2022.") == [
        ("harassment", "2022-05-03")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le 23 novembre 2020, le tribunal de Bermont a reconnu le président du Syndicat des verriers (SDV), "
        "Paul Lenoir, et 16 autres syndicalistes coupables d'entrave.",
        "Le 23 novembre 2020, la cour a déclaré les quatre délégués coupables de rébellion.",
        "El 23 de noviembre de 2020 el juez declaró a los tres delegados culpables de desacato.",
    ],
)
def test_guilt_found_with_the_accused_in_between_is_a_conviction(text: str) -> None:
    assert told(text) == [("conviction", "2020-11-23")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Kofi Mensa has been detained incommunicado since October 2022.", "2022-10"),
        ("Le délégué est détenu au secret depuis octobre 2022.", "2022-10"),
        ("El delegado permanece detenido incomunicado desde octubre de 2022.", "2022-10"),
        ("The treasurer has been held without charge since 4 November 2022.", "2022-11-04"),
        # a length of time gives no day
        ("The treasurer has been detained for over two months.", None),
    ],
)
def test_a_detention_held_in_some_way_since_a_day_is_dated_by_that_day(text: str, date: str | None) -> None:
    assert told(text) == [("arrest", date)]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "L'organisation plaignante allègue des actes de violence "
            "(homicides, tentatives d'homicide, menaces) contre des dirigeants syndicaux.",
            ["killing", "assault", "harassment"],
        ),
        (
            "La organización querellante alega actos de violencia "
            "(homicidios, tentativas de homicidio, amenazas) contra dirigentes sindicales.",
            ["killing", "assault", "harassment"],
        ),
        (
            "The complainant alleges acts of violence (murders, attempted murders, death threats) "
            "against union leaders.",
            ["killing", "assault", "harassment"],
        ),
    ],
)
def test_a_general_act_spelt_out_in_parentheses_is_told_by_the_acts_it_lists(
    text: str, kinds: list[str]
) -> None:
    assert sorted(kind for kind, _ in told(text)) == sorted(kinds)


def test_a_general_act_with_a_parenthesis_naming_no_act_stays_an_act() -> None:
    text = "The complainant alleges acts of violence (in three provinces) against union leaders."
    assert [kind for kind, _ in told(text)] == ["assault"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("El 4 de mayo de 2022, el Tribunal Tercero de Avra condenó a los tres delegados.", "2022-05-04"),
        ("El 4 de mayo de 2022, el juez los condenó por desacato.", "2022-05-04"),
        ("Le 4 mai 2022, le tribunal de Bermont l'a condamné pour entrave.", "2022-05-04"),
    ],
)
def test_a_court_condemning_persons_convicts_them(text: str, date: str) -> None:
    assert told(text) == [("conviction", date)]


@pytest.mark.parametrize(
    "text",
    [
        "El 4 de mayo de 2022, la Corte Regional condenó al Estado por la expulsión de los dirigentes.",
        "El 4 de mayo de 2022, el sindicato condenó a la empresa por su silencio.",
        "El 4 de mayo de 2022, el juez condenó la campaña de odio.",
    ],
)
def test_a_state_or_a_thing_condemned_is_no_conviction(text: str) -> None:
    assert "conviction" not in {kind for kind, _ in told(text)}
