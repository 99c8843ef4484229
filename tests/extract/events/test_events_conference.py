"""Conference Committee wordings: the Worker members recalling acts ("ont rappelé", "recordaron")
tell them and undergo none; a conviction told as the person's ("her conviction by the court on ...",
"sa condamnation par", "su condena por") is a conviction beside the arrest told with it."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import PartialDate

from .conftest import mentions_of


@pytest.mark.parametrize(
    "text",
    [
        "The Worker members recalled the arrest of Ms Lidia Marr on 15 January 2019 and her conviction by "
        "the district court on 3 April 2019 to two years of imprisonment.",
        "Les membres travailleurs ont rappelé l'arrestation de Mme Lidia Marr le 15 janvier 2019 et sa "
        "condamnation par le tribunal le 3 avril 2019.",
        "Los miembros trabajadores recordaron la detención de la Sra. Lidia Marr el 15 de enero de 2019 y su "
        "condena por el tribunal el 3 de abril de 2019.",
    ],
)
def test_the_arrest_and_the_conviction_befall_the_person_only(text: str) -> None:
    found = find_events(text, PartialDate(2019, 6), mentions_of(text, {"Lidia Marr": "person"}))
    assert sorted((e.type.value, e.date.iso if e.date else None, e.targets) for e in found) == [
        ("arrest", "2019-01-15", ("Lidia Marr",)),
        ("conviction", "2019-04-03", ("Lidia Marr",)),
    ]


def test_a_conviction_a_principle_speaks_of_is_no_act() -> None:
    text = "The Committee recalls that her conviction for union activities would be contrary to principles."
    assert find_events(text, PartialDate(2019, 6)) == []
