"""Marks that weigh a page without letter anatomy: a news agency's credit, an NGO's appeal code, a heading
naming a right, an officer's signature at the page's foot (invented pages in the shapes these genres take)."""

from __future__ import annotations

import pytest

from casewatch.extract.metadata.genre import classify
from casewatch.extract.metadata.page_marks import (
    agency_credit,
    appeal_code,
    masthead_name,
    signed_genre,
    signing_body,
)
from casewatch.extract.pipeline import extract
from casewatch.model import Genre, Text

# A story credited to an agency on its first line, the unions' demands told in the third person
CREDITED = (
    "{credit} Un total de 40 sindicatos de Ruritania exigieron este lunes la liberación de cuatro "
    "dirigentes detenidos la semana pasada.\n\n"
    "Las organizaciones rechazaron y condenaron, a través de un comunicado, las detenciones de Ana Ruiz y "
    "Pedro Gil. Exigieron también el cese de toda forma de hostigamiento contra los trabajadores.\n"
)


@pytest.mark.parametrize(
    "credit",
    [
        "EFE | EL DIARIO DE ALBA.-",
        "Porto Alba (AFP).-",
        "Porto Alba, 3 de mayo (EFE) -",
        "Europa Press / El Eco.-",
    ],
)
def test_a_story_credited_to_an_agency_is_news(credit: str) -> None:
    text = CREDITED.format(credit=credit)
    assert agency_credit(text)
    assert classify(text) is Genre.NEWS


@pytest.mark.parametrize(
    "opening",
    ["Los sindicatos de Ruritania exigieron.-", "EFEMÉRIDES | 3 de mayo", "Alba (CUT).- La central exige"],
)
def test_no_agency_no_credit(opening: str) -> None:
    assert not agency_credit(opening + " la liberación de los dirigentes.\n")


APPEAL = (
    "Bulletin no. 12 - Spring 2031\n\n"
    "RURITANIA - Judicial harassment\n"
    "3 March 2031 - Urgent appeal\n"
    "{code}\n\n"
    "On 2 March 2031, the court of Porto Alba postponed the trial of Mr Jan Kovar, a lawyer, charged with "
    "'bringing forbidden objects into the prison', at the request of his lawyers.\n"
)


@pytest.mark.parametrize(
    "code", ["RUR 001 / 0331 / OBS 017.2", "ALB 004/0129/OBS 102", "FRE 012 / 1230 / OBS 003.1"]
)
def test_an_ngo_appeal_is_known_by_its_code(code: str) -> None:
    text = APPEAL.format(code=code)
    assert appeal_code(text)
    assert classify(text) is Genre.NGO_REPORT


@pytest.mark.parametrize("code", ["Case No. 1234", "RUR 1 / 2031", "Ref. ABC 001 / 0331 / UA 017.2"])
def test_other_codes_are_no_appeal_code(code: str) -> None:
    assert not appeal_code(APPEAL.format(code=code))


# A report's page under its topic's heading: the heading names a right, not the report's publisher
TOPIC_PAGE = (
    "publications\n\n{heading}\n\n"
    "Workers build a tower in Porto Alba. © 2030 A. Photographer\n\n"
    "Labour rights encompass the right to work as well as rights at work. The law recognises freedom of "
    "association and collective bargaining.\n"
)


@pytest.mark.parametrize(
    "heading", ["Labor Rights", "Workers' Rights", "Droits syndicaux", "Trade Union Rights"]
)
def test_a_heading_naming_a_right_is_no_masthead(heading: str) -> None:
    assert masthead_name(TOPIC_PAGE.format(heading=heading)) is None


@pytest.mark.parametrize("heading", ["Alba Dockers Union", "Arden Watch", "ALBA RIGHTS WATCH"])
def test_a_body_s_banner_stays_its_masthead(heading: str) -> None:
    assert masthead_name(TOPIC_PAGE.format(heading=heading)) == heading


# A federation's solidarity statement, closed by its officer's signature: no story ends so
SIGNED = (
    "The ARPS expresses its class solidarity with the 12 union leaders of the Alba dockers who will be on "
    "trial on 16 March.\n\n"
    "The ARPS stands with our comrades and asks the government to stop the prosecution of the 12 trade "
    "unionists, one of whom was acquitted of the same charges last year, the court reported.\n"
    "We are with you.\n\n"
    "{name}\n{title}\n"
)


@pytest.mark.parametrize(
    ("name", "title", "genre"),
    [
        ("Jan Kovar", "General Secretary ARPS", Genre.UNION_LETTER),
        ("Ana Ruiz", "Secretaria general, Federación de Trabajadores Portuarios", Genre.UNION_LETTER),
        ("Marta Lind", "Executive Director, Arden Human Rights League", Genre.NGO_REPORT),
    ],
)
def test_a_page_closing_on_an_officer_s_signature_is_the_body_s(name: str, title: str, genre: Genre) -> None:
    text = SIGNED.format(name=name, title=title)
    assert signed_genre(text) is genre
    assert classify(text) is genre


@pytest.mark.parametrize(("name", "title"), [("Jan Kovar", "Staff reporter"), ("Porto Alba", "3 May 2031")])
def test_a_byline_or_a_date_at_the_foot_is_no_officer_s_signature(name: str, title: str) -> None:
    assert signed_genre(SIGNED.format(name=name, title=title)) is None


# A reference entry or a treatise on the subject: it explains under headings of its own, no body speaks in
# its own voice and at most one source is reported
EXPLAINER = "{title}\n{heading}\n{body}\n"
BODY_EN = (
    "The arrest of union leaders refers to the detention of those who lead or represent unions, often as a "
    "result of their activities for workers' rights. Such arrests undermine freedom of association. The "
    "practice emerged in the early twentieth century, as governments responded to labour movements with "
    "repression. A federation stated in 1990 that one country held the record of jailed unionists."
)
BODY_ES = (
    "La doctrina no es pacífica en aceptar que los derechos laborales puedan ser objeto de protección a "
    "través del derecho penal. Un sector admite esta posibilidad y otro la rechaza. Los partidarios de la "
    "primera opción consideran que la ley penal reforzaría la tutela de los derechos laborales."
)


@pytest.mark.parametrize(
    ("title", "heading", "body"),
    [
        ("Arrest of union leaders\n- Detention of workers' representatives", "Background", BODY_EN),
        ("LA PROTECCIÓN PENAL DE LA LIBERTAD SINDICAL Ana Ruiz, profesora.", "1.\nINTRODUCCIÓN", BODY_ES),
        ("MANDATE OF THE RAPPORTEUR ON UNION RIGHTS", "Contents", BODY_EN),
        ("La liberté syndicale en Freedonie", "I. Introduction", BODY_EN),
    ],
)
def test_a_page_laid_out_as_a_treatise_is_other(title: str, heading: str, body: str) -> None:
    assert classify(EXPLAINER.format(title=title, heading=heading, body=body)) is Genre.OTHER


@pytest.mark.parametrize(
    "body",
    [
        # a story under a background heading still reports its sources
        "Police detained four union leaders, the union said. They were released on Monday, a lawyer told "
        "reporters. 'We will appeal,' the union's president said, according to the agency.",
        # a union's own statement under an introduction
        "The Alba Dockers Union condemns the arrest of its leaders and demands their immediate release.",
    ],
)
def test_a_story_or_a_statement_under_a_heading_is_no_treatise(body: str) -> None:
    text = EXPLAINER.format(title="Ruritania: union leaders held", heading="Background", body=body)
    assert classify(text) is not Genre.OTHER


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("General Secretary ARPS", "ARPS"),
        ("Secretaria general de la Federación de Estibadores", "Federación de Estibadores"),
        ("Executive Director, Arden Human Rights League", "Arden Human Rights League"),
        ("General Secretary TUI P&S", "TUI P&S"),
    ],
)
def test_the_body_an_officer_signs_for_is_the_page_s_sender(title: str, body: str) -> None:
    text = SIGNED.format(name="Jan Kovar", title=title)
    assert signing_body(text) == body
    assert [p.name for p in extract(Text(text, "text/plain")).meta.senders] == [body]


@pytest.mark.parametrize(
    "title", ["General Secretary", "Staff reporter, The Alba Daily", "Director of photography"]
)
def test_a_title_naming_no_body_gives_no_sender(title: str) -> None:
    assert signing_body(SIGNED.format(name="Jan Kovar", title=title)) is None
