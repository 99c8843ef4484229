"""Genre, date, senders and addressees of ILO records in every report kind, header layout and language,
and cut below their header (invented cases)."""

from __future__ import annotations

import pytest

from casewatch.extract.pipeline import extract
from casewatch.model import Genre, Text

CFA_SENDER = "Committee on Freedom of Association"
CEACR_SENDER = "Committee of Experts on the Application of Conventions and Recommendations"
CAS_SENDER = "Conference Committee on the Application of Standards"
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
def test_cfa_reports_in_every_layout(name: str, told) -> None:
    text, date, government = CFA[name]
    meta = told(text)
    assert meta.genre is Genre.ILO_CFA
    assert meta.date == date
    assert meta.senders == [CFA_SENDER]
    assert government in meta.addressees


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
def test_ilo_records_in_every_language(name: str, told) -> None:
    text, genre, date, government = ILO_RECORDS[name]
    meta = told(text)
    assert meta.genre is genre
    assert meta.date == date
    sender = {Genre.ILO_CEACR: CEACR_SENDER, Genre.ILO_CAS: CAS_SENDER}[genre]
    assert meta.senders == [sender]
    assert government in meta.addressees


# ---- records without their header, and a letter quoting one ----------------------------------------

# name -> (text, genre): CEACR comments and CAS discussions told by their formulas and speaker turns in
# each language, a line of the UN joint communications report, a union letter citing a CFA case
BARE = {
    "ceacr_bare_en": (
        "The Committee notes the Government's reply to the observations of the International Trade "
        "Union Confederation (ITUC). Article 3 of the Convention. The Committee requests the "
        "Government to indicate in its next report the measures taken to amend section 12 of the "
        "Labour Code.\n\nThe Committee is raising other matters in a request addressed directly to "
        "the Government.\n",
        "ilo_ceacr",
    ),
    "ceacr_bare_fr": (
        "La commission prend note de la réponse du gouvernement aux observations de la "
        "Confédération syndicale internationale. Article 3 de la convention. La commission prie le "
        "gouvernement d'indiquer dans son prochain rapport les mesures prises.\n\nLa commission "
        "soulève d'autres questions dans une demande adressée directement au gouvernement.\n",
        "ilo_ceacr",
    ),
    "ceacr_bare_es": (
        "La Comisión toma nota de la respuesta del Gobierno a las observaciones de la "
        "Confederación Sindical Internacional. Artículo 3 del Convenio. La Comisión pide al "
        "Gobierno que indique en su próxima memoria las medidas adoptadas.\n\nLa Comisión plantea "
        "otras cuestiones en una solicitud dirigida directamente al Gobierno.\n",
        "ilo_ceacr",
    ),
    "cas_bare_fr": (
        "Un représentant gouvernemental a déclaré que le gouvernement avait enregistré le "
        "syndicat.\n\nLes membres travailleurs ont rappelé les arrestations.\n\nLes membres "
        "employeurs ont pris note des progrès.\n",
        "ilo_cas",
    ),
    "cas_bare_es": (
        "Un representante gubernamental declaró que el Gobierno había registrado el "
        "sindicato.\n\nLos miembros trabajadores recordaron las detenciones.\n\nLos miembros "
        "empleadores tomaron nota de los progresos.\n",
        "ilo_cas",
    ),
    "un_jc_report": (
        "JUA 12/03/2019 Case no. MNG 1/2019 State reply: None to date\n\nAllegations concerning "
        "the arrest and detention of union leaders after a strike at a copper mine.\n",
        "un_communication",
    ),
    "union_letter_citing_cfa": (
        "Global Federation of Dock Workers\n\nTo His Excellency\nMr Tomas Varga\nPresident of the "
        "Republic of Moldova\n\n12 May 2020\n\nYour Excellency,\n\nThe ILO Committee on Freedom of "
        "Association examined this case (Case No. 3300) and invited the Governing Body to approve "
        "its recommendations. The complainant alleges that the leaders were dismissed.\n\nYours "
        "sincerely,\n\nAnna Berg\nGeneral Secretary\n",
        "union_letter",
    ),
}


@pytest.mark.parametrize("name", sorted(BARE))
def test_genre_without_header(name: str, told) -> None:
    text, genre = BARE[name]
    assert told(text).genre.value == genre


@pytest.mark.parametrize(
    ("text", "genre", "date", "reference"),
    [
        # a record page served with its template's placeholders unfilled
        (
            "NORMLEX\n\nInterim Report - REPORT_NO401, March 2023\n\n"
            "CASE_NUMBER 4012 (Ruritania) - COMPLAINT_DATE: 02-FEB-21 - Active\n\n"
            "Allegations: dismissals of union officers\n\n- 500. The complaint is contained in a letter.",
            Genre.ILO_CFA,
            "2023-03",
            "Case No. 4012",
        ),
        # a CEACR comment whose label is qualified ("Direct Request on submission ... (CEACR)")
        (
            "Direct Request on submission to the competent authorities (CEACR) - adopted 2021, published"
            " 110th ILC session (2022)\n\nSubmission. The Committee notes with regret that the Government"
            " has not replied.",
            Genre.ILO_CEACR,
            "2021",
            None,
        ),
        # a French CFA page cut below its header, its complaint in joint communications
        (
            "- 900. La plainte figure dans les communications conjointes de deux syndicats des 2 et 9 mars"
            " 2020.\n- 901. Le gouvernement a envoyé ses observations le 3 juin 2020.\n"
            "- 902. La Ruritanie a ratifié la convention (no 98).\n\n"
            "A. Allégations des organisations plaignantes\n",
            Genre.ILO_CFA,
            None,
            None,
        ),
    ],
)
def test_record_headers_in_other_shapes(
    text: str, genre: Genre, date: str | None, reference: str | None
) -> None:
    meta = extract(Text(text, "text/plain")).meta
    assert (meta.genre, meta.date.iso if meta.date else None, meta.reference) == (genre, date, reference)


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        # a Conference Committee discussion cut below its header: a speaker's turns, no header
        (
            "Un représentant gouvernemental de la Ruritanie, ministre du travail, a rappelé que cette"
            " commission avait examiné le cas en 2001.\nL'orateur a ajouté qu'une loi était en cours.",
            Genre.ILO_CAS,
        ),
        (
            "Una representante gubernamental, viceministra de trabajo, declaró que el Gobierno cumplía"
            " con el Convenio.\nLa oradora añadió que se había creado una mesa tripartita.",
            Genre.ILO_CAS,
        ),
        (
            "The Government representative of Ruritania, Minister of Labour, said that the bill was ready.\n"
            "The speaker added that the social partners had been consulted twice.",
            Genre.ILO_CAS,
        ),
        # a CFA case page cut below its header, in an old report's wording
        (
            "A. Alegatos de los querellantes\n- 140. Los autores de la queja alegan que el registro de un"
            " sindicato depende de una decisión del Gobierno.",
            Genre.ILO_CFA,
        ),
        (
            "Allégations des plaignants\n- 77. Les plaignants allèguent que la fédération a été dissoute"
            " par décret en 1950.",
            Genre.ILO_CFA,
        ),
        (
            "Analysis of the complaint\n- 12. The complainants allege that the union's funds were frozen"
            " by order of the governor.",
            Genre.ILO_CFA,
        ),
        # a Committee of Experts' comment cut below its header: the observations it received
        (
            "La commission prend note des informations supplémentaires fournies par le gouvernement.\n"
            "La commission prend note des observations de la Fédération des travailleurs de Ruritanie"
            " reçues le 1er septembre 2020.",
            Genre.ILO_CEACR,
        ),
        (
            "La Comisión toma nota de las observaciones de la Central Unitaria de Ruritania recibidas el"
            " 3 de septiembre de 2021.\nLa Comisión toma nota de las respuestas del Gobierno a dichas"
            " observaciones.",
            Genre.ILO_CEACR,
        ),
        (
            "The Committee notes the observations of the Ruritanian Workers' Federation received on"
            " 30 August 2019.\nThe Committee notes the additional information provided by the Government"
            " in the light of the decision.",
            Genre.ILO_CEACR,
        ),
    ],
)
def test_record_excerpts_without_header_are_known_by_their_running_text(text: str, genre: Genre) -> None:
    assert extract(Text(text, "text/plain")).meta.genre == genre


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        # a Committee of Experts' comment as an older library lists it
        (
            "CEACR 2004 (75th Session): Individual Observation concerning Freedom of Association and"
            " Protection of the Right to Organise Convention, 1948 (No. 87) Ruritania (ratification: 1960)"
            "\n\n"
            "Description:\n\nThe Committee deplores the arrests.",
            Genre.ILO_CEACR,
        ),
        (
            "Individual Direct Request concerning Convention No. 98, Right to Organise and Collective"
            " Bargaining, 1949 Ruritania (ratification: 1962)\n\nThe Committee asks for information.",
            Genre.ILO_CEACR,
        ),
        (
            "Observation individuelle concernant la convention (no 87) sur la liberté syndicale, 1948"
            " Ruritanie (ratification: 1960)\n\nLa commission note les arrestations.",
            Genre.ILO_CEACR,
        ),
        (
            "Observación individual sobre el Convenio núm. 87, Libertad sindical, 1948 Ruritania"
            " (ratificación: 1960)\n\nLa Comisión lamenta las detenciones.",
            Genre.ILO_CEACR,
        ),
        # the Committee on Freedom of Association's report as a whole
        (
            "371st Report of the Committee on Freedom of Association\n\nThe Committee on Freedom of"
            " Association, set up by the Governing Body at its 117th Session (November 1951), met in Geneva.",
            Genre.ILO_CFA,
        ),
        (
            "371e rapport du Comité de la liberté syndicale\n\nLe comité s'est réuni à Genève en mars.",
            Genre.ILO_CFA,
        ),
        (
            "371.º informe del Comité de Libertad Sindical\n\nEl Comité se reunió en Ginebra en marzo.",
            Genre.ILO_CFA,
        ),
    ],
)
def test_records_in_library_and_whole_report_layouts(text: str, genre: Genre) -> None:
    assert extract(Text(text, "text/plain")).meta.genre == genre
