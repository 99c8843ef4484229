"""Classes of wording met on pages of every genre that the rules were not written from: lines
wrapped mid-sentence, gatherings broken up, pronoun subjects, counted groups, page dates, the
addressee of a letter of concern, and acts told by their manner or outcome."""

from __future__ import annotations

import pytest

from casewatch.model import Event, PartialDate

from .conftest import found_in, kinds_and_dates

PAGE_DATE = PartialDate(2021, 6, 2)


def events(
    text: str, names: dict[str, str] | None = None, anchor: PartialDate | None = PAGE_DATE
) -> list[Event]:
    return found_in(text, anchor, names)


def told(text: str) -> list[tuple[str, str | None]]:
    return kinds_and_dates(events(text))


def test_a_wording_wrapped_over_two_lines_is_read() -> None:
    text = (
        "The complainants allege that the Harbour Services Bill was introduced to replace the\n"
        "promulgated Harbour Services\nOrdinance in 2020."
    )
    assert told(text) == [("law_change", "2020")]


@pytest.mark.parametrize(
    "text",
    [
        "Peaceful demonstrations after the vote were disbanded by the police on 3 May 2021.",
        "On 3 May 2021 the governor dissolved the rally of dock workers.",
    ],
)
def test_a_gathering_broken_up_is_no_closure_of_an_organisation(text: str) -> None:
    assert "deregistration" not in [t for t, _ in told(text)]


def test_a_month_named_march_is_no_gathering() -> None:
    assert told("The federation was dissolved in March 2019.") == [("deregistration", "2019-03")]


def test_a_pronoun_subject_undergoes_the_act_not_what_the_charge_names() -> None:
    text = (
        "Mr Tomas Vell was detained on 4 April 2021. He had been arrested on charges of membership "
        "in the Free Dockers Union."
    )
    charged = next(
        e
        for e in events(text, {"Tomas Vell": "person", "Free Dockers Union": "organization"})
        if e.type.value == "legal_action"
    )
    assert charged.targets == ("Tomas Vell",)


def test_they_are_the_persons_named_before_not_whom_their_protest_supported() -> None:
    text = (
        "The statement named the detainees as Ms Rana Obi and Mr Paul Kessy. They were arrested on "
        "31 May 2021 for demonstrating in support of the jailed opposition leader Mr Ivo Tamba."
    )
    names = {"Rana Obi": "person", "Paul Kessy": "person", "Ivo Tamba": "person"}
    arrests = [e for e in events(text, names) if e.type.value == "arrest" and e.date is not None]
    assert [e.targets for e in arrests] == [("Rana Obi", "Paul Kessy")]


def test_who_told_the_sentence_before_is_not_whom_a_pronoun_names() -> None:
    text = (
        "Ms Rana Obi was detained. The Global Rights Network said that unknown men had held her for "
        "hours. The detainees were reportedly tortured on 2 June 2021."
    )
    names = {"Rana Obi": "person", "Global Rights Network": "organization"}
    [assault] = [e for e in events(text, names) if e.type.value == "assault"]
    assert assault.targets == ("Rana Obi",)


def test_a_counted_group_is_an_act_apart_from_a_leaders_dated_arrest() -> None:
    text = (
        "Mr Ivo Tamba was arrested on 28 December 2020. Reports indicate that at least 150 people had "
        "been arrested during the protests that followed."
    )
    arrests = [e for e in events(text, {"Ivo Tamba": "person"}) if e.type.value == "arrest"]
    assert len(arrests) == 2


def test_an_arrest_named_to_time_another_act_is_told_elsewhere() -> None:
    text = (
        "Mr Ivo Tamba was arrested on 28 December 2020. Reports say that demonstrations following his "
        "arrest were broken up and that at least 150 people had been arrested."
    )
    arrests = [e for e in events(text, {"Ivo Tamba": "person"}) if e.type.value == "arrest"]
    assert [e.targets for e in arrests] == [("Ivo Tamba",), ("people",)]


def test_a_date_on_a_line_of_its_own_is_the_pages_date() -> None:
    page = (
        "Two union leaders killed in two months\n\nSaturday, 29 May 2021 · 16:31\n"
        "Two union leaders have been killed."
    )
    assert all(e.date is None for e in events(page, anchor=None) if e.type.value == "killing")


def test_the_addressee_of_a_letter_of_concern_takes_no_part() -> None:
    text = (
        "The Nurses Union has written the Ministry of Interior to express concern over the detention of "
        "the Harbour 12."
    )
    names = {"Nurses Union": "organization", "Ministry of Interior": "organization"}
    [arrest] = [e for e in events(text, names) if e.type.value == "arrest"]
    assert "Ministry of Interior" not in arrest.actors + arrest.targets


def test_the_wounded_named_by_the_act_is_no_act() -> None:
    text = "El otro herido es uno de los presuntos responsables, quien fue detenido el 3 de mayo de 2021."
    assert [t for t, _ in told(text)] == ["arrest"]


def test_the_perpetrators_of_a_known_attack_retell_no_attack() -> None:
    text = "Denuncian el 3 de mayo de 2021 la detención de uno de los autores del ataque."
    assert "assault" not in [t for t, _ in told(text)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("El dirigente fue acribillado el 11 de mayo de 2021 en su camioneta.", "killing"),
        ("En el ataque perdió la vida el hermano del sindicalista, el 11 de mayo de 2021.", "killing"),
        ("La policía se encuentra indagando el asesinato desde el 11 de mayo de 2021.", "investigation"),
        ("La Fiscalía adelanta una investigación desde el 2 de marzo de 2021.", "investigation"),
        ("El 2 de marzo de 2021 un juzgado confirmó la medida de aseguramiento contra tres sindicalistas.",
         "legal_action"),
        ("On 2 March 2021 the security forces threatened his wife.", "harassment"),
        ("Workers who went on strike in March 2021 have been fired by their employers.", "harassment"),
        ("In 2021 the inspectorate refused to enter the new union into the union register.",
         "registration_refused"),
        ("In 2021 the company requested the judicial authority to dissolve the union.", "legal_action"),
        ("The 28-day strike severely curtailed welfare services in May 2021.", "protest"),
        ("The dispute ended with an agreement on 4 February 2021.", "agreement"),
        ("On 11 October 2021, garment workers assembled outside the factory gates, in the port city, to "
         "protest against unpaid wages.", "protest"),
    ],
)  # fmt: skip
def test_acts_told_by_their_manner_or_outcome(text: str, kind: str) -> None:
    assert kind in [t for t, _ in told(text)]


def test_a_threat_to_act_is_no_harassment() -> None:
    assert "harassment" not in [t for t, _ in told("On 2 March 2021 the union threatened to strike.")]


def test_what_a_law_provides_for_is_no_act() -> None:
    text = (
        "The complainants allege that the Ordinance, promulgated on 3 May 2021, provides for the "
        "possibility of dismissal of striking workers."
    )
    assert "harassment" not in [t for t, _ in told(text)]


def test_a_counted_group_named_one_by_one_later_is_one_arrest() -> None:
    text = (
        "Authorities have arrested two leading members of the bus drivers' union. Mr Saed Toran and "
        "Mr Reza Shabi were arrested while the police searched their homes."
    )
    names = {"Saed Toran": "person", "Reza Shabi": "person"}
    arrests = [e for e in events(text, names) if e.type.value == "arrest"]
    assert [e.targets for e in arrests] == [("Saed Toran", "Reza Shabi")]


def test_a_group_in_the_possessive_takes_no_part() -> None:
    text = "On 3 May 2021 the editor of a workers' newsletter was sentenced to two years in prison."
    [conviction] = [e for e in events(text) if e.type.value == "conviction"]
    assert "workers" not in conviction.targets


def test_who_is_named_after_segun_tells_and_takes_no_part() -> None:
    text = (
        "Según la Federación Mundial, los dirigentes fueron detenidos en el puerto el 3 de febrero de 2021."
    )
    [arrest] = [e for e in events(text, {"Federación Mundial": "organization"}) if e.type.value == "arrest"]
    assert (arrest.reporter, arrest.targets) == (("Federación Mundial",), ("dirigentes",))


def test_a_court_that_designates_an_investigator_acts_in_the_investigation() -> None:
    text = (
        "La Corte de Apelaciones designó a uno de sus miembros para que, en calidad de ministro, "
        "investigue los hechos ocurridos el 3 de febrero de 2021."
    )
    [inquiry] = [
        e for e in events(text, {"Corte de Apelaciones": "organization"}) if e.type.value == "investigation"
    ]
    assert inquiry.actors == ("Corte de Apelaciones",)


def test_those_arrested_named_by_a_participle_retell_the_arrest() -> None:
    text = (
        "Une dizaine de professeurs ont été interpellés jeudi devant la préfecture.\n\n"
        "Les collègues se sont rassemblés. Les manifestants interpellés ont été relâchés sans poursuite."
    )
    assert [e.type.value for e in events(text, anchor=None)].count("arrest") == 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le 22 mai 2021, la police a fait usage de gaz lacrymogène contre les enseignants.", "assault"),
        ("Le 22 mai 2021, les enseignants ont été relâchés sans aucune poursuite.", "release"),
        ("Le 22 mai 2021, elle a été convoquée pour une audition libre.", "harassment"),
        ("Les plaignants dénoncent l'annulation de la personnalité juridique de l'association en 2020.",
         "deregistration"),
        ("Les plaignants dénoncent les fausses accusations pénales portées en 2020 contre les militants.",
         "legal_action"),
        ("In 2021 the court appointed a judge to investigate the attack.", "investigation"),
    ],
)  # fmt: skip
def test_acts_told_in_french_and_by_their_means(text: str, kind: str) -> None:
    assert kind in [t for t, _ in told(text)]


def test_teachers_and_colleagues_take_part_under_that_name() -> None:
    [arrest] = [e for e in events("Une dizaine de professeurs ont été interpellés le 22 mai 2021.")]
    assert arrest.targets == ("professeurs",)


def test_the_same_counted_group_told_twice_is_one_arrest() -> None:
    text = (
        "Police arrested three trade unionists at a strike in the port.\n\n"
        "The pickets tried to stop a truck. Police then arrested three trade unionists: organiser "
        "Mr Gary Palin, Mr Declan Moss and a local rep."
    )
    names = {"Gary Palin": "person", "Declan Moss": "person"}
    assert [e.type.value for e in events(text, names, anchor=None)].count("arrest") == 1


def test_a_union_taking_industrial_action_protests() -> None:
    assert "protest" in [t for t, _ in told("Since May 2021 the union is taking action against the company.")]
    assert "protest" not in [t for t, _ in told("In 2021 the Government is taking action to amend the law.")]


def test_he_who_was_protesting_is_the_one_named_before() -> None:
    text = (
        "Police arrested Mr Dan Quaid on 3 May 2021. He was protesting over the situation with Sea Ferries."
    )
    names = {"Dan Quaid": "person", "Sea Ferries": "organization"}
    [protest] = [e for e in events(text, names) if e.type.value == "protest"]
    assert (
        "Dan Quaid" in protest.actors + protest.targets
        and "Sea Ferries" not in protest.actors + protest.targets
    )


def test_many_of_them_is_no_single_person_named_before() -> None:
    text = (
        "Dear President Ray Okon, the country has jailed more trade unionists than any other. Many of them "
        "were sentenced to long prison terms in 2020."
    )
    [conviction] = [e for e in events(text, {"Ray Okon": "person"}) if e.type.value == "conviction"]
    assert "Ray Okon" not in conviction.targets


def test_a_release_asked_of_the_head_of_state_is_not_done() -> None:
    text = "La fédération demande au Président Orvan la remise en liberté immédiate de Lena Orvik."
    assert "release" not in [e.type.value for e in events(text, {"Lena Orvik": "person", "Orvan": "person"})]


def test_a_body_whose_seat_names_the_place_takes_no_part() -> None:
    text = (
        "La protesta del lunes 19 de junio, en la Plaza Mayor, donde se encuentra la sede de la "
        "Defensoría Arden, fue pacífica."
    )
    [protest] = events(text, {"Defensoría Arden": "organization"})
    assert "Defensoría Arden" not in protest.actors + protest.targets


def test_an_arbitrary_imprisonment_repudiated_is_an_arrest() -> None:
    text = "La Confederación Arden repudia la prisión arbitraria de estudiantes en Varnia."
    [arrest] = [e for e in events(text) if e.type.value == "arrest"]
    assert arrest.targets == ("estudiantes",)


def test_a_strike_that_ended_with_a_detention_tells_the_arrest() -> None:
    text = "La huelga general se ha saldado con la detención por la policía de un sindicalista."
    assert "arrest" in [t for t, _ in told(text)]


def test_the_arrest_following_which_leaders_spoke_is_told() -> None:
    text = "Deux dirigeants ont été entendus suite à l'arrestation ce samedi 27 avril de Marc Tevi."
    [arrest] = [e for e in events(text, {"Marc Tevi": "person"}) if e.type.value == "arrest"]
    assert arrest.targets == ("Marc Tevi",) and arrest.date == PartialDate(2021, 4, 27)


def test_officers_named_with_the_police_are_not_raided() -> None:
    text = "Police have raided the offices of the Arden Union, with 20 officers leaving with boxes of files."
    [raid] = events(text, {"Arden Union": "organization"})
    assert "officers" not in raid.targets and "Arden Union" in raid.targets


def test_union_officers_arrested_by_the_police_undergo_the_arrest() -> None:
    [arrest] = events("Police arrested three union officers at the depot on 3 May 2021.")
    assert arrest.targets == ("union officers",)


def test_shot_many_times_is_an_assault_and_death_hours_later_is_that_day() -> None:
    text = (
        "On 7 February 2021, Mr Leo Varn and his niece were shot multiple times by gunmen outside "
        "his home. The gunmen escaped on scooters. Varn died an hour later at a hospital."
    )
    found = {(e.type.value, e.date.iso if e.date else None) for e in events(text, {"Leo Varn": "person"})}
    assert {("assault", "2021-02-07"), ("killing", "2021-02-07")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "The statement by the Harbour Workers' Union was released after four dockers were detained.",
        "A joint report of the two federations was released on 3 May 2021.",
    ],
)
def test_a_statement_released_frees_no_one(text: str) -> None:
    assert "release" not in [t for t, _ in told(text)]


def test_someone_released_is_still_read() -> None:
    assert told("According to the report, the union organiser was released on 3 May 2021.") == [
        ("release", "2021-05-03")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Despite the outcry at the collapse of the Delta Tower in April 2013 that killed 900 workers, "
        "organisers still face dismissal.",
        "The factory fire at the North Mill in November 2012, which killed over 100, is not forgotten.",
        "An explosion killed 14 miners in the Vell pit.",
    ],
)
def test_a_disaster_that_killed_is_no_killing(text: str) -> None:
    assert "killing" not in [t for t, _ in told(text)]


def test_a_fire_opened_on_strikers_that_killed_is_a_killing() -> None:
    assert told("Police opened fire and killed two strikers on 3 May 2021.") == [("killing", "2021-05-03")]


def test_a_claim_a_court_turned_down_was_brought() -> None:
    text = "On 22 April the Lower Harbour Court turned down the claim by the free union of dockers."
    assert told(text) == [("legal_action", "2021-04-22")]


def test_a_claim_seeking_a_court_order_is_brought() -> None:
    text = "The Economic Court has received a claim seeking a court order to suspend the Dockers' Union."
    assert [t for t, _ in told(text)] == ["legal_action"]


def test_a_claim_the_government_rejects_is_no_claim_brought() -> None:
    assert told("The Government rejected the claim of the union in its reply.") == []


def test_a_yearless_day_takes_no_year_from_an_empty_time_stamp() -> None:
    text = (
        "2011 2011-06-14T08:15:02+0200 1970-01-01T03:00:00+0300 en\n\n"
        "On 12 June the Harbour Court sentenced the dockers' leader Tomas Vell to a fine."
    )
    dates = [d for _, d in told(text)]
    assert dates and all(d is None or not d.startswith("1970") for d in dates)


def test_an_appeal_told_as_what_came_before_a_sentence_is_read() -> None:
    text = "Five dockers' leaders have been sentenced to two years in prison after an appeal."
    assert sorted(t for t, _ in told(text)) == ["appeal", "conviction"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le 3 mai 2021, il participait à Lille à une manifestation contre la réforme.", "protest"),
        ("Le 3 mai 2021, il comparaissait pour des dégradations devant le tribunal.", "legal_action"),
        ("On 3 May 2021, 300 dockers took part in a strike at the port.", "protest"),
    ],
)
def test_taking_part_and_appearing_in_court_are_read(text: str, kind: str) -> None:
    assert told(text) == [(kind, "2021-05-03")]


def test_a_school_where_someone_is_arrested_is_the_place_not_the_target() -> None:
    text = (
        "Ali Sen was arrested by police agents in December 2019 at Northfield High School, where he taught."
    )
    found = events(text, {"Ali Sen": "person", "Northfield High School": "organization"})
    assert [(e.type.value, e.targets) for e in found] == [("arrest", ("Ali Sen",))]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("La marche de la coalition du 14 mai avait pour objectif de dénoncer la réforme.", "2021-05-14"),
        ("The demonstration of 3 May was dispersed by the police.", "2021-05-03"),
        ("La protesta del 6 de octubre reunió a miles de docentes.", "2020-10-06"),
    ],
)
def test_a_gathering_named_by_its_day_was_held(text: str, date: str) -> None:
    assert ("protest", date) in told(text)


def test_a_strike_called_for_a_day_is_not_yet_held() -> None:
    assert told("The union called for a strike on 3 May.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Union leader Tomas Vell was put behind bars on 3 May 2021.", "arrest"),
        ("Le syndicaliste Tomas Vell a été écroué le 3 mai 2021.", "arrest"),
        ("Union leader Tomas Vell was gunned down on 3 May 2021.", "killing"),
        ("The registrar struck the Dockers Union off the register on 3 May 2021.", "deregistration"),
        ("Union leader Tomas Vell was charged on 3 May 2021.", "legal_action"),
        ("Prosecutors charged union leader Tomas Vell on 3 May 2021.", "legal_action"),
        ("Union leader Tomas Vell was questioned by investigators on 3 May 2021.", "harassment"),
        ("Le syndicaliste Tomas Vell a été mis à pied le 3 mai 2021.", "harassment"),
        ("Les enseignants ont débrayé le 3 mai 2021.", "protest"),
        ("Les enseignants ont cessé le travail le 3 mai 2021.", "protest"),
    ],
)
def test_acts_in_plainer_news_wordings_are_read(text: str, kind: str) -> None:
    assert told(text) == [(kind, "2021-05-03")]


def test_a_fee_charged_is_no_charge_brought() -> None:
    assert told("The dockers were charged a fee of 20 dollars on 3 May 2021.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On 3 May 2021 the Dockers Union was evicted from its premises.", "harassment"),
        ("Le 3 mai 2021, la police a dispersé le cortège à coups de gaz lacrymogène.", "assault"),
        ("Le 3 mai 2021, le tribunal a prononcé la dissolution du syndicat.", "deregistration"),
        ("Le 3 mai 2021, Tomas Vell a porté plainte contre son employeur.", "legal_action"),
    ],
)
def test_evictions_blows_dissolutions_and_complaints_in_other_wordings(text: str, kind: str) -> None:
    assert told(text) == [(kind, "2021-05-03")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On 3 May 2021 Mr Tomas Vell survived an assassination attempt.", "assault"),
        ("Le 3 mai 2021, les gendarmes ont fait usage de la force contre les grévistes.", "assault"),
        ("El 3 de mayo de 2021 se inició un proceso penal contra el Sr. Tomas Vell.", "legal_action"),
    ],
)
def test_attempts_force_and_proceedings_opened_in_other_wordings(text: str, kind: str) -> None:
    assert told(text) == [(kind, "2021-05-03")]


def test_proceedings_closed_close_no_organisation() -> None:
    text = (
        "The Government states that the criminal proceedings against Mr Tomas Vell were closed on 3 May 2021."
    )
    assert "deregistration" not in [t for t, _ in told(text)]


def test_a_union_closed_is_still_a_closure() -> None:
    assert told("On 3 May 2021 the Dockers Union was closed by the authorities.") == [
        ("deregistration", "2021-05-03")
    ]
