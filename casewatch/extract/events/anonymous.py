"""Acts told of no one: "La grève est un droit", "the first time we see a teacher arrested in class",
"following demonstrations", "in 2031 arrests multiplied". An arrest, a sentence, an assault, a strike
or an appeal that names neither who did it nor who underwent it is no event of the case: undated, it is
a general statement or a circumstance; dated, a count or a backdrop, and where the document tells the
same act with its people, that telling is the event. Institution acts (a law adopted, a registration
refused) may be told without naming anyone and are kept."""

from __future__ import annotations

from collections.abc import Iterable

from casewatch.extract.events.triggers import PERSON_ACTS
from casewatch.model import Event, EventType

# acts that always have someone doing or undergoing them
_DONE_BY_OR_TO_SOMEONE = PERSON_ACTS | {EventType.PROTEST, EventType.APPEAL}


def told_of_someone(events: Iterable[Event]) -> list[Event]:
    """The events kept: those naming a participant, or of a kind told without anyone."""
    return [e for e in events if e.actors or e.targets or e.type not in _DONE_BY_OR_TO_SOMEONE]
