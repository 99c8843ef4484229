"""An act told as one more of its kind on others ("their families have also been arrested") is a
further act, not a retelling of the act told before (events/again.py). Invented sentences only."""

from __future__ import annotations

import pytest

from casewatch.model import PartialDate

from .conftest import found_in

PAGE_DATE = PartialDate(2021, 6, 2)


def arrests(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [
        (e.date.iso if e.date else None, e.targets)
        for e in found_in(text, PAGE_DATE)
        if e.type.value == "arrest"
    ]


@pytest.mark.parametrize(
    ("text", "others"),
    [
        (
            "The federation condemned the arrest of five delegates on 3 May 2021. In a letter, it expressed "
            "its concern that the wives of the jailed delegates have also been arrested.",
            "wives",
        ),
        (
            "Le syndicat dénonce l'arrestation de trois dirigeants le 3 mai 2021. Leurs familles ont aussi "
            "été arrêtées.",
            "familles",
        ),
        (
            "La federación denuncia la detención de tres dirigentes el 3 de mayo de 2021. Sus familiares "
            "también fueron detenidos.",
            "familiares",
        ),
    ],
)
def test_others_also_arrested_undergo_an_act_of_their_own(text: str, others: str) -> None:
    told = arrests(text)
    assert len(told) == 2 and others in told[1][1] and others not in told[0][1]


def test_the_same_group_also_told_is_no_second_act() -> None:
    text = (
        "On 3 May 2021 police arrested ten strikers. According to the union, the strikers were also arrested."
    )
    assert len(arrests(text)) == 1
