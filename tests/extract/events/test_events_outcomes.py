"""Wordings near a case's outcome that are easily mistaken for another act: a call on the authorities
worded "appealed to", bail, an acquittal, charges dropped, a risk feared for detainees, and a
title-case headline naming an act."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import PartialDate
from tests.extract.events.conftest import mentions_of

from .conftest import kinds_and_dates

LETTER_DATE = PartialDate(2022, 9, 14)


def told(text: str) -> list[tuple[str, str | None]]:
    return kinds_and_dates(find_events(text, LETTER_DATE))


@pytest.mark.parametrize(
    "text",
    [
        "The dockers' federation appealed to the Government for the release of its treasurer.",
        "On 6 March 2022 her colleagues appealed to the provincial authorities to free her.",
        "The confederation has appealed to the Prime Minister to drop the charges against the strikers.",
        "Le 6 mars 2022, la fédération a fait appel aux autorités pour obtenir la libération du trésorier.",
        "El 6 de marzo de 2022, el sindicato apeló a las autoridades para que liberaran a su secretaria.",
    ],
)
def test_an_appeal_to_the_authorities_for_a_release_is_a_call_not_a_court_appeal(text: str) -> None:
    assert "appeal" not in [t for t, _ in told(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The treasurer appealed to the Supreme Court on 6 March 2022.", ("appeal", "2022-03-06")),
        (
            "On 6 March 2022 the organiser appealed to the regional labour court against his dismissal.",
            ("appeal", "2022-03-06"),
        ),
        ("Le 6 mars 2022, le trésorier a fait appel devant la cour.", ("appeal", "2022-03-06")),
        ("El 6 de marzo de 2022, la dirigente apeló a la Corte Suprema.", ("appeal", "2022-03-06")),
    ],
)
def test_an_appeal_to_a_court_stays_an_appeal(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in told(text)


@pytest.mark.parametrize(
    "text",
    [
        "The shop steward was given bail on 6 March 2022.",
        "On 6 March 2022 the magistrate granted the two organisers bail.",
        "The four dockers were bailed out on 6 March 2022.",
        "The organiser was freed on bail on 6 March 2022.",
        "Le 6 mars 2022, la déléguée syndicale a été mise en liberté sous caution.",
    ],
)
def test_bail_given_is_a_release(text: str) -> None:
    assert ("release", "2022-03-06") in told(text)


@pytest.mark.parametrize(
    "text",
    [
        "The shop steward was denied bail on 6 March 2022.",
        "The magistrate refused bail to the two organisers on 6 March 2022.",
        "The treasurer was not given bail.",
    ],
)
def test_bail_refused_is_no_release(text: str) -> None:
    assert "release" not in [t for t, _ in told(text)]


@pytest.mark.parametrize(
    "text",
    [
        "On 6 March 2022 the district court acquitted the union's treasurer.",
        "The two organisers were found not guilty on 6 March 2022.",
        "The acquittal of the shop steward on 6 March 2022 ended the case.",
        "Le 6 mars 2022, la déléguée syndicale a été relaxée par le tribunal correctionnel.",
        "El 6 de marzo de 2022, el tesorero del sindicato fue absuelto.",
    ],
)
def test_an_acquittal_is_no_conviction(text: str) -> None:
    found = told(text)
    assert ("other", "2022-03-06") in found
    assert "conviction" not in [t for t, _ in found]


@pytest.mark.parametrize(
    "text",
    [
        "The treasurer was acquitted on appeal on 6 March 2022.",
        "On 6 March 2022 the appeal court acquitted the two organisers.",
        "Le 6 mars 2022, la déléguée a été relaxée en appel.",
        "El 6 de marzo de 2022, el tesorero fue absuelto en segunda instancia.",
    ],
)
def test_an_acquittal_on_appeal_is_an_appeal_decided(text: str) -> None:
    found = told(text)
    assert ("appeal", "2022-03-06") in found
    assert "other" not in [t for t, _ in found]


@pytest.mark.parametrize(
    "text",
    [
        "The criminal charges brought against the union's treasurer in 2020 were dropped on 6 March 2022.",
        "Prosecutors dropped all charges against the two organisers on 6 March 2022.",
        "On 6 March 2022 the false criminal charges against the shop steward were withdrawn.",
        "Le 6 mars 2022, les poursuites contre la déléguée syndicale ont été abandonnées.",
        "El 6 de marzo de 2022, la fiscalía retiró las acusaciones penales contra el tesorero.",
    ],
)
def test_charges_dropped_are_no_new_legal_action(text: str) -> None:
    assert "legal_action" not in [t for t, _ in told(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 6 March 2022 prosecutors brought criminal charges against the treasurer.",
            ("legal_action", "2022-03-06"),
        ),
        (
            "The prosecution of the organisers who had been dismissed began on 6 March 2022.",
            ("legal_action", None),
        ),
    ],
)
def test_charges_brought_stay_a_legal_action(text: str, expected: tuple[str, str | None]) -> None:
    assert expected[0] in [t for t, _ in told(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The federation fears that those detained face grave danger of ill-treatment in the camps.",
        "All those arrested remain at risk of ill-treatment in the central prison.",
        "The confederation is concerned that those held face beatings in custody.",
        "Ceux qui ont été arrêtés risquent la torture.",
        "Quienes fueron detenidos corren grave riesgo de tortura.",
    ],
)
def test_those_detained_named_for_a_risk_is_no_arrest(text: str) -> None:
    assert "arrest" not in [t for t, _ in told(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Those arrested are:\nOrin Vale (teacher)\nMira Sorn (nurse)", {"Orin Vale": "person"}),
        ("Those arrested were Orin Vale and Mira Sorn.", {"Orin Vale": "person", "Mira Sorn": "person"}),
        ("Those detained include Orin Vale, a teacher.", {"Orin Vale": "person"}),
    ],
)
def test_those_arrested_listed_stay_an_arrest(text: str, names: dict[str, str]) -> None:
    events = find_events(text, LETTER_DATE, mentions_of(text, names))
    assert any(e.type.value == "arrest" and "Orin Vale" in e.targets for e in events)


BODY = "\n\nThe federation said on 6 March 2022 that it would write to the Government."


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Teachers Union Condemns Arrest Of Leaders", "teachers"),
        ("Nurses Federation Denounces Detention Of Strikers", "nurses"),
        ("Miners Denounce Detention Of Union Organisers", "miners"),
    ],
)
def test_who_speaks_in_a_title_case_headline_is_no_target(headline: str, speaker: str) -> None:
    events = find_events(headline + BODY, LETTER_DATE)
    assert all(speaker not in [t.lower() for t in (*e.targets, *e.actors)] for e in events)


def test_a_title_case_headline_still_names_whom_a_passive_act_befell() -> None:
    events = find_events("Teachers Arrested During Port Strike" + BODY, LETTER_DATE)
    assert any(e.type.value == "arrest" and "Teachers" in e.targets for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Allegations concerning the Seizure and Arrest of Ferry Crews and Canal Union Stewards in 1984",
        "Allegations concerning the Detention of Port Union Officers in 1990",
        "Allegations concerning the Arrest of Leaders of the Ferry Workers Union in 1977",
    ],
)
def test_a_heading_read_as_a_name_holding_the_act_takes_no_part(text: str) -> None:
    heading = text.split("concerning the ")[-1].split(": ")[-1].rsplit(" in ", 1)[0]
    events = find_events(text, LETTER_DATE, mentions_of(text, {heading: "organization"}))
    assert events and all(heading not in (*e.targets, *e.actors) for e in events)
