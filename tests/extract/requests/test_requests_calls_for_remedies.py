"""News verbs that ask for a remedy by its noun ("appealed for the release of", "is campaigning for the
reinstatement of", "insist on the reinstatement of"), a renewed call whose maker is named before it, and a
party wanted to act ("wants the government to reinstate ...") (invented names throughout)."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2022, 3, 1), ("Arden Post",), (), reported=True)


def asked(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(r.issuers, r.text) for r in find_requests(text, NEWS)]


@pytest.mark.parametrize(
    ("text", "by", "ask"),
    [
        ("The Valdor Confederation appealed for the release of the detained leaders.",
         "Valdor Confederation", "the release of the detained leaders"),
        ("The union is campaigning for the reinstatement of the 40 dismissed drivers.",
         "union", "the reinstatement of the 40 dismissed drivers"),
        ("The federation pleaded for the immediate release of its president.",
         "federation", "the immediate release of its president"),
        ("Dockers insist on the reinstatement of the sacked crane operators.",
         "Dockers", "the reinstatement of the sacked crane operators"),
    ],
)  # fmt: skip
def test_a_news_verb_for_a_remedy_asks_it(text: str, by: str, ask: str) -> None:
    assert asked(text) == [((by,), ask)]


@pytest.mark.parametrize(
    "text",
    [
        "The union campaigned for the election of its candidate.",
        "The federation appealed for calm during the march.",
        "The drivers insisted on their right to strike.",
    ],
)
def test_a_news_verb_for_no_remedy_asks_nothing(text: str) -> None:
    assert asked(text) == []


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("Arden Rights Watch renewed calls for the release of the two organisers.", "Arden Rights Watch"),
        ("The federation reiterated calls for the reinstatement of the drivers.", "federation"),
        ("The Port Union repeated calls for the release of its secretary.", "Port Union"),
    ],
)
def test_renewing_a_call_is_no_part_of_who_calls(text: str, by: str) -> None:
    assert [b for b, _ in asked(text)] == [(by,)]


@pytest.mark.parametrize(
    ("text", "to", "ask"),
    [
        ("The union wants the government to reinstate the dismissed workers.",
         "government", "reinstate the dismissed workers"),
        ("The federation wanted the authorities to drop the charges.", "authorities", "drop the charges"),
        ("We want the company to pay the arrears owed to the drivers.",
         "company", "pay the arrears owed to the drivers"),
    ],
)  # fmt: skip
def test_wanting_an_authority_or_employer_to_act_asks_it(text: str, to: str, ask: str) -> None:
    assert [(r.addressees, r.text) for r in find_requests(text, NEWS)] == [((to,), ask)]


def test_wanting_a_party_of_no_authority_to_act_asks_nothing() -> None:
    assert asked("The government wants the unions to accept the wage freeze.") == []


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        (
            "The tea pickers of Orlin estate asked for nothing less and sought the Governor’s intervention "
            "against the lockout.",
            "the Governor’s intervention against the lockout",
        ),
        (
            "Facing a sit-in, the board turned to the Minister, seeking his intervention to end it.",
            "his intervention to end it",
        ),
        (
            "The unions requested for the intervention of the Governor to ensure that the workers are "
            "reinstated.",
            "the intervention of the Governor to ensure that the workers are reinstated",
        ),
    ],
)
def test_intervention_sought(text: str, ask: str) -> None:
    assert [a for _, a in asked(text)] == [ask]
