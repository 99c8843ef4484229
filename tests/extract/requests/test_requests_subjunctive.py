"""Asks reported in news and statements whatever their grammar: a subjunctive after a verb of demanding,
a modal of ending or respecting, a French conditional, a country addressed for its authorities."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2022, 3, 1), ("Arden Federation of Dock Workers",), ("Government",), reported=True)


def texts(text: str) -> list[str]:
    return [r.text for r in find_requests(text, NEWS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The federation insisted that the port decree be revoked.", ["the port decree be revoked"]),
        ("The dockers demanded that the arrests stop.", ["the arrests stop"]),
        ("The harassment of dockers must end, the federation said.", ["The harassment of dockers must end"]),
        ("The right to strike must be respected.", ["The right to strike must be respected"]),
        (
            "Les autorités devraient enquêter sur ces violences, a déclaré la fédération.",
            ["Les autorités devraient enquêter sur ces violences"],
        ),
        (
            "The federation demanded that the decree be revoked and the harassment of dockers must end.",
            ["the decree be revoked", "the harassment of dockers must end"],
        ),
    ],
)
def test_subjunctive_and_modal_asks(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_country_addressed_for_its_authorities() -> None:
    found = find_requests("The federation called on Andorra to release Ms Lena Orvik.", NEWS)
    assert [(r.addressees, r.text) for r in found] == [(("Andorra",), "release Ms Lena Orvik")]


@pytest.mark.parametrize(
    "text",
    [
        "The strike should end on Friday, the organisers said.",
        "We call on Ms Lena Orvik to speak at the congress.",
        "The talks must be held in a neutral venue, the employers said.",
    ],
)
def test_no_ask_in_forecasts_or_invitations(text: str) -> None:
    assert texts(text) == []


def test_a_release_and_charges_dropped_are_two_asks() -> None:
    text = "The union called for the release of Ms Lena Orvik and all the charges against her to be lifted."
    assert texts(text) == ["the release of Ms Lena Orvik", "all the charges against her to be lifted"]


def test_the_same_pronoun_ask_about_two_people_is_kept_twice() -> None:
    two = "Mme Lena Orvik a été arrêtée lundi. Nous exigeons sa libération. M. Tor Alden a été arrêté mardi. "
    assert texts(two + "Nous exigeons sa libération.") == ["sa libération", "sa libération"]
    one = "Mme Lena Orvik a été arrêtée lundi. Nous exigeons sa libération. La police a chargé. "
    assert texts(one + "Nous exigeons sa libération.") == ["sa libération"]


def test_a_headlines_demand_counts_when_the_body_does_not_ask_it() -> None:
    title = "Union calls for release of jailed dockers\n\n"
    assert texts(title + "Police arrested five dockers on Monday.") == ["release of jailed dockers"]
    assert texts(title + "The union called for their immediate release.") == ["their immediate release"]


def test_a_lead_release_restated_with_names_in_the_body_is_one_ask() -> None:
    lead = "The federation called for the release of two dockers jailed last week. "
    assert texts(lead + "The union urged the authorities to release Lena Orvik and Tor Alden.") == [
        "release Lena Orvik and Tor Alden"
    ]
    assert texts(lead + "It urged the authorities to respect freedom of association.") == [
        "the release of two dockers jailed last week",
        "respect freedom of association",
    ]
