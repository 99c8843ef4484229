"""Genre, date and parties of UN letters, summaries, index pages and releases, of governments' replies
in every language, and each genre's own date on its layouts (invented cases)."""

from __future__ import annotations

import pytest

from casewatch.model import Genre

ANY = "any date"  # a page listing several communications: no one date is its own

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
def test_un_pages_in_every_language(name: str, told) -> None:
    text, date, sender, government = UN_PAGES[name]
    meta = told(text)
    assert meta.genre is Genre.UN_COMMUNICATION
    assert date is ANY or meta.date == date
    if sender:
        assert sender in meta.senders
    if government:
        assert government in meta.addressees


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
def test_government_replies_in_every_language(name: str, told) -> None:
    text, date, sender = REPLIES[name]
    meta = told(text)
    assert meta.genre is Genre.GOVERNMENT_REPLY
    assert meta.date == date
    assert meta.senders == [sender]


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
def test_own_date_on_each_layout(name: str, told) -> None:
    text, date = DATES[name]
    assert told(text).date == date


# ---- a letter told by the capacity its writers address the government in -------------------------

# name -> (text, genre): a UN letter without its mandates heading, in English and French, and a
# government's letter citing the expert's capacity (its own reply)
CAPACITIES = {
    "un_letter_no_heading_en": (
        "12 March 2019\n\nExcellency,\n\nWe have the honour to address you in our capacities as "
        "Special Rapporteur on the rights to freedom of peaceful assembly and of association and "
        "Special Rapporteur on the situation of human rights defenders, pursuant to Human Rights "
        "Council resolutions 41/12 and 43/16.\n\nPlease accept, Excellency, the assurances of our "
        "highest consideration.\n\nAna Lobo\nSpecial Rapporteur on the rights to freedom of "
        "peaceful assembly and of association\n",
        "un_communication",
    ),
    "un_letter_no_heading_fr": (
        "Le 12 mars 2019\n\nExcellence,\n\nNous avons l'honneur de nous adresser à vous en notre "
        "qualité de Rapporteur spécial sur la situation des défenseurs des droits de l'homme, "
        "conformément à la résolution 43/16 du Conseil des droits de l'homme.\n\nVeuillez agréer, "
        "Excellence, l'assurance de notre haute considération.\n\nPaul Roux\nRapporteur spécial "
        "sur la situation des défenseurs des droits de l'homme\n",
        "un_communication",
    ),
    "gov_reply_citing_capacity": (
        "14 June 2021\n\nExcellency,\n\nI have the honour to refer to your joint communication "
        "sent in your capacity as Special Rapporteur and to transmit the reply of the Government "
        "of Ghana.\n\nPlease accept the assurances of my highest consideration.\n\nAmbassador, "
        "Permanent Representative\n",
        "government_reply",
    ),
}


@pytest.mark.parametrize("name", sorted(CAPACITIES))
def test_letter_told_by_its_writers_capacity(name: str, told) -> None:
    text, genre = CAPACITIES[name]
    assert told(text).genre.value == genre
