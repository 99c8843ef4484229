"""Who takes part in an event: the unnamed government acting for its State in institutional acts."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import Mention, PartialDate

from .conftest import mentions_of

LETTER_DATE = PartialDate(2022, 6, 1)
OPENING = "The Government of Zambia replied on 2 May 2022. "


def government(text: str) -> Mention:
    start = text.index("Government of Zambia")
    return Mention("organization", "Government of Zambia", start, start + len("Government of Zambia"), "o1")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In March 2021, the Government passed amendments to the Industrial Relations Act.", ("o1",)),
        ("The new collective agreement was signed by the Government on 4 April 2021.", ("o1",)),
        ("In 2019, the Government ratified the Violence and Harassment Convention.", ("o1",)),
        ("The Government member of Sweden noted that the law was adopted in 2020.", ()),
        ("The new Labour Code was adopted by Parliament in 2019.", ()),
    ],
)
def test_an_unnamed_government_acts_for_its_state(sentence: str, expected: tuple[str, ...]) -> None:
    text = OPENING + sentence
    events = find_events(text, LETTER_DATE, [government(text)])
    [event] = [e for e in events if e.quote == sentence]
    assert event.actors == expected


def test_without_a_named_government_the_actor_is_plain_government() -> None:
    [event] = find_events("In March 2021, the Government passed amendments to the Labour Act.", LETTER_DATE)
    assert (event.type.value, event.actors) == ("law_change", ("Government",))


def test_an_arrest_takes_no_government_actor() -> None:
    text = OPENING + "The Government confirmed that the union leader was arrested on 5 May 2022."
    [event] = [e for e in find_events(text, LETTER_DATE, [government(text)]) if e.type.value == "arrest"]
    assert "o1" not in event.actors


def test_held_in_a_prison_after_the_arrest_is_told_retells_the_arrest() -> None:
    text = "Mr Ivo Dragan was arrested in May 2018. He is being held in the central prison."
    found = find_events(text, PartialDate(2019, 1, 1), [Mention("person", "Ivo Dragan", 3, 13, "p1")])
    assert [(e.type.value, e.date.iso if e.date else None) for e in found] == [("arrest", "2018-05")]


def test_the_body_whose_officers_made_an_arrest_acts_in_it() -> None:
    text = "On 2 August 2021 Mr Karl Sten was arrested by officers of the Criminal Police."
    mentions = [
        Mention("person", "Karl Sten", text.index("Karl Sten"), text.index("Karl Sten") + 9, "p1"),
        Mention("organization", "Criminal Police", text.index("Criminal"), len(text) - 1, "o2"),
    ]
    [event] = find_events(text, LETTER_DATE, mentions)
    assert "o2" in event.actors and event.targets == ("p1",)


def test_one_summoned_and_later_arrested_undergoes_both() -> None:
    text = "Mr Ivo Lund was summoned by police and later arrested on 4 May 2021."
    found = find_events(text, LETTER_DATE, [Mention("person", "Ivo Lund", 3, 11, "p1")])
    assert [(e.type.value, e.targets) for e in found] == [("harassment", ("p1",)), ("arrest", ("p1",))]


@pytest.mark.parametrize(
    "text",
    [
        "Omar Belko, originally jailed in June 2019, is a well-known organiser of the bakers' union.",
        "The teacher Lina Sarov, detained on 3 May 2023 for leading a strike, remains without a lawyer.",
        "Its treasurer, Piet Aldo, arrested by plain-clothes officers last week, was questioned for hours.",
    ],
)
def test_a_participle_set_off_by_commas_tells_what_the_person_underwent(text: str) -> None:
    person = next(n for n in ("Omar Belko", "Lina Sarov", "Piet Aldo") if n in text)
    start = text.index(person)
    mention = Mention("person", person, start, start + len(person), "p1")
    [event] = [e for e in find_events(text, LETTER_DATE, [mention]) if e.type.value == "arrest"]
    assert event.targets == ("p1",)
    assert "p1" not in event.actors


def test_a_verb_after_a_comma_with_its_object_is_active() -> None:
    text = "On 3 May 2023 the Harbour Guard stormed the depot, detained at least twenty dockers."
    start = text.index("Harbour Guard")
    mention = Mention("organization", "Harbour Guard", start, start + len("Harbour Guard"), "o9")
    [event] = [e for e in find_events(text, LETTER_DATE, [mention]) if e.type.value == "arrest"]
    assert "o9" in event.actors


@pytest.mark.parametrize(
    "text",
    [
        "Omar Belko was released on 14 February 2022 after the appeal court dismissed the charges.",
        "Omar Belko was freed on 14 February 2022, after the court of appeal quashed his conviction.",
        "Omar Belko was released on 14 February 2022 because the appeals court overturned his sentence.",
    ],
)
def test_the_subject_of_a_subordinate_clause_is_named_inside_it(text: str) -> None:
    start = text.index("Omar Belko")
    mention = Mention("person", "Omar Belko", start, start + len("Omar Belko"), "p1")
    [appeal] = [e for e in find_events(text, LETTER_DATE, [mention]) if e.type.value == "appeal"]
    assert "p1" not in appeal.actors


ARRESTED = "Tomas Erlen, general secretary of the dockers' union, was arrested on 3 May 2031. "


@pytest.mark.parametrize(
    ("sentence", "sender"),
    [
        ("We the Allied Workers of Arland stand with unions world wide in their condemnation of this "
         "abduction, torture and detention.", "Allied Workers of Arland"),
        ("Port Workers United strongly condemns the torture he suffered in custody.", "Port Workers United"),
        ("In its letter, Harbour Workers Alliance condemned the beating of their brother in his cell.",
         "Harbour Workers Alliance"),
    ],
)  # fmt: skip
def test_a_sender_whose_name_holds_a_group_noun_condemns_an_act_on_who_was_named(
    sentence: str, sender: str
) -> None:
    text = ARRESTED + sentence
    names = {"Tomas Erlen": "person", sender: "organization"}
    at = {name: text.index(name) for name in names}
    mentions = [Mention(label, name, at[name], at[name] + len(name), name) for name, label in names.items()]
    (assault,) = [e for e in find_events(text, LETTER_DATE, mentions) if e.type.value == "assault"]
    assert assault.targets == ("Tomas Erlen",)
    assert sender not in assault.actors


def test_an_indefinite_group_outside_any_name_still_tells_a_summary() -> None:
    text = ARRESTED + "Dozens of workers were beaten during the strike."
    start = text.index("Tomas Erlen")
    mentions = [Mention("person", "Tomas Erlen", start, start + len("Tomas Erlen"), "Tomas Erlen")]
    (assault,) = [e for e in find_events(text, LETTER_DATE, mentions) if e.type.value == "assault"]
    assert "Tomas Erlen" not in assault.targets


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Government indicates that the Special Investigations Unit is currently investigating "
            "the attack on Mr Tomas Vel.",
            "Special Investigations Unit",
        ),
        (
            "According to the Government, the Public Prosecutor's Office is still investigating the death of "
            "Mr Tomas Vel.",
            "Public Prosecutor's Office",
        ),
        (
            "The Committee notes that the Human Rights Commission is investigating the complaint of "
            "Mr Tomas Vel.",
            "Human Rights Commission",
        ),
    ],
)
def test_the_subject_of_an_active_progressive_acts(text: str, body: str) -> None:
    found = find_events(text, None, mentions_of(text, {"Tomas Vel": "person", body: "organization"}))
    assert [(e.type.value, e.actors, e.targets) for e in found] == [
        ("investigation", (body,), ("Tomas Vel",))
    ]


def test_who_is_facing_charges_undergoes_them() -> None:
    text = "Mr Tomas Vel is facing criminal charges for organizing the strike."
    found = find_events(text, None, mentions_of(text, {"Tomas Vel": "person"}))
    assert [(e.type.value, e.actors, e.targets) for e in found] == [("legal_action", (), ("Tomas Vel",))]


@pytest.mark.parametrize(
    "text",
    [
        "Ms Rosa Vidal survived an attempted murder on 3 March 2019.",
        "Ms Rosa Vidal escaped an attempted killing on 3 March 2019.",
        "Ms Rosa Vidal suffered an attempted murder on 3 March 2019.",
    ],
)
def test_who_survives_an_attempt_on_her_life_undergoes_it(text: str) -> None:
    found = find_events(text, None, mentions_of(text, {"Rosa Vidal": "person"}))
    assert [(e.type.value, e.actors, e.targets) for e in found] == [("assault", (), ("Rosa Vidal",))]
