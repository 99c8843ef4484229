"""Dates an event takes from its neighbours: a dateless event takes the month of the dated event
told before it in its paragraph, or its day where it happened "on the same day" or is told right
after a sentence opening with that day; a summary of many
acts, a sentence writing a date of its own and an act told as coming later take none."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from casewatch.extract.dates import DateMention, find_dates
from casewatch.extract.events.dates import LATER
from casewatch.model import Event, EventType, PartialDate

_ANY_YEAR = PartialDate(2000, 6, 15)  # reads "on 10 February" only to know a date is written
SAME_TIME_REACH = 1500  # chars: "at the same time" refers back to a nearby event
_SAME_TIME = re.compile(
    r"\b(?:on the same day|at the same time|on that day|that same day|the same day|later that day"
    r"|(?:ese|el|aquel) mismo día|ese día|(?:le|ce) même jour|ce jour-là|le jour même|в (?:тот|этот) же день"
    # "died an hour later": hours or minutes after the act before, the same day
    r"|(?:an?|one|a few|two|three|\d+) (?:hours?|minutes?) later|(?:hours|minutes) later"
    r"|(?:quelques|une|deux|trois|\d+) (?:heures?|minutes?) plus tard"
    r"|(?:unas|una|dos|tres|\d+) (?:horas?|minutos?) (?:después|más tarde))(?![\w-])",
    re.I,
)


# "On Thursday 28 May 2031, police raided ...": a date opening the sentence sets the scene of the story
_SCENE_OPENING = re.compile(
    r"\W*(?:on|le|el|the|in the (?:night|morning|evening) of|dans la nuit du"
    r"|(?:en )?la (?:noche|madrugada) del)?"
    r"\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo),?\s*)?$",
    re.I,
)
# the next sentence tells of another time ("the next day", "le lendemain", "días después")
_OTHER_TIME = re.compile(
    r"\b(?:next|following|previous|before|after|later|since|then|until|lendemain|veille|suivante?"
    r"|siguiente|anterior|después|antes|tras|après|avant|puis|ensuite|depuis|desde|weeks?|months?"
    r"|years?|semaines?|mois|ans?|années?|semanas?|mes(?:es)?|años?)\b",
    re.I,
)


# a day's force against the union (a raid, beatings, arrests) is told over several sentences; a strike
# or a protest may last for days, and what follows it need not fall on its first
_FORCE = frozenset({EventType.HARASSMENT, EventType.ASSAULT, EventType.ARREST, EventType.KILLING})
_GOING_ON = _FORCE | {EventType.RELEASE}


def _scene_day(text: str, last: Event, event: Event) -> bool:
    """The act is told in the sentence right after one opening with its full date, in the same
    paragraph and at no other time: the story goes on on that day ("On 28 May 2031, police raided
    the offices. Two leaders were arrested.")."""
    if last.date is None or last.date.day is None or not last.date_text:
        return False
    if last.type not in _FORCE or event.type not in _GOING_ON:
        return False
    between = text[last.end : event.start]
    opening = text.find(last.date_text, last.start, last.end)
    return (
        not between.strip()
        and "\n\n" not in between
        and opening >= 0
        and _SCENE_OPENING.fullmatch(text, last.start, opening) is not None
        and _OTHER_TIME.search(event.quote) is None
    )


def _paragraph(text: str, pos: int) -> int:
    """Start of the paragraph holding `pos`; a gap before a lower-case word is a page break."""
    gap = text.rfind("\n\n", 0, pos)
    while gap > 0 and text[gap:pos].lstrip()[:1].islower():
        gap = text.rfind("\n\n", 0, gap)
    return gap


def _dates_itself(event: Event) -> bool:
    """The sentence writes a date of its own that did not date the act (a letter's date, "on
    February 10" with no year to read it by): it is no sentence without a date."""
    return bool(find_dates(event.quote, _ANY_YEAR))


def _month_of(date: PartialDate | None) -> PartialDate | None:
    """A date carried to a sentence that writes none keeps its year and month: a day is never
    invented for an act told without one."""
    return PartialDate(date.year, date.month) if date else None


def _later(event: Event) -> bool:
    """The sentence dates itself (see `_dates_itself`) or tells its act as coming later."""
    return _dates_itself(event) or LATER.search(event.quote) is not None


@dataclass(frozen=True)
class Scene:
    """A sentence telling no act that opens with a date ("On 3 May, tensions rose at the mill."):
    the story of the sentence right after it goes on at that time."""

    start: int
    end: int
    date: PartialDate


def scene_of(text: str, start: int, end: int, dates: Sequence[DateMention]) -> Scene | None:
    """The sentence (`start`, `end`) as a scene, when its first date opens it."""
    first = min(dates, key=lambda d: d.start, default=None)
    if first is None or _SCENE_OPENING.fullmatch(text, start, first.start) is None:
        return None
    return Scene(start, end, first.date)


def _scene_before(text: str, event: Event, scenes: Sequence[Scene], last: Event | None) -> Scene | None:
    """The scene told right before the event's sentence, in its paragraph, after the last dated act,
    when the event tells of no other time."""
    scene = next((s for s in scenes if s.end <= event.start and not text[s.end : event.start].strip()), None)
    if scene is None or "\n\n" in text[scene.end : event.start] or _OTHER_TIME.search(event.quote):
        return None
    return scene if last is None or last.end <= scene.start else None


def carry_dates(text: str, events: Sequence[tuple[Event, bool]], scenes: Sequence[Scene] = ()) -> list[Event]:
    """A dateless event takes the month of the last dated event in its paragraph, or the date of
    the last dated event anywhere when it happened "on the same day" / "at the same time"; told
    right after a sentence that opens with a date and tells no act (a `Scene`), it takes that date's
    month. A summary of many acts keeps no date: it tells no one act of that day, nor does a sentence
    that writes a date of its own."""
    out: list[Event] = []
    last: Event | None = None
    for event, summary in events:
        scene = _scene_before(text, event, scenes, last) if event.date is None and scenes else None
        if scene is not None and not summary and not _later(event):
            event = replace(event, date=_month_of(scene.date), date_text=None)
        elif event.date is None and last is not None and not summary and not _later(event):
            same_time = _SAME_TIME.search(event.quote)
            near = same_time and event.start - last.end < SAME_TIME_REACH
            if near or _scene_day(text, last, event):
                event = replace(event, date=last.date, date_text=last.date_text)
            elif _paragraph(text, last.start) == _paragraph(text, event.start):
                event = replace(event, date=_month_of(last.date), date_text=last.date_text)
        if event.date is not None:
            last = event
        out.append(event)
    return out
