"""A Spanish object pronoun before a verb of asking that is never a noun ("las urge a realizar ..."), and a
French participle telling the ask after the act that made it ("a envoyé un courrier au Président,
demandant sa libération")."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

SETTING = Setting(PartialDate(2016, 2, 1), ("Union",), ("Government",), reported=True)


def asked(text: str) -> list[str]:
    return [r.text.split(" (")[0] for r in find_requests(text, SETTING)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "También las urge a realizar todos los esfuerzos necesarios para lograr la captura, "
            "el juzgamiento y la sanción de los responsables.",
            [
                "realizar todos los esfuerzos necesarios para lograr la captura, el juzgamiento y la sanción "
                "de los responsables"
            ],
        ),
        ("La Comisión los insta nuevamente a liberar a los detenidos.", ["liberar a los detenidos"]),
        (
            "Le secrétaire général a envoyé un courrier au Président de Valdorie, "
            "demandant sa libération immédiate.",
            ["sa libération immédiate"],
        ),
        (
            "Deux mille lycéens ont défilé en réclamant le retrait du projet de loi "
            "et en exprimant leur inquiétude.",
            ["le retrait du projet de loi"],
        ),
    ],
)
def test_asks(text: str, expected: list[str]) -> None:
    assert asked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La llama de la protesta sigue viva en la planta.",
        "Il a passé la journée en demandant des nouvelles de ses collègues.",
    ],
)
def test_no_asks(text: str) -> None:
    assert asked(text) == []
