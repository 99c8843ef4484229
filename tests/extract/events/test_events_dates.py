"""Two acts of one type told as nouns in one sentence, each with its date ("the arrest of A in May
and the arrest of B in June"): each act keeps the date written after it, not the one before."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import PartialDate

from .conftest import mentions_of

NAMES = {"Tomas Velk": "person", "Jan Oros": "person"}


def dated(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    found = find_events(text, PartialDate(2014, 6), mentions_of(text, NAMES))
    return sorted((e.type.value, e.date.iso if e.date else None, e.targets) for e in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Committee notes the arrest of Mr Tomas Velk in December 2012 and the arrest of Mr Jan Oros "
         "in February 2013.", "arrest"),
        ("Le comité prend note de l'arrestation de M. Tomas Velk en décembre 2012 et de l'arrestation de "
         "M. Jan Oros en février 2013.", "arrest"),
        ("El Comité toma nota de la detención del Sr. Tomas Velk en diciembre de 2012 y de la detención del "
         "Sr. Jan Oros en febrero de 2013.", "arrest"),
        ("The complainant alleges the dismissal of Mr Tomas Velk on 3 May 2012 and the dismissal of "
         "Mr Jan Oros on 9 February 2013.", "harassment"),
    ],
)  # fmt: skip
def test_each_noun_act_keeps_the_date_after_it(text: str, kind: str) -> None:
    found = dated(text)
    assert [(t, d[:7] if d else None, who) for t, d, who in found] == [
        (kind, "2012-05" if kind == "harassment" else "2012-12", ("Tomas Velk",)),
        (kind, "2013-02", ("Jan Oros",)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le procès de M. Tomas Velk s'est achevé par sa relaxe le 3 mars 2013.",
        "El juicio contra el Sr. Tomas Velk terminó con su absolución el 3 de marzo de 2013.",
        "El juicio contra el Sr. Tomas Velk culminó con su absolución el 3 de marzo de 2013.",
    ],
)
def test_a_trial_takes_no_date_of_its_outcome(text: str) -> None:
    assert ("legal_action", None, ("Tomas Velk",)) in dated(text)
    assert ("other", "2013-03-03", ("Tomas Velk",)) in dated(text)


@pytest.mark.parametrize(
    "text",
    [
        "The complainant alleges that, after the strike of 3 May 2015, the company dismissed 40 workers.",
        "Le plaignant allègue qu'après la grève du 3 mai 2015, l'entreprise a licencié 40 travailleurs.",
        "El querellante alega que tras la huelga del 3 de mayo de 2015 la empresa despidió a 40 obreros.",
    ],
)
def test_an_act_told_after_a_dated_one_takes_not_its_date(text: str) -> None:
    found = {e.type.value: e.date.iso if e.date else None for e in find_events(text, PartialDate(2016, 1))}
    assert found == {"protest": "2015-05-03", "harassment": None}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Mr Tomas Velk has been detained since March 2013.", "2013-03"),
        ("Mr Jan Oros has been held in custody since 4 February 2013, his union says.", "2013-02-04"),
        ("El Sr. Tomas Velk ha sido detenido desde el 9 de enero de 2013.", "2013-01-09"),
        ("Jan Oros has been imprisoned since April 2012.", "2012-04"),
    ],
)  # fmt: skip
def test_a_detention_told_as_lasting_since_a_day_began_that_day(text: str, day: str) -> None:
    assert [(t, d) for t, d, _ in dated(text)] == [("arrest", day)]


@pytest.mark.parametrize(
    "text",
    [
        "Since 1998 the union has campaigned for higher wages; on Monday Tomas Velk was attacked by gunmen.",
        "Desde 1998 el sindicato tiene su sede en el puerto; el lunes Tomas Velk fue atacado a tiros.",
        "Depuis 1998, le syndicat siège au port ; lundi, Tomas Velk a été agressé par des hommes armés.",
    ],
)  # fmt: skip
def test_a_period_opened_by_since_does_not_date_a_later_attack(text: str) -> None:
    assault = [d for t, d, who in dated(text) if t == "assault"]
    assert assault == [None]


def test_a_strike_lasting_since_a_day_keeps_that_day() -> None:
    found = dated("Since 12 May 2013 the dockers of the port have been on strike.")
    assert [(t, d) for t, d, _ in found] == [("protest", "2013-05-12")]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Jan Oros on 1 February 2013. He has been held incommunicado since 5 February 2013.",
        "La police a arrêté Jan Oros le 1er février 2013. Jan Oros est détenu depuis le 5 février 2013.",
        "La policía detuvo a Jan Oros el 1 de febrero de 2013. Está detenido desde el 5 de febrero de 2013.",
    ],
)  # fmt: skip
def test_a_detention_lasting_since_a_day_retells_the_arrest_told_before(text: str) -> None:
    assert [(t, d) for t, d, _ in dated(text)] == [("arrest", "2013-02-01")]
