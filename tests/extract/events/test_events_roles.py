"""Roles in an event: actor, target, the forum that decides and the reporter that tells; collective
participants named by a plural noun."""

from __future__ import annotations

import re

import pytest

from casewatch.extract.events.find import find_events
from casewatch.extract.events.roles import MAX_MODIFIERS, _trailing_words
from casewatch.model import Event, Mention, PartialDate

from .conftest import found_in

LETTER_DATE = PartialDate(2021, 9, 1)


def named(text: str, names: dict[str, tuple[str, str]]) -> list[Mention]:
    return [
        Mention(label, name, text.index(name), text.index(name) + len(name), k)
        for name, (label, k) in names.items()
    ]


def only(text: str, names: dict[str, tuple[str, str]], kind: str) -> Event:
    [event] = [e for e in find_events(text, LETTER_DATE, named(text, names)) if e.type.value == kind]
    return event


def test_a_court_that_decides_is_the_forum_and_the_actor() -> None:
    text = "On 3 May 2021, the Regional Court of Veldra dismissed the appeal of Ms Amara Osei."
    event = only(
        text, {"Regional Court of Veldra": ("organization", "o1"), "Amara Osei": ("person", "p1")}, "appeal"
    )
    assert (event.forum, event.actors, event.targets) == (("o1",), ("o1",), ("p1",))


def test_the_reporting_body_is_no_participant() -> None:
    text = "The Global Workers Federation alleges that Mr Idris Bako was arrested on 2 June 2021."
    event = only(
        text, {"Global Workers Federation": ("organization", "o1"), "Idris Bako": ("person", "p1")}, "arrest"
    )
    assert (event.reporter, event.actors, event.targets) == (("o1",), (), ("p1",))


def test_who_says_so_after_the_act_is_a_reporter() -> None:
    text = "Ms Lena Ruus was detained on 4 April 2021, the Harbour Union said."
    event = only(text, {"Lena Ruus": ("person", "p1"), "Harbour Union": ("organization", "o1")}, "arrest")
    assert (event.reporter, event.targets) == (("o1",), ("p1",))


def test_the_arresting_body_acts_and_is_not_arrested() -> None:
    text = "On 7 July 2021, the National Guard arrested Mr Tomas Wirth."
    event = only(text, {"National Guard": ("organization", "o1"), "Tomas Wirth": ("person", "p1")}, "arrest")
    assert (event.actors, event.targets) == (("o1",), ("p1",))


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("More than 100 trade unionists were arrested on 18 November 2020.", "arrest", ("trade unionists",)),
        ("The police arrested union organizers on 10 May 2021.", "arrest", ("police", "union organizers")),
        ("Allegations: murders of trade union officials and members", "killing",
         ("trade union officials", "trade union members")),
        ("Dozens of dock workers went on strike on 1 March 2021.", "protest", ("dock workers",)),
        ("Plusieurs enseignants ont été arrêtés le 3 mai 2021.", "arrest", ("enseignants",)),
        ("Los trabajadores despedidos denunciaron el despido el 3 de mayo de 2021.", "harassment",
         ("trabajadores",)),
    ],
)  # fmt: skip
def test_collective_victims_are_participants(text: str, kind: str, expected: tuple[str, ...]) -> None:
    event = only(text, {}, kind)
    assert (*event.actors, *event.targets) == expected


def test_a_speaker_turn_is_no_collective_participant() -> None:
    text = "Employer members – The Government ratified the Convention in 2000."
    event = only(text, {}, "ratification")
    assert "Employer members" not in event.actors + event.targets


def test_respectively_pairs_each_person_with_its_date() -> None:
    text = "Ms Adeyemi and Mr Okoro were arrested on 3 May and 9 June 2021 respectively."
    events = find_events(
        text, LETTER_DATE, named(text, {"Adeyemi": ("person", "p1"), "Okoro": ("person", "p2")})
    )
    assert [(e.date.iso if e.date else None, e.targets) for e in events] == [
        ("2021-05-03", ("p1",)),
        ("2021-06-09", ("p2",)),
    ]


def test_a_pronoun_refers_to_the_person_named_before() -> None:
    text = "Mr Farid Osman leads the dockers. Since then, the union has grown. He was charged with sabotage."
    event = only(text, {"Farid Osman": ("person", "p1")}, "legal_action")
    assert event.targets == ("p1",)


def test_an_acronym_left_unnamed_takes_part() -> None:
    event = only("Several members of the FTWU were arrested on 5 May 2021.", {}, "arrest")
    assert event.targets == ("members of the FTWU",)  # the acronym names whose members they are


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Ruritania has ratified Convention No. 87.", False),
        ("Core Conventions ratified: 29, 87, 98, 100.", False),
        ("Ruritania ratified Convention No. 87 in 2001.", True),
    ],
)
def test_a_standing_ratification_is_no_event(text: str, dated: bool) -> None:
    assert bool(find_events(text, LETTER_DATE)) is dated


def test_the_police_acts_in_an_arrest_whoever_names_it() -> None:
    event = only("On 2 May 2021, dock workers were arrested by the Harbour City police.", {}, "arrest")
    assert (event.actors, event.targets) == (("police",), ("dock workers",))


@pytest.mark.parametrize(
    "text",
    [
        "The experts condemned the crackdown, including teachers arrested on 2 May 2021 for protesting.",
        "Striking miners arrested on 2 May 2021 remain in custody.",
    ],
)
def test_workers_undergo_an_arrest_whatever_the_word_order(text: str) -> None:
    event = only(text, {}, "arrest")
    assert (event.actors, len(event.targets)) == ((), 1)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Los dirigentes sindicales fueron detenidos el 3 de mayo de 2021.", "dirigentes sindicales"),
        ("Les travailleurs agricoles ont été arrêtés le 3 mai 2021.", "travailleurs agricoles"),
        ("Los trabajadores despedidos fueron detenidos el 3 de mayo de 2021.", "trabajadores"),
    ],
)
def test_a_french_or_spanish_adjective_of_kind_after_the_group_is_part_of_its_name(
    text: str, group: str
) -> None:
    [arrest] = [e for e in find_events(text, PartialDate(2021, 6, 1)) if e.type.value == "arrest"]
    assert arrest.targets == (group,)


def test_complainants_tell_of_acts_and_take_no_part_in_them() -> None:
    text = "Allegations: the complainant organizations allege the arrest of trade union officers"
    [event] = find_events(text, PartialDate(2021, 6, 1))
    assert event.targets == ("trade union officers",)


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("The Global Workers Federation condemns the arrest of Mr Idris Bako on 2 June 2021.",
         "Global Workers Federation", "Idris Bako"),
        ("La Fédération mondiale des travailleurs condamne l'arrestation de M. Idris Bako le 2 juin 2021.",
         "Fédération mondiale des travailleurs", "Idris Bako"),
        ("La Federación Mundial de Trabajadores condena la detención de Idris Bako el 2 de junio de 2021.",
         "Federación Mundial de Trabajadores", "Idris Bako"),
    ],
)  # fmt: skip
def test_the_body_that_condemns_an_act_tells_it(text: str, body: str, person: str) -> None:
    event = only(text, {body: ("organization", "o1"), person: ("person", "p1")}, "arrest")
    assert (event.reporter, event.actors, event.targets) == (("o1",), (), ("p1",))


def test_a_committee_side_that_recalls_an_act_tells_it() -> None:
    text = "The Worker members recalled that Mr Idris Bako was arrested on 2 June 2021."
    event = only(text, {"Idris Bako": ("person", "p1")}, "arrest")
    assert (event.reporter, event.actors, event.targets) == (("Worker members",), (), ("p1",))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "On 2 June 2021 Mr Idris Bako was summoned to appear before the Regional Prosecutor.",
            "Regional Prosecutor",
        ),
        (
            "El 2 de junio de 2021 Idris Bako denunció amenazas de muerte ante la Fiscalía Regional.",
            "Fiscalía Regional",
        ),
    ],
)
def test_who_an_act_is_brought_before_hears_it(text: str, body: str) -> None:
    event = only(text, {body: ("organization", "o1"), "Idris Bako": ("person", "p1")}, "harassment")
    assert "o1" in event.forum and "o1" not in (*event.actors, *event.targets)


def test_the_city_a_report_is_filed_from_takes_no_part() -> None:
    text = "LONDON (Daily Wire) - Police arrested four pickets on 3 May 2022."
    (event,) = find_events(text, LETTER_DATE, named(text, {"LONDON": ("organization", "o1")}))
    assert "o1" not in (*event.actors, *event.targets)


@pytest.mark.parametrize(
    "dateline",
    ["AVRA, Jan. 31 (Wire Agency) -- ", "Feb. 10 (Wire Agency) -- ", "AVRA, May 10 (Wire Agency) — "],
)
def test_an_agency_dateline_without_a_year_takes_no_part(dateline: str) -> None:
    text = f"{dateline}Police arrested four pickets on 3 May 2022."
    mentions = named(text, {"Wire Agency": ("organization", "o1")})
    (event,) = find_events(text, LETTER_DATE, mentions)
    assert "o1" not in (*event.actors, *event.targets)
    assert str(event.date) == "2022-05-03"


def test_a_union_named_by_its_acronym_at_the_start_still_acts() -> None:
    text = "KFTU (Kandor Federation of Trade Unions) went on strike on 3 May 2022."
    (event,) = find_events(text, LETTER_DATE, named(text, {"KFTU": ("organization", "o1")}))
    assert "o1" in (*event.actors, *event.targets)


def test_by_before_the_act_names_no_agent() -> None:
    text = "We are deeply concerned by the arrest of Ms Lena Orvik on 20 February 2021."
    event = only(text, {"Lena Orvik": ("person", "p1")}, "arrest")
    assert (event.actors, event.targets) == ((), ("p1",))


def test_a_participle_after_a_plural_noun_is_undergone() -> None:
    text = "The Government should release Ms Lena Orvik and all dockers detained for their union activities."
    event = only(text, {"Lena Orvik": ("person", "p1")}, "arrest")
    assert event.actors == () and "p1" in event.targets


def test_a_possessive_opening_speaks_of_the_person_named_before() -> None:
    text = (
        "On 2 June 2021, Ms Lena Orvik was detained by officers of the Harbour Police.\n"
        "Her home was searched and union documents were seized."
    )
    names = {"Lena Orvik": ("person", "p1"), "Harbour Police": ("organization", "o1")}
    event = only(text, names, "harassment")
    assert event.targets == ("p1",)


def test_a_thorough_examination_is_no_detention() -> None:
    text = "El 3 de mayo de 2021 el Comité pidió un examen más detenido de la situación de Tomás Arnal."
    assert [e for e in find_events(text, LETTER_DATE, []) if e.type.value == "arrest"] == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Civic Lantern considers the six teachers to be prisoners of conscience who were arrested "
            "on 3 May 2021.",
            "Civic Lantern",
        ),
        (
            "The Harbour Workers Federation regards the arrest of Jon Vale on 3 May 2021 as an attack.",
            "Harbour Workers Federation",
        ),
        (
            "The Rights Desk considers Mara Quell, detained on 3 May 2021 for leading a strike, a prisoner "
            "of conscience.",
            "Rights Desk",
        ),
    ],
)
def test_who_considers_an_act_so_tells_of_it(text: str, body: str) -> None:
    names = {body: ("organization", "o1")}
    names.update({n: ("person", "p1") for n in ("Jon Vale", "Mara Quell") if n in text})
    event = only(text, names, "arrest")
    assert event.reporter == ("o1",)
    assert "o1" not in (*event.actors, *event.targets)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Officers arrested the general secretary, Ana Petrov, at her home on 3 May 2021.", "arrest"),
        ("Uniformed officers beat the strikers' spokesman, Tim Rudd, on 3 May 2021.", "assault"),
        ("Masked officers abducted the shop steward, Tim Rudd, on 3 May 2021.", "arrest"),
    ],
)
def test_a_rank_that_acts_on_a_person_is_the_actor(text: str, kind: str) -> None:
    person = "Ana Petrov" if "Ana Petrov" in text else "Tim Rudd"
    event = only(text, {person: ("person", "p1")}, kind)
    assert event.targets == ("p1",)
    assert event.actors


def test_union_officers_arrested_are_no_actors() -> None:
    event = only("Union officers arrested at the rally on 3 May 2021 were questioned.", {}, "arrest")
    assert not event.actors


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The release of Ivo Darn on 3 May 2021 was welcomed by the Harbour Workers Federation.", "release"),
        (
            "The arrest of Ivo Darn on 3 May 2021 was strongly condemned by the Harbour Workers Federation.",
            "arrest",
        ),
        (
            "Ivo Darn was freed on 5 May 2021, a move welcomed by the Harbour Workers Federation.",
            "release",
        ),
    ],
)
def test_who_an_act_is_welcomed_or_condemned_by_tells_of_it(text: str, kind: str) -> None:
    names = {"Ivo Darn": ("person", "p1"), "Harbour Workers Federation": ("organization", "o1")}
    event = only(text, names, kind)
    assert event.reporter == ("o1",)
    assert (event.actors, event.targets) == ((), ("p1",))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Police detained the union's leadership on 3 May 2021.", "union's leadership"),
        (
            "On 3 May 2021 security forces rounded up the executive committee of the union.",
            "executive committee",
        ),
        (
            "Soldiers arrested the whole executive board of the dockers' union on 3 May 2021.",
            "executive board",
        ),
    ],
)
def test_a_union_s_leadership_undergoes_what_is_done_to_it(text: str, group: str) -> None:
    event = only(text, {}, "arrest")
    assert event.actors
    assert any(group in t for t in event.targets)


@pytest.mark.parametrize(
    "text",
    [
        "During his detention Mr Ivo Darn was beaten by guards on 3 May 2021.",
        "Prison guards beat up Ivo Darn on 3 May 2021.",
        "On 3 May 2021 Ivo Darn was assaulted by security guards at the factory gate.",
    ],
)
def test_guards_act_in_an_assault(text: str) -> None:
    event = only(text, {"Ivo Darn": ("person", "p1")}, "assault")
    assert event.actors and "p1" in event.targets
    assert "p1" not in event.actors


@pytest.mark.parametrize(
    "before",
    [
        "more than 100 trade ",
        "Police arrested the striking dock ",
        "la detención de dirigentes ",
        "x, port ",
        "no space before the head",
        "the\tharbour  pilots' ",
        "a line ending in its break \n",
        "",
    ],
)
def test_trailing_words_are_those_of_the_end_anchored_search(before: str) -> None:
    end_anchored = re.compile(rf"(?:[\w’'-]+[ \t]+){{1,{MAX_MODIFIERS}}}$")
    found = end_anchored.search(before)
    assert _trailing_words(before) == (found.group(0).split() if found else [])


@pytest.mark.parametrize(
    "text",
    [
        "El presidente, Jon Kell, ha dicho también a periodistas que Ana Roe fue golpeada por la policía.",
        "Jon Kell told reporters that Ana Roe was beaten by the police.",
        "Jon Kell a déclaré aux journalistes qu'Ana Roe a été frappée par la police.",
    ],
)  # fmt: skip
def test_who_says_it_and_those_told_take_no_part(text: str) -> None:
    found = found_in(text, None, {"Jon Kell": "person", "Ana Roe": "person"})
    assert [(e.type.value, e.targets) for e in found] == [("assault", ("Ana Roe",))]
    assert "Jon Kell" not in found[0].actors


@pytest.mark.parametrize(
    "text",
    [
        "Ana Roe y otros dirigentes reciben amenazas de muerte.",
        "Ana Roe, como los otros dirigentes, afronta amenazas de muerte.",
        "Ana Roe et les autres dirigeants reçoivent des menaces de mort.",
    ],
)  # fmt: skip
def test_who_receives_or_faces_threats_in_the_present_undergoes_them(text: str) -> None:
    found = found_in(text, None, {"Ana Roe": "person"})
    assert [e.type.value for e in found] == ["harassment"]
    assert "Ana Roe" in found[0].targets and "Ana Roe" not in found[0].actors


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("La Comisión de Derechos Humanos averiguó que Ana Roe y Jon Kell fueron detenidos ayer.",
         "Comisión de Derechos Humanos"),
        ("The Human Rights Commission found that Ana Roe and Jon Kell were detained for a day.",
         "Human Rights Commission"),
        ("La Commission des droits de l'homme a constaté qu'Ana Roe et Jon Kell ont été arrêtés.",
         "Commission des droits de l'homme"),
    ],
)  # fmt: skip
def test_a_body_that_finds_out_about_an_arrest_tells_of_it(text: str, body: str) -> None:
    found = found_in(text, None, {"Ana Roe": "person", "Jon Kell": "person", body: "organization"})
    assert [(e.type.value, e.targets) for e in found] == [("arrest", ("Ana Roe", "Jon Kell"))]


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ("Three dockers were detained on 3 May 2031, according to police spokesman Tomas Erlen.",
         "Tomas Erlen"),
        ("Tres estibadores fueron detenidos el 3 de mayo de 2031, según el portavoz policial Juan Pardo.",
         "Juan Pardo"),
        ("Trois dockers ont été interpellés le 3 mai 2031, selon le porte-parole Marc Roillet.",
         "Marc Roillet"),
        ("Lina Okafor was detained on 3 May 2031, according to her lawyer Marc Roillet, who visited her.",
         "Marc Roillet"),
    ],
)  # fmt: skip
def test_who_is_named_after_according_to_following_the_act_only_tells_of_it(text: str, teller: str) -> None:
    names = {n: "person" for n in ("Tomas Erlen", "Juan Pardo", "Marc Roillet", "Lina Okafor") if n in text}
    (arrest,) = [e for e in found_in(text, LETTER_DATE, names) if e.type.value == "arrest"]
    assert teller in arrest.reporter
    assert teller not in arrest.targets and teller not in arrest.actors


def test_who_is_named_before_according_to_stays_the_target() -> None:
    text = "Lina Okafor was detained on 3 May 2031, according to her lawyer."
    (arrest,) = [
        e for e in found_in(text, LETTER_DATE, {"Lina Okafor": "person"}) if e.type.value == "arrest"
    ]
    assert arrest.targets == ("Lina Okafor",)
