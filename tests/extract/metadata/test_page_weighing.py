"""A page without letter anatomy weighed by the evidence that holds across its genre: an outlet's page
furniture, a body's banner, a statement heading, the page's own demands, a body named after its statement's
verb (invented pages in the shapes these genres take)."""

from __future__ import annotations

import pytest

from casewatch.extract.metadata.document_date import document_date
from casewatch.extract.metadata.fields import country_counts
from casewatch.extract.metadata.genre import classify
from casewatch.extract.metadata.page_marks import masthead_name, news_furniture, own_demands, stating_bodies
from casewatch.extract.metadata.page_parties import page_senders
from casewatch.extract.metadata.weigh import weights
from casewatch.model import Genre, PartialDate

# An NGO's urgent-action page under its site's banner: no one is quoted, the page asks in its own words
BANNER_ACTION = (
    "Arden Watch Urgent Actions\n"
    "Home Urgent Actions 2031 06\n\n"
    "Dock union leader gets death threats\n"
    "On 3 March the Avra Dockers' Union started a strike for better pay. Since then its general secretary "
    "and his family have received death threats. The Ruritanian authorities must promptly and impartially "
    "investigate the threats and protect the union's leaders.\n"
    "Teacher held for a post online\n"
    "A teacher was detained for a video he posted. He should be immediately and unconditionally released.\n"
)

# A joint statement of NGOs that names them after its verb, as their release closes its demand
JOINT_STATEMENT = (
    "Ruritania. Free the union leaders\n\n"
    "The Ruritanian authorities must immediately release Jan Kovar, a union leader, and drop all charges "
    "against him, declared Avra Human Rights League and twenty civil society groups on Tuesday in a joint "
    "statement. The authorities should investigate the dispersal of a peaceful union meeting, the groups "
    "added.\n"
)

# A congress resolution titled as a statement, the body named in its opening
TITLED_STATEMENT = (
    "Resolution of the congress of the Avra Human Rights League in solidarity with defenders in danger\n\n"
    "19/11/2031\n"
    "Statement\n\n"
    "The 12th Congress of the Avra Human Rights League, meeting in Port Avra from 21 to 25 October 2031, "
    "wishes to express its solidarity with the defenders who are harassed, attacked and prosecuted.\n\n"
    "Stressing that the safety of defenders is precarious in times of conflict.\n"
)

# A reporter's page: a byline and a related-links block, a union's words only in a quotation
BYLINED_NEWS = (
    "Un syndicaliste arrêté à Port-Avra\n\n"
    "Par Jeanne Martin\n\n"
    "Le secrétaire du syndicat des dockers a été arrêté jeudi devant le port. « C'est de l'intimidation », "
    "dénonce la Fédération des Dockers d'Avra.\n\n"
    "Lire aussi\n"
    "Grève au port : la direction refuse de négocier\n"
)


@pytest.mark.parametrize(
    ("page", "genre"),
    [
        (BANNER_ACTION, Genre.NGO_REPORT),
        (JOINT_STATEMENT, Genre.NGO_REPORT),
        (TITLED_STATEMENT, Genre.NGO_REPORT),
        (BYLINED_NEWS, Genre.NEWS),
    ],
)
def test_pages_weighed_by_the_evidence_of_their_genre(page: str, genre: Genre) -> None:
    assert classify(page) is genre


def test_a_banner_names_the_body_whose_page_it_is() -> None:
    assert masthead_name(BANNER_ACTION) == "Arden Watch"
    # a headline is no banner: it has lower-case words
    assert masthead_name("Arden Watch urges the release of dockers\n\nText.") is None


def test_a_body_named_after_its_statement_verb_speaks_in_its_own_voice() -> None:
    assert stating_bodies(JOINT_STATEMENT) == ["Avra Human Rights League"]
    assert [p.name for p in page_senders(JOINT_STATEMENT)] == ["Avra Human Rights League"]
    # an officer so named is the officer's quote, and a person is no body
    assert stating_bodies("“Release them,” said the Avra Human Rights League Director Ann Smith.") == []
    assert stating_bodies("“Release them,” said Ann Smith.") == []


def test_own_demands_are_counted_outside_quotations() -> None:
    assert own_demands(BANNER_ACTION) == 2
    assert own_demands("“The authorities must release them,” the union said.") == 0


def test_outlet_furniture_weighs_for_a_reporter() -> None:
    assert news_furniture(BYLINED_NEWS) == 2
    assert news_furniture(TITLED_STATEMENT) == 0
    weighed = weights(BYLINED_NEWS)
    assert weighed.reporter > weighed.own.total()


def test_the_last_sentence_of_a_short_report_counts() -> None:
    report = (
        "Security officers arrested the president of the Avra Labour Congress on Monday. "
        "The Arden Times gathered that he was on his way to a conference abroad.\n"
        "He had been questioned earlier over a protest."
    )
    assert classify(report) is Genre.NEWS


def test_a_survey_of_violations_titled_in_any_wording_is_the_unions_own() -> None:
    page = (
        "Nuevo informe sobre las violaciones de los derechos sindicales\n\n"
        "Los sindicalistas siguen expuestos a graves violaciones de sus derechos. Según el informe de la "
        "CSI, en más de la mitad de los países se ha despedido a trabajadores por su afiliación.\n"
    )
    assert classify(page) is Genre.UNION_LETTER


def test_a_report_on_violations_that_names_no_survey_is_not_the_confederation_s() -> None:
    page = (
        "Nuevo informe sobre las violaciones de los derechos sindicales\n\n"
        "El Observatorio Ardense de Derechos Humanos documenta en su informe despidos de dirigentes "
        "sindicales en los puertos.\n"
    )
    assert classify(page) is not Genre.UNION_LETTER


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("mardi, 12 novembre, 2031 à 14:20", PartialDate(2031, 11, 12)),
        ("01.08.2031 00:00:00", PartialDate(2031, 8, 1)),
        ("Wed 9 Nov 2031 10:45 AM", PartialDate(2031, 11, 9)),
    ],
)
def test_a_publication_stamp_with_its_time_of_day_dates_the_page(stamp: str, expected: PartialDate) -> None:
    page = f"Arden Post\n{stamp}\n\nPort Avra – Police detained twelve dockers, the union said.\n"
    assert document_date(page, (), Genre.NEWS) == expected


def test_a_running_line_with_a_time_is_no_stamp() -> None:
    page = "Strike news\n\nCompared with 83% in 2031 12:00 shifts were lost, the union said.\n"
    assert document_date(page, (), Genre.NEWS) is None


def test_a_language_switch_names_no_country() -> None:
    text = "Display in: French - Spanish\nThe Committee notes that the Government's report was not received."
    assert not country_counts(text)


def test_a_joint_statement_is_sent_by_each_body_it_names() -> None:
    page = (
        "Ruritanie. Libérez les syndicalistes\n\n"
        "Les autorités doivent libérer immédiatement deux dirigeants syndicaux, ont déclaré Arden Watch, "
        "Ligue Avra des Droits de l'Homme et vingt organisations, mardi, dans une déclaration conjointe.\n"
    )
    assert classify(page) is Genre.NGO_REPORT
    assert [p.name for p in page_senders(page)] == ["Arden Watch", "Ligue Avra des Droits de l'Homme"]


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("PORT AVRA - At least 30 dockers were arrested", True),
        ("ARDENTOWN, Ruritania — Police detained the strike leader", True),
        ("Port Avra, 3 December 2031: The federation condemns", False),  # a union's own wire
        # a union heading its statement, the acronym defined in brackets
        ("ADWF – statement on the arrests.\nThe Avra Dock Workers' Federation (ADWF) condemns them", False),
    ],
)
def test_a_wires_dateline_is_an_outlets_furniture(opening: str, dateline: bool) -> None:
    assert news_furniture(f"{opening}.\n") == int(dateline)


def test_a_survey_entry_known_by_its_section_headings_is_the_unions_own() -> None:
    page = (
        "Ruritania\n\n"
        "Derechos sindicales en la legislación\n\n"
        "La ley exige un mínimo de 300 afiliados para registrar un sindicato.\n\n"
        "Derechos sindicales en la práctica\n\n"
        "El dirigente del sindicato portuario fue detenido el 3 de marzo.\n"
    )
    assert classify(page) is Genre.UNION_LETTER


def test_reporters_tell_what_several_people_said() -> None:
    page = (
        "Trois syndicalistes interpellés à Port-Avra\n\n"
        "Trois militants ont été placés en garde à vue jeudi, ont indiqué leurs avocats. "
        "La Fédération des Dockers d'Avra exige leur libération. Les policiers ont affirmé avoir agi "
        "sur ordre du préfet, ont déclaré des témoins.\n"
    )
    assert classify(page) is Genre.NEWS


def test_a_title_naming_an_intergovernmental_body_names_no_sender() -> None:
    page = (
        "Dockers before the ILO committee\n\n"
        "The complaint of the port workers was examined in Geneva. The hearing lasted two days.\n"
    )
    assert page_senders(page) == []


def test_a_release_reprinted_under_an_aggregators_furniture_is_the_outlets_story() -> None:
    # the outlet's stamp with its time of day and its section's links frame the body's words as its page
    page = (
        "Arden Daily Wire\n\n"
        "Mass arrests of dockers in Ruritania\n"
        "Published: Wed 9 Nov 2031 10:45 AM\n"
        "Port Avra: The Avra Dock Workers' Federation has condemned the arrests today of hundreds of port "
        "workers. Three more leaders are reported to have been arrested on Monday.\n"
        "Next in World\n"
    )
    assert classify(page) is Genre.NEWS


@pytest.mark.parametrize(
    "opening",
    [
        "Communiqué de l'Observatoire alban des libertés syndicales – Port-Avra, le 6 mai 2031\n\n",
        "Observatoire alban de la répression syndicale. Communiqué du 6 mai. Appel à témoignages\n\n",
    ],
)
def test_a_statement_heading_may_name_whose_or_when_it_is(opening: str) -> None:
    page = opening + (
        "La manifestation de samedi s'est déroulée sous une surveillance policière disproportionnée. "
        "Plusieurs militants syndicaux ont été placés en garde à vue. Ces pratiques portent atteinte "
        "au droit de manifester.\n"
    )
    assert classify(page) is Genre.UNION_LETTER


def test_an_index_page_of_workers_rights_violations_in_french_is_the_unions_own() -> None:
    page = (
        "Droit aux libertés civiles\n\n"
        "Violations des droits des travailleurs/euses\n\n"
        "Le 3 mars 2031, la police a arrêté douze dirigeants du syndicat des dockers à Port-Avra.\n"
    )
    assert classify(page) is Genre.UNION_LETTER


def test_a_line_cut_where_the_head_ends_is_no_banner() -> None:
    opening = "PORT AVRA: The Avra Dockers' Federation has condemned the dismissal of 400 port workers. " * 5
    page = (
        opening
        + "\nAlba Dockers Federation Vice President Jan Kovar and others were present at the meeting.\n"
    )
    cut = page.index("Vice") + len("Vice")
    assert masthead_name(page[:cut]) is None


@pytest.mark.parametrize(
    "page",
    [
        "Ruritanie : craintes pour la sécurité\n\n"
        "La Ligue Albane des Droits de l'Homme est vivement préoccupée par la sécurité des dirigeants "
        "du syndicat des dockers, menacés de mort. La police reste sourde à "
        "leurs demandes de protection.\n",
        "Arden Watch expresó hoy su consternación ante la muerte de un dirigente sindical en Port Avra. "
        "La organización hace un llamado a las autoridades para que se realice una investigación "
        "independiente.\n",
    ],
)
def test_an_ngo_speaks_in_its_own_voice_in_french_and_spanish_as_in_english(page: str) -> None:
    assert classify(page) is Genre.NGO_REPORT


# An outlet reprinting a union's words under its own furniture: the credit to the union's site, the photo
# credit and keyword block, an aggregator's link to the full article
@pytest.mark.parametrize(
    "furniture",
    [
        "Source : Site de la FSA\n",
        "Crédits photo : © Radio Avra\n\nMots-clés\n\nRépression / Politique\n",
        "Read full article on Avra Dockers' Federation:\nDockers' leaders arrested\n",
    ],
)
def test_a_reprint_under_an_outlet_s_furniture_is_news(furniture: str) -> None:
    page = (
        "Un militant de la FSA arrêté pour avoir pris des photos !\n\n"
        "Mardi, Marc, adhérent de la FSA, a été arrêté puis placé en garde à vue. Relâché hier soir, il aura "
        "passé plus de vingt heures en cellule.\n\n"
        "Face à la répression, la solidarité est notre arme. Nous ne sommes pas dupes.\n\n" + furniture
    )
    assert news_furniture(page) >= 1
    assert classify(page) is Genre.NEWS


# A union's short page about its members that reports no one and speaks as "we" once
@pytest.mark.parametrize(
    "page",
    [
        "Plus de cent personnes se sont rassemblées mardi contre la répression syndicale. Les sanctions "
        "visant deux délégués restent inacceptables. Leur multiplication nous concerne toutes et tous.\n",
        "More than a hundred people rallied on Tuesday against the sanctions on two trade union delegates. "
        "The sanctions remain unacceptable. Their spread concerns every one of our members.\n",
        "Más de cien personas se concentraron el martes contra las sanciones a dos delegados sindicales. "
        "Las sanciones siguen siendo inaceptables. Su multiplicación nos afecta a todos nosotros.\n",
    ],
)
def test_a_page_reporting_no_one_that_speaks_as_we_once_is_the_union_s(page: str) -> None:
    assert classify(page) is Genre.UNION_LETTER


def test_the_same_page_in_the_third_person_is_news() -> None:
    page = (
        "More than a hundred people rallied on Tuesday against the sanctions on two union delegates. The "
        "sanctions were called unacceptable. Their spread worries the delegates' colleagues.\n"
    )
    assert classify(page) is Genre.NEWS


# Pages spoken for the employers, as "we", speaking of unions and workers (invented)
EMPLOYERS_REMARKS = [
    "Employers' Spokesperson's Remarks at the Opening of the Conference\n3 June 2031\n\n"
    "Distinguished delegates, ladies and gentlemen,\n\n"
    "It is an honour to speak on behalf of the Employers' Group today. We have worked with the trade unions "
    "and governments for many years, and we will continue to defend freedom of association for workers and "
    "employers alike. Our members create jobs in every region. We call for dialogue, not confrontation.",
    "Allocution du porte-parole des employeurs\n\nMesdames et Messieurs les délégués,\n\n"
    "Au nom du groupe des employeurs, nous saluons les travaux de la commission. Nous défendons la liberté "
    "syndicale des travailleurs comme celle des employeurs. Nos membres soutiennent le dialogue social et "
    "nous "
    "appelons les syndicats à poursuivre la négociation.",
    "Intervención del portavoz de los empleadores\n\nSeñoras y señores delegados:\n\n"
    "En nombre del Grupo de los Empleadores, agradecemos a la Comisión su trabajo. Nosotros defendemos la "
    "libertad sindical de trabajadores y empleadores. Nuestros miembros apoyan el diálogo con los "
    "sindicatos y "
    "pedimos que la negociación continúe.",
]


@pytest.mark.parametrize("text", EMPLOYERS_REMARKS)
def test_a_page_spoken_for_the_employers_is_no_union_page(text: str) -> None:
    assert classify(text) is Genre.OTHER


def test_a_union_speaking_as_we_of_the_same_things_is_still_a_union_page() -> None:
    text = (
        EMPLOYERS_REMARKS[0]
        .replace("Employers' Spokesperson's", "General Secretary's")
        .replace("on behalf of the Employers' Group", "for the Arden Federation of Trade Unions")
    )
    assert classify(text) is Genre.UNION_LETTER


@pytest.mark.parametrize(
    "text",
    [
        "Reportedly, police detained the leader of the Arden dockers' union and held him for two days; the "
        "police "
        "denied the reports.",
        "Selon des sources syndicales, la police a arrêté mardi le secrétaire général du syndicat des "
        "dockers "
        "d’Arden.",
        "Berichten zufolge nahm die Polizei den Vorsitzenden der Hafengewerkschaft von Arden fest; die "
        "Polizei "
        "bestritt die Vorwürfe",  # one sentence, its stop lost
        "Laut Angaben der Gewerkschaft wurden in Arden drei Mitglieder des Vorstands entlassen.",
    ],
)
def test_a_wires_one_or_two_sentences_saying_where_its_facts_come_from_are_news(text: str) -> None:
    assert classify(text) is Genre.NEWS


@pytest.mark.parametrize("text", ["Contact us. About the federation.", "Union leaders detained in Arden."])
def test_a_line_or_two_that_reports_no_one_is_no_story(text: str) -> None:
    assert classify(text) is Genre.OTHER
