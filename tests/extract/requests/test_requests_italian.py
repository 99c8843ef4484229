"""Requests in Italian: a verb of asking with its addressee and particle ("chiede al governo di ..."),
a noun asked ("chiedere la liberazione di ..."), a "che" clause, a call to act ("invita X a ..."), the
perfect that reports an ask ("hanno chiesto ..."); a reflexive "si chiede" (one wonders) asks nothing."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

SETTING = Setting(PartialDate(2022, 7, 1), ("Unione",), ("Governo",), reported=True)


def asked(text: str) -> list[str]:
    return [r.text for r in find_requests(text, SETTING)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Decine di presidi per chiedere la liberazione dei tre delegati fermati a Valmora.",
            ["la liberazione dei tre delegati fermati a Valmora"],
        ),
        (
            "Il sindacato chiede al governo di intervenire e di sospendere i licenziamenti.",
            ["intervenire", "sospendere i licenziamenti"],
        ),
        (
            "I portuali hanno chiesto la scarcerazione di Piero Sala e Ugo Nardi.",
            ["la scarcerazione di Piero Sala e Ugo Nardi"],
        ),
        (
            "La nota invita le altre sigle a respingere il piano e ad aprire un tavolo.",
            ["respingere il piano", "aprire un tavolo"],
        ),
        (
            "La federazione chiede il ritiro dei licenziamenti e la convocazione di un incontro.",
            ["il ritiro dei licenziamenti", "la convocazione di un incontro"],
        ),
        (
            "Il comitato ha diffuso una lettera chiedendo che Sala e i colleghi arrestati siano scarcerati.",
            ["Sala e i colleghi arrestati siano scarcerati"],
        ),
        ("Ci si chiede se la decisione del tribunale sia giusta.", []),
    ],
)
def test_italian_asks(text: str, expected: list[str]) -> None:
    assert asked(text) == expected
