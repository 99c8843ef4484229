"""Genre, date and parties of NGO pages and news, survey ratings and submissions, told by their anatomy
or by who speaks in them (invented cases)."""

from __future__ import annotations

import pytest

from casewatch.model import Genre

ITUC = "International Trade Union Confederation"

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
def test_ngo_and_news_pages(name: str, told) -> None:
    text, genre, sender = PAGES[name]
    meta = told(text)
    assert meta.genre is genre
    if sender:
        assert meta.senders == [sender]


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
def test_genre_told_by_who_speaks(name: str, told) -> None:
    text, genre = VOICES[name]
    assert told(text).genre.value == genre


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
def test_sender_of_a_page_told_by_who_speaks(name: str, sender: str, told) -> None:
    assert told(VOICES[name][0]).senders == [sender]


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
def test_parties_named_in_running_text(name: str, told) -> None:
    text, sender, addressee = PARTIES[name]
    meta = told(text)
    assert sender in meta.senders
    if addressee:
        assert addressee in meta.addressees
