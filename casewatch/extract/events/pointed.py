"""Acts pointed back to: a noun act written with a definite word after a condemnation, a report of
it or as the cause of another act ("condemns the attack", "reported the arrests to X", "went on
strike to protest the arrests", "after the dismissals", "dénonce ces licenciements") names an act the
page has already told, no new one. It is folded into the last earlier telling of its type, when
there is one and it names no person the earlier ones do not."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from casewatch.extract.events.participants import key
from casewatch.extract.events.tellings import participants
from casewatch.model import Event, Mention

REACH = 60  # chars before the noun where the condemnation or the cause is looked for
# the word that makes the noun point back: a condemnation or protest of it, or a time after it
_POINTING = (
    r"\b(?:condemn\w*|denounc\w*|deplor\w*|protest(?:s|ed|ing)?(?: against)?|after|following|over|reported"
    r"|dénon\w*|condamn\w*|contre|après|suite à|conden\w*|denunci\w*|repudi\w*|contra|tras|después de"
    r"|осужда\w*|после|против)\s+"
)
# a definite word or possessive between it and the noun: the act already known
_DEFINITE = (
    r"(?:(?:the|these|those|this|such|its|their|his|her|le|la|les|ces|cette|ce|leurs?|ses|el|los|las"
    r"|estos|estas|esta|este|su|sus|эт\w+|l['’]|du|des|del|de la|de los|de las)\s*|[\w-]+['’]s\s+)"
)
_POINTED = re.compile(_POINTING + _DEFINITE + r"(?:[\w'’-]+\s+){0,4}?$", re.I)
# the act's noun as stored: its first word ("attack", "arrests", "conviction of")
_FIRST_WORD = re.compile(r"[\w'’-]+")


def _noun_at(text: str, event: Event) -> int | None:
    """Where the event's trigger word stands in its sentence, if found."""
    word = _FIRST_WORD.match(event.trigger or "")
    if not word:
        return None
    at = text.find(word.group(), event.start, event.end)
    return at if at >= 0 else None


def _new_person_named(at: int, event: Event, persons: Sequence[Mention], earlier: set[str]) -> bool:
    """A person named after the noun in its sentence ("the arrest of Ana Roe") whom no earlier telling
    names."""
    return any(at < m.start < event.end and key(m) not in earlier for m in persons)


def _points_back(text: str, event: Event, before: Sequence[Event], persons: Sequence[Mention]) -> bool:
    at = _noun_at(text, event)
    earlier = set().union(*(participants(e) for e in before))
    return (
        at is not None
        and _POINTED.search(text, max(event.start, at - REACH), at) is not None
        and not _new_person_named(at, event, persons, earlier)
    )


def _told_before(out: Sequence[tuple[Event, bool, bool]], event: Event, headed: set[int]) -> list[int]:
    """Indices of the earlier tellings of the event's type, but "Allegations:" lines."""
    return [
        i
        for i, (e, _, _) in enumerate(out)
        if e.type == event.type and e.start < event.start and e.start not in headed
    ]


def pointed_back(
    text: str, told: Sequence[tuple[Event, bool, bool]], persons: Sequence[Mention], headed: set[int]
) -> list[tuple[Event, bool, bool]]:
    """The tellings with the dateless noun acts that point back to an act of their type told before
    (not in an "Allegations:" line, which sums up the acts the record then tells) folded into it:
    who it says acted ("denounces the dissolution of the guild by the ministry") acts in that act."""
    out: list[tuple[Event, bool, bool]] = []
    for event, summary, nominal in told:
        # only a dateless noun act can point back: most tellings are read no further
        before = [] if not nominal or event.date is not None else _told_before(out, event, headed)
        if before and _points_back(text, event, [out[i][0] for i in before], persons):
            kept, summed, noun = out[before[-1]]
            actors = (*kept.actors, *(a for a in event.actors if a not in kept.targets))
            out[before[-1]] = (replace(kept, actors=tuple(dict.fromkeys(actors))), summed, noun)
            continue
        out.append((event, summary, nominal))
    return out
