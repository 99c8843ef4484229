"""Wordings of acts met on news, union and committee pages in English, French and Spanish that the
rules did not read: violence or house arrest a group is subjected to, a victim of an attack, shot
dead in the passive, an appeal lodged in the present tense, a judgment or sentences pronounced, a
charge told with "sont accusés de", a registration declined, an inquiry under way, a threat of
mass arrest, the French recent past ("vient d'être condamné"), gerunds of a police charge, and a
group spoken of as "they" two sentences after it is named."""

from __future__ import annotations

import pytest

from casewatch.model import Event, PartialDate

from .conftest import found_in, kinds_and_dates

PAGE_DATE = PartialDate(2022, 9, 14)


def events(text: str, names: dict[str, str] | None = None) -> list[Event]:
    return found_in(text, PAGE_DATE, names)


def kinds(text: str) -> list[str]:
    return [kind for kind, _ in kinds_and_dates(events(text))]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Workers of the Lindqvist mill were subjected to violence and threats for joining the union.",
            "assault",
        ),
        ("Two organisers were subjected to three months of house arrest by the regional court.", "arrest"),
        (
            "El 9 de marzo de 2022, el dirigente Tomás Arbeloa fue víctima de un atentado en su casa.",
            "assault",
        ),
        ("La dirigente Irene Solaz fue abatida en la plaza del mercado el 9 de marzo de 2022.", "killing"),
        ("The union is investigating sixteen factories that sacked shop stewards.", "investigation"),
        ("The registration of the new federation was again declined on 2 May 2022.", "registration_refused"),
        ("In June 2022 seven dockers were put on trial for blocking the port gate.", "legal_action"),
        ("His sentence was confirmed by the regional appeals court on 2 May 2022.", "appeal"),
        (
            "The retired teacher Jana Orlek is also serving a two-year prison term for her union work.",
            "conviction",
        ),
        ("After the 2014 law the national confederation suffered compulsory dissolution.", "deregistration"),
    ],
)
def test_a_wording_of_an_act_is_read(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_an_appeal_lodged_in_the_present_and_the_judgment_it_is_against() -> None:
    text = "Le syndicat interjette appel du jugement qui a condamné 9 dockers à des amendes, le 3 mai 2022."
    assert {"appeal", "conviction"} <= set(kinds(text))


def test_sentences_pronounced_against_demonstrators_are_a_conviction() -> None:
    text = "Les condamnations très lourdes qui viennent d'être prononcées contre des grévistes inquiètent."
    assert kinds(text) == ["conviction"]


def test_the_french_recent_past_tells_a_done_act_not_an_asked_one() -> None:
    assert kinds("Le délégué Paul Marot vient d'être condamné à deux mois avec sursis.") == ["conviction"]
    # an infinitive "be" still tells what is asked
    assert kinds("Le syndicat demande que le délégué soit libéré.") == []


def test_a_threat_of_mass_arrest_is_harassment_of_the_strikers_not_an_arrest() -> None:
    text = "Police threatened the striking cleaners and their shop stewards with mass arrest on 3 May 2022."
    assert kinds(text) == ["harassment"]


def test_a_police_charge_and_an_arrest_told_by_gerunds_are_two_acts() -> None:
    text = (
        "Le 3 mai 2022, les gendarmes ont chargé les manifestants, lançant des grenades et arrêtant "
        "trois infirmières."
    )
    assert {"assault", "arrest"} <= set(kinds(text))


def test_a_charge_told_with_they_are_accused_befalls_the_group_named_two_sentences_before() -> None:
    text = (
        "Le tribunal jugera samedi les six militants syndicaux interpellés sur le quai en mars. "
        "Rappelons-le, ils avaient été arrêtés alors qu'ils bloquaient les trains. "
        "Ils sont accusés d'entrave à la circulation."
    )
    charged = [e for e in events(text) if e.type.value == "legal_action"]
    assert [e.targets for e in charged] == [("militants syndicaux",)]


def test_arrests_told_as_the_cause_of_a_strike_are_acts() -> None:
    text = "Les syndicats font grève ce 1er mars suite aux arrestations d'enseignants à Port-Vasse."
    assert {"protest", "arrest"} <= set(kinds(text))


def test_who_revealed_the_sentences_tells_of_them_and_undergoes_none() -> None:
    text = "The Council of Dock Unions has revealed that five activists were sentenced on 2 May 2022."
    sentenced = events(text, {"Council of Dock Unions": "organization"})
    assert [(e.targets, e.reporter) for e in sentenced] == [(("activists",), ("Council of Dock Unions",))]


def test_a_count_over_decades_tells_no_act() -> None:
    assert kinds("Ya son 100 los dirigentes de ese sindicato asesinados en las últimas décadas.") == []


def test_a_strike_the_french_near_future_announces_is_not_yet_held() -> None:
    assert kinds("Les enseignants de Port-Vasse vont entamer une grève illimitée lundi.") == []
    assert kinds("Les enseignants de Port-Vasse ont entamé une grève illimitée le 3 mai 2022.") == ["protest"]


def test_a_letter_s_header_date_dates_no_act_told_in_it() -> None:
    text = (
        "To: President of Ostria\nFrom: Jon Delby\nDate: 2005-05-16\nI am writing to you concerning "
        "three union leaders who have been arrested in the last six weeks."
    )
    assert kinds_and_dates(events(text)) == [("arrest", None)]
