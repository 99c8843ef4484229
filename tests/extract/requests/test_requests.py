"""Requests from short invented documents: questions, demands, interim measures, conclusions."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.coordinated import split_coordinated
from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate, SpeakerGroup, Statement

LETTER = Setting(
    PartialDate(2020, 3, 2), ("Special Rapporteur on human rights defenders",), ("Government of Peru",)
)


def texts(text: str, setting: Setting = LETTER) -> list[str]:
    return [r.text for r in find_requests(text, setting)]


def test_numbered_questions_one_per_please() -> None:
    text = (
        "We would be grateful for your observations on the following matters:\n\n"
        "1. Please provide any additional information on the above allegations.\n"
        "2. Please explain the legal basis for the dissolution. Please indicate whether the union's "
        "assets were seized.\n"
        "3. Please accept, Excellency, the assurances of our highest consideration."
    )
    assert texts(text) == [
        "provide any additional information on the above allegations",
        "explain the legal basis for the dissolution",
        "indicate whether the union's assets were seized",
    ]


@pytest.mark.parametrize(
    "follow_up",
    [
        "Please indicate how it complies with international standards.",
        "Please also explain how this measure is compatible with ILO Convention No. 87.",
        "Please indicate whether such a decision can be appealed.",
    ],
)
def test_a_question_pointing_back_in_its_numbered_item_is_part_of_it(follow_up: str) -> None:
    text = (
        "1. Please provide any additional information on the above allegations.\n"
        f"2. Please explain the legal basis for the dissolution of the Malawi teachers' union. {follow_up}\n"
        "3. Please indicate how the Labour Relations Act complies with these norms."
    )
    ask = follow_up.removeprefix("Please ").removeprefix("also ").rstrip(".")
    assert texts(text) == [
        "provide any additional information on the above allegations",
        f"explain the legal basis for the dissolution of the Malawi teachers' union and {ask}",
        "indicate how the Labour Relations Act complies with these norms",
    ]


def test_a_question_pointing_back_from_another_item_stays_apart() -> None:
    text = "1. Please explain the legal basis for the dissolution.\n2. Please indicate how it was notified."
    assert texts(text) == ["explain the legal basis for the dissolution", "indicate how it was notified"]


def test_a_verb_joined_inside_the_last_listed_ask_stays_in_it() -> None:
    text = (
        "The union calls on the authorities to free the detained shop stewards, to end the harassment of "
        "union officers, and to adopt all measures needed to guarantee the right of workers to organise "
        "and to bargain collectively in Bangladesh."
    )
    assert texts(text) == [
        "free the detained shop stewards",
        "end the harassment of union officers",
        "adopt all measures needed to guarantee the right of workers to organise and to bargain "
        "collectively in Bangladesh",
    ]


@pytest.mark.parametrize(
    "closing",
    [
        "We urge the Government to take all necessary measures to address these outstanding concerns.",
        "We call on the Government to take the necessary steps in this regard.",
        "We urge the Government to take the appropriate steps to resolve all of these issues.",
    ],
)
def test_an_ask_that_only_refers_back_to_earlier_asks_is_not_a_new_one(closing: str) -> None:
    text = f"We urge the Government of Ecuador to reinstate the dismissed strikers. {closing}"
    assert texts(text) == ["reinstate the dismissed strikers"]


def test_measures_with_their_own_object_stay_a_request() -> None:
    text = "We urge the Government to take all necessary measures to address the situation of the strikers."
    assert texts(text) == ["take all necessary measures to address the situation of the strikers"]


def test_questions_take_the_reply_window_as_deadline() -> None:
    setting = Setting(LETTER.anchor, LETTER.senders, LETTER.addressees, reply_due=PartialDate(2020, 5, 1))
    [request] = find_requests("1. Please provide information on the arrests.", setting)
    assert (request.deadline, request.issuers, request.addressees) == (
        PartialDate(2020, 5, 1),
        LETTER.senders,
        LETTER.addressees,
    )


def test_interim_measures_one_per_that_clause() -> None:
    text = (
        "While awaiting a reply, we urge that all necessary interim measures be taken to ensure that the "
        "detained union leaders are released, that the raids on union offices stop and more generally "
        "that workers can organise freely."
    )
    assert texts(text) == [
        "ensure that the detained union leaders are released",
        "ensure that the raids on union offices stop",
        "ensure that workers can organise freely",
    ]


def test_union_demands_one_per_coordinated_verb() -> None:
    text = (
        "The federation calls on the authorities to release the dockers, to drop all charges against them,"
        "\n\nand to reinstate the dismissed workers."
    )
    requests = find_requests(text, LETTER)
    assert [r.text for r in requests] == [
        "release the dockers",
        "drop all charges against them",
        "reinstate the dismissed workers",
    ]
    assert requests[0].issuers == ("federation",) and requests[0].addressees == ("authorities",)


def test_we_urge_you_uses_senders_and_addressees() -> None:
    [request] = find_requests("We urge you to restore the registration of the union.", LETTER)
    assert (request.text, request.issuers, request.addressees) == (
        "restore the registration of the union",
        LETTER.senders,
        LETTER.addressees,
    )


def test_purpose_clause_stays_with_its_ask() -> None:
    text = (
        "We call on the Government to amend the Penal Code, to ensure that strikes are not criminal offences."
    )
    assert texts(text) == ["amend the Penal Code, to ensure that strikes are not criminal offences"]


def test_committee_conclusions_one_per_bullet() -> None:
    text = (
        "The Committee requests the Government of Peru to take all necessary measures to:\n\n"
        "  • bring the Labour Code into line with the Convention;\n"
        "  • investigate the attacks on union members; and\n"
        "  • report on progress to the Committee of Experts.\n\n"
        "The Committee requests that the Government provide a report before its next session."
    )
    turn = Statement("The Committee", SpeakerGroup.COMMITTEE, 0, len(text))
    setting = Setting(PartialDate(2021), (), (), (turn,))
    requests = find_requests(text, setting)
    assert [r.text for r in requests] == [
        "bring the Labour Code into line with the Convention",
        "investigate the attacks on union members",
        "report on progress to the Committee of Experts",
        "provide a report before its next session",
    ]
    assert {r.issuers for r in requests} == {("The Committee",)}
    assert requests[-1].deadline_text == "before its next session"


def test_ordinal_list_after_urge() -> None:
    text = "We urge the Government to: first, register the union; second, end raids; and finally, free them."
    assert texts(text) == ["register the union", "end raids", "free them"]


@pytest.mark.parametrize(
    "text",
    [
        "The Committee of Experts has urged the Government to amend the law.",
        "Both committees previously requested the authorities to act.",
        "The workers were arrested on 5 May 2019.",
        "Please refer to the annex attached to this letter.",
    ],
)
def test_reports_of_past_requests_and_facts_are_not_requests(text: str) -> None:
    assert texts(text) == []


def test_split_coordinated_drops_empty_tails() -> None:
    assert split_coordinated("remove the obstacles, and to do so without delay") == ["remove the obstacles"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ITF calls for the immediate release of the seafarers.",
         ["the immediate release of the seafarers"]),
        ("The Committee expects that the Government will reinstate the dismissed teachers.",
         ["reinstate the dismissed teachers"]),
        ("The Committee once again requests the Government to provide a copy of the judgment.",
         ["provide a copy of the judgment"]),
        ("He was detained simply for calling for a strike.", []),
        ("The demands of the workers were ignored.", []),
    ],
)  # fmt: skip
def test_other_wordings(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_bare_lead_in_with_unmarked_items_as_html_lists_give_them() -> None:
    text = (
        "Dear Minister,\n\nWe urge you to:\n\nfree the detained organisers of the dock workers;\n\n"
        "reinstate the dismissed members;\n\nrepeal the decree on strikes.\n\nYours sincerely,\n"
    )
    assert texts(text) == [
        "free the detained organisers of the dock workers",
        "reinstate the dismissed members",
        "repeal the decree on strikes",
    ]


def test_lead_in_with_nothing_after_to_still_announces_bullets() -> None:
    text = (
        "The Committee took note of the discussion.\n"
        "Taking into account the discussion, the Committee requests the Government to:\n"
        "- register the teachers' union without delay;\n"
        "- amend the Labour Code in consultation with the social partners.\n"
    )
    assert texts(text) == [
        "register the teachers' union without delay",
        "amend the Labour Code in consultation with the social partners",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La CSI exhorte le gouvernement à libérer M. Dupont et à retirer les charges.",
            ["libérer M. Dupont", "retirer les charges"],
        ),
        (
            "Nous vous demandons également de garantir la liberté syndicale.",
            ["garantir la liberté syndicale"],
        ),
        ("Instamos al Gobierno a liberar a los sindicalistas.", ["liberar a los sindicalistas"]),
        ("La demande de libération a été rejetée.", []),
        (
            "(b) The Committee requests the Government to review the law and to report on progress.",
            ["review the law and report on progress"],
        ),
        (
            "The Committee requests the Government to amend the law and to keep it informed in this respect.",
            ["amend the law and keep it informed in this respect"],
        ),
        (
            "To the Ministry of Labour:\n- Reinstate the dismissed teachers.",
            ["Reinstate the dismissed teachers"],
        ),
    ],
)
def test_other_languages_lettered_items_and_addressed_lists(text: str, expected: list[str]) -> None:
    setting = Setting(PartialDate(2020, 1, 1), ("Union",), ("Government",))
    assert [r.text for r in find_requests(text, setting)] == expected
