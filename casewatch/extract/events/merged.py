"""Retellings merged: one act told twice with compatible dates (one a prefix of the other), or twice
with no date at all, and shared or unknown participants is one event, with the more precise date and
every participant."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from casewatch.extract.events.again import also_others, another_time
from casewatch.extract.events.tellings import (
    ONCE_TOLD,
    Known,
    counted,
    counted_apart,
    counted_in,
    participants,
    same_forum,
)
from casewatch.extract.events.triggers import ONCE_A_YEAR, PERSON_ACTS
from casewatch.model import Event, EventType

# acts a story tells again without a date: one arrest, strike or attack told, then recalled in other
# words; acts that come in series (appeals, charges, dismissals) or befall organisations are told apart
UNDATED_ONCE = ONCE_TOLD | {EventType.PROTEST, EventType.ASSAULT}
# a telling summing up the acts of a stretch of time ("since the start of the protests, activists have
# been taken into custody"): many acts, which no single telling retells
_OVER_A_STRETCH = re.compile(
    r"\b(?:since the (?:start|beginning|outset)|over the (?:past|last)|in recent (?:days|weeks|months|years)"
    r"|depuis le (?:début|commencement)|ces derni(?:ers|ères) (?:jours|semaines|mois|années)"
    r"|desde el (?:inicio|comienzo|principio)|en (?:los|las) últim[oa]s|за последние)",
    re.I,
)
_ANEW = re.compile(r"re-?(?:arrest|detain|imprison|jail)", re.I)


def _same_event(a: Event, b: Event, known: Known) -> bool:
    """Same type, compatible dates (one a prefix of the other), at least one told with its own date,
    and shared or unknown participants. Whoever is named: a less precise retelling of a once-a-year
    act, or a same-day retelling where one telling names no person ("the court" then "the court
    sentenced him") or takes its date from the sentence before."""
    if a.type != b.type or a.date is None or b.date is None:
        return False
    if not (_told(a) or _told(b) or _echoed(a, b)):
        return False
    if _anew(a, b):
        return False
    if also_others(b, participants(a)):
        return False  # "their families have also been arrested": the act on others
    if counted_apart(a, b, known) or counted_apart(b, a, known):
        return False
    if not (a.date.iso.startswith(b.date.iso) or b.date.iso.startswith(a.date.iso)):
        return False
    # groups and bare acronyms name no one in particular: they neither join nor part two tellings
    pa, pb, persons = participants(a) & known.named, participants(b) & known.named, known.persons
    if a.type in PERSON_ACTS and pa & persons and pb & persons and not pa & pb & persons:
        return False  # acts on different persons, whatever organisation they share
    if pa & pb or not pa or not pb:
        return True
    if a.date.iso != b.date.iso or a.date.month is None:
        return a.type in ONCE_A_YEAR
    return a.date.day is not None and not (_told(a) and _told(b)) and not (pa & persons and pb & persons)


def _anew(a: Event, b: Event) -> bool:
    """ "he was rearrested": a new act on the same person."""
    return bool(_ANEW.match(a.trigger or "") or _ANEW.match(b.trigger or ""))


def _undated_retold(a: Event, b: Event, known: Known) -> bool:
    """ "Three organisers were detained by the police ... They were detained when they came to give
    a statement": two dateless tellings of one type in different sentences are one act when they
    share whom they name, or when one names no one in particular (a group, a pronoun)."""
    if a.type != b.type or a.type not in UNDATED_ONCE or a.date is not None or b.date is not None:
        return False
    if a.start == b.start or not same_forum(a, b) or _anew(a, b):
        return False  # two acts of one sentence are told apart already
    if also_others(b, participants(a)) or counted_apart(a, b, known) or counted_apart(b, a, known):
        return False
    if {a.start, b.start} & known.headed or any(_OVER_A_STRETCH.search(e.quote) for e in (a, b)):
        return False  # an "Allegations:" line or a stretch of time sums up many acts
    if another_time(b) or (b.type in PERSON_ACTS and _counted_anew(b, known)):
        return False
    pa, pb, persons = participants(a) & known.named, participants(b) & known.named, known.persons
    if a.type in PERSON_ACTS and pa & persons and (pb & persons) - pa:
        return False  # acts on other persons too: "Besides X, the police also detained Y"
    return bool(pa & pb) or not pa or not pb


def _counted_anew(event: Event, known: Known) -> bool:
    """ "40 more protesters were arrested", "five union members were detained": a group counted anew
    is one the act befalls on its own."""
    groups = participants(event) - known.named
    return counted(event, known) is not None or any(counted_in(event.quote, g) for g in groups)


def _echoed(earlier: Event, later: Event) -> bool:
    """Both dated by one mention carried from a neighbour, the later naming no one: the act told
    again ("the police beat and detained the pickets. Many were beaten and dozens were
    detained")."""
    return earlier.date_text is not None and earlier.date_text == later.date_text and not participants(later)


def _told(event: Event) -> bool:
    """The event's date is written in its own sentence (not carried from a neighbour)."""
    return event.date_text is not None and event.date_text in event.quote


def _merge(kept: Event, other: Event) -> Event:
    """One event told twice: the more precise date, every participant."""
    longer = other.date is not None and (kept.date is None or len(other.date.iso) > len(kept.date.iso))
    dated = other if longer else kept
    actors = tuple(dict.fromkeys((*kept.actors, *other.actors)))
    targets = tuple(k for k in dict.fromkeys((*kept.targets, *other.targets)) if k not in actors)
    forum = tuple(dict.fromkeys((*kept.forum, *other.forum)))
    reporter = tuple(dict.fromkeys((*kept.reporter, *other.reporter)))
    return replace(
        kept,
        date=dated.date,
        date_text=dated.date_text,
        actors=actors,
        targets=targets,
        forum=forum,
        reporter=reporter,
    )


def _retold(kept: Event, event: Event, known: Known) -> bool:
    return _same_event(kept, event, known) or _undated_retold(kept, event, known)


def merge_retold(events: Sequence[Event], known: Known) -> list[Event]:
    """A document tells one event once: later retellings merge into the first telling."""
    out: list[Event] = []
    for event in events:
        fitting = [i for i, kept in enumerate(out) if _retold(kept, event, known)]
        # of several, a telling naming only a group retells the one sharing that group ("twelve
        # teachers were arrested on 5 May ... the teachers were arrested for marching"; a news list's
        # headline repeated after its item), not the first act of its type on the page
        groups = participants(event) - known.named
        alike = [i for i in fitting if participants(out[i]) & groups] if groups == participants(event) else []
        i = next(iter(alike or fitting), None)
        if i is None:
            out.append(event)
        else:
            out[i] = _merge(out[i], event)
    return out
