"""An act told as one more of its kind ("arrested again", "re-arrested", "was also arrested in
August", "detenido de nuevo"): a further act, never a retelling of a dateless one told before."""

from __future__ import annotations

import re

from casewatch.model import Event

_ANOTHER_TIME = re.compile(
    r"\b(?:again|once (?:again|more)|a second time|for the (?:second|third) time|de nouveau|à nouveau"
    r"|nuevamente|de nuevo|otra vez)\b|\bre-?(?:arrested|detained|jailed|imprisoned)\b",
    re.I,
)
_ALSO_THEN, _WHEN_AFTER = (
    re.compile(r"\b(?:also|aussi|également|también|igualmente|также|тоже)\s+(?:\w+\s+){0,2}$", re.I),
    re.compile(r"\s+(?:in|on|last|earlier)\b", re.I),
)


def another_time(event: Event) -> bool:
    """The act is told as one more of its kind ("arrested again", "was also arrested in August")."""
    word = event.trigger or ""
    if not word or (at := event.quote.find(word)) < 0:
        return False
    around = event.quote[max(0, at - 30) : at + len(word) + 30]
    also = _ALSO_THEN.search(event.quote, max(0, at - 30), at) and _WHEN_AFTER.match(
        event.quote, at + len(word)
    )
    return bool(_ANOTHER_TIME.search(around) or also)


def also_others(event: Event, groups_told: set[str]) -> bool:
    """ "the wives of the jailed delegates have also been arrested": one more act of its kind on a
    group the act told before does not name, not a retelling of it."""
    word = event.trigger or ""
    if not word or (at := event.quote.find(word)) < 0:
        return False
    groups = {*event.actors, *event.targets}
    return bool(_ALSO_THEN.search(event.quote, max(0, at - 30), at)) and bool(groups - groups_told)
