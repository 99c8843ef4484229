"""Requests as news, reports and letters state them: reported and modal forms, headlines, enumerations."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2021, 6, 1), ("Dockers' Federation",), (), reported=True)
RECORD = Setting(PartialDate(2021, 6, 1), ("Committee",), ("Government",))


def texts(text: str, setting: Setting = NEWS) -> list[str]:
    return [r.text for r in find_requests(text, setting)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The federation urged the Ruritanian authorities to release the dockers and to drop all charges.",
         ["release the dockers", "drop all charges"]),
        ("They called on authorities to open an independent inquiry into the shooting.",
         ["open an independent inquiry into the shooting"]),
        ("The confederation called for the immediate release of the detained organisers.",
         ["the immediate release of the detained organisers"]),
        ("The council demands their unconditional release and safe return to their families.",
         ["their unconditional release and safe return to their families"]),
        ("Pressure is being exerted on the Ruritanian authorities to free both teachers before 9 May.",
         ["free both teachers before 9 May"]),
        ("The Freedonian authorities should immediately reinstate the dismissed nurses.",
         ["reinstate the dismissed nurses"]),
        ("The authorities should free those still held and drop all charges against Ana and Boris.",
         ["free those still held", "drop all charges against Ana and Boris"]),
        ("The commissioner appeals to the Freedonian authorities to guarantee the rights of the detainees.",
         ["guarantee the rights of the detainees"]),
        ("Hereby we demand the immediate reinstatement of the dismissed teachers.",
         ["the immediate reinstatement of the dismissed teachers"]),
        ("They called upon the government to: (i) free the organisers; (ii) reopen the union office.",
         ["free the organisers", "reopen the union office"]),
    ],
)  # fmt: skip
def test_reported_and_modal_demands_in_reporting_genres(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The federation had urged the authorities to release the dock workers.",
        "The Committee previously requested the Government to amend the law.",
        "The seafarers' union urged him to cancel his visit.",
        "The federation issued a call for its affiliates to join the day of action.",
        "She said the police should be held accountable.",
        "Workers demanded higher wages at the rally.",
        "The unions called for a general strike on Monday.",
        "Workers marched on Friday demanding the payment of unpaid wages.",
    ],
)
def test_recalled_requests_and_asks_to_no_authority_are_not_requests(text: str) -> None:
    assert texts(text) == []


def test_past_and_modal_forms_in_an_ilo_record_recall_earlier_requests() -> None:
    text = "The Committee urged the Government to amend the Act. The authorities should register the union."
    assert texts(text, RECORD) == []


def test_a_body_s_request_recalled_with_its_words_is_one() -> None:
    text = "As to the Conference Committee's request to release the imprisoned editor, he was freed in May."
    [request] = find_requests(text, RECORD)
    assert request.text.startswith("release the imprisoned editor") and request.issuers == (
        "Conference Committee",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ITUC has called on the authorities to free the strikers.", ["free the strikers"]),
        ("We urge you, Mr President, to order their release.", ["order their release"]),
        ("We respectfully request Your Excellency to reinstate the teachers.", ["reinstate the teachers"]),
    ],
)
def test_present_perfect_in_news_and_vocatives(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_addressee_named_with_the_country_adjective() -> None:
    [request] = find_requests("The council urged the Ruritanian authorities to free the miners.", NEWS)
    assert (request.issuers, request.addressees) == (("council",), ("Ruritanian authorities",))


def test_a_headline_restating_the_demand_is_not_a_second_request() -> None:
    text = (
        "Ruritania: teachers' council demands the release of two union leaders\n\n"
        "published 3 May 2021\n\n"
        "The council demands their immediate release and the end of the prosecution."
    )
    assert texts(text) == ["their immediate release and the end of the prosecution"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Committee trusts that the Government will reinstate the dismissed workers.",
         ["reinstate the dismissed workers"]),
        ("The employers trust that the new federation will be able to represent its members.", []),
        ("(c) The Committee firmly expects the Government to ensure that the inquiry is concluded.",
         ["ensure that the inquiry is concluded"]),
        ("Report in which the committee requests to be kept informed of developments - Report No. 300", []),
    ],
)  # fmt: skip
def test_committee_recommendations(text: str, expected: list[str]) -> None:
    assert texts(text, RECORD) == expected


def test_roman_numbered_items_after_a_lead_in_one_per_item() -> None:
    text = "The Committee requests the State to:\n(i) register the union;\n(ii) amend the Code;\n(iii) act."
    assert texts(text, RECORD) == ["register the union", "amend the Code", "act"]


def test_a_lettered_recommendation_under_a_paragraph_number_is_one_ask() -> None:
    text = "2. (b) The Committee requests the Government to review the law and to report on progress."
    assert texts(text, RECORD) == ["review the law and report on progress"]


def test_a_union_s_request_to_register_is_not_an_ask_of_the_government() -> None:
    assert texts("The union's request to register the branch was refused in May.", RECORD) == []


@pytest.mark.parametrize(
    ("setting", "text", "expected"),
    [
        (NEWS, "The ITUC demanded that the authorities release the detained union leaders.",
         [(("ITUC",), "release the detained union leaders")]),
        (NEWS, "The federation called for Mr Ode Lum to be released immediately.",
         [(("federation",), "Mr Ode Lum to be released immediately")]),
        (NEWS, "Unions are calling for the charges against the teachers to be dropped.",
         [(("Unions",), "the charges against the teachers to be dropped")]),
        (NEWS, "Amnesty International is calling on the authorities to release him immediately.",
         [(("Amnesty International",), "release him immediately")]),
        (NEWS, "The global union demands that the government reinstate all dismissed workers.",
         [(("global union",), "reinstate all dismissed workers")]),
        (RECORD, "The Committee calls for the detained leaders to be released without delay.",
         [(("Committee",), "the detained leaders to be released without delay")]),
        # a recollection in a record, and workers' demands on their employer, are no asks
        (RECORD, "In 2018 the Committee called for the detained leaders to be released.", []),
        (NEWS, "The workers demanded that the company pay their wages.", []),
    ],
)  # fmt: skip
def test_reported_that_forms_and_calls_for_something_to_be_done(
    setting: Setting, text: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    assert [(r.issuers, r.text) for r in find_requests(text, setting)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 8 May, riot police dispersed a rally of dockers demanding his release.", []),
        ("Strikers demanding the reinstatement of their leader were beaten.", []),
        ("The federation issued a statement demanding the release of the dockers' leader.",
         ["the release of the dockers' leader"]),
    ],
)  # fmt: skip
def test_what_protesters_demand_is_told_of_not_asked(text: str, expected: list[str]) -> None:
    assert [r.text for r in find_requests(text, NEWS)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union leader demanded that workers of the Port Trust and the Salt Board should be given the "
            "right to organise and the powers of the labour courts should be restored.",
            [
                "workers of the Port Trust and the Salt Board should be given the right to organise",
                "the powers of the labour courts should be restored",
            ],
        ),
        (
            "The federation demanded that the dock and port workers should be reinstated and paid.",
            ["the dock and port workers should be reinstated and paid"],
        ),
        (
            "The council demanded that the nine drivers held at the central station since May "
            "should be released.",
            ["the nine drivers held at the central station since May should be released"],
        ),
        (
            "The guild asked that farm hands on the northern estates should be granted leave to join unions.",
            ["farm hands on the northern estates should be granted leave to join unions"],
        ),
        (
            "The confederation demanded that the new bargaining councils should be recognised "
            "by the ministry.",
            ["the new bargaining councils should be recognised by the ministry"],
        ),
    ],
)
def test_a_reported_demand_of_a_passive_with_should_or_must_asks_it(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The manager said that the workers should be given more time to decide.",
        "The union demanded that the strike should be called off by the employer's staff.",
        "He added that the dockers must be tired after the long march.",
    ],
)
def test_a_passive_told_or_no_remedy_is_no_ask(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected", "to"),
    [
        (
            "The strikers demanded that the NWRC change its ruling on the wage order.",
            "change its ruling on the wage order",
            "NWRC",
        ),
        (
            "The strikers demanded that the Port Authority rehire the forty dockers.",
            "rehire the forty dockers",
            "Port Authority",
        ),
        (
            "The teachers insisted that the Registrar grant the new union its certificate.",
            "grant the new union its certificate",
            "Registrar",
        ),
        (
            "Members demanded that the Labour Board recognise the elected shop stewards.",
            "recognise the elected shop stewards",
            "Labour Board",
        ),
    ],
)
def test_a_reported_demand_that_a_named_body_act_asks_that_body(text: str, expected: str, to: str) -> None:
    found = find_requests(text, NEWS)
    assert [(r.text, r.addressees) for r in found] == [(expected, (to,))]


def test_a_name_followed_by_a_noun_is_no_demand() -> None:
    assert texts("The union said that the Board change was overdue.") == []
