"""An act done by or to someone that names no one is a general statement, a count or a backdrop, not
an event of the case."""

from __future__ import annotations

from casewatch.extract.events.anonymous import told_of_someone
from casewatch.model import Event, EventType, PartialDate


def _event(kind: EventType, **kw: object) -> Event:
    return Event(kind, 0, 10, "quote", **kw)  # type: ignore[arg-type]


def test_a_strike_named_by_no_one_and_undated_is_dropped() -> None:
    assert told_of_someone([_event(EventType.PROTEST)]) == []


def test_an_act_naming_someone_is_kept() -> None:
    kept = [
        _event(EventType.ARREST, targets=("p1",)),
        _event(EventType.CONVICTION, actors=("o1",)),
        _event(EventType.PROTEST, actors=("o2",), date=PartialDate(2022, 3)),
    ]
    assert told_of_someone(kept) == kept


def test_a_dated_act_naming_no_one_is_dropped() -> None:
    dated = [
        _event(EventType.ARREST, date=PartialDate(2031)),
        _event(EventType.PROTEST, date=PartialDate(2031, 5)),
    ]
    assert told_of_someone(dated) == []


def test_an_institution_act_may_be_told_without_anyone() -> None:
    adopted = [_event(EventType.LAW_CHANGE), _event(EventType.REGISTRATION_REFUSED)]
    assert told_of_someone(adopted) == adopted
