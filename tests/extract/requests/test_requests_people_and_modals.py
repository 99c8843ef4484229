"""Two people to be released are one ask; a second modal clause about a thing named by "this" or "its"
("..., and this law must be revoked") is an ask of its own."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

SETTING = Setting(PartialDate(2019, 5, 1), ("Union",), ("Government",), reported=True)


def asked(text: str) -> list[str]:
    return [r.text for r in find_requests(text, SETTING)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The federation joins the union in calling for Ivan Petrov and Olga Smirna to be released "
            "immediately and for any charges against them to be dropped.",
            [
                "Ivan Petrov and Olga Smirna to be released immediately",
                "any charges against them to be dropped",
            ],
        ),
        (
            "The federation called for the release of Ivan Petrov and all the charges against him "
            "to be dropped.",
            ["the release of Ivan Petrov", "all the charges against him to be dropped"],
        ),
        (
            "“These stewards must be released without delay, and this decree must be revoked.”",
            ["These stewards must be released without delay", "this decree must be revoked"],
        ),
    ],
)
def test_asks(text: str, expected: list[str]) -> None:
    assert asked(text) == expected


def test_a_modal_told_by_a_speaker_is_no_ask() -> None:
    assert asked("The minister said that this decree must be revoked.") == []
