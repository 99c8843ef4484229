"""An acquittal befalls whom it names, however it is worded ("the trial ended with his acquittal",
"s'est achevé par sa relaxe", "terminó con su absolución"): the person is its target, never its actor."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import PartialDate

from .conftest import mentions_of


@pytest.mark.parametrize(
    "text",
    [
        "The trial of Mr Tomas Velk ended with his acquittal in March 2013.",
        "The criminal case against Ms Ana Ruzic ended in her acquittal in March 2013.",
        "Le procès de M. Tomas Velk s'est achevé par sa relaxe en mars 2013.",
        "El juicio contra el Sr. Tomas Velk terminó con su absolución en marzo de 2013.",
    ],
)
def test_the_acquitted_person_is_the_target(text: str) -> None:
    names = {"Tomas Velk": "person", "Ana Ruzic": "person"}
    found = find_events(text, PartialDate(2014, 6), mentions_of(text, names))
    acquittal = next(e for e in found if e.type.value == "other")
    assert acquittal.actors == ()
    assert acquittal.targets in (("Tomas Velk",), ("Ana Ruzic",))
    assert acquittal.date is not None and acquittal.date.iso == "2013-03"
