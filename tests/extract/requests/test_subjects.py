"""Who asks when the clause of the verb names no one: the subject of the main clause before a participle,
the one named before a relative aside, the subject of a first act joined by "and" (invented names)."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2022, 3, 1), ("Arden Post",), (), reported=True)


def askers(text: str) -> list[tuple[str, ...]]:
    return [r.issuers for r in find_requests(text, NEWS)]


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("The Valdor Confederation condemned the arrests, calling on the authorities to release the leaders.",
         "Valdor Confederation"),
        ("Rapporteur Ana Kovic also voiced concern about the sentences, urging the court to quash them.",
         "Rapporteur Ana Kovic"),
        ("The dockers' federation issued a statement, demanding the release of the two organisers.",
         "dockers' federation"),
    ],
)  # fmt: skip
def test_a_participle_asks_by_the_subject_of_the_main_clause(text: str, asker: str) -> None:
    assert askers(text) == [(asker,)]


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("The teachers' union, which represents 40,000 members, called on the ministry to reopen talks.",
         "teachers' union"),
        ("Ana Kovic, who chairs the federation, urged the minister to reinstate the drivers.", "Ana Kovic"),
        ("La Centrale, qui regroupe douze syndicats, a exigé la libération des militants.", "Centrale"),
    ],
)  # fmt: skip
def test_a_relative_aside_leaves_the_one_named_before_it_asking(text: str, asker: str) -> None:
    assert askers(text) == [(asker,)]


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("The federation expressed alarm and urged the government to drop the charges.", "federation"),
        ("The Port Union wrote to the minister and demanded the reinstatement of the crane drivers.",
         "Port Union"),
        ("The strikers marched to the ministry and called for the release of their leaders.", "strikers"),
    ],
)  # fmt: skip
def test_the_subject_of_a_first_act_asks_after_and(text: str, asker: str) -> None:
    assert askers(text) == [(asker,)]


def test_a_participle_after_a_clause_naming_no_one_keeps_the_pages_own_voice() -> None:
    text = "After the raid on the offices, calling on the authorities to release the leaders."
    assert askers(text) == [("Arden Post",)]


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("The unions, led by the Valdor Confederation, called on the government to reopen talks.", "unions"),
        ("Los sindicatos, encabezados por la CUTRAV, exigieron al Gobierno la liberación de los dirigentes.",
         "sindicatos"),
        ("Les syndicats, menés par la Centrale, ont exigé la libération des militants.", "syndicats"),
    ],
)  # fmt: skip
def test_a_participial_aside_leaves_those_named_before_it_asking(text: str, asker: str) -> None:
    assert askers(text) == [(asker,)]


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("Ana Kovic said the union was calling on the government to release the leaders.", "union"),
        ("Kovic told reporters the confederation urged the ministry to reopen talks.", "confederation"),
        ("The spokesman added the federation demands the release of the eleven drivers.", "federation"),
    ],
)  # fmt: skip
def test_a_clause_told_after_said_names_who_asks(text: str, asker: str) -> None:
    assert askers(text) == [(asker,)]
