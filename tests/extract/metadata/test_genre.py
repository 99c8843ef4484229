"""Genre classification on short documents of every genre."""

from __future__ import annotations

from pathlib import Path

import pytest

from casewatch import vocab
from casewatch.extract.layout import ilo_anatomy, is_ilo_record, letter_parts
from casewatch.extract.metadata.genre import classify
from casewatch.model import Genre

LETTER = "{head}\n\n10 May 2020\n\nDear Minister,\n\n{body}\n\nYours faithfully,\n\nJ. Doe\n{sign}\n"


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        ("Individual Case (CAS) - Discussion: 2019\n\nConvention No. 98 - Peru", Genre.ILO_CAS),
        ("Observation (CEACR) - adopted 2020, published 109th ILC session (2021)", Genre.ILO_CEACR),
        ("Case No. 3203 (Bangladesh) - Complaint date: 29-MAY-16 - Closed", Genre.ILO_CFA),
        (
            "## Mandates of the Working Group on Arbitrary Detention\n\nREFERENCE: UA BLR 2/2021",
            Genre.UN_COMMUNICATION,
        ),
        (
            "The Permanent Mission of Ruritania to the United Nations presents its compliments to OHCHR",
            Genre.GOVERNMENT_REPLY,
        ),
        ("Bulawayo (Reuters) - Police detained union leaders on Monday.", Genre.NEWS),
        ("A shopping list\n\nbread, milk", Genre.OTHER),
    ],
)
def test_marks(text: str, genre: Genre) -> None:
    assert classify(text) is genre


@pytest.mark.parametrize(
    ("head", "sign", "genre"),
    [
        ("National Federation of Teachers' Unions", "General Secretary", Genre.UNION_LETTER),
        ("Rights Watch for Justice (an NGO)", "Executive Director, human rights group", Genre.NGO_REPORT),
    ],
)
def test_letters_by_sender(head: str, sign: str, genre: Genre) -> None:
    text = LETTER.format(head=head, body="We are concerned about the arrests.", sign=sign)
    assert classify(text, tuple(letter_parts(text))) is genre


@pytest.mark.parametrize(
    ("name", "genre"),
    [("000", Genre.UN_COMMUNICATION), ("001", Genre.UNION_LETTER), ("004", Genre.ILO_CAS)],
)
def test_seed_genres(seeds_dir: Path, name: str, genre: Genre) -> None:
    text = next(seeds_dir.glob(f"{name}_*.txt")).read_text(encoding="utf-8")
    parts = tuple(ilo_anatomy(text)[0]) if is_ilo_record(text) else tuple(letter_parts(text))
    assert classify(text, parts) is genre


def test_a_reply_citing_the_un_reference_is_a_government_reply() -> None:
    text = (
        "Permanent Mission of the Republic of Chile to the United Nations Office at Geneva\n\n"
        "The Permanent Mission of the Republic of Chile to the United Nations Office and other international "
        "organizations in Geneva presents its compliments to the Office of the High Commissioner and, with "
        "reference to the communication AL CHL 2/2022, has the honour to transmit the following.\n"
    )
    assert classify(text) is Genre.GOVERNMENT_REPLY


# A report's page cut from its middle: footnote calls glued to its sentences, the NGO naming itself
REPORT_PAGE = (
    "publications\n\n{heading}\n\n"
    "Freedom to organise is one of the rights every worker holds on the job.{a} Several treaties oblige "
    "states to protect it, alongside bargaining.{b} Over ten years Arden Watch has traced breaches of "
    "these rights on farms and in factories:\n"
    "  - Farm owners in Ruritania hired children to spray pesticides.{c}\n"
    "  - Factory managers in Freedonia dismissed workers who signed union cards.\n"
)


@pytest.mark.parametrize(
    ("heading", "a", "b", "c"),
    [("Labor Rights", "69", "70", "71"), ("Workers", "4", "", "5"), ("Part III", "12", "13", "")],
)
def test_a_report_page_with_footnote_calls_is_the_ngo_s(heading: str, a: str, b: str, c: str) -> None:
    text = REPORT_PAGE.format(heading=heading, a=a, b=b, c=c)
    assert classify(text) is Genre.NGO_REPORT


def test_numbers_after_a_sentence_are_no_footnote_calls_in_a_story() -> None:
    story = "The vote was 12 to 3. Police said 2 were held.\n"
    text = REPORT_PAGE.format(heading="News", a="", b="", c="") + story
    assert classify(text) is not Genre.NGO_REPORT


# A Spanish or French report of an NGO, its footnote calls before the stop, the NGO named far down its page
REPORT_ES = (
    "Sindicatos bajo sospecha\n\n"
    "En Ruritania, quien organiza a sus compañeros de trabajo arriesga su empleo y a veces su libertad. "
    "Desde 2019 el Gobierno aprobó tres leyes que permiten intervenir las juntas directivas de los "
    "sindicatos{a}.\n\n" + "Los sindicatos denunciaron despidos. " * 40 + "\n\n"
    "Un estudio de la {ngo} Avra, difundido en marzo, cuenta cuarenta dirigentes procesados{b}. Las "
    "cifras oficiales no desmienten ese balance{c}.\n"
)


@pytest.mark.parametrize(
    ("ngo", "a", "b", "c"),
    [
        ("organización no gubernamental", "1", "2", "3"),
        ("ONG", "4", "5", ""),
        ("organisation non gouvernementale", "", "7", "8"),
    ],
)
def test_a_footnoted_report_naming_its_ngo_far_down_is_the_ngo_s(ngo: str, a: str, b: str, c: str) -> None:
    assert classify(REPORT_ES.format(ngo=ngo, a=a, b=b, c=c)) is Genre.NGO_REPORT
    assert classify(REPORT_ES.format(ngo=ngo, a="", b="", c="")) is not Genre.NGO_REPORT


@pytest.mark.parametrize(
    "story",
    [
        "La ONG Arden pidió el viernes que se deje en libertad a dos obreros presos, informó su abogado. "
        "Los obreros fueron arrestados el 11 de junio, dijo la familia. La ONG indicó que apelará, según "
        "un comunicado.",
        "L'ONG Arden a dénoncé samedi l'arrestation de deux syndicalistes, a indiqué leur avocat. Ils ont "
        "été arrêtés le 11 juin, selon leur famille. Une organisation non gouvernementale a demandé leur "
        "libération, a précisé le syndicat.",
        "Una organización no gubernamental denunció el despido de 200 trabajadores, publica El Diario. Su "
        "director advirtió: 'Cada despido será llevado a los tribunales', dijo.",
    ],
)
def test_a_story_about_an_ngo_stays_news(story: str) -> None:
    assert classify(story) is Genre.NEWS


# An NGO's mission report in its own language: a contents list with its introduction and recommendations
MISSION_REPORT = "{ngo}\n\n{title}\n\n{contents}\n\n{intro}\n\n{body}\n\n{recommendations}\n\n"
_FR_BODY = (
    "La mission s'est rendue à Porto Avra du 3 au 9 mai. Elle a rencontré des dirigeants syndicaux, des "
    "avocats et des fonctionnaires du ministère du Travail."
)
_ES_BODY = (
    "La misión visitó Porto Avra del 3 al 9 de mayo. Se reunió con dirigentes sindicales, abogados y "
    "funcionarios del Ministerio de Trabajo."
)


@pytest.mark.parametrize(
    ("ngo", "title", "contents", "intro", "body", "recommendations"),
    [
        (
            "Ligue d'Avra des droits de l'homme",
            "RURITANIE : Rapport de mission",
            "Table des matières",
            "I. Introduction",
            _FR_BODY,
            "IV. Recommandations",
        ),
        (
            "Liga de Avra por los derechos humanos",
            "RURITANIA: Informe de misión",
            "Índice",
            "1. Introducción",
            _ES_BODY,
            "3. Recomendaciones",
        ),
        (
            "Report by the Arden League for Human Rights, May 2031",
            "RURITANIA: Mission report",
            "Contents",
            "I. Introduction",
            "The mission visited Porto Avra from 3 to 9 May and met union leaders, lawyers and officials.",
            "III. Recommendations",
        ),
    ],
)
def test_an_ngo_mission_report_in_its_language_is_the_ngo_s(
    ngo: str, title: str, contents: str, intro: str, body: str, recommendations: str
) -> None:
    fields = {"ngo": ngo, "title": title, "contents": contents, "intro": intro, "body": body}
    assert classify(MISSION_REPORT.format(**fields, recommendations=recommendations)) is Genre.NGO_REPORT
    assert classify(MISSION_REPORT.format(**fields, recommendations="")) is Genre.OTHER


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        (
            "International Labour Conference\nProvisional Record 120th Session, Geneva, June 2031\n"
            "Third item on the agenda\nReport of the Committee on the Application of Standards\n"
            "PART ONE\nGENERAL REPORT\nContents\nA. Introduction ...... 3\n",
            Genre.ILO_CAS,
        ),
        (
            "Record of Proceedings\nInternational Labour Conference – 121st Session, Geneva, 2032\n"
            "Report of the Committee on the Application of Standards\nPart One\nGeneral Report\n",
            Genre.ILO_CAS,
        ),
        (
            "Conférence internationale du Travail\nCompte rendu provisoire 120e session, Genève, juin 2031\n"
            "Rapport de la Commission de l'application des normes\nPREMIÈRE PARTIE\nRAPPORT GÉNÉRAL\n",
            Genre.ILO_CAS,
        ),
        (
            "GENERAL REPORT\n\nI. Introduction\n\n1. The Committee of Experts on the Application of "
            "Conventions and Recommendations, appointed by the Governing Body of the International Labour "
            "Office, held its 101st Session in Geneva. The Committee has the honour to present its report.\n",
            Genre.ILO_CEACR,
        ),
        (
            "RAPPORT GÉNÉRAL\n\nLa Commission d'experts pour l'application des conventions et "
            "recommandations, nommée par le Conseil d'administration du Bureau international du Travail, a "
            "tenu sa session.\n",
            Genre.ILO_CEACR,
        ),
        (
            "INFORME GENERAL\n\nLa Comisión de Expertos en Aplicación de Convenios y Recomendaciones, "
            "nombrada por el Consejo de Administración de la Oficina Internacional del Trabajo, celebró su "
            "reunión.\n",
            Genre.ILO_CEACR,
        ),
    ],
)
def test_an_ilo_committee_s_general_report_is_its_record(text: str, genre: Genre) -> None:
    assert classify(text) is genre


@pytest.mark.parametrize(
    "text",
    [
        # a union's letter citing the committees in its running text is still a letter
        "Dear colleagues,\n\nThe report of the Committee on the Application of Standards and the Committee "
        "of Experts on the Application of Conventions and Recommendations both urge the Government to act. "
        "The Avra Dockers Union calls on you to join our campaign.\n\nIn solidarity,\nJan Kovar\n",
    ],
)
def test_a_letter_citing_the_committees_is_no_record(text: str) -> None:
    assert classify(text) is Genre.UNION_LETTER


@pytest.mark.parametrize(
    "salutation",
    [
        "Cher(e)s Camarades,",
        "Chers collègues,",
        "Chère camarade,",
        "Queridos compañeros:",
        "Queridas compañeras,",
    ],
)
def test_a_french_or_spanish_salutation_opens_a_union_letter(salutation: str) -> None:
    text = (
        f"{salutation}\n\n"
        "Depuis lundi, la mairie d'Avra interdit l'accès de la bourse du travail aux délégués du port. La "
        "Fédération des Dockers s'élève contre cette entrave au droit syndical et appelle tous les militants "
        "à se mobiliser jeudi.\n\nSalutations syndicales,\nLe secrétariat\n"
    )
    assert classify(text) is Genre.UNION_LETTER


@pytest.mark.parametrize(
    "head",
    [
        "Statement by the United Nations Special Rapporteur on seafarers' rights to the General Assembly",
        "Opening statement by the UN High Commissioner for Human Rights at the Council's session",
        "Déclaration de la Rapporteuse spéciale sur les défenseurs des droits humains",
        "Declaración del Relator Especial sobre la libertad de reunión ante la Asamblea General",
    ],
)
def test_a_un_experts_statement_is_the_un_speaking(head: str) -> None:
    text = f"{head}\n\n20 October 2031\n\nMadam Chair,\n\nI present my report on the year's trends.\n"
    assert classify(text) is Genre.UN_COMMUNICATION


@pytest.mark.parametrize(
    "name",
    [
        "L'Observatoire pour la protection des défenseur-e-s des droits humains",
        "L'Observatoire pour la protection des défenseur·e·s des droits humains",
        "L'Observatoire pour la protection des défenseurs et défenseuses des droits de l'homme",
    ],
)
def test_the_defenders_observatory_in_inclusive_spellings_is_an_ngo(name: str) -> None:
    text = f"10.02.31\n\n{name}\n\nDans plus de quatre-vingts pays, défendre les droits est risqué.\n"
    assert classify(text) is Genre.NGO_REPORT


@pytest.mark.parametrize(
    ("body", "genre"),
    [
        (
            "Nous vous avons remis le mémorandum sur la répression antisyndicale : soixante militants"
            " syndicalistes sont poursuivis.",
            Genre.UNION_LETTER,
        ),
        ("We enclose the list of trade unionists prosecuted since the strike began.", Genre.UNION_LETTER),
        ("Le adjuntamos la lista de dirigentes sindicales procesados desde la huelga.", Genre.UNION_LETTER),
        ("We enclose the minutes of the residents' meeting about the new road.", Genre.OTHER),
    ],
)
def test_a_letter_about_union_matters_from_an_unnamed_body_is_a_union_letter(body: str, genre: Genre) -> None:
    text = f"Arden, 11 September 2031\n\nMadam Minister,\n\n{body}\n\nYours sincerely,\n\nThe committee\n"
    assert classify(text) is genre


# A wire story signed at its foot by the agency that reported and edited it: the story's, though it quotes
# an NGO's figures with numbers glued to its sentences, as a report's footnote calls are
@pytest.mark.parametrize(
    "foot",
    [
        "(Reporting by Jo Roe in Port Avra; Additional reporting by Al Poe; Editing by Kim Fay)",
        "(Reporte de Jo Roe; editado en español por Al Poe)",
        "Arden Press writer Jo Roe in Port Avra contributed to this report.",
    ],
)
def test_a_story_signed_by_its_wire_at_its_foot_is_news(foot: str) -> None:
    text = REPORT_PAGE.format(heading="World", a="69", b="70", c="71") + "\n" + foot + "\n"
    assert classify(REPORT_PAGE.format(heading="World", a="69", b="70", c="71")) is Genre.NGO_REPORT
    assert classify(text) is Genre.NEWS


def test_a_report_thanking_who_reported_in_its_prose_is_still_the_ngo_s() -> None:
    foot = "We thank the reporting by our members, without whom this report would not exist.\n"
    text = REPORT_PAGE.format(heading="Labor Rights", a="69", b="70", c="71") + foot
    assert classify(text) is Genre.NGO_REPORT


# An employers' body's notice to its members: its name reads "Federation" and it speaks of the unions'
# complaint, but it is no union's letter
@pytest.mark.parametrize(
    "letter",
    [
        "Avra Employers' Federation\n12 Harbour Road, Port Avra\n\n3 May 2031\n\nDear Members,\n\nAs you are "
        "aware, the Governing Body will examine the complaint lodged by the trade unions against the "
        "Government. The Federation will brief affiliated organisations.\n\nYours sincerely,\n\nJo Roe\n"
        "Director-General\n",
        "Circular 12/2031\n\nDear Members,\n\nWe invite you to a briefing on the trade union complaints "
        "before "
        "the Committee on Freedom of Association.\n\nKind regards,\n\nJo Roe\nSecretary-General, "
        "Organisation of Avra Employers\n",
        "Confederación de Empresarios de Avra\n\nEstimados asociados:\n\nLes informamos que la queja "
        "presentada por las centrales sindicales será examinada en junio.\n\nAtentamente,\n\nJo Roe\n"
        "Presidente\n",
    ],
)
def test_an_employers_body_s_notice_to_its_members_is_no_union_letter(letter: str) -> None:
    assert classify(letter, letter_parts(letter)) is Genre.OTHER


def test_a_union_s_letter_protesting_an_employers_federation_is_still_the_union_s() -> None:
    letter = (
        "Avra Dockers' Union\n\n3 May 2031\n\nDear Minister,\n\nThe Avra Employers' Federation refuses to "
        "bargain with our union and its members dismissed forty dockers.\n\nYours faithfully,\n\nJo Roe\n"
        "General Secretary, Avra Dockers' Union\n"
    )
    assert classify(letter, letter_parts(letter)) is Genre.UNION_LETTER


def _employers_acronym() -> str:
    """The acronym of an employers' body the international bodies' vocabulary knows."""
    bodies = vocab.load("international_bodies")
    return next(
        a for body in bodies if "Employers" in body["name"] for a in body.get("acronyms", []) if a.isalpha()
    )


# An employers' body signing its notice by its acronym alone, as its letterhead or signature gives it
@pytest.mark.parametrize(
    ("head", "sign"),
    [
        ("{acronym}\n\n3 May 2031", "Secretary-General"),
        ("Circular 4/2031", "Secretary-General, {acronym}"),
        ("{acronym} – Note to members\n\n3 May 2031", "Deputy Secretary-General"),
    ],
)
def test_an_employers_body_signing_by_its_known_acronym_sends_no_union_letter(head: str, sign: str) -> None:
    acronym = _employers_acronym()
    letter = (
        f"{head.format(acronym=acronym)}\n\nDear Members,\n\nThe Governing Body will examine the trade union "
        "complaint in June; our federation will brief affiliated organisations.\n\nKind regards,\n\nJo Roe\n"
        f"{sign.format(acronym=acronym)}\n"
    )
    assert classify(letter, letter_parts(letter)) is Genre.OTHER
    assert classify(letter.replace(acronym, "ADU"), letter_parts(letter.replace(acronym, "ADU"))) is (
        Genre.UNION_LETTER
    )


# A government's reply in other layouts than the mission's note: a letter referring to the communication it
# answers (its reference code cited), a ministry's note to the UN office (invented)
GOVERNMENT_REPLIES = [
    "Excellency,\n\nI have the honour to refer to your joint communication of 4 March 2031 (AL ARD 1/2031) "
    "and "
    "to transmit the response of the Government of Arden.\n\nThe investigation is ongoing.\n\n"
    "Please accept, Excellency, the assurances of my highest consideration.\n\nJan Roe\nAmbassador",
    "Excellence,\n\nJ’ai l’honneur de me référer à votre communication conjointe UA ARD 3/2031 du 2 février "
    "2031 et de vous transmettre les éléments de réponse de mon Gouvernement.\n\nLes personnes ont été "
    "libérées.\n\nVeuillez agréer, Excellence, l’assurance de ma haute considération.",
    "Excelencia:\n\nTengo el honor de referirme a su comunicación conjunta AL ARD 5/2031 y de remitirle la "
    "respuesta de mi Gobierno.\n\nLa investigación continúa.\n\nAprovecho la ocasión para reiterarle las "
    "seguridades de mi más alta consideración.",
    "Ministry of Foreign Affairs of Arden\n\nThe Ministry of Foreign Affairs of Arden presents its "
    "compliments "
    "to the Office of the United Nations High Commissioner for Human Rights and has the honour to refer to "
    "the communication OL ARD 2/2031.\n\nThe draft law was withdrawn on 1 March 2031.",
    "Le Ministère des affaires étrangères présente ses compliments au Haut-Commissariat aux droits de "
    "l’homme et a l’honneur de se référer à la communication AL ARD 4/2031.",
]


@pytest.mark.parametrize("text", GOVERNMENT_REPLIES)
def test_a_reply_citing_the_communication_it_answers_is_the_governments(text: str) -> None:
    assert classify(text) is Genre.GOVERNMENT_REPLY


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        (  # the experts' own letter cites its reference too
            "Mandates of the Special Rapporteur on the rights to freedom of peaceful assembly and of "
            "association"
            "\n\nREFERENCE: AL ARD 1/2031\n\nExcellency,\n\nWe have the honour to address you in our "
            "capacity as "
            "Special Rapporteur, pursuant to Human Rights Council resolution 50/17.",
            Genre.UN_COMMUNICATION,
        ),
        (  # a UN office's note to the missions is no government's
            "The Office for Treaty Affairs presents its compliments to the Permanent Missions of Member "
            "States and "
            "has the honour to refer to resolution 80/12. Views are requested by 1 May 2031.",
            Genre.OTHER,
        ),
    ],
)
def test_a_un_letter_or_a_un_offices_note_is_not_a_reply(text: str, genre: Genre) -> None:
    assert classify(text) is genre


# An employers' body's notice greeting its members, its name given only in the first lines (invented)
EMPLOYERS_NOTICES = [
    "Dear Members,\n\nThe Arden Employers' Federation secretariat has prepared a briefing on the cases the "
    "Conference will discuss, including the labour reforms in your countries.\n\nPlease send your comments "
    "by 15 May 2031.\n\nKind regards,\n\nJane Roe\nSecretary-General",
    "Chers membres,\n\nLa Fédération des employeurs d’Arden vous informe que la liste des cas a été publiée. "
    "Nous vous invitons à préparer la position des employeurs sur le travail et l’emploi.\n\n"
    "Cordialement,\n\nPaul Martin\nSecrétaire général",
    "Estimados miembros:\n\nLa Confederación de Empresarios de Arden les informa que la lista de casos fue "
    "publicada. Les pedimos preparar la posición de los empleadores sobre la reforma laboral.\n\n"
    "Atentamente,\n\nAna López\nSecretaria General",
]


@pytest.mark.parametrize("text", EMPLOYERS_NOTICES)
def test_an_employers_notice_to_its_members_is_no_unions_letter(text: str) -> None:
    parts = letter_parts(text)
    assert classify(text, parts) is Genre.OTHER


def test_a_unions_notice_to_its_members_about_the_employers_stays_a_unions() -> None:
    text = (
        "Dear Members,\n\nThe Arden Dockers' Union will meet the Port Employers' Association next week "
        "about the "
        "dismissal of our shop stewards.\n\nIn solidarity,\n\nJane Roe\nGeneral Secretary"
    )
    assert classify(text, letter_parts(text)) is Genre.UNION_LETTER


# A government's letter to a UN body, by its representative: titled as the UN circulates it, or opening by
# drawing attention to its concern (invented)
@pytest.mark.parametrize(
    "text",
    [
        "Letter dated 3 May 2031 from the Permanent Representative of Arden to the United Nations Office at "
        "Geneva addressed to the President of the Human Rights Council\n\nI have the honour to transmit the "
        "position of my Government.",
        "Lettre datée du 3 mai 2031, adressée au Président du Conseil par le Représentant permanent "
        "d’Arden\n\n"
        "Le Gouvernement d’Arden rejette les allégations.",
        "Carta de fecha 3 de mayo de 2031 dirigida al Presidente del Consejo por el Representante "
        "Permanente de "
        "Arden\n\nEl Gobierno de Arden rechaza las alegaciones.",
        "J’ai l’honneur d’appeler votre attention sur une question préoccupante pour Arden, à savoir la "
        "mission "
        "annoncée par le Conseil. Le Gouvernement d’Arden s’y oppose.",
        "I have the honour to draw your attention to the statement of the Government of Arden on the trade "
        "union "
        "law adopted on 2 May 2031.",
    ],
)
def test_a_governments_letter_by_its_representative_is_the_governments(text: str) -> None:
    assert classify(text) is Genre.GOVERNMENT_REPLY


@pytest.mark.parametrize(
    "text",
    [
        "Statements\nOral update by the High Commissioner for Human Rights on Freedonia\n12 March 2031\n\n"
        "Human Rights Council, 70th session\n\nMr. President, Excellencies, colleagues,\n\n"
        "Thank you for this opportunity. Dock workers' leaders remain in detention.\n",
        "Déclaration\nIntervention de la Rapporteuse spéciale sur les droits des dockers\n\n"
        "Monsieur le Président,\n\nJe vous remercie. Les dirigeants syndicaux restent détenus à Port Avra.\n",
        "Council, 80th session\nOpening Statement by Ana Brill Vos, United Nations High Commissioner "
        "for Human Rights\n\n4 March 2031\n\nDistinguished President,\nExcellencies,\n\nDockers jailed.\n",
        "Discurso de la Alta Comisionada para los Derechos Humanos ante el Consejo\n\nSeñor Presidente:\n\n"
        "Los dirigentes del sindicato de estibadores siguen detenidos y pedimos su liberación.\n",
    ],
)
def test_a_un_officials_speech_is_the_un_bodys_statement(text: str) -> None:
    assert classify(text, letter_parts(text)) is Genre.UN_COMMUNICATION


def test_a_unions_statement_about_a_speech_is_no_un_statement() -> None:
    text = (
        "Freedonia Dockers' Union\n\nDear Colleagues,\n\nOur union welcomes the oral update by the High "
        "Commissioner and demands the release of our members.\n\nIn solidarity,\nA. Rivers\n"
    )
    assert classify(text, letter_parts(text)) is not Genre.UN_COMMUNICATION


@pytest.mark.parametrize(
    "text",
    [
        "PORT AVRA — A UN human rights expert has criticised Freedonia over jailed dockers.\n\n"
        "The Special Rapporteur said on Friday she was appalled. She said she had written to the government "
        "in May but had no answer, the newspaper learned.",
        "PUERTO AVRA — La Relatora Especial expresó su preocupación por los estibadores detenidos. "
        "La experta dijo que había enviado una carta al gobierno en mayo sin obtener respuesta.",
        "PORT-AVRA — Le Rapporteur spécial s'est dit préoccupé par la détention des dockers. "
        "Il a indiqué avoir écrit au gouvernement en mai, sans réponse.",
    ],
)
def test_a_story_telling_that_a_un_expert_wrote_is_news(text: str) -> None:
    assert classify(text, ()) is Genre.NEWS


@pytest.mark.parametrize(
    "text",
    [
        "Freedom of association in the ports\n\nCopyright © Ruritanian Labour Institute 2031\n"
        "First published 2031\n\n"
        "Dockers' unions have long sought recognition; this study reviews the cases.",
        "La liberté syndicale dans les ports\nCopyright Institut du travail de Freedonia 2029 "
        "Première édition 2029\n"
        "Les syndicats de dockers ont été dissous, selon les sources de l'étude.",
        "La libertad sindical en los puertos\n© Instituto del Trabajo de Avra, 2030. Primera edición: 2030\n"
        "El sindicato de estibadores denunció la detención de sus dirigentes.",
    ],
)
def test_a_publications_copyright_and_edition_make_it_other(text: str) -> None:
    assert classify(text, ()) is Genre.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "BI-MONTHLY NEWSLETTER OF THE FREEDONIA EMPLOYERS' FEDERATION\n\nMessage from the President\n\n"
        "Our members met the unions, the press reports, and the strike ended.",
        "Bulletin d'information de la Confédération patronale d'Avra\n\nLe syndicat a appelé à la grève, "
        "rapporte la presse ; nos membres ont été consultés.",
        "Boletín de la Cámara de Empleadores de Avra\n\nLos sindicatos convocaron una huelga, "
        "según la prensa local.",
    ],
)
def test_an_employers_newsletter_is_other(text: str) -> None:
    assert classify(text, ()) is Genre.OTHER


def test_a_unions_newsletter_is_not_made_other() -> None:
    text = "Newsletter of the Avra Dockers' Union\n\nAvra Dockers' Union\n\nOur union condemns the arrests."
    assert classify(text, ()) is Genre.UNION_LETTER


@pytest.mark.parametrize(
    "text",
    [
        "Notícias\nNota à imprensa nº 12\nO Governo da Freedônia adia a visita do Relator Especial sobre os "
        "direitos dos estivadores e proporá nova data.",
        "Communiqué du ministère des Affaires étrangères\nLe Gouvernement d'Avra a répondu "
        "à la communication du Rapporteur spécial sur les droits des dockers.",
        "Press release of the Ministry of Foreign Affairs\nThe Government rejects the claims of the "
        "Working Group on dockers' rights and has invited the mandate-holders to visit.",
    ],
)
def test_a_governments_press_note_about_the_special_procedures_is_its_reply(text: str) -> None:
    assert classify(text, ()) is Genre.GOVERNMENT_REPLY


def test_a_governments_press_note_about_anything_else_is_no_reply() -> None:
    text = (
        "Comunicado del Ministerio de Trabajo\nEl Gobierno anuncia un aumento del salario mínimo desde mayo."
    )
    assert classify(text, ()) is not Genre.GOVERNMENT_REPLY


@pytest.mark.parametrize(
    "text",
    [
        "Avra Dockers' Federation\n\nThe Avra Dockers' Federation strongly condemns the arrest of its vice "
        "president and demands his release.\n\nRead full article on Avra Dockers' Federation:\nCondemnation",
        "Mardi 3 mai 2031\n\nLa Fédération des dockers d'Avra dénonce l'arrestation de son président "
        "et exige sa libération.\n\nLire l'article complet sur le site de la fédération.",
        "3 de mayo de 2031\n\nhttp://www.dockers-avra.example  La Federación de Estibadores condena la "
        "detención de su presidente y exige su liberación inmediata.",
    ],
)
def test_an_outlets_reprint_of_a_statement_is_news(text: str) -> None:
    assert classify(text, ()) is Genre.NEWS


def test_a_statement_without_a_reprint_credit_stays_the_unions() -> None:
    text = (
        "Avra Dockers' Federation\n\nThe Avra Dockers' Federation strongly condemns the arrest of its vice "
        "president and demands his release."
    )
    assert classify(text, ()) is Genre.UNION_LETTER


def test_another_high_commissioners_speech_is_no_human_rights_statement() -> None:
    text = (
        "Statement by the High Commissioner for Dockers to the Executive Committee\n\nMr. Chairman,\n\n"
        "The programme for dockers was funded this year.\n"
    )
    assert classify(text, letter_parts(text)) is not Genre.UN_COMMUNICATION


def test_a_page_titled_as_a_unions_statement_is_the_unions() -> None:
    page = (
        "Déclaration de la Confédération syndicale de Valdor sur la Ruritanie\n\n"
        "Réunie à Port Alban du 3 au 5 mai, la dixième session du Conseil de la confédération, regroupant "
        "les représentants de ses régions, déclare son soutien total aux luttes syndicales en Ruritanie et "
        "condamne les arrestations.\n"
    )
    assert classify(page) == Genre.UNION_LETTER
