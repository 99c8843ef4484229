"""Remedies joined in one sentence: French and Spanish remedies named by their nouns ("l'arrêt des
violences et la libération des détenus", "la libertad plena de X y el cierre de Y"), a comparison aside
between the verb and the ask ("exige, à l'instar des fédérations, ..."), and an English second remedy verb
("reinstate X and regulate Y", "release X and arrest Y")."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2024, 3, 9), ("Harbour Workers Union",), ("Government",), reported=True)


def texts(text: str) -> list[str]:
    return [r.text for r in find_requests(text, NEWS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La fédération exige l'arrêt des violences et la libération immédiate de tous les grévistes "
            "encore détenus.",
            ["l'arrêt des violences", "la libération immédiate de tous les grévistes encore détenus"],
        ),
        (
            "Además, exigen la libertad plena de los obreros detenidos y el cierre de todos los procesos "
            "penales contra los otros obreros.",
            [
                "la libertad plena de los obreros detenidos",
                "el cierre de todos los procesos penales contra los otros obreros",
            ],
        ),
    ],
)
def test_remedies_named_by_their_nouns_are_asks_each(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La centrale exige, à l'instar des fédérations du Varel, l'arrêt des poursuites contre les "
            "délégués.",
            ["l'arrêt des poursuites contre les délégués"],
        ),
        (
            "La confederación exige, al igual que las federaciones del sector, la reincorporación de los "
            "despedidos.",
            ["la reincorporación de los despedidos"],
        ),
    ],
)
def test_a_comparison_aside_before_the_ask_is_no_part_of_it(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We urge the Ostrel Foods management to reinstate all dismissed contract workers and regulate "
            "all contractual work.",
            ["reinstate all dismissed contract workers", "regulate all contractual work"],
        ),
        (
            "Activists called on the authorities to release the strikers and arrest the attackers behind "
            "the assault on the picket line.",
            ["release the strikers", "arrest the attackers behind the assault on the picket line"],
        ),
        (
            "The experts called on the authorities to stop targeting independent unions and comply with "
            "international labour standards.",
            ["stop targeting independent unions", "comply with international labour standards"],
        ),
        (
            "The Committee requests the Government to release and compensate the dismissed workers.",
            ["release and compensate the dismissed workers"],
        ),
    ],
)
def test_a_second_remedy_verb_is_an_ask_of_its_own(text: str, expected: list[str]) -> None:
    assert texts(text) == expected
