"""Asks listed without a repeated "to", second demands in a clause of their own, asks told with their
subject ("must be released"), reported requests for a release, and a committee asking for information."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2022, 3, 1), ("Porters' Union",), ("Minister",), reported=True)
RECORD = Setting(PartialDate(2022, 3, 1), ("Committee",), ("Government",))


def texts(text: str, setting: Setting = NEWS) -> list[str]:
    return [r.text for r in find_requests(text, setting)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rapporteurs called on the authorities to reopen the dockers' union, free its officers from "
         "custody and lift the ban on reporting.",
         ["reopen the dockers' union", "free its officers from custody", "lift the ban on reporting"]),
        ("The committee urges the Government to register the porters' union without delay as well as "
         "ensure that teachers enjoy their rights.",
         ["register the porters' union without delay", "ensure that teachers enjoy their rights"]),
        ("The federation urged the Government to stop raids on union offices, implement the agreement "
         "and accept a visiting mission.",
         ["stop raids on union offices", "implement the agreement", "accept a visiting mission"]),
    ],
)  # fmt: skip
def test_a_comma_list_of_verbs_gives_one_ask_each(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We urge the Government to promote and facilitate the work of unions and provide information on it.",
        "We urge the Government to protect the right of all persons to express their views and engage in "
        "peaceful assembly.",
        "We urge the Government to guarantee the release of the detained and release of their property.",
    ],
)
def test_a_verb_joined_by_and_alone_stays_in_its_ask(text: str) -> None:
    assert len(texts(text)) == 1


def test_a_second_demand_in_a_clause_of_its_own_is_a_second_ask() -> None:
    text = (
        "While they called on the government to stop arresting journalists, the experts urged the "
        "authorities to open a dialogue with the union."
    )
    assert texts(text) == ["stop arresting journalists", "open a dialogue with the union"]


def test_a_relative_clause_is_no_second_demand() -> None:
    text = "We call on the Minister to meet the teachers, who urged him to act, before the strike."
    assert texts(text) == ["meet the teachers, who urged him to act, before the strike"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Those who were detained must be released at once, and the government must respect the right "
         "to strike.",
         ["Those who were detained must be released at once", "respect the right to strike"]),
        ("The charges against the porters must be dropped.",
         ["The charges against the porters must be dropped"]),
    ],
)  # fmt: skip
def test_what_must_be_done_told_with_its_subject_is_an_ask(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The charges against the porters must be dropped.",
        "She said the union leaders must be released.",
        "The leaders should be released, the paper wrote.",
    ],
)
def test_must_in_a_record_or_after_said_is_no_ask(text: str) -> None:
    assert texts(text, RECORD if text.startswith("The charges") else NEWS) == []


def test_a_reported_request_for_a_release_is_an_ask() -> None:
    text = "The federation sent a letter to the Minister requesting the release of the union secretary."
    assert texts(text) == ["the release of the union secretary"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The confederation insists that the authorities open talks with the union.",
         ["open talks with the union"]),
        ("The Government insists that the authorities acted lawfully.", []),
        ("The Government insists that the authorities are not to blame.", []),
    ],
)  # fmt: skip
def test_insisting_that_the_authorities_act_is_an_ask(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Committee requests the Government once again to indicate the number of unions registered.",
         ["indicate the number of unions registered"]),
        ("The Committee also requests clarification of the role of the labour inspectorate.",
         ["clarification of the role of the labour inspectorate"]),
        ("The Committee requests further information on the measures taken to register the union.",
         ["information on the measures taken to register the union"]),
    ],
)  # fmt: skip
def test_a_committee_asks_for_information_in_several_shapes(text: str, expected: list[str]) -> None:
    assert texts(text, RECORD) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The authorities should immediately and unconditionally release the porters' secretary.",
         ["release the porters' secretary"]),
        ("Ruritanian authorities should immediately release and drop all charges against Arlen Tovesk.",
         ["release and drop all charges against Arlen Tovesk"]),
    ],
)  # fmt: skip
def test_what_the_authorities_should_do_keeps_verbs_sharing_an_object(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I implore you to meet our union before the new year.", ["meet our union before the new year"]),
        ("We advise the government to desist from such divisive tactics.",
         ["desist from such divisive tactics"]),
    ],
)  # fmt: skip
def test_letters_ask_in_other_verbs(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_russian_demand_of_whoever_stands_after_ot() -> None:
    text = (
        "Комитет потребовал от властей всех уровней, от администраций предприятий прекратить давление "
        "на бастующих, а также освободить всех задержанных."
    )
    found = [(r.text, r.addressees) for r in find_requests(text, NEWS)]
    assert found == [
        ("прекратить давление на бастующих", ("властей всех уровней, от администраций предприятий",)),
        ("освободить всех задержанных", ("властей всех уровней, от администраций предприятий",)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Arden Federation of Porters demands:\n– The arrests to stop immediately\n"
        "– The immediate release of all detained porters.",
        "The federation, which has members in forty countries, calls for:\n"
        "- the closure order to be revoked\n- the immediate release of all detained porters",
        "Our union therefore requests:\n• An end to the raids on union offices\n"
        "• The release of all detained porters",
    ],
)
def test_a_bare_lead_in_over_dash_bullets_without_full_stops(text: str) -> None:
    assert len(texts(text)) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We request the immediate release of Ivo Marsk.", "the immediate release of Ivo Marsk"),
        (
            "The union asks for the reinstatement of the dismissed crane drivers.",
            "the reinstatement of the dismissed crane drivers",
        ),
        (
            "The federation seeks the withdrawal of Decree 12 on unions.",
            "the withdrawal of Decree 12 on unions",
        ),
    ],
)
def test_a_remedy_requested_by_its_noun_is_a_request(text: str, expected: str) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The union requests the opinion of its members on the draft.",
        "The federation asks for the support of its affiliates.",
        "Her request of the release form was refused.",
    ],
)
def test_a_request_of_anything_else_is_no_request(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tenant compte de la discussion, la commission prie le gouvernement de:\n"
            "– modifier l’article 4;\n– libérer les dirigeants détenus.",
            ["modifier l’article 4", "libérer les dirigeants détenus"],
        ),
        (
            "Teniendo en cuenta la discusión, la Comisión pide al Gobierno que:\n▪ modifique el artículo 4;\n"
            "▪ libere a los dirigentes detenidos.",
            ["modifique el artículo 4", "libere a los dirigentes detenidos"],
        ),
        (
            "La commission a prié instamment le gouvernement de:\n• enregistrer le syndicat des dockers;\n"
            "• accepter une mission de contacts directs.",
            ["enregistrer le syndicat des dockers", "accepter une mission de contacts directs"],
        ),
    ],
)
def test_a_french_or_spanish_lead_in_announces_its_bullets(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize("sign", ["►", "●", "▶"])
def test_a_bullet_sign_is_no_part_of_the_ask(sign: str) -> None:
    text = f"The federation calls on the Government to:\n{sign} amend section 4;\n{sign} release the porters."
    assert texts(text) == ["amend section 4", "release the porters"]


@pytest.mark.parametrize(
    "text",
    [
        "I would like to request that your Excellency’s Government provide information on the decree.",
        "We request that your Government provide information on the decree.",
        "We request that the Government will provide information on the decree.",
    ],
)
def test_the_government_asked_in_a_that_clause_is_no_part_of_the_ask(text: str) -> None:
    assert texts(text) == ["provide information on the decree"]


@pytest.mark.parametrize(
    "text",
    [
        "We therefore urge you to:\n\nImmediately release Ivo Marsk;\nDrop all charges against him;\n"
        "Guarantee the right to strike.\n\nYours sincerely,",
        "We therefore urge you to:\nImmediately release Ivo Marsk;\nDrop all charges against him;\n"
        "Guarantee the right to strike.\nWe look forward to your reply.",
        "The federation calls on the authorities to:\nImmediately release Ivo Marsk;\n"
        "Drop all charges against him;\nGuarantee the right to strike.",
    ],
)
def test_lines_ending_with_semicolons_under_a_lead_in_are_items(text: str) -> None:
    assert texts(text) == [
        "release Ivo Marsk",
        "Drop all charges against him",
        "Guarantee the right to strike",
    ]


def test_lines_ending_with_semicolons_under_a_lead_in_that_asks_nothing_are_no_items() -> None:
    text = (
        "They called on the authorities to release the porters.\n\nThe following experts issued this "
        "statement:\n\nMr. Ivo Marsk, Special Rapporteur on unions;\n"
        "Ms. Lena Orvik, Special Rapporteur on speech."
    )
    assert texts(text) == ["release the porters"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rapporteurs called on the Government of Ruritania to cooperate with the ILO to protect "
            "the rights of union members:\n\nRuritania must end the harassment of the dockers' union.",
            "cooperate with the ILO to protect the rights of union members",
        ),
        (
            "The federation urged the authorities to open an independent inquiry into the shooting "
            "of strikers:\n\nThree pickets were wounded on 4 May.",
            "open an independent inquiry into the shooting of strikers",
        ),
        (
            "Ms Jane Roe called on the Minister to withdraw the decree banning the teachers' union:\n\n"
            "The decree was adopted without consultation.",
            "withdraw the decree banning the teachers' union",
        ),
    ],
)
def test_a_lead_in_with_no_list_after_it_asks_what_it_says(text: str, expected: str) -> None:
    assert expected in texts(text)


def test_a_lead_in_over_its_list_still_asks_only_the_items() -> None:
    found = texts(
        "The union urges the authorities to take the following steps:\n- release the stewards;\n"
        "- drop the charges."
    )
    assert found == ["release the stewards", "drop the charges"]
