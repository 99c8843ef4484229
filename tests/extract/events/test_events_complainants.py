"""The complainant organisations of a record tell the acts they allege and undergo none of them
("Ces organisations allèguent en outre des menaces contre ...", "Estas organizaciones alegan ..."),
and an extrajudicial execution is a killing in the three languages of the records."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import PartialDate


def told(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.type.value, e.targets) for e in find_events(text, PartialDate(2017, 10))]


@pytest.mark.parametrize(
    ("text", "leaders"),
    [
        ("Ces organisations allèguent en outre des menaces de mort contre des dirigeants syndicaux.",
         "dirigeants syndicaux"),
        ("Estas organizaciones alegan además amenazas de muerte contra dirigentes sindicales.",
         "dirigentes sindicales"),
        ("Las organizaciones querellantes denuncian además amenazas de muerte contra dirigentes sindicales.",
         "dirigentes sindicales"),
        ("Les organisations plaignantes dénoncent aussi des menaces de mort contre des dirigeants syndicaux.",
         "dirigeants syndicaux"),
    ],
)  # fmt: skip
def test_the_alleging_organisations_undergo_no_threat(text: str, leaders: str) -> None:
    assert told(f"Allégations\nLes plaignants dénoncent l'arrestation de travailleurs. {text}")[-1] == (
        "harassment",
        (leaders,),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Alegatos: las organizaciones querellantes alegan ejecuciones extrajudiciales de sindicalistas",
        "Allégations: les organisations plaignantes dénoncent l'exécution sommaire de dirigeants syndicaux",
        "Allegations: the complainants allege extrajudicial executions of trade union leaders",
    ],
)
def test_an_extrajudicial_execution_is_a_killing(text: str) -> None:
    assert [t for t, _ in told(text)] == ["killing"]
