"""Dates in running text: a fast regex grammar for the common forms, resolved to PartialDate.

`find_dates` returns every date expression with its offsets. Relative expressions ("On 5 January",
"last year", "in May this year") take their year from the anchor, the document's own date.
Precision is kept: a month-year stays a month, a bare year stays a year. `dateparser` is used
only on candidate spans the grammar cannot read itself (it is slow and invents dates from numbers).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from casewatch.extract.anchored_dates import (
    MONTHS,
    ago,
    bare_month,
    day_month,
    last_month,
    month_number,
    relative_day,
    relative_month,
    relative_only,
    this_month,
    today,
    weekday,
    yesterday,
)
from casewatch.extract.gated import gated
from casewatch.extract.literals import trie
from casewatch.extract.openings import with_openings
from casewatch.model import PartialDate

# a trie, not a flat alternation: Python's re would try every month name at every position
_M = trie(sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>{_M})\.?"
# "1.º de mayo", "1.° de septiembre", "1.o de junio": a Spanish record's first day takes an ordinal mark;
# a German one a point ("3. Juni"), read only before a German month's name: "14. March" is a paragraph
_GERMAN_MONTH = r"(?-i:Januar|Februar|März|Maerz|Mai|Juni|Juli|Oktober|Dezember)\b"
_DAY_MARK = rf"(?:st|nd|rd|th|er|º|\.\s?[º°o](?=\s)|°|\.(?=\s+{_GERMAN_MONTH}))?"
_DAY = rf"(?P<day>[0-3]?\d){_DAY_MARK}"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?:\s*(?:года|г\.))?"
# "September the 4th": "the" only before an ordinal, so "in May the 3 workers" is no date
_THE_ORDINAL = r"(?:the\s+(?=[0-3]?\d(?:st|nd|rd|th)\b))?"
_NOT_NUM = r"(?![\d/])"
_DASH = r"\s*(?:-|–|—|to|au|al|a|по|до)\s*"
# a day opening a form, "\b(?P<day>[0-3]?\d)", written digit first, the word boundary and the first digit's
# range looked behind after it: `re` scans for a pattern opening with a digit at C speed, where one opening
# with "\b" is tried at every position (same matches: two digits first, then one)
_OPENING_DAY = r"(?P<day>\d(?<!\w\d)(?:(?<=[0-3])\d)?)"

# Absolute forms, longest first; each pattern's named groups feed `_absolute`.
_ABSOLUTE = [
    # ranges keep their start: "from 3 to 5 May 2018", "3-5 May 2018"
    rf"{_OPENING_DAY}{_DASH}[0-3]?\d\s+{_MONTH}\s+(?:de\s+)?,?{_YEAR}\b",
    # "between January and March 2019", "January–March 2019"
    rf"\b{_MONTH}\s*(?:and|-|–|to|et|y|и)\s*(?:{_M})\.?\s+(?:de\s+|of\s+)?{_YEAR}\b",
    # 4 (of) Jan(,) 2017
    # a page's stamp may run into the next word: "28 enero, 2015El pasado", "May 16th, 2012The Government"
    rf"{_OPENING_DAY}{_DAY_MARK}\s+(?:de\s+|of\s+)?{_MONTH}(?:,\s*|\s+(?:de\s+|del\s+)?,?\s*){_YEAR}(?!\d)",
    # Jan (the) 4, 2017; Septiembre 16 de 2010
    rf"\b{_MONTH}\s+{_THE_ORDINAL}{_DAY}(?:,|\s+de)?\s+{_YEAR}(?!\d)",
    # 04.01.2017, 04-01-2017, also glued to a heading's last word ("stalled04-01-2017")
    r"(?P<day>\d(?<![\d./-]\d)(?:(?<=[0-3])\d)?)(?P<sep>[./-])(?P<month>[01]?\d)(?P=sep)(?P<year>(?:1[89]|20)\d\d)\b",
    # 2017-01-04, also a page's time stamp ("2017-01-04T19:52:19"), save the Unix epoch's, a stamp left empty
    r"\b(?!1970-01-01T)(?P<year>(?:1[89]|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:\b|(?=T\d))",
    # 28-Nov-2008, a page's stamp with its month abbreviated between hyphens
    rf"{_OPENING_DAY}-(?P<month>{_M})-{_YEAR}\b",
    rf"{_OPENING_DAY}-(?P<month>{_M})-(?P<yy>\d\d)\b",  # 12-JAN-17
    rf"\b{_MONTH},?\s+(?:de\s+|of\s+)?{_YEAR}\b",  # January 2017, March of 2017, February, 2011
]
# A bare year only counts where a preposition or a qualifier governs it, or it stands in parentheses.
_YEAR_CONTEXT = (
    r"\b(?:in|since|during|until|till|by|from|before|after|throughout|of|en|de|del|du|desde|в|с|до)\s+"
    r"(?:(?:early|late|mid|the\s+(?:beginning|end|middle)\s+of|the\s+year)[\s-]+)?"
)
_BARE_YEAR = [
    rf"{_YEAR_CONTEXT}(?P<year>(?:1[89]|20)\d\d)(?:\s*(?:-|–|—)\s*(?:\d\d){{1,2}})?{_NOT_NUM}\b",
    r"(?<=\()(?P<year>(?:1[89]|20)\d\d)(?=\))",
    r"\b(?P<year>(?:19|20)\d\d)(?!-[01]\d-[0-3]\d)\s*(?:-|–|—)\s*(?:\d\d){1,2}\b(?![/.]\d)",  # 2021–23
]
_DAY_MONTH = rf"\b(?:on\s+(?:the\s+)?)?{_DAY}\s+(?:de\s+|of\s+)?{_MONTH}\b(?!\s*,?\s*(?:de\s+)?\d)"
_MONTH_DAY = rf"\b(?:on\s+)?{_MONTH}\s+{_THE_ORDINAL}{_DAY}\b(?!\s*,?\s*\d)"
_RELATIVE_DAY = (
    rf"\b(?:on\s+(?:the\s+)?)?{_DAY}\s+{_MONTH}\s+(?:of\s+)?(?P<rel>this|last|next|previous)\s+year\b"
)
_RELATIVE_MONTH = rf"\b(?:in\s+)?{_MONTH}\s+(?:of\s+)?(?P<rel>this|last|next|previous)\s+year\b"
_RELATIVE_YEAR = (
    r"\b(?:(?:earlier|later)\s+)?(?P<rel>this|last|next|previous|the\s+previous|the\s+current)\s+year\b"
)
_LAST_MONTH = (
    r"\b(?:last\s+month|the\s+previous\s+month|le\s+mois\s+(?:dernier|pr[ée]c[ée]dent)|el\s+mes\s+pasado)\b"
)
_THIS_MONTH = (
    r"\b(?:(?:earlier|later)\s+)?this\s+month|(?:plus\s+tôt\s+)?ce\s+mois(?:-ci)?"
    r"|(?:a\s+principios\s+de\s+)?este\s+mes|в\s+этом\s+месяце\b"
)
# a month named alone after a preposition ("released in January", "en enero", "depuis mars"): the
# last such month on or before the report's date; a month of a time to come is named otherwise
_BARE_MONTH = (
    rf"\b(?:in|since|until|till|during|en|desde|hasta|depuis|jusqu['’]en|в)\s+"
    rf"(?:(?:early|late|mid)[\s-]+|(?:début|fin|mi-)\s*|(?:principios|finales|mediados)\s+de\s+)?{_MONTH}"
    r"(?![\w.])(?!\s*,?\s*(?:de\s+|of\s+|del\s+)?\d)(?!\s+(?:of\s+)?(?:this|last|next|previous|pasado|dernier)\b)"
)
_YESTERDAY = r"\b(?:yesterday|hier|ayer|вчера|last night|anoche)\b"
# the report's own day: "this morning", "aujourd'hui", "esta mañana"
_TODAY = (
    r"\b(?:today|this morning|this afternoon|this evening|tonight|aujourd['’]hui|ce matin|cet après-midi|"
    r"ce soir|hoy|esta mañana|esta tarde|esta noche|сегодня)(?!\w)"
)
TODAY = re.compile(_TODAY, re.I)
# "five weeks ago", "hace tres días", "il y a deux mois": counted back from the report's date
_AGO = (
    r"\b(?:(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<unit>days?|weeks?|months?)\s+ago"
    r"|hace\s+(?P<n_es>\d+|una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+"
    r"(?P<unit_es>días?|semanas?|meses?)"
    r"|il y a\s+(?P<n_fr>\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+"
    r"(?P<unit_fr>jours?|semaines?|mois))\b"
)
# a weekday alone, in a news report: the last such day on or before the report's date (not one
# opening a full date, "Monday, 27 June", nor one of a habit, "on Mondays")
_WEEKDAY = (
    r"\b(?:on\s+|last\s+|el\s+(?:pasado\s+)?|в\s+)?(?P<weekday>"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b"
    r"(?!,?\s+(?:the\s+|el\s+|le\s+)?\d)(?!s\b)"
)
_NUMBERED = re.compile(r"(?:No|Nos|no|n°|№|resolutions?|Resolution|Decree|Order|art|article)\.?\s*$")
_LEAD = re.compile(r"(?:on\s+(?:the\s+)?|in\s+)", re.I)
# "\b[0-3]?\d ..." written day first, as `_OPENING_DAY`
_CANDIDATE = re.compile(r"\d(?<!\w\d)(?:(?<=[0-3])\d)?\.?\s+[^\W\d_]{3,12}\.?\s+(?:1[89]|20)\d\d\b")

_COMPILED = [re.compile(p, re.I) for p in _ABSOLUTE]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: PartialDate


def _absolute(groups: dict[str, str | None]) -> PartialDate | None:
    year = int(groups["year"] or 0) if groups.get("year") else 2000 + int(groups.get("yy") or 0)
    month = month_number(groups.get("month"))
    raw_day = groups.get("day")
    try:
        return PartialDate(year, month, int(raw_day) if raw_day and month else None)
    except ValueError:
        return None


_RELATIVE: list[
    tuple[re.Pattern[str], Callable[[dict[str, str | None], PartialDate], PartialDate | None]]
] = [
    (re.compile(_RELATIVE_DAY, re.I), relative_day),
    (re.compile(_RELATIVE_MONTH, re.I), relative_month),
    (re.compile(_DAY_MONTH, re.I), day_month),
    (re.compile(_MONTH_DAY, re.I), day_month),
    (re.compile(_RELATIVE_YEAR, re.I), relative_only),
    (re.compile(_LAST_MONTH, re.I), last_month),
    (re.compile(_THIS_MONTH, re.I), this_month),
    (re.compile(_BARE_MONTH, re.I), bare_month),
    (re.compile(_YESTERDAY, re.I), yesterday),
    (re.compile(_WEEKDAY, re.I), weekday),
    (TODAY, today),
    (re.compile(_AGO, re.I), ago),
]
_BARE = [re.compile(p, re.I) for p in _BARE_YEAR]
# every absolute form behind its openings (a month's name, a preposition, a year's first digits ...): a form
# is tried where one starts, not at every position; forms opening with any digit scan as usual
_FORMS = with_openings(*_COMPILED, *_BARE)
_FIRST_BARE = len(_COMPILED)
# a relative form holding a rare word ("yesterday", "month", "ago", a weekday) is searched only in a text that
# holds one (`gated`); the others are tried where one of their openings starts, found by a pass of their own
# (a sentence without a year needs no pass for the absolute forms, nor one for the rare words' openings)
_RELATIVE_GATES = [gated(pattern) for pattern, _ in _RELATIVE]
_COMMON = [k for k, gate in enumerate(_RELATIVE_GATES) if gate.literals is None]
_COMMON_FORMS = with_openings(*(_RELATIVE[k][0] for k in _COMMON))
_COMMON_AT = {k: at for at, k in enumerate(_COMMON)}  # a common form -> its index in `_COMMON_FORMS`


def _numbered(text: str, start: int) -> bool:
    """ "Convention No. 2017", "resolution 2016": a number, not a date."""
    return bool(_NUMBERED.search(text[max(0, start - 14) : start]))


def _trim_preposition(m: re.Match[str]) -> tuple[int, int]:
    """Offsets of a match without a leading "on"/"in" that only served as context."""
    lead = _LEAD.match(m.group(0))
    return m.start() + (lead.end() if lead else 0), m.end()


# fragments one of which a relative day ("yesterday", a weekday) holds, in each language
_DAY_WORDS = (
    "hier", "ayer", "вчера", "lun", "mar", "mer", "mié", "jeu", "jue", "ven", "vie", "sam", "sáb", "dim",
    "dom", "понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен",
    "night", "anoche", "today", "morning", "afternoon", "evening", "tonight", "aujourd", "matin", "soir",
    "hoy", "mañana", "tarde", "noche", "сегодня", "ago", "hace", "il y a",
)  # fmt: skip
# What each form cannot do without, tested once so that a sentence lacking it skips the form:
# a four-digit year, a digit (a day), the word "year" or a month word ("month", "mois", "mes").
_YEARISH = re.compile(r"(?:1[89]|20)\d\d")
_DIGIT = re.compile(r"\d")
# "day" and the day words in one automaton: a text is scanned once for all of them, up to the first found,
# where a substring search per word would scan it once for each
_DAY_WORD_PASS = ahocorasick.Automaton()
for _word in ("day", *_DAY_WORDS):
    _DAY_WORD_PASS.add_word(_word, _word)
_DAY_WORD_PASS.make_automaton()
_NEEDS_YEAR = frozenset({0, 1, 2, 3, 4, 5, 6, 8})  # _ABSOLUTE forms with a year ("12-JAN-17" has none)
_RELATIVE_NEEDS = (
    "year", "year", "digit", "digit", "year", "month", "month", "text", "day", "day", "day", "day",
)  # per form  # fmt: skip


def _needs_met(text: str) -> dict[str, bool]:
    """Which of the relative forms' needs (`_RELATIVE_NEEDS`) the text meets."""
    lower = text.lower()
    return {
        "year": "year" in lower,
        "digit": bool(_DIGIT.search(text)),
        "month": "mo" in lower or "mes" in lower,
        "day": next(_DAY_WORD_PASS.iter(lower), None) is not None,
        "text": True,
    }


def _scan(text: str, anchor: PartialDate | None) -> Iterator[tuple[int, int, PartialDate]]:
    # only the relative forms, read against an anchor, need the words: a text read without one is not
    # searched for them
    has = _needs_met(text) if anchor is not None else {"digit": bool(_DIGIT.search(text))}
    has_year = has["digit"] and bool(_YEARISH.search(text))
    starts: list[list[int]] = []

    def matches(form: int) -> Iterator[re.Match[str]]:
        if not starts:  # found once, for the first form a text needs
            starts.extend(_FORMS.starts(text))
        if not starts[form] and form not in _FORMS.unknown:  # most forms open nowhere in a sentence
            return iter(())
        return _FORMS.finditer(text, form, starts)

    common: list[list[int]] = []

    def relative_matches(k: int) -> Iterator[re.Match[str]]:
        at = _COMMON_AT.get(k)
        if at is None:
            return _RELATIVE_GATES[k].finditer(text)
        if not common:
            common.extend(_COMMON_FORMS.starts(text))
        if not common[at] and at not in _COMMON_FORMS.unknown:  # most forms open nowhere in a sentence
            return iter(())
        return _COMMON_FORMS.finditer(text, at, common)

    for i in range(len(_COMPILED)):
        if not (has_year if i in _NEEDS_YEAR else has["digit"]):
            continue
        for m in matches(i):
            value = _absolute(m.groupdict())
            if value is not None and not _numbered(text, m.start()):
                yield m.start(), m.end(), value
    for j in range(len(_BARE)) if has_year else ():
        for m in matches(_FIRST_BARE + j):
            if not _numbered(text, m.start("year")):
                yield m.start("year"), m.end(), PartialDate(int(m.group("year")))
    if anchor is not None:
        for k, ((_, resolve), need) in enumerate(zip(_RELATIVE, _RELATIVE_NEEDS, strict=True)):
            if not has[need]:
                continue
            for m in relative_matches(k):
                value = resolve(m.groupdict(), anchor)
                if value is not None:
                    start, end = _trim_preposition(m)
                    yield start, end, value
    if has_year:
        yield from _dateparser_spans(text)


def _dateparser_spans(text: str) -> Iterator[tuple[int, int, PartialDate]]:
    """Day-word-year spans in a language the grammar lacks, read by dateparser when installed."""
    for m in _CANDIDATE.finditer(text):
        word = m.group(0).split()[1].rstrip(".").lower()
        if word in MONTHS or not word.isalpha() or not _foreign_month(word):
            continue
        value = _parse_with_dateparser(m.group(0))
        if value is not None:
            yield m.start(), m.end(), value


@lru_cache(maxsize=4096)
def _foreign_month(word: str) -> bool:
    """Whether dateparser reads the word as a month: asked once per word, since each question tries
    every language it knows (tens of milliseconds; most such words are no month: "3 leaders 2021")."""
    return _parse_with_dateparser(f"1 {word} 2000") is not None


def _parse_with_dateparser(span: str) -> PartialDate | None:
    try:
        import dateparser
    except ImportError:  # optional at run time: the grammar covers the common forms
        return None
    parsed = dateparser.parse(span, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return PartialDate.of(parsed.date()) if parsed else None


def find_dates(text: str, anchor: PartialDate | None = None) -> list[DateMention]:
    """All date expressions in `text`, in order; where two overlap the one found first wins."""
    return list(_dates(text, anchor))


# the steps of one document read the same lines and sentences for dates (the document date and the
# metadata read its head, the events a sentence with and without the document's year): once is enough
@lru_cache(maxsize=16)
def _dates(text: str, anchor: PartialDate | None) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for start, end, value in _scan(text, anchor):
        if any(s < end and start < e for s, e in taken):
            continue
        found.append(DateMention(start, end, text[start:end], value))
        taken.append((start, end))
    return tuple(sorted(found, key=lambda d: d.start))


def parse_date(text: str, anchor: PartialDate | None = None) -> PartialDate | None:
    """The first date expression in a short string, or None."""
    dates = find_dates(text, anchor)
    return dates[0].date if dates else None


# A letter's dateline may give its year in two digits after the place ("Villa Arden, 08/02/07"): read only
# there, day first, as a dd/mm/yyyy date is; in running text such a number is as often a reference.
_SHORT_YEAR_DATELINE = re.compile(
    # the place opens the line, or closes a source's credit before it ("Boletín X, Arden, 08/02/07.-")
    r"(?:^|,)[ \t]*[A-ZÀ-Ý][^\W\d_][\w .'’-]{1,30}?,[ \t]*"
    r"(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.](?P<yy>\d\d)[ \t.-]*$",
    re.M,
)
_CENTURY_PIVOT = 50  # "07" is 2007, "98" is 1998


def short_year_dateline(head: str) -> PartialDate | None:
    """The date of the first "Place, dd/mm/yy" line in `head`, else None."""
    for m in _SHORT_YEAR_DATELINE.finditer(head):
        day, month, yy = int(m["day"]), int(m["month"]), int(m["yy"])
        if 1 <= day <= 31 and 1 <= month <= 12:
            return PartialDate(yy + (2000 if yy < _CENTURY_PIVOT else 1900), month, day)
    return None
