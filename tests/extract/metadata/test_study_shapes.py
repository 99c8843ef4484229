"""Genre, date and parties of further shapes met on real pages outside the corpus (invented cases): Council
reports of communications, ILO records cut to a formula or a heading, agency bylines, letters greeted in
Portuguese or Ukrainian, senders named only by the members they count or by an acronym."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from casewatch.model import Genre

# name -> (text, genre, date, senders, addressees); None: not asserted
SHAPES = {
    "council_summary_of_cases": (
        "United Nations\nGeneral Assembly Distr. GENERAL\n\nA/HRC/9/12/Add.1 4 March 2031\n\n"
        "HUMAN RIGHTS COUNCIL Ninth session Agenda item 3\n\n"
        "Report of the Special Rapporteur on the situation of human rights defenders, Jane Roe\n\n"
        "Addendum\n\nSummary of cases transmitted to Governments and replies received\n\n"
        "Contents\n\nIntroduction ...... 1 - 4 4 Freedonia ...... 5 - 13 4 Sylvania ...... 14 - 20 9\n",
        Genre.UN_COMMUNICATION,
        "2031-03-04",
        ["Special Rapporteur on the situation of human rights defenders"],
        ["Human Rights Council"],
    ),
    "joint_communications_report": (
        "Communications report of Special Procedures\nDocument Type: Final Report\nDate: 2031 Feb\n"
        "Human Rights Council Fiftieth session\n1-29 February–30 March 2031\n"
        "Communications report of Special Procedures\n"
        "Joint report by the Special Rapporteur on seafarers' rights; the Working Group on\n"
        "Arbitrary Detention; the Special Rapporteur in the field of cultural rights\n\nSummary\n",
        Genre.UN_COMMUNICATION,
        "2031-02",
        [
            "Special Rapporteur on seafarers' rights",
            "Working Group on Arbitrary Detention",
            "Special Rapporteur in the field of cultural rights",
        ],
        ["Human Rights Council"],
    ),
    "ceacr_formula_without_header": (
        "Display in: French - Spanish\n"
        "The Committee takes note of the communication dated 2 October 2031 from the Sylvanian Federation "
        "of Dock Workers containing comments on the observance of the Convention; a copy of these comments "
        "was transmitted to the Government on 9 November 2031 for any comments which it might "
        "wish to make.\n",
        Genre.ILO_CEACR,
        None,
        ["Committee of Experts on the Application of Conventions and Recommendations"],
        ["Government"],
    ),
    "cas_written_information_heading": (
        "Display in: English - French - Spanish\n"
        "Written information provided by the Government\n"
        "1. The Committee requests the Government to provide information on the inquiry.\n"
        "The inquiry into the dismissals is ongoing and will publish its findings on 3 July 2032.\n",
        Genre.ILO_CAS,
        None,
        ["Conference Committee on the Application of Standards"],
        ["Government"],
    ),
    "cas_header_longer_country_name": (
        "Cas individuel (CAS) - Discussion : 2031, Publication : 119ème session CIT (2031)\n\n"
        "Convention (n° 87) sur la liberté syndicale et la protection du droit syndical, 1948 - "
        "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord (Ratification: 1949)\n\n"
        "A Government representative said that the legislation was being reviewed with the social "
        "partners.\n",
        Genre.ILO_CAS,
        "2031",
        None,
        ["Government of United Kingdom"],
    ),
    "agency_byline": (
        "Relatives of jailed union leaders ask the prosecutor for their release\n"
        "Por: Diario del Valle / EFE\n"
        "Una decena de personas protestó frente a la Fiscalía para pedir la excarcelación de los seis "
        "dirigentes sindicales detenidos en julio.\n",
        Genre.NEWS,
        None,
        [],
        None,
    ),
    "portuguese_greeting": (
        "Sindicato dos Servidores Públicos de Valdória assina moção\n"
        "Ao governo João Pereira,\n"
        "Tomamos conhecimento, através da Confederação dos Sindicatos Portuários, de que dezenas de "
        "grevistas seguem presos há mais de um ano.\n",
        Genre.UNION_LETTER,
        None,
        None,
        None,
    ),
    "ukrainian_greeting_on_behalf": (
        "Шановний пане Коваль!\n\n"
        "Від імені ФПВ (Federación de Puertos de Valdoria) звертаюся до Вас, щоб висловити нашу "
        "підтримку у зв’язку з Вашим арештом та звинуваченнями проти профспілки.\n",
        Genre.UNION_LETTER,
        None,
        ["ФПВ"],
        None,
    ),
    "sender_counting_its_members": (
        "3rd March, 2031\n\n"
        "General Jan Novak, Chairman\nState Council\nCapital City, Freedonia\n\nDear General,\n\n"
        "The FCW, a confederation of salaried employees representing approx. 200,000 members, protests "
        "in the strongest terms against the arrest of two union leaders on 1 March.\n",
        Genre.UNION_LETTER,
        "2031-03-03",
        ["FCW"],
        ["Jan Novak"],
    ),
    "on_behalf_of_an_acronym": (
        "Letter to the Sylvanian Ambassador\n\n4 April 2031\n\nH.E. Mr Piotr Adamek\nEmbassy of Sylvania\n"
        "1 Hill Road\nLondon\n\nDear Ambassador\n\nOn behalf of the GFU, its 40 member unions and the two "
        "million workers they represent, I urge you to press your government to release the strikers.\n\n"
        "Yours sincerely\n\nGeneral Secretary\n",
        Genre.UNION_LETTER,
        "2031-04-04",
        ["GFU"],
        ["Piotr Adamek"],
    ),
    "union_page_sent_a_protest_letter": (
        "Police violence in Freedonia\n\n"
        "On 2 May, police broke up a trade union meeting planning the May Day march. Nine union officers "
        "were detained.\n\nThe ITUC sent a protest letter to the Prime Minister.\n\nLetter\n",
        Genre.UNION_LETTER,
        None,
        ["International Trade Union Confederation"],
        None,
    ),
    "communication_dated_on_the_greeting_line": (
        "Mandates of the Special Rapporteur on seafarers' rights; and the Special Rapporteur on the human "
        "right to safe drinking water and sanitation.\n\n"
        "REFERENCE: UA Food (2000-9) G/SO 214 (53-24) MNG 2/2031\n\n"
        "14 March 2031    Excellency,\n\n"
        "We have the honour to address you in our capacity as Special Rapporteur on seafarers' rights.\n",
        Genre.UN_COMMUNICATION,
        "2031-03-14",
        [
            "Special Rapporteur on seafarers' rights",
            "Special Rapporteur on the human right to safe drinking water and sanitation",
        ],
        ["Government of Mongolia"],
    ),
    "mandate_site_page_on_its_report": (
        "June 12, 2031\n\n"
        "Report: Observations on Communications to Governments and Replies Received 2030-31\n\n"
        "As part of their official duties, UN Special Rapporteurs send communications to national "
        "governments when allegations of serious human rights abuses arise.\n",
        Genre.UN_COMMUNICATION,
        "2031-06-12",
        None,
        None,
    ),
    "ceacr_spanish_header_unaccented_country": (
        "Observación (CEACR) - Adopción: 2031, Publicación: 120ª reunión CIT (2032)\n\n"
        "Convenio sobre la libertad sindical y la protección del derecho de sindicación, 1948 (núm. 87) - "
        "Rumania (Ratificación : 1957)\n\n"
        "La Comisión toma nota de los comentarios de la Confederación Sindical de Valdoria.\n",
        Genre.ILO_CEACR,
        "2031",
        None,
        ["Government of Romania"],
    ),
    "statement_dated_by_its_adoption": (
        "Federation Statement adopted at Executive Committee in their meeting 9th December 2031 in support "
        "of the dockers' leaders condemned for a strike\n"
        "The Federation is gravely concerned by the recent condemnations of the dockers' leaders.\n"
        "The Federation calls on Freedonia to restore respect for trade union rights.\n",
        Genre.UNION_LETTER,
        "2031-12-09",
        None,
        None,
    ),
    "portuguese_greeting_names_the_head_of_government": (
        "Sindicato dos Servidores de Valdória assina moção\n"
        "Ao governo João Pereira,\n"
        "Tomamos conhecimento de que dezenas de grevistas seguem presos.\n",
        Genre.UNION_LETTER,
        None,
        None,
        ["João Pereira"],
    ),
    "short_report_in_the_third_person": (
        "Профсоюз на заводе\n"
        "Рабочие завода в Дархане получили предупреждение от администрации за создание профсоюза. "
        "Председатель профкома подал административный иск. Его передали для рассмотрения судье "
        "районного суда. В июне рабочие направили директору уведомление о создании профсоюза.\n",
        Genre.NEWS,
        None,
        None,
        None,
    ),
    "headline_led_by_its_country": (
        "Home > Africa > Mongolia : police charge striking teachers\n\n"
        "Striking teachers wanted to march on Saturday against the wage freeze. The gendarmes charged "
        "the marchers and detained two teachers.\n",
        Genre.NEWS,
        None,
        None,
        None,
    ),
    "urgent_action_page_with_a_model_letter": (
        "Urgent Action\n\nPlease see below the Urgent Actions you can take for people at risk.\n\n"
        "Minister Jan Novak,\nMinistry of Justice,\nCapital City\n\n"
        "Dear Minister Novak,\n\n"
        "I am writing to express my dismay at the arrest of the editor of a news outlet.\n",
        Genre.NGO_REPORT,
        None,
        None,
        None,
    ),
    "russian_signature_names_the_body": (
        "Уважаемые коллеги!\n\n"
        "Позвольте искренне поздравить вас с профессиональным праздником. Здоровья вам и сил!\n"
        "Председатель Федерации профсоюзов Дарханской области П.Г. Иванов\n",
        Genre.UNION_LETTER,
        None,
        ["Федерация профсоюзов Дарханской области"],
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_study_shapes(name: str, told: Callable) -> None:
    text, genre, date, senders, addressees = SHAPES[name]
    meta = told(text)
    assert meta.genre is genre
    assert meta.date == date
    if senders is not None:
        assert meta.senders == senders
    if addressees is not None:
        assert meta.addressees == addressees
