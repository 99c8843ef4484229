"""Reporting verbs found at their openings only: the same matches as the pattern's own scan."""

from __future__ import annotations

import pytest

from casewatch.extract.events.reporting import _matches, _reporting, reporting_verbs

TEXTS = [
    "The Harbour Workers' Federation alleges that Ana Dario was arrested; the union said so, "
    "according to its statement, and urged the release of the others.",
    "Selon la FNTX, le syndicat a dénoncé\nl'arrestation de M. Quenet ; il a déclaré que rien n'a changé.",
    "Según el SINTRAZ, los dirigentes denunciaron el despido y exigieron la puesta en libertad de Luis Varo.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_stretch_matches_as_the_full_scan(text: str) -> None:
    # stretches cutting a verb in two included: a verb runs up to the stretch's end, not beyond
    for start in range(0, len(text), 7):
        for end in range(start, len(text) + 1, 5):
            found = [m.span() for m in _matches(text, start, end)]
            assert found == [m.span() for m in _reporting().finditer(text, start, end)]


def test_verbs_before_the_act_are_found() -> None:
    text = TEXTS[0]
    verbs = [m.group(0).lower() for m in reporting_verbs(text, 0, text.index("arrested"))]
    assert verbs and verbs[0].startswith("alleges")


def test_a_stretch_without_a_verb_has_none() -> None:
    text = "Tomas Ereño was detained by the police on 3 May near the port."
    assert reporting_verbs(text, 0, len(text)) == ()
