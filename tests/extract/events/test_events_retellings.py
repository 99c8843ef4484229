"""How a page tells one act more than once, or seems to tell one: headlines over the story,
tallies across countries, asides inside a passive, clauses with their own subject, dates that
belong to another act, and a second arrest of the same person."""

from __future__ import annotations

import pytest

from casewatch.model import Event, PartialDate

from .conftest import found_in, kinds_and_dates

PAGE_DATE = PartialDate(2021, 6, 2)


def events(text: str, names: dict[str, str] | None = None) -> list[Event]:
    return found_in(text, PAGE_DATE, names)


def told(text: str) -> list[tuple[str, str | None]]:
    return kinds_and_dates(events(text))


def test_a_headline_over_the_story_is_not_a_second_arrest() -> None:
    page = (
        "Police detain transport union leader\n\n"
        "Police in the capital arrested the president of the drivers' union on 1 June 2021 at the "
        "union's offices.\n"
    )
    assert told(page) == [("arrest", "2021-06-01")]


@pytest.mark.parametrize(
    ("title", "story", "person"),
    [
        (
            "Labour rights on the islands hit a new low as dockers condemn the arrest of their federation "
            "president",
            "Police arrested the federation president, Ivo Darn, at the airport as he came home.",
            "Ivo Darn",
        ),
        (
            "Colère sur les quais du pays tout entier après l'arrestation de trois dockers et de leur "
            "secrétaire général",
            "La police a arrêté trois dockers et leur secrétaire général, Paul Mercier, sur le port.",
            "Paul Mercier",
        ),
        (
            "A grim week for the mines as miners and their families protest against the arrest of shop "
            "stewards",
            "Police arrested two shop stewards, Jon Hale and Tim Rudd, at the pit head.",
            "Jon Hale",
        ),
    ],
)
def test_a_long_page_title_over_the_story_is_not_a_second_arrest(title: str, story: str, person: str) -> None:
    [arrest] = [e for e in events(f"{title}\n\n{story}\n", {person: "person"}) if e.type.value == "arrest"]
    assert person in arrest.targets


def test_a_headline_is_kept_when_the_story_tells_no_act_of_its_type() -> None:
    page = "Teachers' leader arrested\n\nThe union called the arrest an attack on its members.\n"
    assert [t for t, _ in told(page)] == ["arrest"]


def test_a_section_heading_is_not_an_act_when_the_section_tells_it() -> None:
    page = (
        "The strikes went on through the spring.\n\n"
        "Police: arresting pickets\n\n"
        "On 4 May 2021 police arrested six pickets at the depot gate.\n"
    )
    assert told(page) == [("arrest", "2021-05-04")]


def test_a_wrapped_paragraph_line_is_no_heading() -> None:
    page = (
        "The federation says police arrested its treasurer\n"
        "on 3 May 2021 and arrested two more members a week later.\n"
    )
    assert ("arrest", "2021-05-03") in told(page)


@pytest.mark.parametrize(
    "sentence",
    [
        "Workers were arrested and detained in 58 out of 139 countries in 2020.",
        "Unions were deregistered in 27 of 144 countries last year.",
        "Des travailleurs ont été arrêtés dans 41 des 139 pays étudiés en 2020.",
    ],
)
def test_a_tally_across_countries_tells_no_act(sentence: str) -> None:
    assert told(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On 3 May 2021 police arrested and charged four pickets at the plant.", ["arrest", "legal_action"]),
        ("The prosecutor charged the union's president with obstruction on 3 May 2021.", ["legal_action"]),
        ("The union's secretary was taken into police custody on 3 May 2021.", ["arrest"]),
        ("Police detained over 200 striking miners on 3 May 2021.", ["arrest"]),
        ("Security agents detained the federation's treasurer on 3 May 2021.", ["arrest"]),
        ("On 3 May 2021 an order releasing the treasurer on bail was issued by the court.", ["release"]),
        ("The union's president was rearrested on 3 May 2021.", ["arrest"]),
    ],
)
def test_wordings_of_charges_custody_detention_and_release(sentence: str, expected: list[str]) -> None:
    assert [t for t, _ in told(sentence)] == expected


def test_pickets_who_remain_detained_are_not_a_second_arrest() -> None:
    text = "Police arrested nine pickets on 3 May 2021. The pickets remain detained at the district station."
    assert told(text) == [("arrest", "2021-05-03")]


def test_an_aside_between_auxiliary_and_participle_keeps_the_passive() -> None:
    text = "Ms Tamsin Orrel, the treasurer of the union, was, at dawn on 3 May 2021, arrested by the police."
    (event,) = events(text, {"Tamsin Orrel": "person", "police": "organization"})
    assert (event.actors, event.targets) == (("police",), ("Tamsin Orrel",))


def test_workers_of_a_company_told_with_an_aside_undergo_the_arrest() -> None:
    text = "Nine workers of Dovrel Textiles were, according to the union, also arrested on 3 May 2021."
    (event,) = events(text, {"Dovrel Textiles": "organization"})
    assert event.actors == () and "Dovrel Textiles" in event.targets


def test_the_subject_of_the_clause_acts_not_one_named_in_an_earlier_clause() -> None:
    text = (
        "On 3 May 2021 a court ordered Mr Ivo Brandt released on bail, but before the order was carried "
        "out, the Ministry of Interior detained Mr Ivo Brandt again."
    )
    names = {"Ivo Brandt": "person", "Ministry of Interior": "organization"}
    arrest = next(e for e in events(text, names) if e.type.value == "arrest")
    assert arrest.actors == ("Ministry of Interior",) and arrest.targets == ("Ivo Brandt",)


def test_a_date_after_another_acts_noun_does_not_date_the_arrest() -> None:
    text = (
        "During the general strike on 9 March 2021, which was called against the new code, the "
        "Government arrested Mr Omar Teale, the union's general secretary."
    )
    arrest = next(e for e in events(text, {"Omar Teale": "person"}) if e.type.value == "arrest")
    assert arrest.date is None


def test_a_period_start_takes_the_year_of_its_end() -> None:
    text = "Mr Omar Teale was detained from 30 March to 30 September 1998."
    (event,) = events(text, {"Omar Teale": "person"})
    assert event.date is not None and event.date.year == 1998


def test_a_rearrest_is_a_new_act_not_a_retelling() -> None:
    text = (
        "The Government states that Mr Omar Teale was arrested and held from 30 March to 30 September "
        "1998. He was rearrested on 8 December 1998."
    )
    found = events(text, {"Omar Teale": "person"})
    dates = [e.date.iso for e in found if e.date and e.type.value == "arrest"]
    assert dates == ["1998", "1998-12-08"]


def test_an_arrest_told_twice_without_a_date_is_one_act() -> None:
    text = (
        "The union's secretary Mr Omar Teale was taken into police custody last night. His lawyer said "
        "no one explained why the police arrested Mr Omar Teale."
    )
    found = [e for e in events(text, {"Omar Teale": "person"}) if e.type.value == "arrest"]
    assert len(found) == 1


def test_two_appeals_of_one_person_without_dates_stay_two() -> None:
    text = (
        "Ms Lin Davo appealed against the verdict. Ms Lin Davo's appeal to the Supreme Court was dismissed."
    )
    found = [e for e in events(text, {"Lin Davo": "person"}) if e.type.value == "appeal"]
    assert len(found) == 2


def test_a_release_of_a_group_told_again_without_a_date_is_one_act() -> None:
    text = (
        "The two workers were released yesterday after giving statements. Before the release of these "
        "workers, hundreds of colleagues gathered outside the court."
    )
    assert [t for t, _ in told(text)].count("release") == 1


def test_a_ratification_told_in_the_past_perfect_is_a_standing_fact() -> None:
    assert told("Ruritania had ratified the Freedom of Association Convention, 1948 (No. 87).") == []


def test_the_police_never_hold_the_strike_they_break_up() -> None:
    (protest,) = [
        e
        for e in events("Police broke up the strike of the dockers on 3 May 2021.")
        if e.type.value == "protest"
    ]
    assert "police" not in {k.lower() for k in (*protest.actors, *protest.targets)}
    assert "dockers" in protest.targets


@pytest.mark.parametrize(
    "sentence",
    [
        "Eighty workers were dismissed after the strike.",
        "Quatre-vingts travailleurs ont été licenciés à la suite de la grève.",
        "Ochenta trabajadores fueron despedidos tras la huelga.",
    ],
)
def test_a_strike_named_to_time_another_act_is_no_protest(sentence: str) -> None:
    assert "protest" not in [t for t, _ in told(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le président du syndicat doit être libéré immédiatement.",
        "El dirigente debe ser liberado de inmediato.",
        "Son incarcération vise à perturber les préparatifs pour l'organisation d'une grève nationale.",
    ],
)
def test_what_must_happen_or_is_being_prepared_is_no_act(sentence: str) -> None:
    assert told(sentence) == []


def test_unknown_men_who_break_into_an_office_act_in_it() -> None:
    text = "Le 24 février 2021, des inconnus ont fait irruption dans le bureau du syndicat."
    (event,) = events(text)
    assert (event.type.value, event.actors) == ("harassment", ("inconnus",))


def test_besides_one_arrested_others_arrested_are_another_act() -> None:
    text = (
        "The union's secretary Mr Omar Teale was detained by the police. Besides Mr Omar Teale, the "
        "police also detained the workers Ms Ada Renn and Mr Lu Bato."
    )
    found = events(text, {"Omar Teale": "person", "Ada Renn": "person", "Lu Bato": "person"})
    assert [e.type.value for e in found].count("arrest") == 2


def test_a_group_told_again_without_pointing_back_may_be_another_act() -> None:
    text = (
        "Since the start of the protests, union activists have been taken into custody. At the toll "
        "gate, gendarmes detained four colleagues, union activists, until the evening."
    )
    assert [t for t, _ in told(text)].count("arrest") == 2


def test_they_who_are_released_are_the_group_told_before() -> None:
    text = (
        "Mr Omar Teale was sentenced on 4 May 2020. Police dispersed a demonstration on 20 January 2020 "
        "and 30 teachers were arrested. They were released the following day."
    )
    release = next(e for e in events(text, {"Omar Teale": "person"}) if e.type.value == "release")
    assert release.targets == ("teachers",)


def test_a_building_in_front_of_which_an_act_happens_takes_no_part_in_it() -> None:
    text = "Police violently dispersed teachers in front of the Ministry of Education on 20 January 2020."
    found = events(text, {"Ministry of Education": "organization"})
    assert found and all("Ministry of Education" not in (*e.actors, *e.targets) for e in found)


def test_dismissing_workers_who_had_taken_part_in_a_strike_is_harassment() -> None:
    text = "In March 2020 the port company dismissed 40 dockers who had taken part in a two-day strike."
    assert ("harassment", "2020-03") in told(text)


def test_jobs_under_threat_are_no_threatened_person() -> None:
    assert told("En tout, 171 postes sont menacés par la fermeture du site.") == []


def test_the_workers_detained_told_again_without_a_date_are_one_arrest() -> None:
    text = (
        "Police detained over 100 striking workers. Officials said the striking workers were detained "
        "for lack of a permit."
    )
    assert [t for t, _ in told(text)].count("arrest") == 1


@pytest.mark.parametrize(
    "later",
    [
        "He was arrested again two weeks later at his home.",
        "Two weeks later he was re-arrested at his home by the same officers.",
        "Ivo Darn fue detenido de nuevo en su casa.",
    ],
)
def test_an_act_told_as_one_more_is_no_retelling(later: str) -> None:
    page = f"Police arrested Ivo Darn at the airport.\n\n{later}\n"
    assert [e.type.value for e in events(page, {"Ivo Darn": "person"})].count("arrest") == 2


def test_an_act_told_again_without_a_sign_of_another_is_one() -> None:
    page = "Police arrested Ivo Darn at the airport.\n\nHis family was not told why police arrested him.\n"
    assert [e.type.value for e in events(page, {"Ivo Darn": "person"})].count("arrest") == 1


@pytest.mark.parametrize(
    "page",
    [
        "Allegations: Arrest of trade union officers\n\n"
        "12. In its communication, the complainant reports the arbitrary arrest of three officers of the "
        "Union of Harbour Pilots on 10 September 1998.\n",
        "Allégations: Arrestation de dirigeants syndicaux\n\n"
        "12. Dans sa communication, le plaignant dénonce l'arrestation arbitraire de trois dirigeants du "
        "Syndicat des pilotes du port le 10 septembre 1998.\n",
        "Alegatos: Detención de dirigentes sindicales\n\n"
        "12. En su comunicación, el querellante denuncia la detención arbitraria de tres dirigentes del "
        "Sindicato de Prácticos del Puerto el 10 de septiembre de 1998.\n",
    ],
)  # fmt: skip
def test_an_allegations_heading_naming_the_group_of_the_dated_act_is_that_act(page: str) -> None:
    assert told(page) == [("arrest", "1998-09-10")]


def test_an_allegations_heading_naming_another_group_stays() -> None:
    page = (
        "Allegations: Arrest of striking workers\n\n"
        "12. The complainant reports the arrest of three officers of the Union of Harbour Pilots on "
        "10 September 1998.\n"
    )
    assert told(page) == [("arrest", None), ("arrest", "1998-09-10")]


@pytest.mark.parametrize(
    "text",
    [
        "We learnt that Orin Vale is still being held in detention after his May 2020 abduction.",
        "Nous avons appris qu'Orin Vale est toujours en détention depuis son arrestation en mai 2020.",
        "Supimos que Orin Vale sigue detenido tras su arresto en mayo de 2020.",
    ],
)  # fmt: skip
def test_a_state_and_the_dated_act_it_follows_in_one_sentence_are_one_act(text: str) -> None:
    arrests = [d for k, d in told_of(text) if k == "arrest"]
    assert arrests == ["2020-05"]


def told_of(text: str) -> list[tuple[str, str | None]]:
    return kinds_and_dates(events(text, {"Orin Vale": "person"}))


@pytest.mark.parametrize(
    ("page", "group"),
    [
        ("Police detained union leader Tomas Erlen at his home on 3 May 2031. Twelve teachers were "
         "arrested on 5 May 2031 after a march in Kestel. The teachers were arrested for marching.",
         "teachers"),
        ("La policía detuvo al dirigente Tomas Erlen en su casa el 3 de mayo de 2031. Doce docentes "
         "fueron detenidos el 5 de mayo de 2031 tras una marcha en Kestel. Los docentes fueron detenidos "
         "por marchar.", "docentes"),
        ("La police a interpellé le dirigeant Tomas Erlen à son domicile le 3 mai 2031. Douze enseignants "
         "ont été arrêtés le 5 mai 2031 après une marche à Kestel. Les enseignants ont été arrêtés pour "
         "avoir manifesté.", "enseignants"),
    ],
)  # fmt: skip
def test_a_group_told_again_retells_the_act_on_that_group_not_the_first_of_its_type(
    page: str, group: str
) -> None:
    arrests = [e for e in events(page, {"Tomas Erlen": "person"}) if e.type.value == "arrest"]
    by_date = {e.date.iso if e.date else None: e for e in arrests}
    assert sorted(by_date) == ["2031-05-03", "2031-05-05"]
    assert group not in by_date["2031-05-03"].targets
    assert group in by_date["2031-05-05"].targets


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Allegations: Arrest of trade union officials\n- 12. The complainant refers to the arbitrary "
            "incarceration of two officials of the Dock Workers' Union, Messrs. Alvo Serin and Kemal Doru.",
            {"Alvo Serin": "person", "Kemal Doru": "person", "Dock Workers' Union": "organization"},
        ),
        (
            "Allégations: Arrestation de dirigeants syndicaux\n- 12. L'organisation plaignante dénonce la "
            "détention de deux dirigeants du Syndicat des dockers, MM. Alvo Serin et Kemal Doru.",
            {"Alvo Serin": "person", "Kemal Doru": "person", "Syndicat des dockers": "organization"},
        ),
        (
            "Alegatos: Detención de dirigentes sindicales\n- 12. La organización querellante denuncia la "
            "detención de dos dirigentes del Sindicato Portuario, los Sres. Alvo Serin y Kemal Doru.",
            {"Alvo Serin": "person", "Kemal Doru": "person", "Sindicato Portuario": "organization"},
        ),
    ],
)
def test_an_allegations_line_sums_up_the_dateless_telling_naming_the_group_members(
    text: str, names: dict[str, str]
) -> None:
    found = events(text, names)
    assert [(e.type.value, e.date) for e in found] == [("arrest", None)]
    assert {"Alvo Serin", "Kemal Doru"} <= set(found[0].targets)


def test_an_allegations_line_on_another_group_stays_beside_the_telling() -> None:
    text = "Allegations: Arrest of teachers\n- 12. The complainant refers to the detention of Mr Alvo Serin."
    found = events(text, {"Alvo Serin": "person"})
    assert [(e.type.value, e.targets) for e in found] == [
        ("arrest", ("teachers",)),
        ("arrest", ("Alvo Serin",)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dockers staged a strike on 3 October 2021. On the fourth day, they were attacked, beaten and "
        "arrested by the police. Reportedly, many were injured and more than forty were arrested.",
        "Miners held a sit-in on 9 March 2021. That week the police beat and detained them. "
        "Many were beaten and dozens were detained.",
        "Nurses staged a strike on 12 May 2021. Soon after, security forces attacked and arrested the "
        "strikers. According to witnesses, several were attacked and about twenty were arrested.",
    ],
)
def test_acts_told_again_naming_no_one_under_one_carried_date_are_told_once(text: str) -> None:
    told = [kind for kind, _ in kinds_and_dates(events(text))]
    assert told.count("arrest") == 1 and told.count("assault") == 1
