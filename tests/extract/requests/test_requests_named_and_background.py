"""Asks addressed to a person by name, earlier calls told as background, issuers that are no one, and a
second ask after a semicolon inside one bullet."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2023, 5, 2), ("Halden Workers Federation",), ("Government",), reported=True)


def asked(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str]]:
    return [(r.issuers, r.addressees, r.text) for r in find_requests(text, NEWS)]


@pytest.mark.parametrize(
    ("text", "to", "ask"),
    [
        (
            "The dockers' federation called on Varennes to release the detained organisers.",
            "Varennes",
            "release the detained organisers",
        ),
        (
            "Teachers' unions urged President Olo Makemba to reinstate the dismissed teachers.",
            "President Olo Makemba",
            "reinstate the dismissed teachers",
        ),
        (
            "The confederation also called upon Prime Minister Dara Kessel to drop the charges against them.",
            "Prime Minister Dara Kessel",
            "drop the charges against them",
        ),
        (
            "Miners appealed to Torvund to immediately lift the ban on the union.",
            "Torvund",
            "lift the ban on the union",
        ),
    ],
)
def test_a_person_asked_by_name_is_the_addressee(text: str, to: str, ask: str) -> None:
    assert [(a, t) for _, a, t in asked(text)] == [((to,), ask)]


def test_a_name_asked_for_no_remedy_is_no_request() -> None:
    assert asked("The reporter asked Lindqvist to comment on the claims of the strikers.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The port workers' union joined the transport federation in calling for the restoration of its "
        "registration.",
        "Nurses have joined their colleagues in the clinics in demanding the reinstatement of the dismissed "
        "leaders.",
        "Last year the miners had joined unions across the region in urging the government to restore the "
        "collective agreement.",
    ],
)
def test_a_call_joined_earlier_is_background(text: str) -> None:
    assert asked(text) == []


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "We join the transport federation in calling for the release of the detained organisers.",
            "Halden Workers Federation",
        ),
        (
            "The Selvar Teachers Union joins the global federation in urging the authorities to reinstate "
            "the dismissed teachers.",
            "Selvar Teachers Union",
        ),
        (
            "The clerks' union also joins the bank staff in demanding the reopening of the branch offices.",
            "clerks' union",
        ),
    ],
)
def test_joining_a_call_now_makes_it(text: str, issuer: str) -> None:
    assert [i for i, _, _ in asked(text)] == [(issuer,)]


@pytest.mark.parametrize(
    "text",
    [
        "While they demanded the release of the arrested stewards, the union also appealed to the courts.",
        "a called for the release of all detained bakers.",
        "As we urged the authorities to reinstate the dismissed drivers, the company closed the depot.",
        "Whilst it calls for the repeal of the decree on strikes, the federation remains open to talks.",
    ],
)
def test_a_subject_of_function_words_is_no_issuer(text: str) -> None:
    issuers = {i for i, _, _ in asked(text)}
    assert issuers == {("Halden Workers Federation",)}


def test_a_modal_is_no_part_of_the_issuer() -> None:
    text = "The Committee would request the Government to provide a copy of the ruling."
    assert [i for i, _, _ in asked(text)] == [("Committee",)]


def _texts(text: str) -> list[str]:
    return [t for _, _, t in asked(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We call on the authorities to:\n- drop all charges against the stewards; the imprisoned "
            "militants to be released\n- restore the union's registration\n",
            ["drop all charges against the stewards", "the imprisoned militants to be released"],
        ),
        (
            "The federation demands:\n• an end to the harassment of its members; the jailed organisers to be "
            "freed immediately;\n• the reopening of the union offices\n",
            ["an end to the harassment of its members", "the jailed organisers to be freed immediately"],
        ),
        (
            "The union urges the government to:\n- guarantee the safety of the pickets; and all dismissed "
            "porters to be reinstated\n- respect the right to strike\n",
            ["guarantee the safety of the pickets", "all dismissed porters to be reinstated"],
        ),
    ],
)
def test_a_passive_ask_after_a_semicolon_in_a_bullet_is_an_ask_of_its_own(
    text: str, expected: list[str]
) -> None:
    assert _texts(text)[:2] == expected


def test_a_semicolon_before_no_passive_ask_parts_nothing() -> None:
    text = (
        "The union urges the government to:\n"
        "- respect freedom of association; in particular, the right to be heard\n"
    )
    assert _texts(text) == ["respect freedom of association; in particular, the right to be heard"]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("We support and call for the release of the detained organisers.", "Halden Workers Federation"),
        ("They, too, demand the release of the jailed drivers.", "Halden Workers Federation"),
        (
            '"The Iltar Dockers Union calls on the authorities to reopen the union offices," said its chair.',
            "Iltar Dockers Union",
        ),
        ("We ourselves call for the reinstatement of the dismissed clerks.", "Halden Workers Federation"),
    ],
)
def test_a_clause_opened_by_a_pronoun_or_a_quote_mark(text: str, issuer: str) -> None:
    assert [i for i, _, _ in asked(text)] == [(issuer,)]
