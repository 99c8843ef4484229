"""CEACR observations in French: a request repeated three years later, another one met."""

from __future__ import annotations

from casewatch.analyse.followup import followup
from casewatch.model import Genre

OBSERVATION_2019 = """Observation (CEACR) - adoptée 2019, publiée 109e session CIT (2021)

Convention (n° 87) sur la liberté syndicale et la protection du droit syndical, 1948 - Tchad

La commission prie le gouvernement de modifier l'article 294 du Code du travail afin que les
syndicats puissent élire librement leurs dirigeants.

La commission prie le gouvernement de procéder sans délai à l'enregistrement du Syndicat national
des enseignants du privé (SYNEP).
"""

OBSERVATION_2022 = """Observation (CEACR) - adoptée 2022, publiée 111e session CIT (2023)

Convention (n° 87) sur la liberté syndicale et la protection du droit syndical, 1948 - Tchad

La commission note avec satisfaction que le SYNEP a été enregistré le 4 mars 2021.

La commission prie à nouveau le gouvernement de modifier l'article 294 du Code du travail afin de
garantir le droit des syndicats d'élire librement leurs dirigeants.
"""


def _case(doc):  # type: ignore[no-untyped-def]
    laws = {"Code du travail": "TCD Code du travail"}
    names = {"SYNEP": "synep"}
    return [
        doc(
            1,
            Genre.ILO_CEACR,
            "2019",
            "TCD",
            OBSERVATION_2019,
            laws=laws,
            names=names,
            asks=[
                "modifier l'article 294 du Code du travail afin que les syndicats puissent élire",
                "l'enregistrement du Syndicat national des enseignants du privé (SYNEP)",
            ],
        ),
        doc(
            2,
            Genre.ILO_CEACR,
            "2022",
            "TCD",
            OBSERVATION_2022,
            laws=laws,
            names=names,
            asks=["modifier l'article 294 du Code du travail afin de garantir le droit des syndicats"],
        ),
    ]


def test_the_repeated_request_joins_the_first(doc):
    found = followup(_case(doc))
    law = next(t for t in found.threads if t.family == "law")
    assert [a.document_id for a in law.asks] == [1, 2]
    assert len(found.threads) == 2


def test_asked_again_is_not_met_and_registration_is_met(doc):
    found = followup(_case(doc))
    status = {t.family: [(s.document_id, s.status) for s in t.statuses] for t in found.threads}
    assert status["law"] == [(2, "not_met")]
    assert status["organisation"] == [(2, "met")]
    law = next(t for t in found.threads if t.family == "law")
    assert "prie à nouveau" in law.statuses[0].quote
