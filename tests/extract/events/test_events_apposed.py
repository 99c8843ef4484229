"""A list of persons each with an apposed participle and its date ("M. A, arrêté le 20 juillet, et
MM. B et C, arrêtés le 30 août"): each participle befalls the persons named before it, after the
same participle told before, not those named after it."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import PartialDate

from .conftest import mentions_of

NAMES = {"Tomas Velk": "person", "Jan Oros": "person", "Pero Halm": "person"}


@pytest.mark.parametrize(
    "text",
    [
        "Les plaignants dénoncent l'arrestation de M. Tomas Velk, secrétaire général, arrêté le 20 juillet "
        "2015, et de MM. Jan Oros et Pero Halm, dirigeants de la fédération, arrêtés le 30 août 2015.",
        "Los querellantes denuncian la detención del Sr. Tomas Velk, secretario general, detenido el 20 de "
        "julio de 2015, y de los Sres. Jan Oros y Pero Halm, dirigentes, detenidos el 30 de agosto de 2015.",
        "Les plaignants dénoncent l'incarcération de M. Tomas Velk, incarcéré le 20 juillet 2015, et de "
        "MM. Jan Oros et Pero Halm, incarcérés le 30 août 2015.",
    ],
)
def test_each_apposed_participle_befalls_the_persons_before_it(text: str) -> None:
    found = find_events(text, PartialDate(2016, 6), mentions_of(text, NAMES))
    arrests = [e for e in found if e.type.value == "arrest"]
    persons = {e.date.iso if e.date else None: {t for t in e.targets if t in NAMES} for e in arrests}
    assert persons == {"2015-07-20": {"Tomas Velk"}, "2015-08-30": {"Jan Oros", "Pero Halm"}}
