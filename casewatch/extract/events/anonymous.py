"""Acts told of no one and at no time: "La grève est un droit", "the first time we see a teacher
arrested in class", "following demonstrations". An arrest, a sentence, a strike or a dismissal that
names neither who did it nor who underwent it, and carries no date, is a general statement or a
circumstance, not an event of the case; institution acts (a law adopted, a registration refused)
may be told without naming anyone and are kept."""

from __future__ import annotations

from collections.abc import Iterable

from casewatch.extract.events.triggers import PERSON_ACTS
from casewatch.model import Event, EventType

# acts that always have someone doing or undergoing them
_DONE_BY_OR_TO_SOMEONE = PERSON_ACTS | {EventType.PROTEST, EventType.APPEAL}


def told_of_someone(events: Iterable[Event]) -> list[Event]:
    """The events kept: those naming a participant, dated, or of a kind told without anyone."""
    return [
        e
        for e in events
        if e.actors or e.targets or e.date is not None or e.type not in _DONE_BY_OR_TO_SOMEONE
    ]
