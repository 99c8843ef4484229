"""When a news telling dates an act: a step still to come or an act told as later does not take
the date written near it, and a day written without its month ("on 3 and 9 May") has the month
of the date after it."""

from __future__ import annotations

import re

from casewatch.extract.dates import DateMention
from casewatch.extract.events.triggers import Trigger
from casewatch.extract.gated import gated
from casewatch.model import EventType, PartialDate

# a step still to come written between the act and a date after it: "released on bail and expected to
# appear in court on 11 January", "charged ... and will appear in court on 29 June"
_COMING_BETWEEN = gated(  # behind its words: most stretches it is read in, one per act or date, hold none
    r"\b(?:will|shall|(?:is|are|was|were) (?:expected|due|scheduled|set|to)|expected to|scheduled (?:for|to)"
    r"|doit|doivent|devra|devront|deberá|deberán"
    # its outcome: "the trial ended with his acquittal on 3 March", "s'est achevé par sa relaxe le"
    r"|ended (?:with|in)|resulted in|s['’]est (?:achevée?|terminée?|conclue?) (?:par|sur)|a abouti à"
    r"|termin(?:ó|aron) (?:con|en)|conclu(?:yó|yeron) con|culmin(?:ó|aron) con)\b",
    re.I,
)
# another act's start after the act: "arrested X after calling for a general strike of road workers
# starting on 12 February": the date is when that strike begins, not when X was arrested
_OTHER_ACT_STARTING = gated(
    r"\b(?:strikes?|walkouts?|stoppages?|protests?|demonstrations?|rall(?:y|ies)|marches|march|boycotts?|"
    r"campaigns?|huelgas?|paros?|grèves?|manifestations?)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:starting|beginning|commencing|due to start|à partir du|a partir del)\s+(?:on\s+|from\s+)?$",
    re.I,
)
START_REACH = 90  # chars before a date where another act's noun and its start are written


# an organisation's founding: "since its founding in 1995", "founded in 1995": the year it was set up
_FOUNDING_BEFORE = re.compile(
    r"\b(?:(?:its|their|the union's|his|her)\s+(?:founding|foundation|creation|establishment|inception)"
    r"|(?:was|were|been)\s+(?:founded|established|created|set up|formed)"
    r"|(?:sa|leur)\s+(?:fondation|création)|(?:su)\s+(?:fundación|creación|constitución))\s+(?:in|en)\s+$",
    re.I,
)
FOUNDING_REACH = 50  # chars before a date where the founding it dates is written


# "released two days later": the act comes after the one dated before it, on a day not given
_LATER_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}(?<!hours )(?<!hour )(?<!minutes )later\b", re.I)
LATER_REACH = 30  # chars before the act where "have since", "later" tells it came after
# "on 3 and 9 May", "le 3 et le 9 mai": a day listed before a date, its month left out
_ELIDED_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*|\s+(?:and|et|y)\s+(?:(?:le|el)\s+)?)$", re.I)
_ELIDED_START = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|until|till|au|al|-|–|—)\s*$", re.I)
# a news dateline in any case: "Brussels, 9 April 2009 (ITUC OnLine):", "Geneva, 5 May 2020 –"
_DATELINE_PLACE = re.compile(r"\W*[A-ZÀ-Ý][\w.'’-]+(?:[ -][A-ZÀ-Ý][\w.'’-]+){0,2},?\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?::|[–—-]\s)")
_PERIOD_OPENING = re.compile(r"\b(?:between|from|entre|du|del|desde el)\s+$", re.I)


def coming_after(text: str, trigger: Trigger, date: DateMention) -> bool:
    """A date after the act with a step still to come, or its outcome, between them dates that step."""
    return date.start > trigger.end and bool(_COMING_BETWEEN.search(text, trigger.end, date.start))


# "after the strike of 3 May, the company dismissed": the act came after the one that date is of
_AFTER_OTHER_ACT = re.compile(
    r"\b(?:after|following|après|tras|después de|luego de)\s+(?:the\s+|la\s+|le\s+|el\s+|l['’])?"
    r"(?:[\w-]+\s+){1,3}?(?:of|on|held on|du|de|del|le|el)\s+(?:the\s+)?$",
    re.I,
)
AFTER_REACH = 60  # chars before the date where "after the strike of" is written


def after_other_act(text: str, trigger: Trigger, date: DateMention) -> bool:
    """A date before the act, of another act the act is told as following, is not its date."""
    return date.end <= trigger.start and bool(
        _AFTER_OTHER_ACT.search(text, max(0, date.start - AFTER_REACH), date.start)
    )


def other_act_starting(text: str, trigger: Trigger, date: DateMention) -> bool:
    """A date after the act, written as the start of another act named after it, dates that act."""
    near = max(trigger.end, date.start - START_REACH)
    return date.start > trigger.end and bool(_OTHER_ACT_STARTING.search(text, near, date.start))


def founding_date(text: str, trigger: Trigger, date: DateMention) -> bool:
    """ "Since its founding in 1995, ... all its presidents were jailed": the year an organisation
    was set up dates that, no act told with it (a registration may take it)."""
    if trigger.type is EventType.REGISTRATION:
        return False
    return bool(_FOUNDING_BEFORE.search(text, max(0, date.start - FOUNDING_REACH), date.start))


def told_later(text: str, trigger: Trigger, date: DateMention, later: re.Pattern[str]) -> bool:
    """ "X was released on 20 July, others have since been arrested": an act told as coming after
    a dated one, in the same sentence, does not take its date."""
    near = max(date.end, trigger.start - LATER_REACH)
    return date.end <= trigger.start and bool(
        later.search(text, near, trigger.start) or _LATER_AFTER.match(text, trigger.end)
    )


def elided_days(text: str, date: DateMention) -> list[DateMention]:
    """The days listed right before a day date without their month ("on 3 and 9 May"), with its
    month and year; in a period ("between 3 and 9 May") the month alone, which the period shares."""
    if date.date.day is None or date.date.month is None:
        return []
    start = _ELIDED_START.search(text, max(0, date.start - 16), date.start)
    found = start or _ELIDED_DAY.search(text, max(0, date.start - 16), date.start)
    if found is None:
        return []
    if start or _PERIOD_OPENING.search(text, max(0, found.start() - 12), found.start()):
        month = PartialDate(date.date.year, date.date.month)
        return [DateMention(found.start(1), date.end, text[found.start(1) : date.end], month)]
    try:
        day = PartialDate(date.date.year, date.date.month, int(found.group(1)))
    except ValueError:
        return []
    if day.day is not None and day.day >= (date.date.day or 0):
        return []  # "on 12 and 9 May" is no list in order
    if day.day == (date.date.day or 0) - 1 and "," not in found.group(0):
        # "a strike on 14 and 15 October", "les 13 et 14 novembre": two days running are one
        # stretch of time, dated by their month, not two acts
        month = PartialDate(date.date.year, date.date.month)
        return [DateMention(found.start(1), date.end, text[found.start(1) : date.end], month)]
    return [DateMention(found.start(1), found.end(1), found.group(1), day)]


def news_dateline(text: str, sentence_start: int, date: DateMention) -> bool:
    """A place, the date and the agency opening a report date the report, not the acts it tells."""
    return bool(
        _DATELINE_PLACE.fullmatch(text, sentence_start, date.start) and _DATELINE_AFTER.match(text, date.end)
    )
