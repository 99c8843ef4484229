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
            "Some two hundred garment workers formed a human chain in Koravi demanding reappointment of "
            "sacked colleagues, withdrawal of a case filed by the owners against them, and higher pay.",
            [
                "reappointment of sacked colleagues",
                "withdrawal of a case filed by the owners against them, and higher pay",
            ],
        ),
        (
            "The four main demands of the drivers include reinstatement of dismissed drivers with back "
            "pay, implementation of the wage board award and abolition of the contract system.",
            [
                "reinstatement of dismissed drivers with back pay",
                "implementation of the wage board award",
                "abolition of the contract system",
            ],
        ),
        (
            "The unions came out with two demands — withdrawal of the cases against the dockers, and "
            "release of the nine jailed organisers.",
            ["withdrawal of the cases against the dockers", "release of the nine jailed organisers"],
        ),
        (
            "Hundreds joined the march, raising slogans for withdrawal of all cases against the miners, "
            "release and reinstatement of all the miners.",
            ["withdrawal of all cases against the miners", "release and reinstatement of all the miners"],
        ),
        ("Their demands are legitimate and were partly met last year.", []),
    ],
)
def test_listed_remedies(text: str, expected: list[str]) -> None:
    assert asked(text) == expected
