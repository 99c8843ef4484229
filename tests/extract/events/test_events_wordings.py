"""Classes of event wording met in complaints, committee reports, letters and news of many countries:
each class in English, French, Spanish or Russian, and the boilerplate near them that tells no act."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import Mention, PartialDate

from .conftest import kinds_and_dates

LETTER_DATE = PartialDate(2019, 3, 10)


def told(text: str) -> list[tuple[str, str | None]]:
    return kinds_and_dates(find_events(text, LETTER_DATE))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # detention told as a lasting state, imprisonment, custody
        ("The union's treasurer is still detained in the central prison.", ("arrest", None)),
        ("Two shop stewards are currently imprisoned in the northern province.", ("arrest", None)),
        ("The president of the federation was imprisoned on 4 March 2018.", ("arrest", "2018-03-04")),
        # "since": the day the detention began, where the page tells no arrest of its own
        ("He has been held incommunicado since 5 January.", ("arrest", "2019-01-05")),
        ("Le secrétaire général reste détenu depuis le 3 février.", ("arrest", "2019-02-03")),
        ("Председатель профсоюза взят под стражу 12 марта.", ("arrest", "2019-03-12")),
        # prosecution
        ("Dozens of dockers are facing fabricated criminal charges.", ("legal_action", None)),
        ("Twelve union members face trial for organising the march.", ("legal_action", None)),
        ("Уголовное дело против лидера профсоюза было возбуждено 9 октября 2017 года.",
         ("legal_action", "2017-10-09")),
        ("Le procureur a engagé des poursuites contre trois dirigeants syndicaux le 4 mai 2018.",
         ("legal_action", "2018-05-04")),
        # conviction, in the languages where the verb also means "condemn"
        ("В 2018 году суд признал председателя профсоюза виновным.", ("conviction", "2018")),
        ("Le tribunal a condamné le dirigeant à deux ans de prison le 5 juin 2018.",
         ("conviction", "2018-06-05")),
        ("El tribunal condenó a los dirigentes a cuatro años de prisión en 2018.", ("conviction", "2018")),
        ("The court handed the union leader a three-year prison term on 2 May 2018.",
         ("conviction", "2018-05-02")),
        # dismissal for union activity
        ("Forty members of the union were dismissed from the company on anti-union grounds in June 2015.",
         ("harassment", "2015-06")),
        ("La empresa despidió a 40 afiliados al sindicato el 3 de marzo de 2018.",
         ("harassment", "2018-03-03")),
        ("The company terminated the employment of the union's officers in May 2018.",
         ("harassment", "2018-05")),
        # violence
        ("El secuestro del dirigente ocurrió el 27 de junio de 2016.", ("assault", "2016-06-27")),
        ("Police fired tear gas and rubber bullets at striking workers on 3 May 2018.",
         ("assault", "2018-05-03")),
        ("Le dirigeant syndical a été roué de coups par des inconnus le 2 mai 2018.",
         ("assault", "2018-05-02")),
        ("He received death threats after he had spoken to the press in May 2018.",
         ("harassment", "2018-05")),
        # raids and travel bans
        ("Security forces stormed the headquarters of the federation on 4 April 2018.",
         ("harassment", "2018-04-04")),
        ("He was barred from leaving the country in April 2018.", ("harassment", "2018-04")),
        # protests
        ("Thousands of teachers marched to parliament on 4 April 2018.", ("protest", "2018-04-04")),
        ("The march of the teachers' union on 14 May ended peacefully.", ("protest", "2018-05-14")),
        ("Los trabajadores realizaron un paro nacional el 4 de abril de 2018.", ("protest", "2018-04-04")),
        # registration refused
        ("The registrar rejected the union's application for registration in 2018.",
         ("registration_refused", "2018")),
        ("La inscripción del sindicato fue denegada en 2018.", ("registration_refused", "2018")),
        ("L'enregistrement du syndicat a été refusé en mai 2018.", ("registration_refused", "2018-05")),
        # laws entering into force
        ("La nueva ley sindical entró en vigor el 1 de enero de 2016.", ("law_change", "2016-01-01")),
        ("La loi sur les syndicats est entrée en vigueur le 1er janvier 2016.", ("law_change", "2016-01-01")),
        ("Новый закон о профсоюзах вступил в силу 1 января 2015 года.", ("law_change", "2015-01-01")),
        # an act ordered, a sentence imposed, a court decision on someone's appeal, a suit
        ("On 2 May 2018 the governor ordered the arrest of forty dockers.", ("arrest", "2018-05-02")),
        ("The court imposed a two-year prison term on five union leaders on 9 June 2018.",
         ("conviction", "2018-06-09")),
        ("The High Court upheld Ms. Varga's appeal on 3 July 2018.", ("appeal", "2018-07-03")),
        ("In March 2018 the mining company took the workers' union to court over the stoppage.",
         ("legal_action", "2018-03")),
        ("Men in plain clothes started beating up the strikers on 1 May 2018.", ("assault", "2018-05-01")),
        ("On 4 June 2018 raids were conducted by the police at the homes of union organisers.",
         ("harassment", "2018-06-04")),
        ("The union's secretary and two members are still facing charges since May 2018.",
         ("legal_action", None)),
        ("In June 2018 the dockers carried out a protest at the port.", ("protest", "2018-06")),
        ("Police beat protesting garment workers in the capital on 5 May 2018.", ("assault", "2018-05-05")),
        ("The federation alleges that the Government is carrying out mass arrests of union leaders.",
         ("arrest", None)),
        # held in a named place of detention, without "still"
        ("According to the union, its president is detained in the northern penitentiary.", ("arrest", None)),
    ],
)  # fmt: skip
def test_a_class_of_wording_tells_its_act(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in told(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Committee recalls that the arrest of trade unionists for their activities is a grave violation.",
        "Workers who are dismissed for union activities may appeal to the labour court.",
        "Under section 12, a union may be dissolved only by a court.",
        "The Committee requests the Government to release the detained trade unionists.",
        "Le Comité rappelle que la détention de dirigeants syndicaux est une grave violation.",
        "The Government denies that any worker was dismissed for union membership.",
        # "condenar" also means to condemn: no sentence without a term or a fine
        "La central condenó a los responsables de la represión.",
        # a state of affairs asked about or wished for
        "Please indicate whether the union leaders are still detained.",
    ],
)
def test_boilerplate_near_a_trigger_tells_no_act(text: str) -> None:
    assert told(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the offence a complaint names, and practices given as examples, are no acts
        "The federation denounced practices such as kidnapping of opponents.",
        "La familia denunció una querella por secuestro.",
    ],
)
def test_a_noun_naming_an_offence_or_an_example_is_no_assault(text: str) -> None:
    assert ("assault", None) not in told(text)


def test_condemning_an_arrest_tells_the_arrest_not_a_conviction() -> None:
    assert told("La confédération a condamné l'arrestation des dirigeants syndicaux.") == [("arrest", None)]


def test_one_named_right_after_a_noun_act_undergoes_it_though_named_before() -> None:
    text = (
        "As to the request to release Ms Ana Roca, the minister reported the release of Ms Ana Roca "
        "in June 2018."
    )
    mentions = [Mention("person", "Ms Ana Roca", s, s + 11, "p1") for s in (29, 78)]
    [event] = find_events(text, LETTER_DATE, mentions)
    assert (event.type.value, event.targets, event.reporter) == ("release", ("p1",), ())


def test_a_speaker_named_after_a_quotation_only_tells() -> None:
    text = "“The union leader was beaten in the street”, said the secretary of the Porters' Union, Ivo Kan."
    mentions = [
        Mention("organization", "Porters' Union", 70, 84, "o1"),
        Mention("person", "Ivo Kan", 86, 93, "p1"),
    ]
    [event] = find_events(text, LETTER_DATE, mentions)
    assert event.type.value == "assault"
    assert set(event.reporter) == {"o1", "p1"}
    assert not {"o1", "p1"} & {*event.actors, *event.targets}


def test_the_authorities_act_and_the_one_affected_was_named_before() -> None:
    text = "Ms Lia Moss chairs the nurses' union. The authorities arrested her on 2 May 2018."
    mentions = [Mention("person", "Ms Lia Moss", 0, 11, "p1")]
    [event] = find_events(text, LETTER_DATE, mentions)
    assert (event.type.value, event.actors, event.targets) == ("arrest", ("authorities",), ("p1",))


def test_a_definite_romance_subject_is_no_summary_of_acts() -> None:
    text = (
        "Allégations: Les organisations plaignantes dénoncent des actes de persécution "
        "à l’encontre des membres du syndicat."
    )
    [event] = find_events(text, LETTER_DATE)
    assert (event.type.value, event.targets) == ("harassment", ("membres",))


def test_an_allegations_line_naming_victims_stays_beside_a_dated_act() -> None:
    text = (
        "Allegations: dismissals of trade union leaders in several public hospitals\n\n"
        "The complainant alleges that on 3 May 2018 the hospital director dismissed Mr Tom Ray "
        "for union activities."
    )
    assert told(text) == [("harassment", None), ("harassment", "2018-05-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # violent dispersal and repression
        ("Le 12 juin 2018, la police a dispersé violemment la manifestation des enseignants.",
         ("assault", "2018-06-12")),
        ("Le 4 avril 2018, des policiers ont frappé plusieurs grévistes.", ("assault", "2018-04-04")),
        ("El 4 de abril de 2018 la policía reprimió violentamente a los huelguistas.",
         ("assault", "2018-04-04")),
        ("The police used excessive force against peaceful demonstrators on 4 April 2018.",
         ("assault", "2018-04-04")),
        # suspension of activities or registration
        ("Le gouvernement a suspendu les activités du syndicat le 4 mai 2018.", ("suspension", "2018-05-04")),
        ("The registration of the union was suspended by the Ministry in 2018.", ("suspension", "2018")),
        # premises ransacked or entered, summons, transfers, frozen accounts, searches
        ("Les locaux du syndicat ont été saccagés le 4 avril 2018.", ("harassment", "2018-04-04")),
        ("La police a fait irruption au siège du syndicat le 4 avril 2018.", ("harassment", "2018-04-04")),
        ("Le secrétaire général a été convoqué par la police le 4 avril 2018.", ("harassment", "2018-04-04")),
        ("El sindicato fue objeto de allanamiento el 4 de abril de 2018.", ("harassment", "2018-04-04")),
        ("On 4 April 2018, the union's secretary was transferred to a remote branch in retaliation for "
         "his union activities.", ("harassment", "2018-04-04")),
        ("The union's bank accounts were frozen on 4 April 2018.", ("harassment", "2018-04-04")),
        ("Полиция провела обыск в офисе профсоюза 5 апреля 2018 года.", ("harassment", "2018-04-05")),
        # dissolution by an authority, bans
        ("In 2018 the Government dissolved the teachers' union by decree.", ("deregistration", "2018")),
        ("The teachers' association was banned in 2018.", ("deregistration", "2018")),
        ("Минюст отказал профсоюзу в регистрации 5 апреля 2018 года.",
         ("registration_refused", "2018-04-05")),
        # arrest, sentence, release
        ("Mr Ode was taken away by plain-clothes officers on 4 April 2018.", ("arrest", "2018-04-04")),
        ("Five teachers were given prison sentences of up to five years in April 2018.",
         ("conviction", "2018-04")),
        ("Задержанных активистов отпустили 5 апреля 2018 года.", ("release", "2018-04-05")),
        # road maps agreed in the supervisory cycle, appeals heard by a court
        ("La hoja de ruta adoptada el 17 de octubre de 2013 por el Gobierno prevé medidas.",
         ("agreement", "2013-10-17")),
        ("The Government and the social partners adopted a road map in May 2018.", ("agreement", "2018-05")),
        ("He was released after his appeal, heard by the Supreme Court in June 2015.", ("appeal", "2015-06")),
        # acts on union officers at work, meetings stopped, bail, decrees
        ("The complainant alleges that on 3 May 2018 the union president was suspended from work.",
         ("harassment", "2018-05-03")),
        ("The complainant alleges that the company dismissed 25 union members on 3 May 2018.",
         ("harassment", "2018-05-03")),
        ("The complainant alleges that the secretary was demoted in May 2018.", ("harassment", "2018-05")),
        ("The workers were forced to sign statements renouncing union membership in May 2018.",
         ("harassment", "2018-05")),
        ("The authorities prevented the union from holding its congress on 3 May 2018.",
         ("harassment", "2018-05-03")),
        ("The police banned the May Day rally in 2018.", ("harassment", "2018")),
        ("On 3 May 2018 the union leader was stabbed outside his home.", ("assault", "2018-05-03")),
        ("On 3 May 2018, the High Court granted bail to the union leaders.", ("release", "2018-05-03")),
        ("The Ministry issued a decree on trade unions on 3 May 2018.", ("law_change", "2018-05-03")),
    ],
)  # fmt: skip
def test_more_classes_of_wording_tell_their_act(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in told(text)


@pytest.mark.parametrize(
    "text",
    [
        "La commission rappelle que les travailleurs doivent pouvoir faire grève sans être licenciés.",
        "El Comité recuerda que la detención de sindicalistas constituye una grave violación.",
        "Le Comité prie le gouvernement de libérer les syndicalistes détenus.",
        "The Committee notes that the Labour Code provides that a union may be dissolved by court order.",
        "Under the new Act, workers who participate in an illegal strike may be dismissed.",
        "Le gouvernement indique que les délégués n'ont pas été arrêtés pour leurs activités syndicales.",
        "El Gobierno niega que los trabajadores hayan sido despedidos por su afiliación sindical.",
        "Any dismissal on grounds of union membership is prohibited by article 12.",
        "Strikes were banned in the public sector.",
        "The Committee urges the Government to adopt a road map with the social partners.",
        # principles recalled in the past tense and in French and Spanish, passive asks
        "Le Comité a toujours considéré que le licenciement pour fait de grève est une grave discrimination.",
        "El Comité ha señalado en numerosas ocasiones que la detención de sindicalistas es una violación.",
        "The Committee has always considered that the arrest of union leaders creates a climate of fear.",
        "The Government is invited to provide information on the alleged arrests.",
    ],
)
def test_rules_denials_and_asks_in_any_language_tell_no_act(text: str) -> None:
    assert told(text) == []


def test_imprisonment_told_with_a_fine_is_the_conviction_not_an_arrest() -> None:
    assert told("In 2016 the treasurer was put on trial, imprisoned and fined.") == []
    assert told("In 2016 the treasurer was imprisoned.") == [("arrest", "2016")]


def test_one_named_again_after_the_reporting_verb_is_told_of_not_telling() -> None:
    text = "As to Mr Ode Lum, the minister reported that Mr Ode Lum was released in June 2018."
    mentions = [Mention("person", "Mr Ode Lum", s, s + 10, "p1") for s in (6, 45)]
    [event] = find_events(text, LETTER_DATE, mentions)
    assert (event.type.value, event.targets, event.reporter) == ("release", ("p1",), ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the penalty of a sentence is no arrest, what a ban bears on is no strike
        ("The union leader was sentenced to five years imprisonment on 3 May 2018.",
         [("conviction", "2018-05-03")]),
        ("The Ministry issued a decree banning strikes in the oil sector on 3 May 2018.",
         [("law_change", "2018-05-03")]),
    ],
)  # fmt: skip
def test_a_penalty_or_what_a_ban_bears_on_is_no_act(text: str, expected: list[tuple[str, str]]) -> None:
    assert told(text) == expected


def test_a_day_and_month_take_the_year_of_the_full_date_before_them() -> None:
    text = (
        "The federation denounces the arrest on 9 October 2006 of the union treasurer and of two "
        "other leaders, arrested on 10 October."
    )
    assert told(text) == [("arrest", "2006-10-09"), ("arrest", "2006-10-10")]


def test_an_undated_document_reads_a_day_and_month_against_the_sentence_s_full_date() -> None:
    text = "La detención del tesorero el 9 de octubre de 2006 y de dos dirigentes, detenidos el 10 de mayo."
    assert [(e.type.value, e.date.iso if e.date else None) for e in find_events(text)] == [
        ("arrest", "2006-10-09"),
        ("arrest", "2006-05-10"),
    ]


@pytest.mark.parametrize(
    "text",
    ["El Ministerio de Trabajo se negó a inscribir al sindicato en 2007.",
     "Le ministère a refusé de reconnaître le syndicat en 2007."],
)  # fmt: skip
def test_a_refusal_to_register_or_recognise_in_french_and_spanish(text: str) -> None:
    assert told(text) == [("registration_refused", "2007")]


def test_a_group_named_as_the_agent_acts() -> None:
    text = "On 12 January 2019, Mr Vale was arrested by officers of the security service."
    mentions = [Mention("person", "Mr Vale", 20, 27, "p1")]
    [event] = find_events(text, LETTER_DATE, mentions)
    assert (event.actors, event.targets) == (("officers",), ("p1",))


def test_a_lasting_detention_borrows_no_date_and_retells_the_arrest() -> None:
    text = (
        "On 12 January 2019, Mr Vale was arrested. On 2 February 2019, the court ordered the "
        "liquidation of the federation. Mr Vale remains in detention."
    )
    mentions = [Mention("person", "Mr Vale", s, s + 7, "p1") for s in (20, 129)]
    assert [
        (e.type.value, e.date.iso if e.date else None) for e in find_events(text, LETTER_DATE, mentions)
    ] == [
        ("arrest", "2019-01-12"),
        ("deregistration", "2019-02-02"),
    ]


def test_a_court_ordering_detention_on_charges() -> None:
    text = "On 14 January 2019, the district court ordered his pre-trial detention on charges of incitement."
    assert told(text) == [("arrest", "2019-01-14"), ("legal_action", "2019-01-14")]


def test_an_act_told_as_coming_later_takes_no_date_from_the_one_before() -> None:
    text = (
        "On 6 May 2018 the nurses' association went on strike. "
        "Its leaders were arrested. They have since been released on bail."
    )
    assert ("arrest", "2018-05") in told(text)
    assert ("release", None) in told(text)


def test_a_complaint_referring_in_particular_to_a_detention_alleges_it() -> None:
    text = "It refers in particular to the arbitrary incarceration of two officials of the dockers' union."
    assert told(text) == [("arrest", None)]


def test_a_demand_told_as_a_purpose_asks_nothing_of_the_acts_after_it() -> None:
    text = (
        "In May 2018, when drivers carried out a protest to demand that their contracts be respected, "
        "the police attacked them, arresting some and injuring eight."
    )
    assert {"assault", "arrest"} <= {kind for kind, _ in told(text)}


def test_a_spanish_headline_sentence_in_the_present_tense_is_a_conviction() -> None:
    assert told("El tribunal condena a los dirigentes a cuatro años de prisión el 3 de mayo de 2018.") == [
        ("conviction", "2018-05-03")
    ]


def test_the_penalty_of_a_dated_sentence_is_no_arrest() -> None:
    text = "Mr Arno Vell was sentenced on 12 March 2018 to three years of imprisonment for a strike."
    assert told(text) == [("conviction", "2018-03-12")]


def test_a_court_authorising_detention_detains() -> None:
    assert told("On 20 January 2019 the district court authorised his pre-trial detention.") == [
        ("arrest", "2019-01-20")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The workers have been protesting since 3 May 2018.",
        "Les enseignants font grève depuis le 3 mai 2018.",
        "Los trabajadores protestaban frente al ministerio el 3 de mayo de 2018.",
    ],
)
def test_protesting_told_as_going_on(sentence: str) -> None:
    assert "protest" in [t for t, _ in told(sentence)]
