"""Genre, date, senders and addressees of every genre in its header layouts and languages (invented cases).

Each case is a short document of one layout the genre takes on real pages: ILO records under each
report kind and language, pages cut to their allegations, UN letters, summaries and index pages in
each language, notes verbales, union letters and statements, survey entries, NGO pages and news.
"""

from __future__ import annotations

import pytest

from casewatch.extract.pipeline import extract
from casewatch.model import DocumentMeta, Genre, Text

CFA_SENDER = "Committee on Freedom of Association"
CEACR_SENDER = "Committee of Experts on the Application of Conventions and Recommendations"
CAS_SENDER = "Conference Committee on the Application of Standards"
ITUC = "International Trade Union Confederation"
ANY = "any date"  # a page listing several communications: no one date is its own
STRAP = "ILO-en-strap\nNORMLEX\nInformation System on International Labour Standards\n\n"

# ---- ILO Committee on Freedom of Association -----------------------------------------------------

CFA = {
    "cfa_interim_en": (
        STRAP + "Interim Report - Report No 371, March 2014\n\n"
        "Case No 2999 (Peru) - Complaint date: 05-JAN-12 - Active\n\nDisplay in: French - Spanish\n\n"
        "Allegations: The complainant alleges the dismissal of union leaders and threats against members\n\n"
        "  1. 410. The complaint is contained in a communication from the Peruvian Federation of "
        "Dockers dated 5 January 2012.\n",
        "2014-03",
        "Government of Peru",
    ),
    "cfa_definitive_en": (
        STRAP + "Definitive Report - Report No 380, October 2016\n\n"
        "Case No 3120 (Mongolia) - Complaint date: 11-FEB-15 - Closed\n\n"
        "Allegations: refusal to register a union of miners\n\n"
        "  1. 520. The complaint is contained in a communication dated 11 February 2015.\n",
        "2016-10",
        "Government of Mongolia",
    ),
    "cfa_effect_given_en": (
        STRAP + "Effect given to the recommendations of the committee and the Governing Body - "
        "Report No 338, November 2005\n\nCase No 2201 (Ecuador) - Complaint date: 14-MAR-02 - Closed\n\n"
        "  1. 44. The Committee last examined this case at its March 2004 meeting.\n",
        "2005-11",
        "Government of Ecuador",
    ),
    "cfa_kept_informed_en": (
        "Report in which the committee requests to be kept informed of development - Report No 350, "
        "June 2008\n\nCase No 2480 (Nepal) - Complaint date: 02-APR-06 - Closed\n\n"
        "Allegations: The complainant alleges anti-union dismissals\n",
        "2008-06",
        "Government of Nepal",
    ),
    "cfa_interim_fr": (
        STRAP + "Rapport intérimaire - Rapport No. 390, Octobre 2019\n\n"
        "Cas no 3111 (Pérou) - Date de la plainte: 18-MARS -15 - Clos\n\n"
        "Afficher en : Anglais - Espagnol\n\n"
        "Allégations: L'organisation plaignante dénonce des licenciements antisyndicaux\n",
        "2019-10",
        "Government of Peru",
    ),
    "cfa_definitive_fr": (
        "Rapport définitif - Rapport No 385, Mars 2018\n\n"
        "Cas no 3050 (Sénégal) - Date de la plainte: 02-JANV.-14 - Clos\n\n"
        "Allégations: refus d'enregistrer un syndicat\n",
        "2018-03",
        "Government of Senegal",
    ),
    "cfa_effect_given_fr": (
        "Suite donnée aux recommandations du comité et du Conseil d'administration - Rapport No 340, "
        "Juin 2006\n\nCas no 2250 (Tunisie) - Date de la plainte: 09-OCT.-03 - Clos\n\n"
        "  1. 61. Le comité a examiné ce cas pour la dernière fois à sa réunion de mars 2005.\n",
        "2006-06",
        "Government of Tunisia",
    ),
    "cfa_interim_es": (
        STRAP + "Informe provisional - Informe núm. 349, Marzo 2008\n\n"
        "Caso núm. 2600 (Paraguay) - Fecha de presentación de la queja:: 29-MAR-07 - Cerrado\n\n"
        "Visualizar en: Inglés - Francés\n\n"
        "  1. 756 La queja figura en una comunicación de la Central Sindical de Trabajadores.\n",
        "2008-03",
        "Government of Paraguay",
    ),
    "cfa_definitive_es": (
        "Informe definitivo - Informe núm. 360, Junio 2011\n\n"
        "Caso núm. 2700 (Uruguay) - Fecha de presentación de la queja: 12-MAY-09 - Cerrado\n\n"
        "Alegatos: despidos antisindicales en una empresa pública\n",
        "2011-06",
        "Government of Uruguay",
    ),
    "cfa_follow_up_es": (
        "Seguimiento dado a las recomendaciones del Comité y del Consejo de Administración - "
        "Informe núm. 338, Noviembre 2005\n\n"
        "Caso núm. 2310 (Ecuador) - Fecha de presentación de la queja: 14-MAR-02 - Cerrado\n",
        "2005-11",
        "Government of Ecuador",
    ),
    "cfa_kept_informed_es": (
        "Informe en el que el Comité pide que se le mantenga informado de la evolución de la situación - "
        "Informe núm. 355, Noviembre 2009\n\n"
        "Caso núm. 2650 (Perú) - Fecha de presentación de la queja: 01-JUL-08 - Cerrado\n",
        "2009-11",
        "Government of Peru",
    ),
    "cfa_english_header_spanish_body": (
        STRAP + "Definitive Report - Report No 268, November 1989\n\n"
        "Case No 1480 (Uruguay) - Complaint date: 23-SEP-88 - Closed\n\nDisplay in: English - French\n\n"
        "  1. 24. La queja figura en una comunicación de la Federación de Empleados de Banca, de 23 de "
        "septiembre de 1988. El Gobierno respondió por comunicación de 15 de diciembre de 1988.\n",
        "1989-11",
        "Government of Uruguay",
    ),
    "cfa_from_allegations_en": (
        "Allegations: The complainant organizations allege the murder of and threats against trade "
        "union officials\n\n  1. 402. The complaint is contained in a communication from the Mining "
        "Workers' Federation of Peru dated 8 February 2010.\n  2. 403. The Government sent its "
        "observations in a communication dated 3 May 2011.\n",
        None,
        "Government of Peru",
    ),
    "cfa_from_allegations_fr": (
        "Allégations: Assassinats et menaces à l'encontre de syndicalistes\n-\n"
        "519. Le comité a examiné ce cas pour la dernière fois à sa réunion de mars 2011.\n-\n"
        "520. Le gouvernement a fait parvenir ses observations dans une communication.\n-\n"
        "521. Le Mali a ratifié la convention (no 87) sur la liberté syndicale et la protection du droit "
        "syndical, 1948.\n",
        None,
        "Government of Mali",
    ),
    "cfa_from_allegations_es": (
        "Alegatos: la organización querellante alega el incumplimiento de un contrato colectivo\n"
        "- 353. La queja figura en una comunicación de 21 de octubre de 2016 de la Confederación de "
        "Trabajadores del Paraguay.\n- 354. El Gobierno envió sus observaciones por comunicación de 3 de "
        "mayo de 2017.\n- 355. Paraguay ha ratificado el Convenio sobre la libertad sindical y la protección "
        "del derecho de sindicación, 1948 (núm. 87).\n",
        None,
        "Government of Paraguay",
    ),
    "cfa_from_paragraph_en": (
        "  1. 776. The Committee last examined this case at its June 2010 meeting [see 357th Report, "
        "paras 591-628]. By a communication dated 11 March 2011, the complainant submitted additional "
        "information.\n  2. 778. Nepal has ratified the Freedom of Association and Protection of the "
        "Right to Organise Convention, 1948 (No. 87).\n\nA. Previous examination of the case\n",
        None,
        "Government of Nepal",
    ),
}


@pytest.mark.parametrize("name", sorted(CFA))
def test_cfa_reports_in_every_layout(name: str) -> None:
    text, date, government = CFA[name]
    meta = _meta(text)
    assert meta.genre is Genre.ILO_CFA
    assert _iso(meta) == date
    assert _names(meta.senders) == [CFA_SENDER]
    assert government in _names(meta.addressees)


# ---- ILO Committee of Experts and Conference Committee ----------------------------------------------

CONVENTION_EN = (
    "Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87) - "
    "{country} (Ratification: 1965)\n\n"
)
CONVENTION_FR = (
    "Convention (n° 87) sur la liberté syndicale et la protection du droit syndical, 1948 - "
    "{country} (Ratification: 1960)\n\n"
)
CONVENTION_ES = (
    "Convenio sobre la libertad sindical y la protección del derecho de sindicación, 1948 (núm. 87) - "
    "{country} (Ratificación : 1962)\n\n"
)
ILO_RECORDS = {
    "ceacr_observation_en": (
        STRAP
        + "Observation (CEACR) - adopted 2019, published 109th ILC session (2021)\n\n"
        + CONVENTION_EN.format(country="Ghana")
        + "The Committee notes the observations of the International Trade Union Confederation.\n",
        Genre.ILO_CEACR,
        "2019",
        "Government of Ghana",
    ),
    "ceacr_direct_request_en": (
        "Direct Request (CEACR) - adopted 2018, published 108th ILC session (2019)\n\n"
        + CONVENTION_EN.format(country="Nepal")
        + "The Committee requests the Government to provide information in its next report.\n",
        Genre.ILO_CEACR,
        "2018",
        "Government of Nepal",
    ),
    "ceacr_observation_fr": (
        STRAP
        + "Observation (CEACR) - adoptée 2016, publiée 106ème session CIT (2017)\n\n"
        + CONVENTION_FR.format(country="Sénégal")
        + "La commission prend note des observations de la Confédération syndicale internationale (CSI).\n",
        Genre.ILO_CEACR,
        "2016",
        "Government of Senegal",
    ),
    "ceacr_direct_request_fr": (
        "Demande directe (CEACR) - adoptée 2020, publiée 109ème session CIT (2021)\n\n"
        + CONVENTION_FR.format(country="Bénin")
        + "La commission prie le gouvernement de fournir des informations à cet égard.\n",
        Genre.ILO_CEACR,
        "2020",
        "Government of Benin",
    ),
    "ceacr_observation_es": (
        STRAP
        + "Observación (CEACR) - Adopción: 2019, Publicación: 109ª reunión CIT (2021)\n\n"
        + CONVENTION_ES.format(country="Paraguay")
        + "La Comisión toma nota de las observaciones de la Confederación Sindical Internacional (CSI).\n",
        Genre.ILO_CEACR,
        "2019",
        "Government of Paraguay",
    ),
    "ceacr_direct_request_es": (
        "Solicitud directa (CEACR) - Adopción: 2018, Publicación: 108ª reunión CIT (2019)\n\n"
        + CONVENTION_ES.format(country="Ecuador")
        + "La Comisión pide al Gobierno que proporcione información.\n",
        Genre.ILO_CEACR,
        "2018",
        "Government of Ecuador",
    ),
    "cas_discussion_en": (
        STRAP
        + "Individual Case (CAS) - Discussion: 2019, Publication: 108th ILC session (2019)\n\n"
        + CONVENTION_EN.format(country="Moldova")
        + "A Government representative stated that the Government had taken measures.\n\n"
        "The Worker members noted that union leaders had been detained.\n",
        Genre.ILO_CAS,
        "2019",
        "Government of Moldova",
    ),
    "cas_discussion_fr": (
        "Cas individuel (CAS) - Discussion: 2017, Publication: 106e session CIT (2017)\n\n"
        + CONVENTION_FR.format(country="Mali")
        + "Un représentant gouvernemental a déclaré que le gouvernement avait pris des mesures.\n",
        Genre.ILO_CAS,
        "2017",
        "Government of Mali",
    ),
    "cas_discussion_es": (
        "Caso individual (CAS) - Discusión: 2015, Publicación: 104ª reunión CIT (2015)\n\n"
        + CONVENTION_ES.format(country="Perú")
        + "Un representante gubernamental subrayó la acción del Gobierno.\n",
        Genre.ILO_CAS,
        "2015",
        "Government of Peru",
    ),
    "cas_conclusions_en": (
        "Individual Case (CAS) - Discussion: 2021, Publication: 109th ILC session (2021)\n\n"
        "Conclusions of the Committee\n\nThe Committee took note of the oral and written information "
        "provided by the Government representative of Mongolia and the discussion that followed.\n\n"
        "The Committee requests the Government to:\n  • release the detained union leaders.\n",
        Genre.ILO_CAS,
        "2021",
        "Government of Mongolia",
    ),
    "cas_discussion_without_header": (
        "Government representative – The Minister of Labour of Ghana stated that the Government had "
        "registered the new union.\n\nWorker members – The Worker members recalled the arrests of union "
        "leaders.\n\nEmployer members – The Employer members noted the progress made.\n\n"
        "Worker member, Norway – Speaking on behalf of the Nordic trade unions, she deplored the arrests.\n",
        Genre.ILO_CAS,
        None,
        "Government of Ghana",
    ),
}


@pytest.mark.parametrize("name", sorted(ILO_RECORDS))
def test_ilo_records_in_every_language(name: str) -> None:
    text, genre, date, government = ILO_RECORDS[name]
    meta = _meta(text)
    assert meta.genre is genre
    assert _iso(meta) == date
    sender = {Genre.ILO_CEACR: CEACR_SENDER, Genre.ILO_CAS: CAS_SENDER}[genre]
    assert _names(meta.senders) == [sender]
    assert government in _names(meta.addressees)


# ---- UN special procedures ----------------------------------------------------------------------

ASSEMBLY_EN = "Special Rapporteur on the rights to freedom of peaceful assembly and of association"
DEFENDERS_EN = "Special Rapporteur on the situation of human rights defenders"
UN_PAGES = {
    "un_letter_fr": (
        "Mandats du Rapporteur spécial sur les droits à la liberté de réunion pacifique et "
        "d'association et du Rapporteur spécial sur la situation des défenseurs des droits de l'homme\n\n"
        "RÉFÉRENCE: AL SEN 2/2019\n\n12 mars 2019\n\nExcellence,\n\n"
        "Nous avons l'honneur de nous adresser à vous en notre qualité de Rapporteur spécial.\n",
        "2019-03-12",
        "Rapporteur spécial sur les droits à la liberté de réunion pacifique et d'association",
        "Government of Senegal",
    ),
    "un_letter_es": (
        "Mandatos del Relator Especial sobre los derechos a la libertad de reunión pacífica y de "
        "asociación y de la Relatora Especial sobre la situación de los defensores de derechos humanos\n\n"
        "REFERENCIA: UA PER 3/2018\n\n5 de junio de 2018\n\nExcelencia:\n\n"
        "Tenemos el honor de dirigirnos a Usted en nuestra calidad de Relator Especial.\n",
        "2018-06-05",
        "Relator Especial sobre los derechos a la libertad de reunión pacífica y de asociación",
        "Government of Peru",
    ),
    "un_letter_ru": (
        "Мандаты Специального докладчика по вопросу о праве на свободу мирных собраний и ассоциации и "
        "Специального докладчика по вопросу о положении правозащитников\n\n"
        "Ссылка: AL KGZ 7/2020\n\n3 июля 2020 года\n\nВаше Превосходительство,\n\n"
        "Имеем честь обратиться к Вам в качестве Специального докладчика.\n",
        "2020-07-03",
        "Специальный докладчик по вопросу о праве на свободу мирных собраний и ассоциации",
        "Government of Kyrgyzstan",
    ),
    "un_summary_by_label": (
        "Communication details\n\nAL MNG 1/2016\n\nMandates: "
        + ASSEMBLY_EN
        + "; "
        + DEFENDERS_EN
        + "\n\nDate of communication: 14 March 2016\n\nSummary of the communication: alleged arrest of "
        "union leaders after a strike at a copper mine.\n",
        "2016-03-14",
        ASSEMBLY_EN,
        "Government of Mongolia",
    ),
    "un_summary_told": (
        "The " + ASSEMBLY_EN + " and the " + DEFENDERS_EN + " sent an urgent appeal to the Government of "
        "Nepal on 2 May 2017 concerning the detention of two union leaders. According to the information "
        "received, the leaders were arrested on 28 April 2017.\n",
        "2017-05-02",
        ASSEMBLY_EN,
        "Government of Nepal",
    ),
    "un_index_page": (
        "Communications sent, replies received\n\nSearch results: 3\n\n"
        "UA GHA 4/2021 | 12 Aug 2021 | Ghana | Mandates: " + ASSEMBLY_EN + "\n"
        "Alleged detention and ill-treatment of union leaders\n\n"
        "AL GHA 2/2020 | 3 Mar 2020 | Ghana\nAlleged dismissal of teachers for union activity\n",
        ANY,
        ASSEMBLY_EN,
        "Government of Ghana",
    ),
    "un_press_release_fr": (
        "GENÈVE (9 mars 2023) – Des experts de l'ONU ont appelé aujourd'hui les autorités du Mali à "
        "libérer les dirigeants syndicaux détenus.\n\nLes experts: Mme Ana Lobo, Rapporteuse spéciale sur "
        "les droits à la liberté de réunion pacifique et d'association.\n",
        "2023-03-09",
        None,
        None,
    ),
    "un_press_release_es": (
        "GINEBRA (9 de marzo de 2023) – Expertos de la ONU pidieron hoy a las autoridades del Paraguay que "
        "liberen a los dirigentes sindicales detenidos.\n",
        "2023-03-09",
        None,
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(UN_PAGES))
def test_un_pages_in_every_language(name: str) -> None:
    text, date, sender, government = UN_PAGES[name]
    meta = _meta(text)
    assert meta.genre is Genre.UN_COMMUNICATION
    assert date is ANY or _iso(meta) == date
    if sender:
        assert sender in _names(meta.senders)
    if government:
        assert government in _names(meta.addressees)


# ---- government replies --------------------------------------------------------------------------

REPLIES = {
    "note_verbale_en": (
        "PERMANENT MISSION OF GHANA\nGENEVA\n\nNo. 221/2021\n\nThe Permanent Mission of the Republic of "
        "Ghana to the United Nations Office at Geneva presents its compliments to the Office of the High "
        "Commissioner for Human Rights and, with reference to communication AL GHA 2/2021, has the honour "
        "to transmit the reply of the Government.\n\nThe Government rejects the allegations.\n\n"
        "The Permanent Mission avails itself of this opportunity to renew the assurances of its highest "
        "consideration.\n\nGeneva, 14 June 2021\n",
        "2021-06-14",
        "Permanent Mission of the Republic of Ghana",
    ),
    "note_verbale_fr": (
        "La Mission permanente de la République du Sénégal auprès de l'Office des Nations Unies à Genève "
        "présente ses compliments au Haut-Commissariat aux droits de l'homme et, se référant à la "
        "communication AL SEN 2/2019, a l'honneur de lui transmettre la réponse du Gouvernement.\n\n"
        "Le Gouvernement conteste les allégations.\n\nGenève, le 10 mai 2019\n",
        "2019-05-10",
        "Mission permanente de la République du Sénégal",
    ),
    "note_verbale_es": (
        "La Misión Permanente del Perú ante la Oficina de las Naciones Unidas en Ginebra saluda "
        "atentamente a la Oficina del Alto Comisionado para los Derechos Humanos y, en relación con la "
        "comunicación UA PER 3/2018, tiene el honor de remitir la respuesta del Gobierno.\n\n"
        "Ginebra, 2 de agosto de 2018\n",
        "2018-08-02",
        "Misión Permanente del Perú",
    ),
    "note_verbale_ru": (
        "Постоянное представительство Кыргызской Республики при Отделении ООН в Женеве свидетельствует "
        "свое уважение Управлению Верховного комиссара ООН по правам человека и имеет честь направить "
        "ответ на совместное сообщение AL KGZ 7/2020.\n\nЖенева, 1 сентября 2020 года\n",
        "2020-09-01",
        "Постоянное представительство Кыргызской Республики",
    ),
    "reply_titled_en": (
        "Reply of the Government of Nepal to the joint communication UA NPL 2/2017\n\n"
        "The Government of Nepal would like to provide the following information.\n\n"
        "1. The union leaders were released on bail on 12 May 2017.\n\nKathmandu, 20 July 2017\n",
        "2017-07-20",
        "Government of Nepal",
    ),
    "reply_titled_es": (
        "Respuesta del Gobierno del Ecuador a la comunicación conjunta AL ECU 5/2019\n\n"
        "El Gobierno del Ecuador desea informar lo siguiente.\n\nQuito, 3 de octubre de 2019\n",
        "2019-10-03",
        "Government of Ecuador",
    ),
}


@pytest.mark.parametrize("name", sorted(REPLIES))
def test_government_replies_in_every_language(name: str) -> None:
    text, date, sender = REPLIES[name]
    meta = _meta(text)
    assert meta.genre is Genre.GOVERNMENT_REPLY
    assert _iso(meta) == date
    assert _names(meta.senders) == [sender]


# ---- union letters, statements and survey entries ---------------------------------------------------

UNION = {
    "letter_to_his_excellency": (
        "To His Excellency\nMr Tomas Varga\nPresident of the Republic of Moldova\n\n12 May 2020\n\n"
        "Your Excellency,\n\nThe Global Federation of Dock Workers protests the arrest of union leaders."
        "\n\nYours sincerely,\n\nAnna Berg\nGeneral Secretary\nGlobal Federation of Dock Workers\n",
        "2020-05-12",
        "Global Federation of Dock Workers",
        "Tomas Varga",
    ),
    "letter_dear_president": (
        "National Confederation of Labour\n\nPresident Tomas Varga\nOffice of the President\n\n"
        "3 March 2021\n\nDear President Varga,\n\nWe urge you to release the detained teachers.\n\n"
        "Yours faithfully,\n\nAnna Berg\nGeneral Secretary\n",
        "2021-03-03",
        "National Confederation of Labour",
        "Tomas Varga",
    ),
    "letter_fr": (
        "Confédération syndicale des travailleurs du Bénin\n\nÀ Son Excellence\nMonsieur Paul Adja\n"
        "Président de la République du Bénin\n\nCotonou, le 4 avril 2019\n\nMonsieur le Président,\n\n"
        "Nous protestons contre l'arrestation de nos dirigeants.\n\nVeuillez agréer, Monsieur le Président, "
        "l'expression de notre haute considération.\n\nMarie Houngbo\nSecrétaire générale\n",
        "2019-04-04",
        "Confédération syndicale des travailleurs du Bénin",
        "Paul Adja",
    ),
    "letter_es": (
        "Confederación de Trabajadores del Uruguay\n\nExcelentísimo Señor\nJuan Pereda\n"
        "Presidente de la República\n\nMontevideo, 8 de octubre de 2018\n\nSeñor Presidente:\n\n"
        "Le escribimos para denunciar el despido de dirigentes sindicales.\n\nAtentamente,\n\n"
        "Marta Silva\nSecretaria General\n",
        "2018-10-08",
        "Confederación de Trabajadores del Uruguay",
        "Juan Pereda",
    ),
    "survey_entry_en": (
        "Survey of violations of Trade Union Rights\n\nMongolia\n\n"
        "Union leaders detained after miners' strike\n17-06-2019\n\n"
        "Police detained the leaders of the miners' union after the strike at the copper mine.\n",
        "2019-06-17",
        ITUC,
        None,
    ),
    "survey_entry_fr": (
        "Rapport annuel des violations des droits syndicaux\n\nSénégal\n\n"
        "Dirigeants syndicaux arrêtés\n05-02-2018\n\n"
        "La police a arrêté trois dirigeants du syndicat des enseignants.\n",
        "2018-02-05",
        ITUC,
        None,
    ),
    "rights_index_es": (
        "Índice Global de los Derechos de la CSI\n\nParaguay\n\n"
        "Despido de dirigentes sindicales\n11-09-2020\n\n"
        "La empresa despidió a la directiva del sindicato tras su registro.\n",
        "2020-09-11",
        ITUC,
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(UNION))
def test_union_letters_and_survey_entries(name: str) -> None:
    text, date, sender, addressee = UNION[name]
    meta = _meta(text)
    assert meta.genre is Genre.UNION_LETTER
    assert _iso(meta) == date
    assert _names(meta.senders) == [sender]
    if addressee:
        assert addressee in _names(meta.addressees)


# ---- NGO pages and news ------------------------------------------------------------------------

PAGES = {
    "ngo_urgent_action": (
        "URGENT ACTION\n\nTEACHERS' LEADER DETAINED IN MALI\n\nAmnesty International is concerned that "
        "the leader of the teachers' union was detained on 2 March 2022.\n\nTake action: write to the "
        "authorities calling for his release.\n",
        Genre.NGO_REPORT,
        "Amnesty International",
    ),
    "ngo_observatory_appeal": (
        "The Observatory for the Protection of Human Rights Defenders\n\nURGENT APPEAL - THE OBSERVATORY"
        "\n\nNew information\nMLI 001/0322/OBS 023.1\nArbitrary detention\nMali\n\n"
        "The Observatory requests your urgent intervention in the following situation in Mali.\n",
        Genre.NGO_REPORT,
        "The Observatory for the Protection of Human Rights Defenders",
    ),
    "news_byline_en": (
        "Union leaders held after port strike\n\nBy Peter Holm\n\nPublished: 4 June 2021\n\n"
        "Police in the capital detained three union leaders on Thursday, their lawyer said.\n",
        Genre.NEWS,
        None,
    ),
    "news_fr": (
        "Grève des enseignants : trois syndicalistes interpellés\n\nPublié le 12 mars 2020 à 10h45\n\n"
        "Trois responsables syndicaux ont été interpellés mardi, a indiqué leur avocat.\n",
        Genre.NEWS,
        None,
    ),
    "news_es": (
        "Detienen a dirigentes sindicales tras la huelga\n\nPublicado el 12 de marzo de 2020\n\n"
        "La policía detuvo el martes a tres dirigentes, según informó su abogado.\n",
        Genre.NEWS,
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_ngo_and_news_pages(name: str) -> None:
    text, genre, sender = PAGES[name]
    meta = _meta(text)
    assert meta.genre is genre
    if sender:
        assert _names(meta.senders) == [sender]


# ---- pages whose genre is told by who speaks in them -----------------------------------------------

# name -> (text, genre): survey entries under their rating heading, submissions to an expert (the
# author's genre), NGO releases in each language, a government's letter answering a communication,
# UN summaries and index pages in French and Spanish, news, union statements and action calls
VOICES = {
    "survey_rating_en": (
        (
            "Mongolia\n\n4 Systematic violations of rights\n\nITUC Global Rights Index\n\nViolations in "
            "2019\n\nUnion leaders arrested after miners' strike\n17-06-2019\nPolice arrested the "
            "leaders of the miners' union after the strike at the copper mine.\n"
        ),
        "union_letter",
    ),
    "survey_rating_fr": (
        (
            "Sénégal\n\n3 Violations régulières des droits\n\nIndice CSI des droits dans le "
            "monde\n\nArrestation de syndicalistes\n05-02-2018\nLa police a arrêté trois dirigeants du "
            "syndicat des enseignants, a indiqué le syndicat.\n"
        ),
        "union_letter",
    ),
    "survey_entry_plain": (
        (
            "Paraguay - Survey of violations of trade union rights 2012\n\nTrade union leaders "
            "dismissed\nThe company dismissed the executive board of the union after it registered. The "
            "Ministry of Labour did nothing.\n"
        ),
        "union_letter",
    ),
    "submission_union": (
        (
            "Submission to the UN Special Rapporteur on the rights to freedom of peaceful assembly and "
            "of association\n\nby the Mongolian Confederation of Labour\n\n1. Introduction\n\nThe "
            "Confederation submits this information on restrictions of the right to strike. The Special "
            "Rapporteur expressed concern about the law in 2019.\n"
        ),
        "union_letter",
    ),
    "submission_ngo": (
        (
            "Submission to the Special Rapporteur on the situation of human rights defenders\n\nPrepared "
            "by Rights First Nepal, a human rights organisation\n\nThis submission describes the "
            "harassment of union leaders and human rights defenders.\n"
        ),
        "ngo_report",
    ),
    "ngo_es": (
        (
            "Paraguay: liberen a los dirigentes sindicales detenidos\n\nAmnistía Internacional exige la "
            "liberación inmediata de los tres dirigentes sindicales detenidos el 3 de mayo de "
            "2021.\n\nLas autoridades deben retirar los cargos.\n"
        ),
        "ngo_report",
    ),
    "ngo_fr_said": (
        (
            "Mali : des syndicalistes arrêtés\n\n(Dakar) – Les autorités maliennes ont arrêté trois "
            "syndicalistes, a déclaré aujourd'hui Human Rights Watch. Elles devraient les libérer.\n"
        ),
        "ngo_report",
    ),
    "gov_letter_fr": (
        (
            "Genève, le 3 juin 2019\n\nMonsieur le Rapporteur spécial,\n\nJ'ai l'honneur de me référer à "
            "votre communication du 12 mars 2019 concernant la situation de syndicalistes au Sénégal. Le "
            "Gouvernement du Sénégal tient à préciser ce qui suit.\n\nVeuillez agréer, Monsieur le "
            "Rapporteur spécial, l'assurance de ma haute considération.\n\nAmbassadeur, Représentant "
            "permanent\n"
        ),
        "government_reply",
    ),
    "gov_letter_es": (
        (
            "Ginebra, 2 de agosto de 2018\n\nEstimado Relator Especial:\n\nTengo el honor de dirigirme a "
            "usted en respuesta a la comunicación conjunta de fecha 5 de junio de 2018 relativa a "
            "dirigentes sindicales en el Perú.\n\nAtentamente,\n\nEmbajador, Representante Permanente\n"
        ),
        "government_reply",
    ),
    "gov_letter_en": (
        (
            "14 June 2021\n\nExcellency,\n\nI have the honour to refer to your joint communication dated "
            "2 April 2021 concerning union leaders in Ghana and to transmit the following information "
            "from the Government of Ghana.\n\nPlease accept, Excellency, the assurances of my highest "
            "consideration.\n\nAmbassador, Permanent Representative\n"
        ),
        "government_reply",
    ),
    "un_index_fr": (
        (
            "Communications envoyées, réponses reçues\n\nAL SEN 2/2019 | 12 mars 2019 | "
            "Sénégal\nAllégations de détention arbitraire de dirigeants syndicaux\n"
        ),
        "un_communication",
    ),
    "un_summary_es": (
        (
            "Los Relatores Especiales sobre la libertad de reunión pacífica y sobre los defensores de "
            "derechos humanos enviaron un llamamiento urgente al Gobierno del Perú el 5 de junio de 2018 "
            "en relación con la detención de dirigentes sindicales.\n"
        ),
        "un_communication",
    ),
    "news_afp_fr": (
        "Dakar (AFP) - Trois syndicalistes ont été arrêtés mardi à Dakar, selon leur avocat.\n",
        "news",
    ),
    "news_plain_en": (
        (
            "Teachers' union leaders arrested in Kathmandu\n\nKATHMANDU, March 3 — Police arrested four "
            "leaders of the teachers' union on Tuesday, a police spokesman said. The union called the "
            "arrests illegal.\n"
        ),
        "news",
    ),
    "union_statement_fr": (
        (
            "Sénégal : la CSI condamne l'arrestation de syndicalistes\n\nLa Confédération syndicale "
            "internationale (CSI) condamne l'arrestation de trois dirigeants syndicaux et exige leur "
            "libération.\n"
        ),
        "union_letter",
    ),
    "union_urgent_action_gf": (
        (
            "URGENT ACTION\n\nFree the jailed dock workers' leaders in Ghana\n\nThe Global Federation of "
            "Dock Workers calls on its affiliates to write to the Ghanaian authorities.\n"
        ),
        "union_letter",
    ),
}


@pytest.mark.parametrize("name", sorted(VOICES))
def test_genre_told_by_who_speaks(name: str) -> None:
    text, genre = VOICES[name]
    assert _meta(text).genre.value == genre


@pytest.mark.parametrize(
    ("name", "sender"),
    [
        ("submission_union", "Mongolian Confederation of Labour"),
        ("ngo_es", "Amnistía Internacional"),
        ("ngo_fr_said", "Human Rights Watch"),
        ("gov_letter_fr", "Government of Senegal"),
        ("survey_rating_fr", ITUC),
    ],
)
def test_sender_of_a_page_told_by_who_speaks(name: str, sender: str) -> None:
    assert _names(_meta(VOICES[name][0]).senders) == [sender]


# ---- the document's own date on each genre's layout ------------------------------------------------

BODY = (
    " Police detained three union leaders on 2 March 2020, a police spokesman said. The union said the "
    "arrests were illegal.\n"
)
# name -> (text, date): a news page's publication stamp in each language and layout (not the events it
# tells), a CFA header's report month, a UN letter's date line, a note verbale dated where it is signed
DATES = {
    "en_published_colon": (
        "Union leaders held after strike\n\nPublished: 12 March 2020\n\n" + BODY,
        "2020-03-12",
    ),
    "en_month_first": (
        "Union leaders held after strike\n\nMarch 12, 2020 | By Peter Holm\n\n" + BODY,
        "2020-03-12",
    ),
    "en_posted_on": (
        "Union leaders held after strike\n\nPosted on March 12, 2020 by admin\n\n" + BODY,
        "2020-03-12",
    ),
    "en_dotted": ("Union leaders held after strike\n12.03.2020 10:45\n\n" + BODY, "2020-03-12"),
    "fr_publie": (
        "Trois syndicalistes interpellés\n\nPublié le 12/03/2020 à 10h45\n\nTrois responsables "
        "syndicaux ont été interpellés le 2 mars 2020, a indiqué leur avocat.\n",
        "2020-03-12",
    ),
    "es_fecha": (
        "Detienen a dirigentes sindicales\n\n12 de marzo de 2020 - 10:45\n\nLa policía detuvo el 2 "
        "de marzo de 2020 a tres dirigentes, según informó su abogado.\n",
        "2020-03-12",
    ),
    "ru_date": (
        "Задержаны лидеры профсоюза\n\n12 марта 2020, 10:45\n\nПолиция задержала 2 марта 2020 года "
        "трех лидеров профсоюза, сообщил адвокат.\n",
        "2020-03-12",
    ),
    "en_dateline": (
        "NORTHPORT, March 12 (Reuters) - Police detained three union leaders on Monday, a "
        "spokesman said.\n\nPublished 12 March 2020\n",
        "2020-03-12",
    ),
    "cfa_fr_header_date": (
        "Rapport intérimaire - Rapport No. 390, Octobre 2019\n\nCas no 3111 (Pérou) - Date de la "
        "plainte: 18-MARS -15 - Actif\n",
        "2019-10",
    ),
    "un_letter_fr_date": (
        "Mandats du Rapporteur spécial sur la situation des défenseurs des droits de "
        "l'homme\n\nRÉFÉRENCE: AL SEN 2/2019\n\nLe 12 mars 2019\n\nExcellence,\n\nNous avons "
        "l'honneur.\n",
        "2019-03-12",
    ),
    "un_letter_es_date": (
        "Mandatos del Relator Especial sobre la situación de los defensores de derechos "
        "humanos\n\nREFERENCIA: AL PER 2/2019\n\n12 de marzo de 2019\n\nExcelencia:\n\nTenemos el "
        "honor.\n",
        "2019-03-12",
    ),
    "un_letter_ru_date": (
        "Мандаты Специального докладчика по вопросу о положении правозащитников\n\nСсылка: AL KGZ "
        "2/2019\n\n12 марта 2019 года\n\nВаше Превосходительство,\n\nИмеем честь.\n",
        "2019-03-12",
    ),
    "nv_date_end_numeric": (
        "The Permanent Mission of Nepal to the United Nations Office at Geneva presents its "
        "compliments to the Office of the High Commissioner for Human Rights and has the honour to "
        "transmit the reply.\n\nThe Government rejects the allegations made on 3 March "
        "2019.\n\nGeneva, 14.06.2019\n",
        "2019-06-14",
    ),
}


@pytest.mark.parametrize("name", sorted(DATES))
def test_own_date_on_each_layout(name: str) -> None:
    text, date = DATES[name]
    assert _iso(_meta(text)) == date


# ---- who speaks and whom they address, named in the running text ---------------------------------

# name -> (text, a sender, an addressee or None): a body in its own voice in each language, a letter
# reported as written to an office holder, UN experts listed under a release, mandates labelled or
# named as the subject of a summary in French and Spanish
PARTIES = {
    "ituc_es": (
        "Paraguay: la CSI exige la liberación de dirigentes\n\nLa CSI exige la liberación "
        "inmediata de los dirigentes sindicales detenidos en Asunción.\n",
        "International Trade Union Confederation",
        None,
    ),
    "itf_today": (
        "Dock leaders jailed in Ghana\n\nThe International Transport Workers' Federation (ITF) "
        "today condemned the jailing of two dock union leaders in Ghana.\n",
        "International Transport Workers' Federation",
        None,
    ),
    "gf_written_to": (
        "Nepal: union demands release of teachers\n\nIndustriALL Global Union has written to Prime "
        "Minister Ram Thapa urging the release of the detained leaders.\n",
        "IndustriALL Global Union",
        "Ram Thapa",
    ),
    "un_pr_fr_experts": (
        "GENÈVE (9 mars 2023) – Des experts de l'ONU ont appelé aujourd'hui les autorités du Mali "
        "à libérer les syndicalistes.\n\nLes experts : Mme Ana Lobo, Rapporteuse spéciale sur les "
        "droits à la liberté de réunion pacifique et d'association; M. Paul Roux, Rapporteur "
        "spécial sur la situation des défenseurs des droits de l'homme.\n",
        "Rapporteuse spéciale sur les droits à la liberté de réunion pacifique et d'association",
        None,
    ),
    "un_pr_es_experts": (
        "GINEBRA (9 de marzo de 2023) – Expertos de la ONU pidieron hoy a las autoridades del "
        "Paraguay que liberen a los dirigentes.\n\nLos expertos: Sra. Ana Lobo, Relatora Especial "
        "sobre los derechos a la libertad de reunión pacífica y de asociación.\n",
        "Relatora Especial sobre los derechos a la libertad de reunión pacífica y de asociación",
        None,
    ),
    "un_summary_mandats_fr": (
        "Détails de la communication\n\nAL SEN 2/2019\n\nMandats : Rapporteur spécial sur les "
        "droits à la liberté de réunion pacifique et d'association; Rapporteur spécial sur la "
        "situation des défenseurs des droits de l'homme\n\nRésumé : arrestation de dirigeants "
        "syndicaux.\n",
        "Rapporteur spécial sur les droits à la liberté de réunion pacifique et d'association",
        "Government of Senegal",
    ),
    "un_summary_es_sent": (
        "El Relator Especial sobre los derechos a la libertad de reunión pacífica y de asociación "
        "y la Relatora Especial sobre la situación de los defensores de derechos humanos enviaron "
        "un llamamiento urgente al Gobierno del Perú el 5 de junio de 2018.\n",
        "Relator Especial sobre los derechos a la libertad de reunión pacífica y de asociación",
        "Government of Peru",
    ),
    "survey_addressee": (
        "Survey of violations of Trade Union Rights\n\nNepal\n\nTeachers "
        "arrested\n02-03-2019\n\nPolice arrested twelve teachers' union leaders during a march in "
        "Kathmandu.\n",
        "International Trade Union Confederation",
        None,
    ),
    "ei_statement_fr": (
        "Sénégal : l'Internationale de l'Education exige la libération des "
        "enseignants\n\nL'Internationale de l'Education (IE) condamne l'arrestation de trois "
        "dirigeants syndicaux.\n",
        "Education International",
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(PARTIES))
def test_parties_named_in_running_text(name: str) -> None:
    text, sender, addressee = PARTIES[name]
    meta = _meta(text)
    assert sender in _names(meta.senders)
    if addressee:
        assert addressee in _names(meta.addressees)


# ---- helpers ------------------------------------------------------------------------------------


def _meta(text: str) -> DocumentMeta:
    return extract(Text(text, "text/plain")).meta


def _iso(meta: DocumentMeta) -> str | None:
    return meta.date.iso if meta.date else None


def _names(parties: object) -> list[str]:
    return [p.name for p in parties]  # type: ignore[attr-defined]
