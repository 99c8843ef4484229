"""Marks that weigh a page without letter anatomy: a news agency's credit, an NGO's appeal code, a heading
naming a right (invented pages in the shapes these genres take)."""

from __future__ import annotations

import pytest

from casewatch import vocab
from casewatch.extract.metadata.genre import classify
from casewatch.extract.metadata.page_marks import (
    agency_credit,
    agency_foot,
    appeal_code,
    masthead_name,
    treatise_heading,
)
from casewatch.extract.metadata.voice import names_ngo
from casewatch.model import Genre

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
        "XNA | EL DIARIO DE AVRA.-",
        "Porto Avra (XNA).-",
        "Porto Avra, 3 de mayo (Arden Press) -",
        "Avra Press / EL ECO DE AVRA.-",
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
        "Avra (Federación Minera).- La central exige",
    ],
)
def test_no_agency_no_credit(opening: str) -> None:
    assert not agency_credit(opening + " la liberación de los dirigentes.\n")


APPEAL = (
    "Quarterly bulletin 12 - Spring 2031\n\n"
    "RURITANIA - Detention of a union lawyer\n"
    "3 March 2031 - Urgent intervention\n"
    "{code}\n\n"
    "On 2 March 2031, police in Porto Avra held Mr Jan Kovar, counsel to the dockers' union, for eleven "
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
    "Dockers unload a ship in Porto Avra. © 2030 A. Photographer\n\n"
    "This chapter sets out the standards that protect those who join unions and bargain with employers, "
    "and how the courts of Ruritania apply them.\n"
)


@pytest.mark.parametrize(
    "heading", ["Labor Rights", "Workers' Rights", "Droits syndicaux", "Trade Union Rights"]
)
def test_a_heading_naming_a_right_is_no_masthead(heading: str) -> None:
    assert masthead_name(TOPIC_PAGE.format(heading=heading)) is None


@pytest.mark.parametrize("heading", ["Avra Dockers Union", "Arden Watch", "AVRA RIGHTS WATCH"])
def test_a_body_s_banner_stays_its_masthead(heading: str) -> None:
    assert masthead_name(TOPIC_PAGE.format(heading=heading)) == heading


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
        "The Avra Dockers Union condemns the arrest of its leaders and demands their immediate release.",
    ],
)
def test_a_story_or_a_statement_under_a_heading_is_no_treatise(body: str) -> None:
    text = EXPLAINER.format(title="Ruritania: union leaders held", heading="Background", body=body)
    assert classify(text) is not Genre.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "We interviewed forty dockers in Porto Avra for the Arden Human Rights League. Our researchers "
        "found that most were dismissed after joining a union.",
        "Nous avons rencontré quarante dockers pour la Ligue d'Avra des droits de l'homme. Nos chercheurs "
        "ont vu que la plupart ont été licenciés.",
        "Entrevistamos a cuarenta estibadores para la Liga de Avra por los derechos humanos. Nuestro equipo "
        "y nuestros abogados comprobaron que la mayoría fue despedida.",
    ],
)
def test_a_report_speaking_as_we_under_a_heading_is_no_treatise(body: str) -> None:
    text = EXPLAINER.format(title="Ruritania: dockers without rights", heading="Background", body=body)
    assert classify(text) is Genre.NGO_REPORT


# Stories that tell UN experts' statement from outside: a reporter's, though the experts speak in it
@pytest.mark.parametrize(
    "page",
    [
        "Experts Press Ruritania on Dock Unions\n"
        "A group of United Nations human rights experts has issued a strongly worded statement on Ruritania. "
        "The experts urged the authorities to release the union leaders held since May. "
        "“The dockers must be freed,” the experts said in a statement.\n",
        "Expertos de la ONU piden liberar a sindicalistas\n"
        "Expertos de las Naciones Unidas pidieron el martes la liberación de tres dirigentes del puerto de "
        "Avra. A través de un comunicado, los relatores señalaron que la detención es arbitraria. "
        "El gobierno no respondió.\n",
        "Des experts de l'ONU inquiets pour les dockers d'Avra\n"
        "Des experts des Nations Unies ont appelé mardi à libérer trois dirigeants syndicaux. Dans un "
        "communiqué, ils ont estimé que leur détention était arbitraire. Le ministère n'a pas réagi.\n",
    ],
)
def test_a_story_telling_un_experts_statement_from_outside_is_news(page: str) -> None:
    assert classify(page) is Genre.NEWS


def test_a_un_release_on_its_own_dateline_stays_the_experts_own() -> None:
    page = (
        "Ruritania: UN experts alarmed by arrests of dock union leaders\n\n"
        "PORT AVRA (4 May 2031) – UN experts today called on Ruritania to release three union leaders. "
        "In a statement issued last year, the experts had already raised the case.\n"
    )
    assert classify(page) is Genre.UN_COMMUNICATION


# A UN office's own release in Spanish or French, its verb in the present
@pytest.mark.parametrize(
    "page",
    [
        "Comunicados\n\nPreocupación por sindicalistas\n\n"
        "La Oficina en Ruritania del Alto Comisionado de las Naciones Unidas para los Derechos Humanos "
        "condena el asesinato de un dirigente del sindicato portuario, ocurrido el 3 de mayo en Avra.\n"
        "La Oficina exhorta a las autoridades a investigar los hechos.\n",
        "La Alta Comisionada para los Derechos Humanos expresa su preocupación por las amenazas contra seis "
        "dirigentes sindicales de Avra y pide al Estado protegerlos.\n",
        "Le Haut-Commissariat aux droits de l'homme condamne l'arrestation de dix syndicalistes à "
        "Port-Avra et demande leur libération.\n",
    ],
)
def test_a_un_office_speaking_in_the_present_is_the_un_s_own(page: str) -> None:
    assert classify(page) is Genre.UN_COMMUNICATION


# Papers and scholarly articles, however their publisher's page lays them out
@pytest.mark.parametrize(
    "page",
    [
        "The Right to Organise in Ruritanian Law\n\nAbstract\n"
        "The right to organise is recognised by the Ruritanian constitution but narrowed by its labour code. "
        "The gap between the two is wide.\n\nKeywords: freedom of association, trade unions, labour law\n",
        "Defining a labour right. Jane Arden, University of Avra. This paper was prepared for the Avra "
        "labour conference, 2031. Introduction The meaning of the label is not fixed. "
        "Scholars disagree about it.\n",
        "La huelga en el derecho ruritano\n\n"
        "Este artículo analiza la regulación de la huelga en Ruritania desde 1990. Las reformas "
        "recortaron el derecho. Los tribunales aplicaron criterios distintos.\n",
    ],
)
def test_a_paper_presenting_itself_as_one_is_other(page: str) -> None:
    assert classify(page) is Genre.OTHER


# Campaign pages asking their reader to act: the appeal of the body that runs them
@pytest.mark.parametrize(
    ("page", "genre"),
    [
        (
            "Avra union leaders arrested\n\nThree leaders of the Avra Confederation of Trade Unions were "
            "arrested today. USE THE FORM BELOW to send a message to the authorities demanding their "
            "release.\n\nSign this petition\n",
            Genre.UNION_LETTER,
        ),
        (
            "Pour la libération de Marc Ardent\n\nPétition dont la LAD est signataire\n\n"
            "Marc Ardent, président d'une association de jeunes, a été arrêté à Port-Avra. "
            "Nous, citoyens signataires de cet appel, condamnons cette détention arbitraire.\n",
            Genre.NGO_REPORT,
        ),
        (
            "Free the Avra dockers\n\nSix dock union members have been jailed in Ruritania. Please add your "
            "name to the online campaign calling for their release.\n",
            Genre.UNION_LETTER,
        ),
    ],
)
def test_a_campaign_page_is_its_campaigners_appeal(page: str, genre: Genre) -> None:
    assert classify(page) is genre


# A union body's notice to its affiliates, addressing them as "you"
@pytest.mark.parametrize(
    "page",
    [
        "Conference list: prepare to engage\n\nThe provisional list of cases is out. As you are aware, the "
        "regional workers' meeting drew up its own list. Affiliates whose countries appear on the list have "
        "been asked to prepare to speak on the trade union rights cases.\n",
        "Liste des cas : préparez-vous\n\nComme vous le savez, la liste provisoire est publiée. Les "
        "organisations affiliées des pays concernés sont invitées à préparer leurs interventions sur les "
        "droits syndicaux.\n",
        "Lista de casos\n\nComo ya saben, la lista provisional ha sido publicada. Las organizaciones "
        "afiliadas de los países que figuran en ella deben preparar sus "
        "intervenciones sobre la libertad sindical.\n",
    ],
)
def test_a_notice_to_affiliates_is_the_union_body_s_own(page: str) -> None:
    assert classify(page) is Genre.UNION_LETTER


# An NGO's campaign page in French asking its reader to sign, however it words it
@pytest.mark.parametrize(
    "call",
    [
        "Soutenez-la en signant la pétition au lien suivant.",
        "Écrivez une lettre, signez une pétition, envoyez un message.",
        "Pour agir, il suffit de signer une pétition en ligne.",
    ],
)
def test_a_french_petition_page_is_the_ngo_s_appeal(call: str) -> None:
    page = (
        "Une action pour les défenseurs en danger\n\n"
        "Nous vous proposons d'agir pour dix jeunes en danger parce qu'ils défendent les droits humains. "
        f"Vos messages seront envoyés aux autorités visées.\n{call}\n"
    )
    assert classify(page) is Genre.NGO_REPORT


# A well-known NGO's campaign for jailed unionists: the NGO's, though the page speaks of unions (three
# NGOs of the international bodies' vocabulary)
_NGO_NAMES = [
    body["name"]
    for body in vocab.load("international_bodies")
    if any(names_ngo(form) for form in [body["name"], *body.get("acronyms", [])])
][:3]


@pytest.mark.parametrize("ngo", _NGO_NAMES)
def test_a_campaign_naming_a_well_known_ngo_is_the_ngo_s(ngo: str) -> None:
    page = (
        "Action syndicale du 1er mai\n\n"
        f"Chaque année, {ngo} propose une action en faveur de syndicalistes emprisonnés. Le dirigeant du "
        "syndicat des dockers d'Avra purge une peine de huit ans.\nSoutenez-le en signant la pétition.\n"
    )
    assert classify(page) is Genre.NGO_REPORT


@pytest.mark.parametrize(
    ("foot", "signed"),
    [
        ("(Reporting by Jo Roe in Port Avra; Writing by Al Poe; Editing by Kim Fay)", True),
        ("(Reportage Jo Roe, version française Al Poe, édité par Kim Fay)", True),
        ("Arden Press writer Jo Roe contributed reporting.", True),
        ("(Photo by Jo Roe)", False),
        ("Reporting by volunteers is welcome: write to us.", False),
    ],
)
def test_a_wire_s_credit_at_the_foot_signs_the_story(foot: str, signed: bool) -> None:
    text = "Police held three dockers in Port Avra on Monday.\n" + "The strike went on.\n" * 200 + foot + "\n"
    assert agency_foot(text) is signed


# Pages explaining how a procedure works, under headings of their own (invented)
EXPLAINERS = [
    "What are urgent appeals?\n\n"
    "Urgent appeals are letters the mandate sends to a government when a person is at risk. They describe "
    "the "
    "facts and ask the authorities to act. They are published once the government has had time to answer.\n\n"
    "How are urgent appeals processed?\n\n"
    "The office reviews the information it receives, checks the source and drafts the letter. Governments "
    "are "
    "asked to reply within sixty days. Replies are published with the letters.",
    "The Arden Complaints Procedure\n\n"
    "Any organisation of workers may file a complaint with the committee. The complaint is sent to the "
    "government, which is asked for its observations. The committee examines both and adopts conclusions. "
    "It may ask the government to take measures and to report on them. Cases stay open until they are "
    "closed.",
    "Qu’est-ce que le comité de la liberté syndicale ?\n\n"
    "Le comité examine les plaintes des organisations de travailleurs et d’employeurs. Il transmet la "
    "plainte "
    "au gouvernement, qui présente ses observations. Le comité formule ensuite des recommandations. Les "
    "gouvernements sont invités à informer le comité des suites données.",
]


@pytest.mark.parametrize("text", EXPLAINERS)
def test_a_page_explaining_a_procedure_under_its_own_headings_is_other(text: str) -> None:
    assert treatise_heading(text)
    assert classify(text) is Genre.OTHER


def test_a_story_under_a_question_headline_reporting_many_is_still_news() -> None:
    text = (
        "What is next for the dock workers?\n\n"
        'Police detained four union leaders in Port Avra on Monday, the union said. "They were taken from '
        "the "
        'office at dawn," its spokesperson told reporters. A police officer said the arrests followed a '
        "court "
        "order, according to local media. The union said it would appeal, the agency reported."
    )
    assert classify(text) is Genre.NEWS
