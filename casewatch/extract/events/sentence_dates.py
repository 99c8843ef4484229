"""A sentence's dates: those listed with an act's date, a period's shared date, and the year a day
and month without one are read in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from casewatch.extract.dates import DateMention, find_dates
from casewatch.extract.events.timing import elided_days
from casewatch.extract.sentences import Sentence
from casewatch.model import PartialDate

YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_WRITTEN_DAY = re.compile(r"\d")
LIST_GAP = re.compile(r"\s*(?:,|;|and|,\s*and|as well as)\s*(?:on\s+)?")
_PERIOD_START = re.compile(r"\b(?:between|from|entre|du|del|desde el|с)\s+$", re.I)
_PERIOD_GAP = re.compile(r"\s*(?:and|to|until|till|et|au|à|y|al|hasta el|a|по|[-–—])\s*", re.I)


def coordinated(
    text: str, dates: Sequence[DateMention], date: DateMention | None
) -> list[DateMention | None]:
    """The governing date and the dates listed with it ("on 3 May, 9 June and 1 July 2018")."""
    if date is None:
        return [None]
    i = dates.index(date)
    is_period, period = _period(text, dates, i)
    if is_period:
        return [period]
    lo, hi = i, i
    while lo > 0 and LIST_GAP.fullmatch(text[dates[lo - 1].end : dates[lo].start]):
        lo -= 1
    while hi + 1 < len(dates) and LIST_GAP.fullmatch(text[dates[hi].end : dates[hi + 1].start]):
        hi += 1
    elided = elided_days(text, dates[lo])
    if elided and elided[0].end == dates[lo].end:  # "between 3 and 9 May": the period's month
        return [elided[0]]
    return [*elided, *dates[lo : hi + 1]]


def _period(text: str, dates: Sequence[DateMention], i: int) -> tuple[bool, DateMention | None]:
    """A period ("between January 2009 and July 2011", "from 9 to 13 February 1998") is dated by
    what its two ends share (1998-02), or not at all: no day is taken from either end."""
    for a, b in ((i - 1, i), (i, i + 1)):
        if a < 0 or b >= len(dates):
            continue
        first, last = dates[a], dates[b]
        if _PERIOD_START.search(text[max(0, first.start - 12) : first.start]) and _PERIOD_GAP.fullmatch(
            text[first.end : last.start]
        ):
            shared = _shared(first.date, last.date)
            span = (
                DateMention(first.start, last.end, text[first.start : last.end], shared) if shared else None
            )
            return True, span
    return False, None


def _shared(a: PartialDate, b: PartialDate) -> PartialDate | None:
    """The most precise date both ends fall in."""
    if a.year != b.year:
        return None
    if a.month is None or a.month != b.month:
        return PartialDate(a.year)
    return PartialDate(a.year, a.month)


def sentence_dates(
    sentence: Sentence, anchor: PartialDate | None, running: PartialDate | None = None
) -> list[DateMention]:
    """The sentence's dates; in a document without a date of its own, a day and month are read
    against the last full date written before them (in the document, else in the sentence)."""
    found = find_dates(sentence.text, anchor)
    if anchor is None:
        full = running or next((d.date for d in found if YEAR.search(d.text)), None)
        if full is not None:
            found = find_dates(sentence.text, full)
            found = [
                d if YEAR.search(d.text) else replace(d, date=_nearest_year(d.date, full)) for d in found
            ]
    return [DateMention(sentence.start + d.start, sentence.start + d.end, d.text, d.date) for d in found]


def _nearest_year(date: PartialDate, context: PartialDate) -> PartialDate:
    """A day and month read against a date told before them fall in the year that puts them nearest
    it ("strikes in December 2016 ... arrested on 10 February" is February 2017)."""
    if date.month is None or context.month is None:
        return date
    here = context.year * 12 + context.month

    def gap(year: int) -> int:
        return abs(year * 12 + (date.month or 1) - here)

    year = min((context.year - 1, context.year, context.year + 1), key=gap)
    return replace(date, year=year)


def last_full_date(sentence: Sentence, running: PartialDate | None) -> PartialDate | None:
    """The last date with its year the sentence writes, else `running`."""
    if not YEAR.search(sentence.text):
        return running
    full = [d.date for d in find_dates(sentence.text, None) if YEAR.search(d.text)]
    return full[-1] if full else running


def year_carried(dates: list[DateMention], text: str) -> list[DateMention]:
    """ "arrested on 9 October 2006 ..., the others on 10 October": a day and month without a year
    take the year of the full date written before them in the sentence, not the document's; the
    start of a period ("from 30 March to 30 September 1949") takes the year of its end."""
    out: list[DateMention] = []
    year: int | None = None
    for i, d in enumerate(dates):
        end = dates[i + 1] if i + 1 < len(dates) else None
        if YEAR.search(d.text):
            year = d.date.year
        elif d.date.day is not None and d.date.month is not None and _WRITTEN_DAY.search(d.text):
            # a weekday ("on Tuesday", "la noche del martes") is the week of the telling, read
            # against the document's date, not against a year named in the sentence
            if end is not None and YEAR.search(end.text) and _PERIOD_GAP.fullmatch(text[d.end : end.start]):
                d = replace(d, date=PartialDate(end.date.year, d.date.month, d.date.day))
            elif year is not None:
                d = replace(d, date=PartialDate(year, d.date.month, d.date.day))
        out.append(d)
    return out
