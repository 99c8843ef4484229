"""Persons named as among those who underwent an act told just before join that act (among.py).
Invented sentences only."""

from __future__ import annotations

import pytest

from casewatch.model import Event

from .conftest import found_in

NAMES = {"Alvo Serin": "person", "Kemal Doru": "person"}


def events(text: str) -> list[Event]:
    return found_in(text, None, NAMES)


@pytest.mark.parametrize(
    "text",
    [
        "The complainants alleged that the Government had arbitrarily arrested a number of trade union "
        "leaders. Among the persons arrested, it was stated, were Mr. Alvo Serin and Mr. Kemal Doru.",
        "Les plaignants allèguent l'arrestation de plusieurs dirigeants syndicaux. Parmi les dirigeants "
        "arrêtés figurent M. Alvo Serin et M. Kemal Doru.",
        "Los querellantes alegan la detención de numerosos sindicalistas. Entre los dirigentes detenidos "
        "se encuentran el Sr. Alvo Serin y el Sr. Kemal Doru.",
    ],
)
def test_those_named_among_the_arrested_join_the_arrest_told_before(text: str) -> None:
    found = events(text)
    assert [e.type.value for e in found] == ["arrest"]
    assert {"Alvo Serin", "Kemal Doru"} <= set(found[0].targets)


def test_among_those_arrested_with_no_act_before_is_an_act_of_its_own() -> None:
    found = events("Among the persons arrested were Mr Alvo Serin and Mr Kemal Doru.")
    assert [(e.type.value, e.targets) for e in found] == [("arrest", ("persons", "Alvo Serin", "Kemal Doru"))]


def test_a_dated_telling_among_those_arrested_stays_apart() -> None:
    text = (
        "In 2012 the police arrested several dock workers. Among the union leaders arrested on 3 May 2015 "
        "were Mr Alvo Serin and Mr Kemal Doru."
    )
    assert [(e.type.value, e.date.iso if e.date else None) for e in events(text)] == [
        ("arrest", "2012"),
        ("arrest", "2015-05-03"),
    ]
