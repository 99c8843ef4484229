"""Wordings of acts met on news and union pages: questioning undergone, dismissals in the progressive,
recognition received, a strike's taking place told after a relative clause, a possessive noun act
with its agent; and what tells no act: a count over a span of years, a denial reaching acts joined
after it."""

from __future__ import annotations

import pytest

from casewatch.model import PartialDate

from .conftest import found_in, kinds_and_dates

PAGE_DATE = PartialDate(2022, 3, 9)


def told(text: str) -> list[tuple[str, str | None]]:
    return kinds_and_dates(found_in(text, PAGE_DATE))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Striking radio staff faced interrogation from police officers on 3 March 2022.", "harassment"),
        ("The Molvane port company was instead firing union members in March 2022.", "harassment"),
        ("The Tarrow union received official recognition from the Ministry in May 2021.", "registration"),
        ("The walkout, which took place on 2 March 2022, stopped the Orvel mills.", "protest"),
        ("A further strike having taken place in January 2022, the Brask dockers were warned.", "protest"),
        (
            "Ms Ilva Corran aided the Selm union after its de-registration by the government.",
            "deregistration",
        ),
    ],
)
def test_an_act_told_in_these_wordings_is_read(text: str, kind: str) -> None:
    assert kind in [k for k, _ in told(text)]


def test_a_count_over_a_span_of_years_tells_a_trend_not_an_act() -> None:
    assert told("By the Velmar count, 58 organisers were killed in Ostria between 2009 and 2016.") == []


def test_a_denial_reaches_an_act_joined_after_the_first() -> None:
    text = "So far no one has been charged or even detained by the police for the murder of Mr Pell Dorran."
    assert "arrest" not in [k for k, _ in told(text)]


def test_the_start_of_another_act_named_after_the_act_dates_that_act() -> None:
    text = "Police arrested a dockers' leader after he called for a general strike starting on 14 March."
    assert told(text) == [("arrest", None)]


def test_a_strike_starting_on_a_day_is_dated_by_it() -> None:
    assert told("The Kelm drivers went on strike starting on 3 March 2022.") == [("protest", "2022-03-03")]


def test_a_strike_whose_noun_opens_the_sentence_borrows_no_one_told_before() -> None:
    text = (
        "Spokesman Orin Vask of the Harbour Authority did not respond. The walkout, which took place on "
        "2 March 2022, sought better pay."
    )
    names = {"Orin Vask": "person", "Harbour Authority": "organization"}
    strike = next(e for e in found_in(text, PAGE_DATE, names) if e.type.value == "protest")
    assert (strike.actors, strike.targets) == ((), ())


def test_the_year_an_organisation_was_founded_dates_no_act_told_with_it() -> None:
    text = (
        "Since its founding in 1996, all the presidents of the Parnel federation have been jailed at least "
        "once. Instead, the agents seized data from the treasurer's phone and left."
    )
    assert all(date is None for _, date in told(text))


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Yesterday, the 9th day of a strike against the closure, the Tolver miners marched.", "2022-03-08"),
        ("The council asked the Brisk federation to call off the February 3 rally.", "2022-02-03"),
    ],
)
def test_a_strike_told_by_its_day_or_its_date_is_read(text: str, dated: str) -> None:
    assert ("protest", dated) in told(text)


def test_the_commemoration_of_a_strike_is_not_the_strike() -> None:
    text = (
        "On 28 February 2022, the Orla group joined workers at a commemoration of the General Strike of 2019."
    )
    assert "protest" not in [k for k, _ in told(text)]


def test_a_spanish_plural_verb_without_subject_speaks_of_the_group_told_before() -> None:
    text = (
        "El 2 de marzo de 2022, el Gobierno ordenó la detención de 12 trabajadores del puerto de Selva. "
        "Aunque poco después serían puestos en libertad bajo fianza, fueron despedidos."
    )
    later = [e for e in found_in(text, PAGE_DATE) if e.type.value in ("release", "harassment")]
    assert [e.targets for e in later] == [("trabajadores",), ("trabajadores",)]


def test_a_word_of_an_act_inside_a_company_name_with_its_legal_form_is_no_act() -> None:
    text = "Mr Dario Venn worked at Molinos Procesadas S.A. until he was shot dead on 1 September 2021."
    names = {"Dario Venn": "person", "Molinos Procesadas S.A.": "organization"}
    assert kinds_and_dates(found_in(text, PAGE_DATE, names)) == [("killing", "2021-09-01")]


@pytest.mark.parametrize(
    "text",
    [
        "The Vesk union says its treasurer was detained on 2 March.\n— Orla Benn (@orlabenn) March 8, 2022\n",
        "Published by Orla Benn on\n\nPhoto: port workers.\n\nHe was shot dead on 2 March 2022.",
    ],
)
def test_who_signs_a_quoted_post_or_publishes_the_page_takes_no_part(text: str) -> None:
    names = {"Orla Benn": "person"}
    assert all("Orla Benn" not in (*e.actors, *e.targets) for e in found_in(text, PAGE_DATE, names))


def test_the_others_jailed_name_persons_spoken_of_not_an_act() -> None:
    text = 'Ms Neve Tarr said: "Pol Arden and the others jailed are political prisoners of the regime."'
    assert told(text) == []


def test_imprisonment_following_a_trial_is_a_conviction() -> None:
    text = "Mira Deng was one of 40 opposition figures imprisoned in June 2021 following a mass trial."
    assert told(text) == [("conviction", "2021-06")]


def test_a_staff_named_by_its_workplace_takes_part() -> None:
    strike = found_in("The hospital staff went on strike on 3 March 2022.", PAGE_DATE)
    assert [(e.type.value, e.actors) for e in strike] == [("protest", ("hospital staff",))]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Sin contacto con la directora Lía Moreno, fueron detenidos por la Policía el 7 de junio.",
            ("Policía",),
        ),
        ("Tomas Berg was arrested without a warrant by the National Police on 7 June.", ("National Police",)),
    ],
)
def test_who_is_named_in_what_did_not_happen_takes_no_part(text: str, actors: tuple[str, ...]) -> None:
    names = {
        "Lía Moreno": "person",
        "Policía": "organization",
        "Tomas Berg": "person",
        "National Police": "organization",
    }
    assert [e.actors for e in found_in(text, PAGE_DATE, names)] == [actors]


def test_a_release_asked_without_delay_keeps_whom_it_names() -> None:
    text = 'Les enseignants exigent la libération "sans délai" des leaders syndicaux arrêtés le 3 mai.'
    assert ["leaders syndicaux" in e.targets for e in found_in(text, PAGE_DATE)] == [True]


def test_who_is_named_in_what_a_teller_says_after_the_act_takes_no_part() -> None:
    text = (
        "The Brisk union condemned the arrest of its treasurer on 2 March 2022, saying it was linked to "
        "Minister Oren Galt warning dockers against striking."
    )
    names = {"Brisk union": "organization", "Oren Galt": "person"}
    arrest = next(e for e in found_in(text, PAGE_DATE, names) if e.type.value == "arrest")
    assert "Oren Galt" not in (*arrest.actors, *arrest.targets)
