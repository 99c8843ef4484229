"""Asks reported in news: a call "not only for A but also for B", information or explanations demanded,
and an official asked by a pronoun after being named."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2025, 5, 3), ("Harbour Workers Union",), ("Government",), reported=True)


def asked(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(r.text, r.issuers, r.addressees) for r in find_requests(text, NEWS)]


def texts(text: str) -> list[str]:
    return [r.text for r in find_requests(text, NEWS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The FDU, along with other unions, is calling not only for the immediate release of all "
            "detained members but also for the end of the persecution of workers.",
            ["the immediate release of all detained members", "the end of the persecution of workers"],
        ),
        (
            "The Tarn Dockers Union called not only for the reinstatement of the dismissed stewards but also "
            "for the withdrawal of the new decree, as well as for the restoration of their right to strike.",
            [
                "the reinstatement of the dismissed stewards",
                "the withdrawal of the new decree",
                "the restoration of their right to strike",
            ],
        ),
        (
            "Activists were calling not only for the release of Ora Castel but also for an independent "
            "investigation of the raid.",
            ["the release of Ora Castel", "an independent investigation of the raid"],
        ),
    ],
)
def test_a_call_not_only_for_a_remedy_but_also_for_another_gives_two(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_the_union_before_an_aside_still_calls() -> None:
    text = "The FDU, along with other unions, is calling for the immediate release of the detained members."
    assert [issuers for _, issuers, _ in asked(text)] == [("FDU",)]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Las familias de los detenidos exigieron información sobre el paradero de sus seres queridos.",
            "información sobre el paradero",
        ),
        (
            "Los delegados pidieron explicaciones por el despido de los cinco estibadores.",
            "explicaciones por el despido",
        ),
        (
            "Les grévistes ont réclamé des explications sur le licenciement de leurs délégués.",
            "des explications sur le licenciement",
        ),
        (
            "The dockers' union demanded information on the whereabouts of the detained stewards.",
            "information on the whereabouts",
        ),
    ],
)
def test_information_or_explanations_demanded_are_an_ask(text: str, start: str) -> None:
    found = texts(text)
    assert len(found) == 1 and found[0].startswith(start)


@pytest.mark.parametrize(
    ("text", "to", "ask"),
    [
        (
            "In his letter to the Ambassador of Lindoria, he also asked him to use his contacts in the "
            "capital to resolve this situation.",
            ("Ambassador of Lindoria",),
            "use his contacts in the capital to resolve this situation",
        ),
        (
            "At a meeting with the Lindorian Ambassador, the union leader asked her to raise the case of the "
            "jailed dockers with her government.",
            ("Lindorian Ambassador",),
            "raise the case of the jailed dockers with her government",
        ),
        (
            "The federation wrote to Labour Minister Ana Kovic and asked him to help resolve the dispute.",
            ("Labour Minister Ana Kovic",),
            "help resolve the dispute",
        ),
    ],
)
def test_an_official_asked_by_a_pronoun_is_the_one_named_before(text: str, to: tuple[str], ask: str) -> None:
    assert [(a, t) for a, _, t in asked(text)] == [(ask, to)]


def test_a_pronoun_asked_to_do_something_else_is_no_request() -> None:
    assert texts("The manager met the steward and asked him to come back on Monday.") == []
