"""Extraction of whole documents in the genres and layouts the seeds do not show (invented cases)."""

from __future__ import annotations

import pytest

from casewatch.extract.pipeline import extract
from casewatch.model import Extraction, Genre, Text

CEACR = "\n".join(
    [
        "Observation (CEACR) - adopted 2022, published 111th ILC session (2023)",
        "",
        (
            "Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87) -"
            " Türkiye (Ratification: 1993)"
        ),
        "",
        (
            "The Committee notes the observations of the International Trade Union Confederation (ITUC)"
            " received on 1 September 2022 and of the Confederation of Progressive Trade Unions of "
            "Türkiye (DISK) received on 29 August 2022, alleging violations of the Convention in "
            "practice. The Committee requests the Government to provide its comments in this respect."
        ),
        "",
        (
            "Civil liberties. The Committee notes with deep concern the allegations that on 14 March "
            "2022 the police detained Mr Kemal Aydın, President of the Health and Social Service "
            "Workers' Union (SES), during a peaceful demonstration in Ankara. The Committee recalls "
            "that the rights of workers' and employers' organizations can only be exercised in a "
            "climate that is free from violence, pressure or threats of any kind. The Committee "
            "requests the Government to provide information on the outcome of the criminal proceedings "
            "against Mr Aydın."
        ),
        "",
        (
            "Article 2 of the Convention. Right of workers to establish organizations without previous "
            "authorization. The Committee recalls that it has been requesting the Government for a "
            "number of years to amend section 15 of Act No. 4688 on Public Servants' Trade Unions and "
            "Collective Agreements. The Committee expects the Government to take the necessary measures"
            " to amend the Act without delay so as to ensure that public servants may establish "
            "organizations of their own choosing."
        ),
        "",
        (
            "Article 3. Right to strike. The Committee notes that on 2 February 2022 the Council of "
            "Ministers postponed a strike in the glass industry by presidential decree. The Committee "
            "once again requests the Government to ensure that postponements of strikes are limited to "
            "essential services in the strict sense of the term."
        ),
        "",
        "The Committee is raising other matters in a request addressed directly to the Government.",
    ]
)

CFA = "\n".join(
    [
        "Report No. 401, March 2023",
        "",
        "Case No. 3203 (Bangladesh) - Complaint date: 10-MAR-16 - Active",
        "",
        "Complainant: Bangladesh Garment and Industrial Workers Federation (BGIWF)",
        "",
        (
            "Allegations: The complainant organization alleges acts of anti-union discrimination, the "
            "arrest of trade union leaders and the refusal to register unions in the ready-made garment"
            " sector."
        ),
        "",
        (
            "1. The complaint is contained in a communication dated 10 March 2016 from the Bangladesh "
            "Garment and Industrial Workers Federation (BGIWF)."
        ),
        "",
        "2. The Government sent its observations in communications dated 12 June 2022 and 3 January 2023.",
        "",
        "A. The complainant's allegations",
        "",
        (
            "3. The complainant alleges that on 22 December 2021, following a strike at a garment "
            "factory in Gazipur, the police arrested 12 trade union leaders, including Ms Nasrin Akter,"
            " General Secretary of the Federation, who were charged under the Special Powers Act. It "
            "further alleges that the Department of Labour rejected 18 applications for union "
            "registration in 2021 without stating any reasons."
        ),
        "",
        "B. The Government's reply",
        "",
        (
            "4. The Government indicates that Ms Akter was released on bail on 15 January 2022 and that"
            " the investigation is ongoing."
        ),
        "",
        "The Committee's recommendations",
        "",
        (
            "5. In the light of its foregoing interim conclusions, the Committee invites the Governing "
            "Body to approve the following recommendations:"
        ),
        "",
        (
            "(a) The Committee requests the Government to ensure that all charges against the trade "
            "union leaders arrested in December 2021 are dropped without delay and to keep it informed "
            "in this respect."
        ),
        "",
        (
            "(b) The Committee requests the Government to provide information on the reasons for the "
            "rejection of the 18 union registration applications and to review them in consultation "
            "with the social partners."
        ),
        "",
        (
            "(c) The Committee urges the Government to conduct an independent investigation into the "
            "allegations of anti-union discrimination in the ready-made garment sector."
        ),
        "",
        (
            "(d) The Committee draws the special attention of the Governing Body to the serious and "
            "urgent nature of this case."
        ),
    ]
)

NOTE_VERBALE = "\n".join(
    [
        "PERMANENT MISSION OF GUATEMALA",
        "TO THE UNITED NATIONS OFFICE AND OTHER INTERNATIONAL ORGANIZATIONS IN GENEVA",
        "",
        "NV-OMGG-123-2021",
        "",
        (
            "The Permanent Mission of the Republic of Guatemala to the United Nations Office at Geneva "
            "presents its compliments to the Office of the High Commissioner for Human Rights - Special"
            " Procedures Branch, and with reference to the joint communication AL GTM 4/2021 dated 12 "
            "March 2021, sent by the Special Rapporteur on the rights to freedom of peaceful assembly "
            "and of association and the Special Rapporteur on the situation of human rights defenders, "
            "has the honour to transmit the following information provided by the Ministry of Labour "
            "and Social Welfare."
        ),
        "",
        (
            "The Government of Guatemala rejects the allegation that the Union of Municipal Workers of "
            "Quetzaltenango was dissolved for its union activities. The union's registration was "
            "cancelled on 3 February 2021 by the General Labour Inspectorate because the organization "
            "failed to renew its executive committee as required by the Labour Code."
        ),
        "",
        (
            "With regard to Mr Carlos Ixcoy, the Public Prosecutor's Office opened an investigation on "
            "20 January 2021 into the events at the municipal building. Mr Ixcoy has not been detained "
            "and remains free."
        ),
        "",
        (
            "The Government of Guatemala reiterates its commitment to freedom of association and to the"
            " protection of human rights defenders."
        ),
        "",
        (
            "The Permanent Mission of the Republic of Guatemala to the United Nations Office at Geneva "
            "avails itself of this opportunity to renew to the Office of the High Commissioner for "
            "Human Rights the assurances of its highest consideration."
        ),
        "",
        "Geneva, 10 May 2021",
    ]
)

URGENT_APPEAL = "\n".join(
    [
        (
            "Mandates of the Special Rapporteur on the rights to freedom of peaceful assembly and of "
            "association; the Special Rapporteur on the situation of human rights defenders and the "
            "Working Group on Arbitrary Detention"
        ),
        "",
        "REFERENCE: UA ZWE 3/2019",
        "",
        "28 January 2019",
        "",
        "Excellency,",
        "",
        (
            "We have the honour to address you in our capacities as Special Rapporteur on the rights to"
            " freedom of peaceful assembly and of association; Special Rapporteur on the situation of "
            "human rights defenders and Working Group on Arbitrary Detention, pursuant to Human Rights "
            "Council resolutions 32/32, 34/5 and 33/30."
        ),
        "",
        (
            "In this connection, we would like to bring to the attention of your Excellency's "
            "Government information we have received concerning the arrest and detention of Mr Tendai "
            "Chikowore and Mr Blessing Ncube, leaders of the Zimbabwe Federation of Allied Workers "
            "(ZFAW), following a national stay-away."
        ),
        "",
        "According to the information received:",
        "",
        (
            "On 14 January 2019, the Zimbabwe Federation of Allied Workers called a three-day national "
            "stay-away to protest against a sharp increase in fuel prices. On 21 January 2019, Mr "
            "Blessing Ncube, Secretary General of the ZFAW, was arrested at Joshua Mqabuko Nkomo "
            "International Airport in Bulawayo and charged with subverting a constitutional government. "
            "On 24 January 2019, Mr Tendai Chikowore, President of the ZFAW, handed himself over to the"
            " police and was remanded in custody."
        ),
        "",
        (
            "While we do not wish to prejudge the accuracy of these allegations, we express our serious"
            " concern at the arrest and detention of the trade union leaders, which appear to be "
            "directly related to their legitimate exercise of the right to freedom of peaceful assembly"
            " and of association."
        ),
        "",
        (
            "In view of the urgency of the matter, we would appreciate a response on the initial steps "
            "taken by your Excellency's Government to safeguard the rights of the above-mentioned "
            "persons in compliance with international instruments."
        ),
        "",
        (
            "As it is our responsibility, under the mandates provided to us by the Human Rights "
            "Council, to seek to clarify all cases brought to our attention, we would be grateful for "
            "your observations on the following matters:"
        ),
        "",
        (
            "1. Please provide any additional information and comment you may have on the above-"
            "mentioned allegations."
        ),
        "",
        (
            "2. Please provide information on the factual and legal basis for the arrest and detention "
            "of Mr Ncube and Mr Chikowore, and explain how these measures are compatible with articles "
            "21 and 22 of the International Covenant on Civil and Political Rights."
        ),
        "",
        (
            "3. Please indicate what measures have been taken to ensure that trade unionists in "
            "Zimbabwe can carry out their legitimate activities without fear of harassment."
        ),
        "",
        (
            "We would appreciate receiving a response within 60 days. Passed this delay, this "
            "communication and any response received from your Excellency's Government will be made "
            "public via the communications reporting website."
        ),
        "",
        "Please accept, Excellency, the assurances of our highest consideration.",
        "",
        "Amadou Koffi Mensah",
        "Special Rapporteur on the rights to freedom of peaceful assembly and of association",
        "",
        "Hélène Dufresne",
        "Special Rapporteur on the situation of human rights defenders",
        "",
        "Ilze Kalnina",
        "Vice-Chair of the Working Group on Arbitrary Detention",
    ]
)

FRENCH_LETTER = "\n".join(
    [
        "Confédération syndicale internationale",
        "International Trade Union Confederation",
        "",
        "M. Kassym Diallo",
        "Président de la République du Mali",
        "Koulouba",
        "Bamako",
        "",
        "Copie à : M. Adama Sangaré, Ministre du Travail et de la Fonction publique",
        "",
        "Bruxelles, le 5 mars 2019",
        "",
        "Monsieur le Président,",
        "",
        (
            "Au nom de la Confédération syndicale internationale (CSI), qui représente 207 millions de "
            "travailleurs dans 163 pays, je vous écris pour protester contre l'arrestation de M. Issa "
            "Keïta, secrétaire général du Syndicat national des travailleurs de l'éducation (SNTE), le "
            "18 février 2019 à Bamako."
        ),
        "",
        (
            "Selon nos informations, M. Keïta a été placé en garde à vue après la grève des enseignants"
            " du 12 février 2019. Le siège du syndicat a été perquisitionné par la police."
        ),
        "",
        (
            "La CSI exhorte votre gouvernement à libérer immédiatement M. Keïta et à abandonner toutes "
            "les poursuites engagées contre lui. Nous vous demandons également de garantir le respect "
            "de la Convention n° 87 de l'OIT, ratifiée par le Mali."
        ),
        "",
        "Veuillez agréer, Monsieur le Président, l'expression de ma haute considération.",
        "",
        "Marta Olsson",
        "Secrétaire générale",
    ]
)

JOINT_LETTER = "\n".join(
    [
        "Public Services International",
        "45 avenue Voltaire, 01210 Ferney-Voltaire, France",
        "Tel: +33 4 50 40 64 64",
        "",
        "H.E. Andres Villanueva",
        "President of the Republic of the Philippines",
        "Malacañang Palace",
        "Manila",
        "",
        "cc: Hon. Rogelio Santos, Secretary of Labor and Employment",
        "cc: Ms Ingrid Baumann, Director, International Labour Standards Department, ILO",
        "",
        "Our ref: PSI/GS/2023/041",
        "",
        "Ferney-Voltaire, 14 June 2023",
        "",
        "Dear President Villanueva,",
        "",
        (
            "We write on behalf of Public Services International (PSI) and Education International (EI)"
            " to express our alarm at the killing of Mr Ramon Dizon, a leader of the Alliance of Public"
            " Sector Employees (APSE), who was shot dead in Quezon City on 2 June 2023."
        ),
        "",
        (
            "Mr Dizon had been repeatedly red-tagged by officials of the National Task Force to End "
            "Local Communist Armed Conflict. In April 2023 his home was raided by the police."
        ),
        "",
        (
            "We urge you to order an immediate, independent and impartial investigation into the "
            "killing of Mr Dizon and to bring those responsible to justice. We further call on your "
            "Government to abolish the practice of red-tagging of trade unionists and to implement the "
            "recommendations of the ILO High-Level Tripartite Mission of January 2023."
        ),
        "",
        "Yours sincerely,",
        "",
        "Lucia Ferraro",
        "General Secretary",
        "Public Services International",
        "",
        "Thomas Whitfield",
        "General Secretary",
        "Education International",
    ]
)

NEWS = "\n".join(
    [
        "Cambodian police arrest casino union leader after strike",
        "",
        "By Sophea Lim",
        "Published: 4 January 2022",
        "",
        (
            "PHNOM PENH — Police in Cambodia arrested the president of a casino workers' union on "
            "Tuesday, a day after hundreds of workers went on strike over mass dismissals, the union "
            "said."
        ),
        "",
        (
            "Chhim Sokha, president of the Labour Rights Supported Union of Khmer Employees of "
            "NagaWorld (LRSU), was detained outside the casino in Phnom Penh on 3 January 2022, "
            "according to a statement by the union."
        ),
        "",
        (
            "The Ministry of Labour and Vocational Training declared the strike illegal on 31 December "
            "2021. A spokesman for the ministry said the workers had failed to follow the procedures of"
            " the Labour Law."
        ),
        "",
        (
            "The International Trade Union Confederation called on the Cambodian authorities to release"
            " Ms Chhim immediately."
        ),
    ]
)

NGO_REPORT = "\n".join(
    [
        "HUMAN RIGHTS WATCH",
        "",
        "Belarus: Crackdown on Independent Unions",
        "Authorities Dissolve Labor Groups, Jail Leaders",
        "",
        "July 2022",
        "",
        "Summary",
        "",
        (
            "Since April 2022, the authorities in Belarus have systematically dismantled the country's "
            "independent trade union movement. On 19 April 2022, the security services detained at "
            "least 16 leaders and members of the Belarusian Congress of Free Labour Unions (BKFL),"
            " including its chairman, Alyaksandr Vetrashuk. On 18 July 2022, the Supreme Court of "
            "Belarus ordered the liquidation of the BKFL at the request of the Ministry of Justice."
        ),
        "",
        "Recommendations",
        "",
        "To the Government of Belarus:",
        "- Immediately release all trade unionists detained for their union activities;",
        "- Reverse the liquidation of the BKFL and its member unions;",
        "- Repeal the amendments to the Law on Mass Events adopted in 2021.",
        "",
        "To the International Labour Organization:",
        "- Use all available measures under article 33 of the ILO Constitution.",
    ]
)

NOTA_VERBAL = "\n".join(
    [
        "MISIÓN PERMANENTE DE LA REPÚBLICA DEL PERÚ",
        "ANTE LA OFICINA DE LAS NACIONES UNIDAS EN GINEBRA",
        "",
        "Nota No. 7-1-SG/245",
        "",
        (
            "La Misión Permanente del Perú ante la Oficina de las Naciones Unidas y otros Organismos "
            "Internacionales con sede en Ginebra saluda atentamente a la Oficina del Alto Comisionado "
            "de las Naciones Unidas para los Derechos Humanos, y en relación con la comunicación "
            "conjunta AL PER 2/2020, tiene el honor de remitir la respuesta del Gobierno del Perú."
        ),
        "",
        (
            "El Gobierno del Perú rechaza que el Sindicato Unificado de Trabajadores Mineros haya sido "
            "disuelto por motivos sindicales."
        ),
        "",
        "Ginebra, 14 de agosto de 2020",
    ]
)

CFA_INTERIM = "\n".join(
    [
        "Interim Report - Report No 398, June 2022",
        "",
        "Case No 3418 (Colombia) - Complaint date: 14-FEB-21 - Active",
        "",
        (
            "Complainant organizations: the Democratic Workers' Confederation of Colombia (CDTC) and the "
            "National Union of Sugar Industry Workers (SINTRAINAZUCAR)"
        ),
        "",
        (
            "Allegations: the complainant organizations denounce the murder of trade union leaders and "
            "the lack of progress in the investigations"
        ),
        "",
        "The Committee's recommendations",
        "",
        (
            "512. In the light of its foregoing interim conclusions, the Committee invites the "
            "Governing Body to approve the following recommendations:"
        ),
        "",
        (
            "(a) Deeply deploring the murder of Mr Jorge Arrieta, the Committee urges the Government to"
            " ensure that the investigation into his death leads to the identification and punishment "
            "of the perpetrators."
        ),
        "",
        (
            "(b) The Committee requests the Government to keep it informed of the criminal proceedings "
            "against the persons accused of the attack on the union's headquarters in Cali on 6 May "
            "2021."
        ),
    ]
)

DIRECT_REQUEST = "\n".join(
    [
        "Direct Request (CEACR) - adopted 2021, published 110th ILC session (2022)",
        "",
        (
            "Right to Organise and Collective Bargaining Convention, 1949 (No. 98) - Colombia "
            "(Ratification: 1976)"
        ),
        "",
        (
            "Article 4 of the Convention. Promotion of collective bargaining. The Committee notes the "
            "Government's indication that 602 collective agreements were concluded in 2020. The "
            "Committee requests the Government to continue to provide information on the number of "
            "collective agreements concluded in the public and private sectors."
        ),
        "",
        (
            "Article 1. Protection against acts of anti-union discrimination. The Committee requests "
            "the Government to provide statistics on the complaints of anti-union dismissal examined by"
            " the labour inspectorate."
        ),
    ]
)

DOCUMENTS = {
    "ceacr": CEACR,
    "cfa": CFA,
    "note_verbale": NOTE_VERBALE,
    "urgent_appeal": URGENT_APPEAL,
    "french_letter": FRENCH_LETTER,
    "joint_letter": JOINT_LETTER,
    "news": NEWS,
    "ngo_report": NGO_REPORT,
    "nota_verbal": NOTA_VERBAL,
    "cfa_interim": CFA_INTERIM,
    "direct_request": DIRECT_REQUEST,
}
RAPPORTEUR_FOA = "Special Rapporteur on the rights to freedom of peaceful assembly and of association"
RAPPORTEUR_HRD = "Special Rapporteur on the situation of human rights defenders"
WGAD = "Working Group on Arbitrary Detention"


def _run(name: str) -> Extraction:
    return extract(Text(DOCUMENTS[name], "text/plain"))


def _meta(ext: Extraction) -> dict[str, object]:
    meta = ext.meta
    return {
        "genre": meta.genre,
        "date": meta.date.iso if meta.date else None,
        "reference": meta.reference,
        "countries": meta.countries,
        "senders": [p.name for p in meta.senders],
        "signatories": [p.name for p in meta.signatories],
        "addressees": [p.name for p in meta.addressees],
        "reply_due": meta.reply_due.iso if meta.reply_due else None,
    }


# A CEACR comment is dated by the year the Committee adopted it, not the later ILC session that
# publishes it; a CFA excerpt by its report's month; letters and notes by their date line.
EXPECTED_META = {
    "ceacr": {
        "genre": Genre.ILO_CEACR,
        "date": "2022",
        "reference": None,
        "countries": ("TUR",),
        "senders": ["Committee of Experts on the Application of Conventions and Recommendations"],
        "signatories": [],
        "addressees": ["Government of Türkiye"],
        "reply_due": None,
    },
    "cfa": {
        "genre": Genre.ILO_CFA,
        "date": "2023-03",
        "reference": "Case No. 3203",
        "countries": ("BGD",),
        "senders": ["Committee on Freedom of Association"],
        "signatories": [],
        "addressees": ["Government of Bangladesh"],
        "reply_due": None,
    },
    "note_verbale": {
        "genre": Genre.GOVERNMENT_REPLY,
        "date": "2021-05-10",
        "reference": "NV-OMGG-123-2021",
        "countries": ("GTM",),
        "senders": ["Permanent Mission of the Republic of Guatemala"],
        "signatories": [],
        "addressees": ["Office of the High Commissioner for Human Rights"],
        "reply_due": None,
    },
    "urgent_appeal": {
        "genre": Genre.UN_COMMUNICATION,
        "date": "2019-01-28",
        "reference": "UA ZWE 3/2019",
        "countries": ("ZWE",),
        "senders": [RAPPORTEUR_FOA, RAPPORTEUR_HRD, WGAD],
        "signatories": ["Amadou Koffi Mensah", "Hélène Dufresne", "Ilze Kalnina"],
        "addressees": ["Government of Zimbabwe"],
        "reply_due": "2019-03-29",
    },
    "french_letter": {
        "genre": Genre.UNION_LETTER,
        "date": "2019-03-05",
        "reference": None,
        "countries": ("MLI",),
        "senders": ["International Trade Union Confederation"],
        "signatories": ["Marta Olsson"],
        "addressees": ["Kassym Diallo", "Adama Sangaré"],
        "reply_due": None,
    },
    "joint_letter": {
        "genre": Genre.UNION_LETTER,
        "date": "2023-06-14",
        "reference": "PSI/GS/2023/041",
        "countries": ("PHL",),
        "senders": ["Public Services International", "Education International"],
        "signatories": ["Lucia Ferraro", "Thomas Whitfield"],
        "addressees": ["Andres Villanueva", "Rogelio Santos", "Ingrid Baumann"],
        "reply_due": None,
    },
    "news": {
        "genre": Genre.NEWS,
        "date": "2022-01-04",
        "reference": None,
        "countries": ("KHM",),
        "senders": [],
        "signatories": [],
        "addressees": [],
        "reply_due": None,
    },
    "ngo_report": {
        "genre": Genre.NGO_REPORT,
        "date": "2022-07",
        "reference": None,
        "countries": ("BLR",),
        "senders": ["Human Rights Watch"],
        "signatories": [],
        "addressees": [],
        "reply_due": None,
    },
    # a Spanish note: its own number, not the UN code it answers
    "nota_verbal": {
        "genre": Genre.GOVERNMENT_REPLY,
        "date": "2020-08-14",
        "reference": "7-1-SG/245",
        "countries": ("PER",),
        "senders": ["Misión Permanente del Perú"],
        "signatories": [],
        "addressees": ["Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos"],
        "reply_due": None,
    },
    "cfa_interim": {
        "genre": Genre.ILO_CFA,
        "date": "2022-06",
        "reference": "Case No. 3418",
        "countries": ("COL",),
        "senders": ["Committee on Freedom of Association"],
        "signatories": [],
        "addressees": ["Government of Colombia"],
        "reply_due": None,
    },
    "direct_request": {
        "genre": Genre.ILO_CEACR,
        "date": "2021",
        "reference": None,
        "countries": ("COL",),
        "senders": ["Committee of Experts on the Application of Conventions and Recommendations"],
        "signatories": [],
        "addressees": ["Government of Colombia"],
        "reply_due": None,
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED_META))
def test_document_metadata(name: str) -> None:
    assert _meta(_run(name)) == EXPECTED_META[name]


KEY_ENTITIES = {
    "ceacr": {
        ("person", "Kemal Aydın"),
        ("organization", "Confederation of Progressive Trade Unions of Türkiye"),
    },
    "cfa": {
        ("person", "Nasrin Akter"),
        ("organization", "Bangladesh Garment and Industrial Workers Federation"),
    },
    "note_verbale": {
        ("person", "Carlos Ixcoy"),
        ("organization", "Union of Municipal Workers of Quetzaltenango"),
    },
    "urgent_appeal": {
        ("person", "Tendai Chikowore"),
        ("person", "Blessing Ncube"),
        ("organization", "Zimbabwe Federation of Allied Workers"),
    },
    "french_letter": {("person", "Issa Keïta"), ("person", "Kassym Diallo")},
    "joint_letter": {("person", "Ramon Dizon"), ("organization", "Education International")},
}


@pytest.mark.parametrize("name", sorted(KEY_ENTITIES))
def test_key_entities(name: str) -> None:
    found = {(e.type.value, e.name) for e in _run(name).entities}
    assert KEY_ENTITIES[name] <= found


EXPECTED_REQUESTS = {
    "ceacr": [
        "provide its comments in this respect",
        "provide information on the outcome of the criminal proceedings against Mr Aydın",
        "take the necessary measures to amend the Act without delay",
        "ensure that postponements of strikes are limited to essential services",
    ],
    # one request per lettered recommendation; (d) draws attention and asks nothing
    "cfa": [
        "ensure that all charges against the trade union leaders arrested in December 2021 are dropped "
        "without delay and keep it informed in this respect",
        "provide information on the reasons for the rejection of the 18 union registration applications and "
        "review them in consultation with the social partners",
        "conduct an independent investigation into the allegations of anti-union discrimination",
    ],
    "note_verbale": [],
    "urgent_appeal": [
        "a response on the initial steps taken by your Excellency's Government to safeguard the rights",
        "provide any additional information and comment you may have",
        "provide information on the factual and legal basis for the arrest and detention",
        "indicate what measures have been taken",
    ],
    "french_letter": [
        "libérer immédiatement M. Keïta",
        "abandonner toutes les poursuites engagées contre lui",
        "garantir le respect de la Convention n° 87",
    ],
    "joint_letter": [
        "order an immediate, independent and impartial investigation into the killing of Mr Dizon",
        "bring those responsible to justice",
        "abolish the practice of red-tagging of trade unionists",
        "implement the recommendations of the ILO High-Level Tripartite Mission",
    ],
    "ngo_report": [
        "release all trade unionists detained for their union activities",
        "Reverse the liquidation of the BKFL",
        "Repeal the amendments to the Law on Mass Events",
        "Use all available measures under article 33",
    ],
    "cfa_interim": [
        "ensure that the investigation into his death leads to the identification",
        "keep it informed of the criminal proceedings",
    ],
}


def test_recommendations_go_to_whom_their_heading_names() -> None:
    addressed = [r.addressees for r in _run("ngo_report").requests]
    assert addressed == [("Government of Belarus",)] * 3 + [("International Labour Organization",)]


@pytest.mark.parametrize("name", sorted(EXPECTED_REQUESTS))
def test_requests(name: str) -> None:
    texts = [r.text for r in _run(name).requests]
    expected = EXPECTED_REQUESTS[name]
    assert len(texts) == len(expected)
    assert all(text.startswith(start) for text, start in zip(texts, expected, strict=True))


def test_questions_of_an_urgent_appeal_are_due_with_the_reply() -> None:
    assert {r.deadline.iso if r.deadline else None for r in _run("urgent_appeal").requests} == {"2019-03-29"}


def test_a_note_verbale_cites_the_un_code_without_taking_it() -> None:
    ext = _run("note_verbale")
    assert ext.meta.reference != "AL GTM 4/2021"
    assert ext.meta.genre is Genre.GOVERNMENT_REPLY


def test_ceacr_bare_article_takes_the_headers_convention() -> None:
    cited = {(c.key, p) for c in _run("ceacr").citations for p in c.provisions}
    assert ("ILO C087", "art 2") in cited


def test_bare_article_headings_take_the_records_convention() -> None:
    cited = {(c.key, p) for c in _run("ceacr").citations for p in c.provisions}
    assert ("ILO C087", "art 3") in cited
    assert ("ILO C098", "art 1") in {
        (c.key, p) for c in _run("direct_request").citations for p in c.provisions
    }


EXPECTED_EVENTS = {
    "ceacr": {("arrest", "2022-03-14")},
    "cfa": {("arrest", "2021-12-22"), ("registration_refused", "2021"), ("release", "2022-01-15")},
    "ngo_report": {("arrest", "2022-04-19"), ("deregistration", "2022-07-18")},
    "french_letter": {("arrest", "2019-02-18"), ("arrest", "2019-02-12"), ("protest", "2019-02-12")},
}


@pytest.mark.parametrize("name", sorted(EXPECTED_EVENTS))
def test_events_of_other_genres_and_languages(name: str) -> None:
    found = {(e.type.value, e.date.iso if e.date else None) for e in _run(name).events}
    assert EXPECTED_EVENTS[name] <= found


def test_a_strike_declared_illegal_is_not_the_ministrys_protest() -> None:
    assert "protest" not in {
        e.type.value for e in _run("news").events if e.date and e.date.iso == "2021-12-31"
    }


def test_denied_claims_are_not_events() -> None:
    assert [e.quote[:20] for e in _run("note_verbale").events if "rejects" in e.quote] == []
    assert _run("nota_verbal").events == ()


def test_a_letters_senders_are_not_a_killings_actors() -> None:
    [killing] = [e for e in _run("joint_letter").events if e.type.value == "killing"]
    assert killing.actors == () and killing.date and killing.date.iso == "2023-06-02"


@pytest.mark.parametrize(
    ("name", "kind", "wrong"),
    [
        ("ceacr", "organization", "Public Servants' Trade Unions"),
        ("cfa", "organization", "General Secretary of the Federation"),
        ("ngo_report", "organization", "Crackdown on Independent Unions"),
        ("joint_letter", "person", "Malacañang Palace"),
        ("urgent_appeal", "place", "Joshua Mqabuko"),
        ("joint_letter", "place", "Quezon"),
    ],
)
def test_not_entities(name: str, kind: str, wrong: str) -> None:
    assert (kind, wrong) not in {(e.type.value, e.name) for e in _run(name).entities}


def test_places_and_law_titles_kept_whole() -> None:
    assert ("place", "Quezon City") in {(e.type.value, e.name) for e in _run("joint_letter").entities}
    assert ("place", "Bulawayo") in {(e.type.value, e.name) for e in _run("urgent_appeal").entities}
    assert "BLR Law on Mass Events" in {c.key for c in _run("ngo_report").citations}
