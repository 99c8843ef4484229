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
    "{credit} Cuarenta sindicatos ruritanos pidieron el martes que se libere a cuatro delegados arrestados "
    "en el puerto.\n\n"
    "En una carta pública, las organizaciones rechazan los arrestos de Ana Ruiz y Pedro Gil y reclaman "
    "garantías para la actividad sindical.\n"
)


@pytest.mark.parametrize(
    "credit",
    [
        "XNA | EL DIARIO DE ALBA.-",
        "Porto Alba (XNA).-",
        "Porto Alba, 3 de mayo (Arden Press) -",
        "Alba Press / EL ECO DE ALBA.-",
    ],
)
def test_a_story_credited_to_an_agency_is_news(credit: str) -> None:
    text = CREDITED.format(credit=credit)
    assert agency_credit(text)
    assert classify(text) is Genre.NEWS


@pytest.mark.parametrize(
    "opening",
    [
        "Los sindicatos de Ruritania exigieron.-",
        "EFEMÉRIDES | 3 de mayo",
        "Alba (Federación Minera).- La central exige",
    ],
)
def test_no_agency_no_credit(opening: str) -> None:
    assert not agency_credit(opening + " la liberación de los dirigentes.\n")


APPEAL = (
    "Quarterly bulletin 12 - Spring 2031\n\n"
    "RURITANIA - Detention of a union lawyer\n"
    "3 March 2031 - Urgent intervention\n"
    "{code}\n\n"
    "On 2 March 2031, police in Porto Alba held Mr Jan Kovar, counsel to the dockers' union, for eleven "
    "hours and seized his laptop.\n"
)


@pytest.mark.parametrize(
    "code", ["RUR 001 / 0331 / URG 017.2", "ALB 004/0129/APL 102", "FRE 012 / 1230 / UA 003.1"]
)
def test_an_ngo_appeal_is_known_by_its_code(code: str) -> None:
    text = APPEAL.format(code=code)
    assert appeal_code(text)
    assert classify(text) is Genre.NGO_REPORT


@pytest.mark.parametrize("code", ["Case No. 1234", "RUR 1 / 2031", "Ref. ABC 001 / 0331"])
def test_other_codes_are_no_appeal_code(code: str) -> None:
    assert not appeal_code(APPEAL.format(code=code))


# A report's page under its topic's heading: the heading names a right, not the report's publisher
TOPIC_PAGE = (
    "publications\n\n{heading}\n\n"
    "Dockers unload a ship in Porto Alba. © 2030 A. Photographer\n\n"
    "This chapter sets out the standards that protect those who join unions and bargain with employers, "
    "and how the courts of Ruritania apply them.\n"
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
    "Greetings from the ARPS to the twelve trade union delegates of the Alba dockers who face the "
    "criminal court on 16 March.\n\n"
    "The ARPS stands by these comrades and asks the ministry to withdraw a case built on a peaceful sit-in, "
    "for which one of them was already cleared last year, the court reported.\n"
    "Your struggle is ours.\n\n"
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
    "Detention of union officers is the holding in custody of people elected to lead workers' bodies, "
    "most often in connection with strikes or protests. It weakens the capacity of unions to bargain. Such "
    "detentions grew frequent wherever governments met labour unrest with force. A survey by one "
    "federation found that a single country jailed more union officers than any other."
)
BODY_ES = (
    "Los autores discuten si el derecho penal debe proteger la libertad sindical. Para unos, la sanción "
    "penal refuerza las normas laborales que a menudo no se cumplen. Para otros, bastan las multas "
    "administrativas y la vía civil."
)


@pytest.mark.parametrize(
    ("title", "heading", "body"),
    [
        ("Detention of union officers\n- Custody of elected delegates", "Background", BODY_EN),
        ("EL DERECHO PENAL Y LOS SINDICATOS Ana Ruiz, profesora.", "1.\nINTRODUCCIÓN", BODY_ES),
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


@pytest.mark.parametrize(
    "body",
    [
        "We interviewed forty dockers in Porto Alba for the Arden Human Rights League. Our researchers "
        "found that most were dismissed after joining a union.",
        "Nous avons rencontré quarante dockers pour la Ligue d'Alba des droits de l'homme. Nos chercheurs "
        "ont vu que la plupart ont été licenciés.",
        "Entrevistamos a cuarenta estibadores para la Liga de Alba por los derechos humanos. Nuestro equipo "
        "y nuestros abogados comprobaron que la mayoría fue despedida.",
    ],
)
def test_a_report_speaking_as_we_under_a_heading_is_no_treatise(body: str) -> None:
    text = EXPLAINER.format(title="Ruritania: dockers without rights", heading="Background", body=body)
    assert classify(text) is Genre.NGO_REPORT
