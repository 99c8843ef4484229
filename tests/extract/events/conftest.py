"""What the event tests share: mentions of invented names placed where a text names them."""

from __future__ import annotations

from casewatch.extract.events.find import find_events
from casewatch.model import Event, Mention, PartialDate


def mentions_of(text: str, names: dict[str, str]) -> list[Mention]:
    """A mention of each name (name -> label) at every place the text holds it, in text order."""
    out = []
    for name, label in names.items():
        start = text.find(name)
        while start >= 0:
            out.append(Mention(label, name, start, start + len(name), entity=name))
            start = text.find(name, start + 1)
    return sorted(out, key=lambda m: m.start)


def found_in(text: str, anchor: PartialDate | None, names: dict[str, str] | None = None) -> list[Event]:
    """The events of a text dated against `anchor`, with the invented names given placed as mentions."""
    return find_events(text, anchor, mentions_of(text, names or {}))


def kinds_and_dates(events: list[Event]) -> list[tuple[str, str | None]]:
    """Each event's type and ISO date, in the order found."""
    return [(e.type.value, e.date.iso if e.date else None) for e in events]
