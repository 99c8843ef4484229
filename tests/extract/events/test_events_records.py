"""Dates a supervisory record writes about itself (its report, its case's complaint date, the day a
party's observations were sent) never date the acts it tells."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import PartialDate

from .conftest import kinds_and_dates, mentions_of

REPORT_DATE = PartialDate(2019, 3)


def told(text: str) -> list[tuple[str, str | None]]:
    return sorted(kinds_and_dates(find_events(text, REPORT_DATE)))


@pytest.mark.parametrize(
    "heading",
    [
        "Interim Report - Report No 389, June 2019\n"
        "Case No 3301 (Ruritania) - Complaint date: 14-MAR-17 - Active",
        "Rapport intérimaire - Rapport No. 389, Juin 2019\n"
        "Cas no 3301 (Ruritanie) - Date de la plainte: 14-MARS-17 - Actif",
        "Informe provisional - Informe núm. 389, Junio 2019\n"
        "Caso núm. 3301 (Ruritania) - Fecha de presentación de la queja:: 14-MAR-17 - Activo",
    ],
)
def test_the_report_and_complaint_lines_date_no_allegation(heading: str) -> None:
    text = f"{heading}\nAllegations: the arrest and detention of union leaders and the dismissal of workers\n"
    assert told(text) == [("arrest", None), ("harassment", None)]


def test_a_comment_heading_dates_no_act() -> None:
    text = (
        "Observation (CEACR) - adopted 2018, published 108th ILC session (2019)\n"
        "The Committee notes with concern the allegations of killings of union members."
    )
    assert told(text) == [("killing", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The Committee notes the observations made by the Confederation of Free Unions of Borduria on "
        "30 August 2018, which denounce the arrest of trade union leaders.",
        "La commission prend note des observations transmises par la Fédération des syndicats libres "
        "(FSL) le 30 août 2018, qui dénoncent l'arrestation de dirigeants syndicaux.",
        "La Comisión toma nota de las observaciones formuladas por la Central Portuaria de Trabajadores "
        "(CPT) el 30 de agosto de 2018, que denuncian la detención de dirigentes sindicales.",
    ],
)
def test_the_day_observations_were_sent_dates_no_act(text: str) -> None:
    assert told(text) == [("arrest", None)]


def test_an_act_told_after_the_party_keeps_its_own_date() -> None:
    text = (
        "The Committee notes the comments submitted by the Union of Port Workers alleging that its "
        "president was arrested on 2 May 2018."
    )
    assert told(text) == [("arrest", "2018-05-02")]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The confederation adds that its activists are the subject of criminal prosecution.",
         "activists"),
        ("La fédération affirme que les dirigeants syndicaux font l'objet de poursuites judiciaires.",
         "dirigeants syndicaux"),
        ("La federación afirma que los dirigentes sindicales son objeto de procesos judiciales.",
         "dirigentes sindicales"),
    ],
)  # fmt: skip
def test_being_the_subject_of_prosecution_is_a_legal_action(text: str, who: str) -> None:
    found = find_events(text, REPORT_DATE)
    assert [(e.type.value, e.targets) for e in found] == [("legal_action", (who,))]


def test_a_principle_that_no_one_be_the_subject_of_prosecution_is_no_act() -> None:
    text = "The Committee recalls that no one should be the subject of prosecution for union activities."
    assert told(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Committee had noted the allegations of the Workers' Federation of Borduria that Mr Tomas Velk "
        "had been arrested on 12 March 2019.",
        "La commission avait noté les allégations de la Workers' Federation of Borduria selon lesquelles "
        "M. Tomas Velk avait été arrêté le 12 mars 2019.",
        "La Comisión había tomado nota de los alegatos de la Workers' Federation of Borduria según los "
        "cuales el Sr. Tomas Velk había sido detenido el 12 de marzo de 2019.",
    ],
)
def test_whose_allegations_tell_the_act_takes_no_part(text: str) -> None:
    names = {"Workers' Federation of Borduria": "organization", "Tomas Velk": "person"}
    [event] = find_events(text, REPORT_DATE, mentions_of(text, names))
    assert (event.type.value, event.targets, event.actors) == ("arrest", ("Tomas Velk",), ())


@pytest.mark.parametrize(
    "text",
    [
        "Selon la FSL, sa présidente a été convoquée à plusieurs reprises par la police.",
        "La FSL alega que su presidenta fue citada en varias ocasiones por la policía.",
        "La FSL alega que el dirigente fue citado a declarar ante la fiscalía.",
    ],
)
def test_a_summons_by_the_police_is_harassment(text: str) -> None:
    assert told(text) == [("harassment", None)]


def test_a_report_cited_by_a_court_is_no_summons() -> None:
    assert told("El informe fue citado por el tribunal en su decisión.") == []


@pytest.mark.parametrize(
    "text",
    [
        "120. Le comité a examiné le licenciement de M. Ivo Rall en mars 2018.",
        "120. El Comité examinó el despido del Sr. Ivo Rall en marzo de 2018.",
        "120. The Committee last examined the dismissal of Mr Ivo Rall in March 2018.",
    ],
)
def test_the_month_a_committee_examined_an_act_is_not_the_acts(text: str) -> None:
    assert told(text) == [("harassment", None)]


def test_an_act_dated_before_the_committee_examined_it_keeps_its_date() -> None:
    text = "Mr Ivo Rall was dismissed in March 2018 and the Committee examined his case in June 2018."
    found = find_events(text, REPORT_DATE, mentions_of(text, {"Ivo Rall": "person"}))
    assert [(e.type.value, e.date.iso if e.date else None) for e in found] == [("harassment", "2018-03")]


@pytest.mark.parametrize(
    "text",
    [
        "The Committee examined this case at its 41st and 42nd Sessions, held respectively in November 1998 "
        "and March 1999, and the allegation still outstanding related to the arrest of union leaders.",
        "Le comité a examiné ce cas à ses sessions, tenues respectivement en novembre 1998 et mars 1999, "
        "l'allégation restée en suspens portant sur l'arrestation de dirigeants syndicaux.",
        "El Comité examinó este caso en sus reuniones, celebradas respectivamente en noviembre de 1998 y "
        "marzo de 1999, en relación con la detención de dirigentes sindicales.",
    ],
)
def test_the_sessions_listed_with_their_dates_date_no_act(text: str) -> None:
    assert told(text) == [("arrest", None)]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "The Committee examined the case in the light of the information gathered by the direct contacts "
            "mission carried out in Ruritania in March 2009.",
            "2009-03",
        ),
        (
            "Le comité a examiné le cas à la lumière des informations recueillies par la mission de contacts "
            "directs effectuée en Ruritanie en mai 2004.",
            "2004-05",
        ),
        (
            "El Comité examinó el caso a la luz de la información obtenida durante la misión de contactos "
            "directos realizada en Ruritania en julio de 1996.",
            "1996-07",
        ),
    ],
)
def test_a_mission_carried_out_after_an_examination_keeps_its_own_date(text: str, month: str) -> None:
    assert told(text) == [("mission", month)]


def test_what_the_committee_examined_in_a_month_is_dated_by_the_examination() -> None:
    text = "The Committee examined the dismissal of Ms Orla Venn in March 2019."
    assert told(text) == [("harassment", None)]
