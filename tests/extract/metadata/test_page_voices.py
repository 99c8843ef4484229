"""Who speaks on a page without letter anatomy: a body's own statement, its officer's words, or a reporter
(invented pages in the shapes these genres take)."""

from __future__ import annotations

import pytest

from casewatch.extract.metadata.genre import classify
from casewatch.extract.metadata.page_parties import page_senders
from casewatch.extract.metadata.voice import (
    agency_wire,
    first_person,
    officer_quotes,
    own_statements,
    reported_speech,
)
from casewatch.extract.pipeline import extract
from casewatch.model import Genre, Text

# A union's own release that quotes its general secretary: the quote is the union's, not a report
OFFICER_RELEASE = (
    "Ruritania: mass arrests of dockers\n\n"
    "Brussels: The International Dockers' Federation has condemned the arrest today of forty port workers "
    "in Port Avra after a stoppage over unpaid wages. Several were reported injured.\n\n"
    '"Workers who ask for their wages are not criminals", said the federation’s General Secretary Jane Roe. '
    '"We call for their immediate release" she added.\n'
)

# An NGO's release: its director speaks after the lead
NGO_RELEASE = (
    "Ruritania: free the detained teachers\n\n"
    "Responding to the arrest of nine teachers' union leaders on Monday, Ann Smith, Avra Human "
    "Rights League's Director for Eastern Europe, said:\n\n"
    "“The authorities must release them at once and end their campaign against independent unions.”\n\n"
    "Background\n\nAccording to local monitors, the leaders were taken from their homes at dawn.\n"
)

# A union writing as "we", reporting no one, named by a bare acronym
WE_STATEMENT = (
    "La répression syndicale continue\n\n"
    "Ce lundi, trois militants de notre syndicat ont été placés en garde à vue après un rassemblement "
    "devant la préfecture. Nous dénonçons la criminalisation de l'action syndicale.\n\n"
    "La FSTR condamne ces arrestations et nos camarades exigent leur libération immédiate.\n"
)

# A news agency's dateline: the page reports a ministry's answer to UN experts, it is not theirs
AGENCY_NEWS = (
    "Ministry rejects experts' comments\n"
    "Avra, March 3, 2022 (RNA): The Government said the comments of two UN Special Rapporteurs on the "
    "labour unrest were one-sided, a Foreign Ministry statement said today. The Special Rapporteurs "
    "issued a press release on 1 March urging the release of strikers.\n"
)

# A reporter quoting a union leader among others stays news
REPORTED = (
    "Strike enters its tenth day\n\n"
    "Port Avra: Police detained 300 strikers on Saturday, a union official said. "
    "“We have heard nothing from the labour office,” Tom Green, general secretary of the Dockers' "
    "Union, told the agency. The company said production had stopped. Talks are due on Monday, "
    "officials added.\n"
)

# A union's page under a "Published:" stamp, as any site prints one
STAMPED_RELEASE = (
    "Published: Wed 4 Mar 2015 10:45 AM\n\n"
    "Geneva: The Global Miners' Federation strongly condemns the dismissal of 60 union members at the "
    "Avra mine and urges the Government to reinstate them.\n"
)

# An NGO's report announced in its own release
NGO_REPORT = (
    "(Avra) – Ruritania's government is failing to protect garment workers who join unions, the Avra "
    "Human Rights League said in a report released today. The 80-page report documents dismissals.\n"
)


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        (OFFICER_RELEASE, Genre.UNION_LETTER),
        (NGO_RELEASE, Genre.NGO_REPORT),
        (WE_STATEMENT, Genre.UNION_LETTER),
        (AGENCY_NEWS, Genre.NEWS),
        (REPORTED, Genre.NEWS),
        (STAMPED_RELEASE, Genre.UNION_LETTER),
        (NGO_REPORT, Genre.NGO_REPORT),
    ],
)
def test_who_speaks_on_a_page(text: str, genre: Genre) -> None:
    assert classify(text) is genre


def test_an_officer_quote_is_the_body_s_own_words() -> None:
    quotes = officer_quotes(OFFICER_RELEASE)
    assert [genre for _, genre, _ in quotes] == [Genre.UNION_LETTER]
    assert quotes[0][2] == 1  # its "said" is no reporter's mark


@pytest.mark.parametrize(
    "sentence",
    [
        # a reporter's source, named "title of body": no reporter's mark, but not the body's own words either
        "Police held 300 men, Tom Green, general secretary of the Dockers' Trade Union, told the agency.",
        "El portavoz de la Central de Trabajadores del Puerto informó que tres dirigentes siguen detenidos.",
    ],
)
def test_a_source_quoted_by_a_reporter_is_no_release(sentence: str) -> None:
    assert [genre for _, genre, _ in officer_quotes(sentence)] == [None]


def test_an_officer_far_from_the_verb_is_the_subject_not_the_speaker() -> None:
    sentence = (
        "Jane Roe, the general secretary of the Dockers' Union held since May in the central prison of the"
        " capital, has fallen ill during her detention in the high-security wing, according to her lawyer."
    )
    assert officer_quotes(sentence) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Nous dénonçons ces arrestations ; notre syndicat exige leur libération.", 2),
        ("We urge the authorities to release our members.", 2),
        ("“We will not give up,” the leader said of our strike.", 1),  # quoted words are not the page's
        ("The US government said the union was banned.", 0),
    ],
)
def test_first_person(text: str, count: int) -> None:
    assert first_person(text) == count


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        (AGENCY_NEWS, True),
        ("Brussels, 9 April 2009 (IDF OnLine): The federation condemns ...", False),  # a union's own wire
        ("Geneva, 4 May 2016 (OHCHR): UN experts urged ...", False),  # an intergovernmental body's
        ("Avra, 2 May 2020 (NFTU): The NFTU condemns the arrests of its members.", False),  # it speaks itself
        ("Avra, Ruritania (RNA): no date in this line", False),
    ],
)
def test_agency_wire(text: str, wire: bool) -> None:
    assert agency_wire(text) is wire


def test_a_rights_index_page_is_its_publisher_s() -> None:
    page = (
        "Right to strike\n\nStrikers in a port\n\nCountries that violated the right to strike rose again.\n\n"
        "Workers' rights violations\n\nAfrica\n\nOn 3 May, police dispersed a strike and held ten.\n"
    )
    assert classify(page) is Genre.UNION_LETTER


@pytest.mark.parametrize(
    ("page", "sender"),
    [
        (
            "The following letter protesting the ban on marches was sent by the Avra Federation of Trade"
            " Unions (AFTU) to the Ruritanian embassy yesterday.\n\n8 April 2011\n\nDear Ambassador\n\n"
            "We protest.\n\n"
            "Yours sincerely\n\nJane Roe\nGeneral Secretary\n",
            "Avra Federation of Trade Unions",
        ),
        (
            "Desde la Unión Provincial de Trabajadores queremos expresar nuestra repulsa. Exigimos la"
            " readmisión de los tres despedidos.\n",
            "Unión Provincial de Trabajadores",
        ),
    ],
)
def test_the_body_a_page_says_speaks_sends_it(page: str, sender: str) -> None:
    meta = extract(Text(page, "text/plain")).meta
    assert [p.name for p in meta.senders] == [sender]


def test_a_shared_series_title_names_the_survey_s_publisher_only_where_the_page_names_it() -> None:
    from casewatch.extract.metadata.voice import publisher

    title = "Ruritania: Systematic violations of rights\n\n"
    other = title + "The Arden Labour Watch report lists dismissals of union leaders in the ports.\n"
    named = title + "The ITUC Global Rights Index rates the country among the worst for workers.\n"
    assert publisher(other) is None
    assert publisher(named) == (Genre.UNION_LETTER, "International Trade Union Confederation")


@pytest.mark.parametrize(
    "page",
    [
        (
            "Arden Watch urges governments to protect dockers\n\n"
            "The Arden Watch yearly report, launched on Thursday, examines the rights of port workers in "
            "forty countries, the group said.\n\n"
            "Arden Watch urges governments to release the detained union leaders.\n\n"
            "The NGO's executive director, Jane Roe, says in her introduction: “Workers must be free.”\n"
        ),
        (
            "Arden Watch pide liberar a dos sindicalistas\n\n"
            "Arden Watch exigió el martes la liberación de dos dirigentes portuarios. "
            "“No hay prueba alguna”, indicó el organismo. La abogada de los detenidos declaró a Efe que "
            "la situación es grave.\n"
        ),
    ],
)
def test_a_body_s_words_told_from_outside_make_the_page_a_reporter_s(page: str) -> None:
    assert classify(page) is Genre.NEWS


@pytest.mark.parametrize(
    "page",
    [
        # a survey's country entry, opened by the country's figures as the series lays them out
        "Population: 4,200,000\nCapital: Avra\nILO Core Conventions Ratified: 29 – 87 – 98 – 105\n\n"
        "The government kept up its pressure on the independent unions this year.\n",
        "Population : 8 100 000\nCapitale : Avra\n"
        "Conventions fondamentales de l'OIT ratifiées : 29 - 87 - 98\n\n"
        "Les syndicats indépendants ont subi de nouvelles pressions cette année.\n",
        "Población: 3.900.000\nCapital: Avra\nConvenios fundamentales de la OIT ratificados: 29 - 87 - 98\n\n"
        "Los sindicatos independientes sufrieron nuevas presiones este año.\n",
    ],
)
def test_a_survey_country_entry_is_the_publishers_by_its_figures(page: str) -> None:
    from casewatch.extract.metadata.voice import publisher

    assert publisher(page) == (Genre.UNION_LETTER, "International Trade Union Confederation")


@pytest.mark.parametrize(
    ("page", "country"),
    [
        (
            "Ruritania - Union leader held at the border (2011)\n\nThe president of the union was searched "
            "again at the border.\n\n© ITUC-CSI-IGB 2013\n",
            None,
        ),
        (
            "Perú - Dirigente sindical despedido (2016)\n\nEl secretario general fue despedido.\n\n"
            "© ITUC-CSI-IGB 2017\n",
            "PER",
        ),
        (
            "Roumanie - Militants arrêtés (2012)\n\nTrois militants arrêtés.\n\n© ITUC-CSI-IGB 2013\n",
            "ROU",
        ),
    ],
)
def test_a_survey_entry_titled_country_dash_title_year_is_the_publishers(
    page: str, country: str | None
) -> None:
    meta = extract(Text(page, "text/plain")).meta
    assert meta.genre is Genre.UNION_LETTER
    assert [p.name for p in meta.senders] == ["International Trade Union Confederation"]
    if country:
        assert meta.countries == (country,)


def test_a_dash_title_with_a_year_on_a_page_naming_no_survey_is_not_its_entry() -> None:
    from casewatch.extract.metadata.voice import publisher

    assert (
        publisher("Avra - Dockers strike for pay (2011)\n\nThe dockers of Avra struck on Monday.\n") is None
    )


# A union's own release quoting its officer after the verb "declared", the facts told from its sources
DECLARED = (
    "Ruritania: three dockers held after a march\n\n"
    "Avra, 14 May 2031: The Avra Dockers Union strongly protests against the detention of three dockers on "
    "12 May. According to its branch in the port, the march had been authorised. According to the police, "
    "it blocked a road.\n"
    '"Holding workers for marching is unacceptable," {verb} Jan Kovar, the Avra Dockers Union '
    "general secretary. "
    '"They must go home tonight," he added.\n'
    "The ARTU urges the Government, in a letter to the minister, to drop every charge.\n"
)


@pytest.mark.parametrize("verb", ["declared", "said", "added"])
def test_an_officer_quoted_after_declared_speaks_for_the_body(verb: str) -> None:
    assert [genre for _, genre, _ in officer_quotes(DECLARED.format(verb=verb))] == [Genre.UNION_LETTER]
    assert classify(DECLARED.format(verb=verb)) is Genre.UNION_LETTER


# A UN press release: its document symbol and the footer every UN press release carries
UN_RELEASE = "{symbol}\n\n{title}\n\nGeneva, 21 November 2031 -- {opening}\n\n*   ***   *\n\n{footer}\n"


@pytest.mark.parametrize(
    ("symbol", "title", "opening", "footer"),
    [
        (
            "HR/G/123",
            "HIGH COMMISSIONER CONCERNED AT ARREST OF TRADE UNIONISTS IN RURITANIA",
            "The acting High Commissioner, Ms. Ana Lind, today voiced her concern at the arrest of 100 "
            "trade unionists during a demonstration in Porto Avra.",
            "For information media. Not an official record.",
        ),
        (
            "DH/G/456",
            "LE HAUT COMMISSAIRE INQUIET DE LA DÉTENTION DE SYNDICALISTES",
            "Le Haut Commissaire par intérim, M. Jan Kovar, s'est dit inquiet de la détention de dizaines de "
            "syndicalistes à Porto Avra.",
            "À l'intention des organes d'information. Document non officiel.",
        ),
        (
            "DH/G/789",
            "EL ALTO COMISIONADO PREOCUPADO POR EL ARRESTO DE SINDICALISTAS",
            "El Alto Comisionado interino, Sr. Pedro Gil, expresó su preocupación por el arresto de cien "
            "sindicalistas en Porto Avra.",
            "Para información de los medios de comunicación. No es un documento oficial.",
        ),
    ],
)
def test_a_un_press_release_is_the_un_s(symbol: str, title: str, opening: str, footer: str) -> None:
    text = UN_RELEASE.format(symbol=symbol, title=title, opening=opening, footer=footer)
    assert classify(text) is Genre.UN_COMMUNICATION
    assert classify(text.replace(footer, "")) is not Genre.UN_COMMUNICATION


@pytest.mark.parametrize(
    "opening",
    [
        "The Arden Teachers Union again urges its members to write to the minister for three teachers.",
        "La Fédération des Enseignants exige à nouveau la libération de trois enseignants.",
        "La Federación de Docentes de Avra exige de nuevo la libertad de tres docentes.",
    ],
)
def test_a_body_speaking_again_speaks_in_its_own_voice(opening: str) -> None:
    text = "Call for action\n\nDear friends,\n\n" + opening + " They were detained on 2 May.\n"
    assert own_statements(text) == [Genre.UNION_LETTER]


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        (
            "The Avra Dockers Union, which represents 3,000 workers in the port, condemns the arrest of its "
            "leaders.",
            "Avra Dockers Union",
        ),
        (
            "La Fédération des Enseignants et l'Union des Cheminots, réunies en congrès à Porto Avra, au nom "
            "de leurs adhérents, se félicitent de la libération de trois enseignants.",
            "Fédération des Enseignants",
        ),
        (
            "La Federación de Estibadores, en representación de sus afiliados de los cinco puertos, exige la "
            "libertad de tres dirigentes.",
            "Federación de Estibadores",
        ),
    ],
)
def test_a_body_described_between_commas_speaks_in_its_own_voice(opening: str, body: str) -> None:
    text = opening + " They were detained on 2 May and are held without charge.\n"
    assert own_statements(text) == [Genre.UNION_LETTER]
    assert any(body in party.name for party in page_senders(text))


def test_a_clause_between_commas_is_no_body_s_statement() -> None:
    text = "On Monday, as the strike went on, police detained three dockers in Porto Avra.\n"
    assert own_statements(text) == []


# A body standing by its members in its own voice: it affirms or brings its support, rises up against a
# decision (present tense, in each language)
@pytest.mark.parametrize(
    "sentence",
    [
        "La Fédération Avra des Postiers apporte tout son soutien aux syndicalistes expulsés.",
        "La Fédération Avra des Postiers s'insurge contre l'expulsion des syndicalistes de leurs locaux.",
        "La Federación Minera de Avra brinda todo su apoyo a los dirigentes detenidos.",
        "The Avra Dockers' Federation reaffirms its full support to the dockers jailed in May.",
    ],
)
def test_a_body_affirming_its_support_speaks_in_its_own_voice(sentence: str) -> None:
    assert own_statements(sentence) == [Genre.UNION_LETTER]


# A short story reporting a body's words with a reporting verb in the present (Spanish, French)
@pytest.mark.parametrize(
    "page",
    [
        "“Las denuncias contra los dirigentes portuarios carecen de fundamento”, señala la oficina en el "
        "comunicado.\nLa ONU llama a evitar el uso abusivo de la justicia.\n",
        "Según el sindicato, tres dirigentes fueron despedidos en Avra. La empresa, indica el diario, no "
        "respondió.\n",
        "« Les arrestations visent les dirigeants du port », souligne le syndicat des dockers d'Avra.\nLa "
        "préfecture n'a pas réagi.\n",
    ],
)
def test_a_short_story_reporting_in_the_present_is_news(page: str) -> None:
    assert reported_speech(page) >= 1
    assert classify(page) is Genre.NEWS


# A body's own news page told in the past tense: it renewed its own call ("its call", "son appel", "su
# llamado"), which no reporter writes of a body without reporting what it said
@pytest.mark.parametrize(
    "page",
    [
        "Teacher freed in Avra\nA leader of the Avra Teachers Association was freed on 3 June after two "
        "years in jail. In May, the Education Workers Federation reiterated its call for his release.\n",
        "Enseignant libéré à Avra\nUn dirigeant du syndicat des enseignants a été libéré le 3 juin. En "
        "mai, la Fédération des Enseignants a renouvelé son appel à sa libération sans condition.\n",
        "Docente liberado en Avra\nUn dirigente del sindicato docente fue liberado el 3 de junio. En mayo, "
        "la Federación de Docentes reiteró su llamado a su liberación inmediata.\n",
    ],
)
def test_a_body_renewing_its_call_in_the_past_tells_its_own_news(page: str) -> None:
    assert own_statements(page) == [Genre.UNION_LETTER]
    assert classify(page) is Genre.UNION_LETTER


def test_a_story_telling_that_a_body_renewed_its_call_among_others_words_stays_news() -> None:
    page = (
        "Teacher freed in Avra\nA teacher was freed on 3 June, police said. His lawyer said he would appeal. "
        "The prosecutor told reporters the case was closed. The Education Workers Federation reiterated its "
        "call for his release.\n"
    )
    assert classify(page) is Genre.NEWS
