"""Wordings of news, alerts and other languages: a report says when a call was made, between the party
asked and the ask ("urged Iceland on Monday to release ..."); an alert's "Please act!" tells its readers to
act and asks nothing of a party; a German demand may carry its contrast ("fordert aber")."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2023, 5, 2), (), (), reported=True)


@pytest.mark.parametrize(
    "text",
    [
        "The federation urged Iceland on Monday to release the detained dockworkers.",
        "The federation called on the Paraguay authorities yesterday to release the detained dockworkers.",
        "The federation called on Minister Ana Orlov on 12 May to release the detained dockworkers.",
        "The federation urged the Government of Luxembourg this week to release the detained dockworkers.",
    ],
)
def test_a_call_told_with_its_day_is_an_ask(text: str) -> None:
    asks = find_requests(text, NEWS)
    assert [r.text for r in asks] == ["release the detained dockworkers"]


def test_a_day_alone_is_no_addressee() -> None:
    text = "The strike went on on Monday to the end of the week."
    assert find_requests(text, NEWS) == []


@pytest.mark.parametrize(
    "text",
    [
        "Please act!",
        "PLEASE WRITE IMMEDIATELY to the authorities.",
        "Please act now.",
        "Please take action today.",
    ],
)
def test_an_alert_telling_its_readers_to_act_asks_nothing_of_a_party(text: str) -> None:
    assert find_requests(text, NEWS) == []


def test_a_letter_asking_its_addressee_to_act_on_a_remedy_still_asks() -> None:
    asks = find_requests("Please act swiftly to release the detained dockworkers.", NEWS)
    assert [r.text for r in asks] == ["act swiftly to release the detained dockworkers"]


@pytest.mark.parametrize("adverb", ["aber", "jedoch"])
def test_a_german_demand_with_its_contrast_is_an_ask(adverb: str) -> None:
    text = f"Der Bund fordert {adverb} die sofortige Freilassung der verhafteten Hafenarbeiter."
    asks = find_requests(text, NEWS)
    assert [r.text.split(" (")[0] for r in asks] == [
        "die sofortige Freilassung der verhafteten Hafenarbeiter"
    ]


@pytest.mark.parametrize(
    ("text", "ask", "to"),
    [
        ("The Brenner Union has threatened to picket the depot if the management of Tolva Freight does not "
         "reinstate the two sacked shop stewards.",
         "reinstate the two sacked shop stewards", "management of Tolva Freight"),
        ("Dock unions warned of a general strike at the ports if the police fail to release the pickets "
         "arrested on Friday.",
         "release the pickets arrested on Friday", "police"),
    ],
)  # fmt: skip
def test_a_threat_unless_a_party_acts_asks_that_act(text: str, ask: str, to: str) -> None:
    [request] = find_requests(text, NEWS)
    assert (request.text, request.addressees) == (ask, (to,))


def test_a_threat_of_one_s_own_act_asks_nothing() -> None:
    text = "The minister threatened to dismiss the drivers if they do not return to work."
    assert find_requests(text, NEWS) == []


def test_a_deadline_given_and_a_further_party_s_duty_are_two_asks() -> None:
    text = (
        "A steward said the police will be given a deadline to release all the pickets by Monday and the "
        "government should also withdraw the draft pension bill."
    )
    asks = [r.text for r in find_requests(text, NEWS)]
    assert asks == ["release all the pickets by Monday", "withdraw the draft pension bill"]


@pytest.mark.parametrize(
    "text",
    [
        'The congress calls on the Government of Ruritania "to release the detained drivers".',
        "The congress urged the authorities “to release the detained drivers”.",
    ],
)
def test_an_ask_quoted_after_its_addressee_is_read(text: str) -> None:
    assert [r.text for r in find_requests(text, NEWS)] == ["release the detained drivers"]


def test_a_resolution_s_quoted_asks_are_each_read() -> None:
    text = (
        'The assembly calls on the government "to open an inquiry into the raid on the union office and to '
        'compensate the injured stewards".'
    )
    asks = [r.text for r in find_requests(text, NEWS)]
    assert asks == ["open an inquiry into the raid on the union office", "compensate the injured stewards"]


def test_a_minister_asked_to_use_diplomatic_channels_is_asked() -> None:
    text = "The federation wrote to the Minister, asking her to use diplomatic channels to free the crew."
    assert [r.text for r in find_requests(text, NEWS)] == ["use diplomatic channels to free the crew"]


def test_a_body_s_demand_renewed_to_a_named_government_is_asked_again() -> None:
    text = "He reiterated the Arda Federation's demand to the Ruritanian government to lift the strike ban."
    assert [r.text for r in find_requests(text, NEWS)] == ["lift the strike ban"]


@pytest.mark.parametrize(
    "text",
    [
        "The drivers say the sacking broke the law and they insist he must be reinstated.",
        "The drivers insist that he must be reinstated.",
        "The drivers insisted he be reinstated.",
    ],
)
def test_an_insistence_that_one_be_reinstated_is_an_ask(text: str) -> None:
    [request] = find_requests(text, NEWS)
    assert request.text.endswith("reinstated")


def test_an_insistence_on_a_fact_asks_nothing() -> None:
    assert find_requests("The steward insisted he was innocent of any sabotage.", NEWS) == []
