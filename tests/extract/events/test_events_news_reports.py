"""Classes of wording of news reports, union pages and UN summaries: a step still to come or an act
told as later takes no date of the act before it, who appeals for a remedy only tells of the act,
a counted group told again with its names is one act, a pronoun stands for the subject of the
sentence before, and the wordings of arrests, charges, strikes, dismissals and their repression."""

from __future__ import annotations

import pytest

from casewatch.model import Event, PartialDate

from .conftest import found_in

PAGE_DATE = PartialDate(2023, 3, 14)


def events(text: str, names: dict[str, str] | None = None) -> list[Event]:
    return found_in(text, PAGE_DATE, names)


def of_type(text: str, etype: str, names: dict[str, str] | None = None) -> list[Event]:
    return [e for e in events(text, names) if e.type.value == etype]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "The nine dockers have been released on bail and are expected to appear in court on 20 March.",
            "release",
        ),
        (
            "Police later charged the two organisers with obstruction, and they will appear in court "
            "on 4 April.",
            "legal_action",
        ),
        ("The strikers were freed on a judge's order and are due to return to court on 2 May.", "release"),
    ],
)
def test_a_step_still_to_come_does_not_date_the_act(text: str, etype: str) -> None:
    [event] = of_type(text, etype)
    assert event.date is None


@pytest.mark.parametrize(
    "text",
    [
        "Although Ms Lina Dorsk was released on 2 February, other members have since been arrested.",
        "Ms Lina Dorsk was freed on 2 February; three more teachers were subsequently arrested.",
        "On 2 February Ms Lina Dorsk was released, but the union's treasurer was later arrested.",
    ],
)
def test_an_act_told_as_later_takes_no_date_of_the_act_before(text: str) -> None:
    [arrest] = of_type(text, "arrest", {"Lina Dorsk": "person"})
    assert arrest.date is None


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        (
            "The Harbour Workers Federation is calling for the release of ten crane operators detained after "
            "a protest over unpaid wages.",
            "Harbour Workers Federation",
        ),
        (
            "The Global Teachers Alliance urged the authorities to free six teachers arrested on 3 March.",
            "Global Teachers Alliance",
        ),
        (
            "The Transport Union Council demands the release of the drivers detained during the strike.",
            "Transport Union Council",
        ),
    ],
)
def test_who_appeals_for_a_remedy_takes_no_part_in_the_act(text: str, reporter: str) -> None:
    [arrest] = of_type(text, "arrest", {reporter: "organization"})
    assert reporter not in (*arrest.actors, *arrest.targets)
    assert reporter in arrest.reporter


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, 10 March police arrested three trade unionists at a picket. Police then arrested "
        "three trade unionists: organiser Tom Vrell, steward Ada Quin and a local rep.",
        "On 10 March the police detained two union leaders. The police arrested two union leaders, "
        "Tom Vrell and Ada Quin, at the gate.",
        "Three strikers were arrested on 10 March. Witnesses said officers arrested three strikers: "
        "Tom Vrell, Ada Quin and a third man.",
    ],
)
def test_a_counted_group_told_again_with_names_is_one_act(text: str) -> None:
    names = {"Tom Vrell": "person", "Ada Quin": "person"}
    [arrest] = of_type(text, "arrest", names)
    assert arrest.date is not None and arrest.date.iso == "2023-03-10"
    assert {"Tom Vrell", "Ada Quin"} <= set(arrest.targets)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Ivo Parn, treasurer of the drivers' union, was arrested on 12 June, three days after the arrest "
        "of Mr Olek Sand. He began a hunger strike on 4 July.",
        "Mr Ivo Parn was detained on 12 June, a week after the dismissal of Mr Olek Sand. Held alone for "
        "weeks, he later called his family. He began a hunger strike on 4 July.",
        "Mr Ivo Parn, who had defended Mr Olek Sand in court, was arrested on 12 June. He went on hunger "
        "strike on 4 July.",
    ],
)
def test_a_pronoun_stands_for_the_subject_of_the_sentence_before(text: str) -> None:
    names = {"Ivo Parn": "person", "Olek Sand": "person"}
    [strike] = [e for e in of_type(text, "protest", names) if e.date and e.date.iso.endswith("-07-04")]
    assert "Ivo Parn" in (*strike.actors, *strike.targets)
    assert "Olek Sand" not in (*strike.actors, *strike.targets)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Mr Ivo Parn had been held in custody for 36 hours after the strike.", "arrest"),
        ("The protestors had been placed under preventive arrest by the police.", "arrest"),
        ("Mr Ivo Parn was jailed for two years after a trial that fell short of standards.", "conviction"),
        ("The police have registered a case against 21 union leaders and activists.", "legal_action"),
        ("On the eve of a hearing of charges against 14 people, the federation wrote again.", "legal_action"),
        ("The 14 accused are currently on a hunger strike.", "protest"),
        ("The leaders of the union organised the picket at the main gate.", "protest"),
        ("Mr Ivo Parn has begun a hunger strike in prison.", "protest"),
        ("Over 2,000 workers demonstrated against the arrests.", "protest"),
        ("The police baton charged the assembly to disperse the workers.", "assault"),
        ("The marchers were tear-gassed near the ministry.", "assault"),
        ("They were released on bail, but all have been dismissed.", "harassment"),
        ("Two workers sacked by the mining company were not reinstated.", "harassment"),
        ("The nurses were dismissed after the strike ended without talks.", "harassment"),
    ],
)
def test_news_wordings_tell_acts(text: str, etype: str) -> None:
    assert etype in [e.type.value for e in events(text, {"Ivo Parn": "person"})]


@pytest.mark.parametrize(
    "text",
    [
        "The appeal was dismissed by the High Court on 3 March.",
        "Her complaints were dismissed as unfounded.",
        "The charges were dismissed for lack of evidence.",
        "In a number of these countries, strikes were brutally repressed by the authorities.",
    ],
)
def test_no_dismissal_of_a_worker_nor_an_act_in_a_trend(text: str) -> None:
    types = [e.type.value for e in events(text)]
    assert "harassment" not in types and "assault" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Police detained over 100 striking workers on their way to the square. An officer said that the "
        "protesters had been placed under preventive arrest.",
        "Police detained dozens of dockers at the port gate. The officers confirmed that the strikers "
        "were taken into custody for blocking the road.",
        "Security forces arrested striking teachers outside the ministry. Witnesses said the demonstrators "
        "were arrested without warning.",
    ],
)
def test_a_group_pointed_back_to_retells_the_arrest_of_a_group(text: str) -> None:
    assert len(of_type(text, "arrest")) == 1


def test_a_group_counted_anew_is_an_arrest_of_its_own() -> None:
    text = (
        "Police detained striking workers at the gate. Later 40 more protesters were arrested in the square."
    )
    assert len(of_type(text, "arrest")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Mr Ivo Parn has been in custody for two months since 2 August.",
        "Mr Ivo Parn, a union treasurer, has been in police custody since 2 August.",
        "Mr Ivo Parn is in pre-trial detention since 2 August.",
    ],
)
def test_held_in_custody_since_a_day_dates_the_arrest(text: str) -> None:
    [arrest] = of_type(text, "arrest", {"Ivo Parn": "person"})
    assert arrest.date is not None and arrest.date.iso.endswith("-08-02")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Mr Tom Vrell and Ms Ada Quin were arrested on 3 and 9 May respectively.", ["-05-03", "-05-09"]),
        ("Mr Tom Vrell and Ms Ada Quin were detained on 3rd and 9th May respectively.", ["-05-03", "-05-09"]),
        (
            "Mr Tom Vrell and Ms Ada Quin were taken into custody on 3, 9 May respectively.",
            ["-05-03", "-05-09"],
        ),
    ],
)
def test_days_listed_without_their_month_go_with_each_person_respectively(text: str, days: list[str]) -> None:
    arrests = of_type(text, "arrest", {"Tom Vrell": "person", "Ada Quin": "person"})
    assert [(e.targets, e.date.iso[-6:] if e.date else None) for e in arrests] == [
        (("Tom Vrell",), days[0]),
        (("Ada Quin",), days[1]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dockers went on strike between 3 and 9 May.",
        "The teachers held a strike from 3 to 9 May.",
    ],
)
def test_a_period_of_days_in_one_month_dates_the_act_by_its_month(text: str) -> None:
    [strike] = of_type(text, "protest")
    assert strike.date is not None and strike.date.day is None and strike.date.month == 5


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Ministry of Labour banned the Dockers Federation on 12 April.", "deregistration"),
        ("The Dockers Federation was outlawed by decree in March 2020.", "deregistration"),
        ("The authorities suspended the Dockers Federation for six months on 4 April.", "suspension"),
        ("Police dispersed the strikers with tear gas on 2 May.", "assault"),
        ("Riot police dispersed the crowd of teachers using water cannons.", "assault"),
    ],
)
def test_bans_suspensions_and_dispersals_of_unions_and_strikers(text: str, etype: str) -> None:
    assert etype in [e.type.value for e in events(text, {"Dockers Federation": "organization"})]


@pytest.mark.parametrize(
    "text",
    [
        "The government banned union leaders from travelling abroad.",
        "The decree banned strikes in the ports.",
        "The Ministry of Labour suspended the union's president on 4 April.",
        "The union was suspended from the national council for a year.",
    ],
)
def test_no_closure_when_a_ban_or_suspension_bears_on_others(text: str) -> None:
    types = [e.type.value for e in events(text)]
    assert "deregistration" not in types and "suspension" not in types


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The 14, including two Icelandic trade unionists, have been released on bail.", "trade unionists"),
        ("Twelve nurses were dismissed after the strike.", "nurses"),
        ("Two Uruguayan dockers have been released on bail.", "dockers"),
        ("Fifteen protestors were arrested near the ministry.", "protestors"),
    ],
)
def test_a_counted_group_of_a_country_undergoes_the_act(text: str, group: str) -> None:
    [event] = events(text)
    assert group in event.targets


@pytest.mark.parametrize(
    "text",
    [
        "Riot police beat the marchers with batons on 1 May.",
        "Plain-clothes men beat up two union organisers outside the depot.",
        "Officers beat several strikers at the gate.",
    ],
)
def test_a_beating_of_a_group_is_an_assault(text: str) -> None:
    assert "assault" in [e.type.value for e in events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Ivo Parn was reportedly arrested on 3 May by officers of the State Security Committee and "
        'charged with "organising riots".',
        "Mr Ivo Parn was detained at dawn by agents of the National Guard at his home in the capital and "
        "later prosecuted for incitement.",
        "Mr Ivo Parn was arrested at the airport by men in plain clothes, and charged with treason.",
    ],
)
def test_a_participle_joined_to_a_passive_one_is_passive_too(text: str) -> None:
    [charge] = of_type(text, "legal_action", {"Ivo Parn": "person"})
    assert "Ivo Parn" in charge.targets and "Ivo Parn" not in charge.actors


@pytest.mark.parametrize(
    "text",
    [
        "Mr Ivo Parn was arrested on 3 May by officers of the State Security Service.",
        "Mr Ivo Parn was detained by the Reports Directorate of the ministry on 3 May.",
        "Agents of the State Protection Bureau detained Mr Ivo Parn on 3 May.",
    ],
)
def test_a_reporting_verb_written_as_a_word_of_a_name_reports_nothing(text: str) -> None:
    [arrest] = of_type(text, "arrest", {"Ivo Parn": "person"})
    assert arrest.reporter == () and "Ivo Parn" in arrest.targets


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "On the eve of the trial of 14 people arrested at the summit, the Dockers Federation and its "
            "partners have reiterated their call for the charges to be dropped.",
            "Dockers Federation",
        ),
        (
            "After Ms Ada Quin was arrested on 3 May, the Dockers Federation urged the authorities to "
            "free her.",
            "Dockers Federation",
        ),
        (
            "Mr Tom Vrell was detained at the port, and the Dockers Federation condemned the detention.",
            "Dockers Federation",
        ),
    ],
)
def test_who_tells_of_the_act_after_it_takes_no_part(text: str, teller: str) -> None:
    names = {teller: "organization", "Ada Quin": "person", "Tom Vrell": "person"}
    [arrest] = of_type(text, "arrest", names)
    assert teller not in (*arrest.actors, *arrest.targets)


def test_an_adjective_after_a_copula_makes_no_teller() -> None:
    text = (
        "While the release on parole earlier this year of two teachers - Tom Vrell and Ada Quin - is a "
        "welcome development, their convictions stand."
    )
    [release] = of_type(text, "release", {"Tom Vrell": "person", "Ada Quin": "person"})
    assert {"Tom Vrell", "Ada Quin"} <= set(release.targets)


PERSONS = {"Tom Vrell": "person", "Ada Quin": "person", "Ivo Parn": "person"}


@pytest.mark.parametrize(
    "text",
    [
        "Tom Vrell, Ada Quin and Ivo Parn were sentenced on 2 March. The three were arrested in May 2022.",
        "Tom Vrell, Ada Quin and Ivo Parn lead the dockers' union. They were arrested in May 2022.",
        "Tom Vrell, Ada Quin and Ivo Parn were sentenced on 2 March. According to the union, they were "
        "arrested in May 2022.",
    ],
)
def test_the_three_or_they_stand_for_every_person_named_together_before(text: str) -> None:
    [arrest] = of_type(text, "arrest", PERSONS)
    assert set(arrest.targets) == set(PERSONS)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Tom Vrell led the Dockers Federation. Its appeal was rejected by the court in January.",
        "The Dockers Federation, led by Mr Tom Vrell, was dissolved in 2022. Its appeal was dismissed "
        "in 2023.",
        "Mr Tom Vrell heads the Dockers Federation. In January, its appeal was rejected.",
    ],
)
def test_its_stands_for_an_organisation_never_a_person(text: str) -> None:
    names = {"Tom Vrell": "person", "Dockers Federation": "organization"}
    [appeal] = of_type(text, "appeal", names)
    assert "Tom Vrell" not in (*appeal.actors, *appeal.targets)


@pytest.mark.parametrize(
    "text",
    [
        "We protest the arrest of Tom Vrell on 3 March. Mr Tom Vrell was taken into custody by agents of "
        "the Harbour Guard while leading a picket.",
        "Tom Vrell was detained on 3 March. Tom Vrell had been arrested by the Harbour Guard at the "
        "gate, his lawyer said.",
        "On 3 March Tom Vrell was arrested. He was detained by the Harbour Guard at his home.",
    ],
)
def test_who_acts_in_a_dateless_retelling_acts_in_the_dated_act(text: str) -> None:
    names = {"Tom Vrell": "person", "Harbour Guard": "organization"}
    [arrest] = of_type(text, "arrest", names)
    assert arrest.date is not None and "Harbour Guard" in arrest.actors and "Tom Vrell" in arrest.targets


@pytest.mark.parametrize(
    "text",
    [
        "Brussels, 10 May 2023 (Labour Wire): The federation has condemned the arrest of four dockers.",
        "Geneva, 10 May 2023 – The federation has condemned the arrest of four dockers at the port.",
        "New Harbour, 10 May 2023 (Dockers News) - Police have arrested four dockers in recent days.",
    ],
)
def test_a_news_dateline_dates_the_report_not_the_act(text: str) -> None:
    [arrest] = of_type(text, "arrest")
    assert arrest.date is None


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Police charged at the protesters with batons on 2 May.", "assault"),
        ("Riot police charged into the crowd of strikers.", "assault"),
        ("The army crushed the strike in the mining region.", "assault"),
        ("Security forces brutally suppressed the protests of the dockers.", "assault"),
        ("The company locked out 300 workers after they joined the union.", "harassment"),
    ],
)
def test_repression_of_strikes_is_told_by_its_manner(text: str, etype: str) -> None:
    types = [e.type.value for e in events(text)]
    assert etype in types and "legal_action" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Mr Tom Vrell was abducted on 2 May and released two days later.",
        "Mr Tom Vrell was detained on 2 May and freed a week later.",
        "On 2 May Mr Tom Vrell was arrested; he was released some days later.",
    ],
)
def test_an_act_told_as_days_later_takes_no_date_of_the_act_before(text: str) -> None:
    [release] = of_type(text, "release", {"Tom Vrell": "person"})
    assert release.date is None


@pytest.mark.parametrize(
    "text",
    [
        "Union leaders were placed under house arrest on 2 May.",
        "Striking dockers were detained at the gate on 2 May.",
        "Factory workers were arrested after the strike on 2 May.",
    ],
)
def test_a_common_word_opening_the_sentence_is_no_name_before_a_group(text: str) -> None:
    [arrest] = of_type(text, "arrest")
    assert arrest.targets
