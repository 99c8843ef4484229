"""Requests a record tells in the passive ("The Government is requested to ..."), of two parties at once
("the Government and the social partners"), renewed by a participle ("reiterates its request inviting
the Government to ..."); a lettered recommendation's bullets that end at the next lettered one; and a
speaker's words after the ask that are no part of it."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_asks, find_requests
from casewatch.model import PartialDate

REPORT = Setting(PartialDate(2022, 3, 1), ("Committee",), ("Government",), body_only=True)
NEWS = Setting(PartialDate(2022, 3, 1), (), (), reported=True)


def texts(text: str, setting: Setting = REPORT) -> list[str]:
    return [r.text for r in find_requests(text, setting)]


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        (
            "The Government is requested to provide copies of the rulings of the Velden labour court.",
            "provide copies of the rulings of the Velden labour court",
        ),
        (
            "It is also requested, where appropriate, to describe the procedures followed by the board.",
            "describe the procedures followed by the board",
        ),
        (
            "The Government is once again invited to send the text of the amended Ordinance No. 14.",
            "send the text of the amended Ordinance No. 14",
        ),
    ],
)
def test_a_passive_request_asks_the_government(text: str, ask: str) -> None:
    found = find_requests(text, REPORT)
    assert [r.text for r in found] == [ask]
    assert found[0].addressees == ("Government",)


def test_a_passive_statement_of_fact_asks_nothing() -> None:
    assert texts("The Government was asked by the union in 2019 whether the decree applied.") == []


@pytest.mark.parametrize(
    ("text", "ask", "second"),
    [
        (
            "The Committee requests the Government and the social partners to review the draft Labour Code.",
            "review the draft Labour Code",
            "social partners",
        ),
        (
            "La Comisión pide al Gobierno y a los interlocutores sociales que examinen el proyecto de ley.",
            "examinen el proyecto de ley",
            "los interlocutores sociales",
        ),
        (
            "Le comité prie le gouvernement et l'organisation plaignante de lui communiquer le jugement.",
            "lui communiquer le jugement",
            "organisation plaignante",
        ),
        (
            "The Committee invites the Government and the most representative organizations of employers "
            "and workers to examine the strike provisions together.",
            "examine the strike provisions together",
            "most representative organizations of employers and workers",
        ),
    ],
)
def test_two_parties_asked_at_once_make_one_ask_of_both(text: str, ask: str, second: str) -> None:
    found = find_requests(text, REPORT)
    assert [r.text for r in found] == [ask]
    assert found[0].addressees[0] in {"Government", "Gobierno", "gouvernement"}
    assert found[0].addressees[1].endswith(second.split(" ", 1)[-1])


@pytest.mark.parametrize(
    "text",
    [
        "The Committee reiterates its previous request inviting the Government to submit the draft decree.",
        "The Committee reiterates its previous request and asks the Government to submit the draft decree.",
        "The Committee renews its request urging the Government to submit the draft decree.",
    ],
)
def test_a_renewed_request_is_asked_by_the_body(text: str) -> None:
    found = find_requests(text, REPORT)
    assert [r.text for r in found] == ["submit the draft decree"]
    assert found[0].issuers == ("Committee",)


@pytest.mark.parametrize(
    ("lead", "sibling"),
    [
        ("(c) The Committee requests the Government to:", "(d) The Committee draws the special attention"),
        ("c) Le comité prie le gouvernement de:", "d) Le comité attire l'attention particulière"),
        ("• (c) The Committee requests the Government to:", "• (d) The Committee draws the attention"),
    ],
)
def test_the_next_lettered_recommendation_is_no_bullet_of_the_one_before(lead: str, sibling: str) -> None:
    text = (
        f"{lead}\n"
        "  – provide a copy of the ruling of the Arden court;\n"
        "  – indicate whether the dockers' union is registered.\n"
        f"{sibling} of the Governing Body to the serious nature of this case."
    )
    found = texts(text)
    assert len(found) == 2
    assert not any("attention" in t for t in found)


def test_a_roman_sub_item_after_item_h_stays_a_bullet() -> None:
    text = (
        "(h) The Committee requests the Government to:\n"
        "(i) provide a copy of the ruling of the Arden court;\n"
        "(ii) indicate whether the dockers' union is registered."
    )
    assert len(texts(text)) == 2


@pytest.mark.parametrize(
    ("sentence", "ask"),
    [
        (
            "Los sindicatos solicitaron la liberación de los dirigentes detenidos, aseguró el vocero Ruiz. "
            "«Nuestra central y la federación marcharon ante el ministerio».",
            "la liberación de los dirigentes detenidos",
        ),
        (
            'The unions demanded the release of the jailed organisers. "We and the federation met the '
            'Minister and the police", the spokesperson said.',
            "the release of the jailed organisers",
        ),
        (
            "Les syndicats ont réclamé la libération des enseignants détenus, a précisé Mme Varon, "
            "et la fédération et les parents ont marché.",
            "la libération des enseignants détenus",
        ),
    ],
)
def test_the_speakers_words_after_the_ask_are_no_asks(sentence: str, ask: str) -> None:
    assert [a.text for a in find_asks(sentence, True)] == [ask]
