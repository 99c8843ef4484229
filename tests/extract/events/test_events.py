"""Events from short invented documents: types, dates, negation, modality and participants."""

from __future__ import annotations

import re

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import EventType, Mention, Part, PartialDate

from .conftest import kinds_and_dates

LETTER_DATE = PartialDate(2019, 3, 10)


def summary(text: str, anchor: PartialDate | None = LETTER_DATE) -> list[tuple[str, str | None]]:
    return kinds_and_dates(find_events(text, anchor))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 12 February 2019, the district court in Tunis ordered the dissolution of the union.",
         [("deregistration", "2019-02-12")]),
        ("The registration of the teachers' union was revoked in June 2018.",
         [("deregistration", "2018-06")]),
        ("On 5 January, the leader of the dockers' union was arrested by the police.",
         [("arrest", "2019-01-05")]),
        ("Last year, a criminal case was opened against the union treasurer.", [("legal_action", "2018")]),
        ("She was found guilty on 3 May 2018 and sentenced to two years of restriction of liberty.",
         [("conviction", "2018-05-03")]),
        ("He was arrested on 2 March 2018 and sentenced on 9 July 2018.",
         [("arrest", "2018-03-02"), ("conviction", "2018-07-09")]),
        ("His appeal was dismissed on 3 April 2016 and the verdict upheld.", [("appeal", "2016-04-03")]),
        ("The two activists were pardoned by presidential decree in August 2019.", [("pardon", "2019-08")]),
        ("On 2 October 2015, a union organiser was beaten by unknown assailants.",
         [("assault", "2015-10-02")]),
        ("Some forty nurses went on hunger strike on 8 February.", [("protest", "2019-02-08")]),
        ("The new Law on Public Associations was adopted in 2014.", [("law_change", "2014")]),
        ("A general agreement was signed by the social partners on 20 May 2018.",
         [("agreement", "2018-05-20")]),
        ("The federation was refused registration three times in 2018.", [("registration_refused", "2018")]),
        ("On 1 June 2016, the investigation was closed for lack of evidence.",
         [("investigation", "2016-06-01")]),
        ("The police summoned the chairperson for questioning and searched her office.",
         [("harassment", None)]),
    ],
)  # fmt: skip
def test_reported_events(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The union leader was not arrested.",
        "No criminal case was opened against the union.",
        "Three affiliated unions face a risk of closure.",
        "The federation may be dissolved next month.",
        "The union was threatened with closure.",
        "We call for the release of the detained workers.",
        "We urge the authorities to release the detained workers immediately.",
        "The Committee requests the Government to repeal the Law on Associations.",
        "Please provide information on the arrest of the union leader.",
        "If the union were dissolved, its members would lose representation.",
        "The ministry filed a lawsuit to withdraw the registration of the union.",
    ],
)
def test_negated_hypothetical_and_requested_are_not_events(text: str) -> None:
    assert EventType.ARREST not in {e.type for e in find_events(text, LETTER_DATE)}
    assert EventType.DEREGISTRATION not in {e.type for e in find_events(text, LETTER_DATE)}
    assert EventType.RELEASE not in {e.type for e in find_events(text, LETTER_DATE)}
    assert EventType.LAW_CHANGE not in {e.type for e in find_events(text, LETTER_DATE)}
    assert EventType.LEGAL_ACTION not in {e.type for e in find_events(text, LETTER_DATE)} or "lawsuit" in text


def test_threat_of_closure_is_harassment() -> None:
    assert summary("The union was threatened with closure.") == [("harassment", None)]


def test_leading_date_governs_the_main_clause() -> None:
    text = "On 8 March 2012, a year after registration in May 2011, the court revoked the registration."
    assert summary(text) == [("registration", "2011-05"), ("deregistration", "2012-03-08")]


def test_document_dates_give_way_to_the_act_date() -> None:
    text = "On 2 June 2014, he appealed against the verdict of 5 March 2013."
    assert summary(text) == [("appeal", "2014-06-02")]


def test_same_day_takes_the_previous_date() -> None:
    text = "He was pardoned on 3 March 2015.\n\nAt the same time, he was released from the colony."
    assert summary(text) == [("pardon", "2015-03-03"), ("release", "2015-03-03")]


def test_one_event_per_sentence_type_and_date() -> None:
    text = "He was detained at the airport and held in pre-trial detention on 3 June 2018."
    assert summary(text) == [("arrest", "2018-06-03")]


def test_participants_and_place_from_mentions() -> None:
    text = "On 3 June 2018, the leader of the union, Ana Rojas, was detained by the National Police in Cali."
    mentions = [
        Mention("person", "Ana Rojas", 41, 50, "p1"),
        Mention("organization", "National Police", 72, 87, "o1"),
        Mention("place", "Cali", 91, 95, "l1"),
    ]
    [event] = find_events(text, LETTER_DATE, mentions)
    assert (event.type, event.actors, event.targets, event.place) == (
        EventType.ARREST,
        ("o1",),
        ("p1",),
        "Cali",
    )
    assert event.trigger == "was detained" and event.quote == text


def test_skipped_parts_hold_no_events() -> None:
    text = "Annex\n\nThe Covenant was ratified by the State on 24 January 2006."
    assert find_events(text, LETTER_DATE, skip=[Part("annex", 0, len(text))]) == []
    assert summary(text) == [("ratification", "2006-01-24")]


def test_a_retold_event_is_merged_into_one_with_the_precise_date() -> None:
    text = (
        "On 9 April 2016, the Government and the unions signed a general agreement.\n\n"
        "As the speakers recalled, a general agreement was signed in 2016."
    )
    assert summary(text) == [("agreement", "2016-04-09")]


def test_page_break_inside_a_paragraph_keeps_its_date() -> None:
    text = (
        "On 14 June 2020, charges were brought against the chair of the dockers' union after a\n\n"
        "complaint by the port authority. The police then raided his home and seized his laptop."
    )
    assert summary(text) == [("legal_action", "2020-06-14"), ("harassment", "2020-06")]


def test_anaphora_takes_the_actors_of_the_sentence_before() -> None:
    text = "The Miners' Union of Oruro held its congress. The authorities refused to register it in 2020."
    mentions = [Mention("organization", "Miners' Union of Oruro", 4, 26, "o1")]
    [event] = find_events(text, LETTER_DATE, mentions)
    assert (event.type, event.date, event.targets) == (
        EventType.REGISTRATION_REFUSED,
        PartialDate(2020),
        ("o1",),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police violently dispersed the picket in Valdor on 8 March 2019.", [("assault", "2019-03-08")]),
        ("The organiser was found dead on 2 February 2019.", [("killing", "2019-02-02")]),
        ("The union office was raided in January 2019.", [("harassment", "2019-01")]),
        ("The association was struck off the register in 2018.", [("deregistration", "2018")]),
        (
            "The prosecutor opened an inquiry into the shooting on 4 March 2019.",
            [("investigation", "2019-03-04")],
        ),
    ],
)
def test_wordings_from_other_countries(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert summary(text) == expected


def test_listed_dates_give_one_event_each() -> None:
    text = "The ministry refused to register the federation on 4 February 2016, 11 July 2016 and 2 May 2017."
    assert summary(text) == [
        ("registration_refused", "2016-02-04"),
        ("registration_refused", "2016-07-11"),
        ("registration_refused", "2017-05-02"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a committee reporting allegations tells events; the subject of "detained" is an authority
        ("The Committee notes with concern the allegations that on 3 May 2020 the police detained Ms Ortiz.",
         [("arrest", "2020-05-03")]),
        ("On 9 June 2021, the security forces detained at least 30 dock workers in Mombasa.",
         [("arrest", "2021-06-09")]),
        ("The Registrar rejected 7 applications for union registration in 2017.",
         [("registration_refused", "2017")]),
        ("The Ministry declared the strike illegal on 4 April 2018.", [("harassment", "2018-04-04")]),
        ("M. Paul Ndiaye a été arrêté le 2 mars 2019 à Dakar.", [("arrest", "2019-03-02")]),
        ("Le 4 avril 2018, Mme Awa Sow a été placée en garde à vue.", [("arrest", "2018-04-04")]),
        ("Nous dénonçons l'arrestation de M. Jean Traoré le 6 mai 2019.", [("arrest", "2019-05-06")]),
        ("Les bureaux du syndicat ont été perquisitionnés le 3 juin 2019.", [("harassment", "2019-06-03")]),
        ("Les cheminots ont lancé une grève le 1er juillet 2019.", [("protest", "2019-07-01")]),
        ("Le syndicat des dockers a été dissous le 5 août 2019.", [("deregistration", "2019-08-05")]),
        ("Il a été condamné à deux ans de prison le 9 septembre 2019.", [("conviction", "2019-09-09")]),
        ("El dirigente sindical fue detenido el 4 de marzo de 2020.", [("arrest", "2020-03-04")]),
        ("El 7 de abril de 2020 fue arrestado el secretario general.", [("arrest", "2020-04-07")]),
        ("El sindicato fue disuelto el 2 de mayo de 2020.", [("deregistration", "2020-05-02")]),
        ("Los mineros iniciaron una huelga el 8 de junio de 2020.", [("protest", "2020-06-08")]),
        ("Fue condenado a tres años de prisión el 9 de julio de 2020.", [("conviction", "2020-07-09")]),
    ],
)  # fmt: skip
def test_wordings_of_committees_reports_and_other_languages(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Government rejects the allegation that the dockers' union was dissolved for its activities.",
        "The Government denies that Mr Tomas Lind was arrested.",
        "El Gobierno rechaza que el sindicato haya sido disuelto por motivos sindicales.",
        "M. Paul Ndiaye n'a jamais été arrêté.",
        "La Constitution garantit le droit de grève.",
    ],
)
def test_denied_claims_are_not_events(text: str) -> None:
    assert summary(text) == []


def test_who_writes_about_a_killing_takes_no_part_in_it() -> None:
    text = (
        "We write on behalf of the Dock Workers Union to protest the killing of Mr Ali Hassan on 2 May 2020."
    )
    mentions = [
        Mention("organization", "Dock Workers Union", 26, 44, "o1"),
        Mention("person", "Ali Hassan", 74, 84, "p1"),
    ]
    [event] = find_events(text, LETTER_DATE, mentions)
    assert (event.type, event.actors, event.targets) == (EventType.KILLING, (), ("p1",))
    assert event.quote == text


def named(text: str, names: dict[str, tuple[str, str]]) -> list[Mention]:
    """Every occurrence of each name, as a mention of (label, entity key)."""
    return [
        Mention(label, name, m.start(), m.end(), key)
        for name, (label, key) in names.items()
        for m in re.finditer(re.escape(name), text)
    ]


def test_a_less_precise_retelling_of_a_once_a_year_act_is_one_event() -> None:
    text = (
        "On 3 March 2020, the activities of the Port Workers' Union were suspended for three months.\n\n"
        "In March 2020, a judge ordered the Harbour Union to suspend operations."
    )
    mentions = named(
        text, {"Port Workers' Union": ("organization", "o1"), "Harbour Union": ("organization", "o2")}
    )
    [event] = find_events(text, LETTER_DATE, mentions)
    assert (event.type, event.date, set(event.targets) | set(event.actors)) == (
        EventType.SUSPENSION,
        PartialDate(2020, 3, 3),
        {"o1", "o2"},
    )


def test_a_same_day_retelling_naming_the_person_joins_the_court_s_telling() -> None:
    text = (
        "The fine was replaced by three months of imprisonment by the City Court (decision of 2 May 2018). "
        "The judge sentenced Mr Okafor to be taken into custody."
    )
    mentions = named(text, {"City Court": ("organization", "o1"), "Okafor": ("person", "p1")})
    assert [
        (e.type.value, e.date.iso if e.date else None) for e in find_events(text, LETTER_DATE, mentions)
    ] == [
        ("conviction", "2018-05-02"),
        ("arrest", "2018-05"),
    ]


def test_two_people_sentenced_the_same_day_stay_two_events() -> None:
    text = (
        "On 2 May 2018, Mr Okafor was sentenced to two years in prison.\n\n"
        "On 2 May 2018, in a separate trial, Ms Bello was sentenced to one year."
    )
    mentions = named(text, {"Okafor": ("person", "p1"), "Bello": ("person", "p2")})
    assert len(find_events(text, LETTER_DATE, mentions)) == 2


def test_a_dateless_retelling_of_a_dissolution_is_dropped() -> None:
    text = (
        "The Teachers' Federation was dissolved in April 2016.\n\n"
        "When the Teachers' Federation was dissolved, its leaders left the country."
    )
    mentions = named(text, {"Teachers' Federation": ("organization", "o1")})
    assert [(e.type, e.date) for e in find_events(text, LETTER_DATE, mentions)] == [
        (EventType.DEREGISTRATION, PartialDate(2016, 4))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Convention No. 98, ratified by Ruritania in 1999, protects workers against anti-union acts.", []),
        ("The authorities ignored the Convention ratified by the country in 2001.", []),
        ("The Convention was ratified by Chile on 1 February 1999.", [("ratification", "1999-02-01")]),
        ("Peru ratified Convention No. 87 in March 1960.", [("ratification", "1960-03")]),
    ],
)  # fmt: skip
def test_a_ratification_describing_an_instrument_is_not_an_event(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert summary(text) == expected


def test_a_summary_of_many_acts_is_retold_by_the_dated_act() -> None:
    text = (
        "On 4 June 2017, Mr Haddad was sentenced to three years in prison.\n\n"
        "Leaders of independent unions were convicted, thanks to the pressure of the Ministry of Interior."
    )
    mentions = named(text, {"Haddad": ("person", "p1"), "Ministry of Interior": ("organization", "o1")})
    assert [(e.type, e.date) for e in find_events(text, LETTER_DATE, mentions)] == [
        (EventType.CONVICTION, PartialDate(2017, 6, 4))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count since a date is no act of that date
        ("The code was amended in May 2016. Since then, at least 300 union branches have lost their status.",
         [("law_change", "2016-05"), ("deregistration", None)]),
        # a summary takes no date from the sentence before
        ("The leader was arrested on 3 May 2019. During the process, some unions were refused registration.",
         [("arrest", "2019-05-03"), ("registration_refused", None)]),
        # a dated act by many is one act of that date
        ("Dozens of workers of the cement plant went on hunger strike on 5 June 2018.",
         [("protest", "2018-06-05")]),
        # a definite subject is no summary and takes its paragraph's month (a day is never invented)
        ("The leader was arrested on 3 May 2019. The union was refused registration.",
         [("arrest", "2019-05-03"), ("registration_refused", "2019-05")]),
    ],
)  # fmt: skip
def test_summaries_keep_no_borrowed_date(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert summary(text) == expected


def test_a_summary_keeps_the_members_of_the_organisation_named_in_its_subject() -> None:
    text = "Members of the Bakers' Union were arrested, according to the Human Rights League."
    mentions = named(
        text, {"Bakers' Union": ("organization", "o1"), "Human Rights League": ("organization", "o2")}
    )
    [event] = find_events(text, LETTER_DATE, mentions)
    assert (event.type, event.date, event.actors, event.targets) == (
        EventType.ARREST,
        None,
        (),
        ("Members of the Bakers' Union",),
    )


def test_a_dateless_refusal_of_a_named_union_summarises_its_dated_refusals() -> None:
    text = (
        "The Ministry of Labour refused to register the Seafarers' Union on 2 May 2019.\n\n"
        "As reported earlier, the Seafarers' Union was refused registration on four occasions."
    )
    mentions = named(
        text, {"Ministry of Labour": ("organization", "o1"), "Seafarers' Union": ("organization", "o2")}
    )
    assert [(e.type, e.date) for e in find_events(text, LETTER_DATE, mentions)] == [
        (EventType.REGISTRATION_REFUSED, PartialDate(2019, 5, 2))
    ]


def test_a_dateless_arrest_sharing_only_the_police_stays() -> None:
    text = (
        "The Federal Police arrested Ms Duarte on 2 May 2019.\n\n"
        "In a separate incident, the Federal Police arrested Mr Lima."
    )
    mentions = named(
        text,
        {"Federal Police": ("organization", "o1"), "Duarte": ("person", "p1"), "Lima": ("person", "p2")},
    )
    assert [(e.type, e.date) for e in find_events(text, LETTER_DATE, mentions)] == [
        (EventType.ARREST, PartialDate(2019, 5, 2)),
        (EventType.ARREST, None),
    ]


def test_who_objected_in_a_concession_takes_no_part_in_a_law_s_adoption() -> None:
    text = "Despite the objections of the Farmers' Union, the new code was adopted."
    mentions = named(text, {"Farmers' Union": ("organization", "o1")})
    [event] = find_events(text, LETTER_DATE, mentions)
    assert (event.type, event.actors, event.targets) == (EventType.LAW_CHANGE, (), ())


def test_who_is_named_in_a_concession_before_an_arrest_stays_its_target() -> None:
    text = "Despite the protests of Mr Nkosi, he was arrested by the police on 4 May 2018."
    mentions = named(text, {"Nkosi": ("person", "p1")})
    [event] = find_events(text, LETTER_DATE, mentions)
    assert (event.type, event.targets) == (EventType.ARREST, ("p1",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its charter named it the successor of the forcibly liquidated federation of miners.", []),
        ("In 2015 the authorities forcibly liquidated the miners' federation.", [("deregistration", "2015")]),
    ],
)  # fmt: skip
def test_a_participle_used_as_an_adjective_is_no_event(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert summary(text) == expected


def test_persons_added_with_as_well_as_are_separate_acts() -> None:
    text = (
        "On 5 May 2019, the police arrested Mr Diallo of the Dockers' Union, for leading the strike, "
        "as well as Ms Sow, its treasurer."
    )
    mentions = named(
        text,
        {"Diallo": ("person", "p1"), "Dockers' Union": ("organization", "o1"), "Sow": ("person", "p2")},
    )
    assert [(e.type, e.date, e.targets) for e in find_events(text, LETTER_DATE, mentions)] == [
        (EventType.ARREST, PartialDate(2019, 5, 5), ("p1", "o1")),
        (EventType.ARREST, PartialDate(2019, 5, 5), ("p2", "o1")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2019, the police arrested Mr Diallo and Ms Sow at the port.",
        "On 5 May 2019, the union, as well as its lawyers, said the police arrested Mr Diallo and Ms Sow.",
    ],
)
def test_persons_joined_by_and_share_one_act(text: str) -> None:
    mentions = named(text, {"Diallo": ("person", "p1"), "Sow": ("person", "p2")})
    [event] = [e for e in find_events(text, LETTER_DATE, mentions) if e.type == EventType.ARREST]
    assert event.targets == ("p1", "p2")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relative time after the petition, resolved in parentheses, dates the petition
        ("Mr Ortiz was released on 2 March 2020 and lodged an appeal, three months after the verdict "
         "took effect (9 September 2019).",
         [("release", "2020-03-02"), ("appeal", "2019-09-09")]),
        # a date told with the act stays its date
        ("He was released on 2 March 2020, two weeks after the hearing (14 February 2020).",
         [("release", "2020-03-02")]),
        # a date in parentheses without a relative time dates a document
        ("He lodged an appeal on 2 March 2020 against the verdict (9 September 2019).",
         [("appeal", "2020-03-02")]),
    ],
)  # fmt: skip
def test_a_relative_time_resolved_in_parentheses(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert summary(text) == expected


def test_a_dateless_refusal_sharing_only_the_refusing_ministry_stays() -> None:
    text = (
        "The Ministry of Labour refused to register the Seafarers' Union on 2 May 2019.\n\n"
        "The Ministry of Labour also refused to register the Bakers' Union."
    )
    mentions = named(
        text,
        {
            "Ministry of Labour": ("organization", "o1"),
            "Seafarers' Union": ("organization", "o2"),
            "Bakers' Union": ("organization", "o3"),
        },
    )
    assert [(e.type, e.date) for e in find_events(text, LETTER_DATE, mentions)] == [
        (EventType.REGISTRATION_REFUSED, PartialDate(2019, 5, 2)),
        (EventType.REGISTRATION_REFUSED, None),
    ]
