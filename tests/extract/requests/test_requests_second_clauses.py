"""A second ask joined to a first one that is already whole: after a modal's remedy ("should release X and
arrest Y"), after a French noun asked ("la levée de X et à revenir sur Y"), after a German clause closed by
its verb ("dass X versorgt werden müssen und die Akten zurückzugeben sind")."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

SETTING = Setting(PartialDate(2020, 3, 1), ("Union",), ("Government",), reported=True)


def asked(text: str) -> list[str]:
    return [r.text.split(" (")[0] for r in find_requests(text, SETTING)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The federation demands that the Valdorian police should immediately release the stewards "
            "and arrest the thugs behind the attack.",
            [
                "the Valdorian police should immediately release the stewards",
                "arrest the thugs behind the attack",
            ],
        ),
        # a remedy and another verb that is no remedy of its own stay one ask
        (
            "The union demands that the authorities should release the strikers "
            "and respect the right to strike.",
            ["release the strikers and respect the right to strike"],
        ),
        (
            "La fédération exige « la réouverture du local syndical et à revenir sur la décision de fermer "
            "le siège ».",
            ["la réouverture du local syndical", "revenir sur la décision de fermer le siège"],
        ),
        (
            "Der Bund verlangt, dass alle verletzten Mitglieder versorgt werden müssen "
            "und die beschlagnahmten Akten zurückzugeben sind.",
            [
                "alle verletzten Mitglieder versorgt werden müssen",
                "die beschlagnahmten Akten zurückzugeben sind",
            ],
        ),
    ],
)
def test_second_asks(text: str, expected: list[str]) -> None:
    assert asked(text) == expected
