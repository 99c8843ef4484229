"""Remedies a news report lists by their nouns: after a reported verb with no article ("demanding
reappointment of ..., withdrawal of ..."), as the demands of a group ("the demands of the workers include
...", "three demands — ..."), or as slogans raised ("raising slogans for ..."); each noun is one ask, and two
nouns sharing their object ("release and reinstatement of ...") are one (invented names throughout)."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2021, 5, 1), ("Dalmor Times",), (), reported=True)


def asked(text: str) -> list[str]:
    return [r.text for r in find_requests(text, NEWS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dockers blocked the port gate in Koravi on Tuesday demanding restoration of the old shift "
            "rota, cancellation of the fines imposed on them, and a pay rise.",
            [
                "restoration of the old shift rota",
                "cancellation of the fines imposed on them, and a pay rise",
            ],
        ),
        (
            "Among other things, the bus drivers' demands include recognition of their union, payment of "
            "overtime arrears and abolition of split shifts.",
            [
                "recognition of their union",
                "payment of overtime arrears",
                "abolition of split shifts",
            ],
        ),
        (
            "The unions came out with two demands — withdrawal of the cases against the dockers, and "
            "release of the nine jailed organisers.",
            ["withdrawal of the cases against the dockers", "release of the nine jailed organisers"],
        ),
        (
            "The marchers in Dunmore carried placards and raised slogans for repeal of the picketing ban, "
            "release and rehiring of the jailed stewards.",
            ["repeal of the picketing ban", "release and rehiring of the jailed stewards"],
        ),
        ("Their demands are legitimate and were partly met last year.", []),
    ],
)
def test_listed_remedies(text: str, expected: list[str]) -> None:
    assert asked(text) == expected
