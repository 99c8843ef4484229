"""Dates told by the document's own date: month and weekday names, and the resolvers that read
"on 5 January", "last month", "three weeks ago" or "on Monday" against that anchor."""

from __future__ import annotations

from datetime import date as _date
from datetime import timedelta

from casewatch.model import PartialDate

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # Portuguese ("3 de junho de 2031"); "abril" and "agosto" as in Spanish
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    # German ("3. Juni 2031"), Swedish ("3 juni 2031") and Italian ("3 giugno 2031"); the names
    # they share with the languages above are not repeated
    "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "dezember": 12, "oktober": 10,
    "januari": 1, "februari": 2, "maj": 5, "augusti": 8,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    # Russian: genitive (5 января), nominative (январь 2017) and prepositional (в январе 2017)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
    "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    "январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7,
    "августе": 8, "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12,
}  # fmt: skip


_COUNT_WORDS = (
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    ("una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
    ("une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
)
_COUNTS = {word: n for words in _COUNT_WORDS for n, word in enumerate(words, 1)} | {"a": 1, "an": 1, "un": 1}
# weekday names per language, Monday first, as a preposition governs them ("в среду")
_WEEKDAY_NAMES = (
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"),
)
WEEKDAYS = {name: n for names in _WEEKDAY_NAMES for n, name in enumerate(names)}
# English month and weekday names as written in running text, for patterns outside the date grammar
MONTH_NAMES_EN = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
WEEKDAY_NAMES_EN = "(?:" + "|".join(name.capitalize() for name in _WEEKDAY_NAMES[0]) + ")"


def month_number(raw: str | None) -> int | None:
    if not raw:
        return None
    return int(raw) if raw.isdigit() else MONTHS.get(raw.lower().rstrip("."))


def relative_year(rel: str, anchor: PartialDate) -> int:
    rel = rel.lower()
    return anchor.year - 1 if "last" in rel or "previous" in rel else anchor.year + (rel == "next")


def day_month(groups: dict[str, str | None], anchor: PartialDate) -> PartialDate | None:
    """A day and month without a year: the anchor's year, or the year before if that lands after it."""
    month, day = month_number(groups.get("month")), int(groups["day"] or 0)
    if month is None:
        return None
    try:
        value = PartialDate(anchor.year, month, day)
    except ValueError:
        return None
    if anchor.month is not None and (month, day) > (anchor.month, anchor.day or 31):
        # a letter reports the past: "on 20 December" in a January letter is last year
        later = _date(anchor.year, month, day) - _date(anchor.year, anchor.month, anchor.day or 28)
        if later > timedelta(days=62):
            return PartialDate(anchor.year - 1, month, day)
    return value


def relative_month(groups: dict[str, str | None], anchor: PartialDate) -> PartialDate | None:
    month = month_number(groups.get("month"))
    return PartialDate(relative_year(groups["rel"] or "", anchor), month) if month else None


def relative_day(groups: dict[str, str | None], anchor: PartialDate) -> PartialDate | None:
    month = month_number(groups.get("month"))
    try:
        return PartialDate(relative_year(groups["rel"] or "", anchor), month, int(groups["day"] or 0))
    except (ValueError, TypeError):
        return None


def last_month(groups: dict[str, str | None], anchor: PartialDate) -> PartialDate | None:
    """ "last month": the month before the anchor's, when the anchor has one."""
    if anchor.month is None:
        return None
    return (
        PartialDate(anchor.year - 1, 12) if anchor.month == 1 else PartialDate(anchor.year, anchor.month - 1)
    )


_ABBREVIATED = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)


def this_month(groups: dict[str, str | None], anchor: PartialDate) -> PartialDate | None:
    return PartialDate(anchor.year, anchor.month) if anchor.month is not None else None


def bare_month(groups: dict[str, str | None], anchor: PartialDate) -> PartialDate | None:
    name = (groups.get("month") or "").lower()
    month = month_number(name)
    if month is None or anchor.month is None or name in _ABBREVIATED:  # "in sept days", "en mar abierto"
        return None
    return PartialDate(anchor.year if month <= anchor.month else anchor.year - 1, month)


def yesterday(groups: dict[str, str | None], anchor: PartialDate) -> PartialDate | None:
    day = anchor.as_date()
    return PartialDate.of(day - timedelta(days=1)) if day else None


def today(groups: dict[str, str | None], anchor: PartialDate) -> PartialDate | None:
    return anchor if anchor.day is not None else None


def ago(groups: dict[str, str | None], anchor: PartialDate) -> PartialDate | None:
    """A count of days or weeks back from a dated report is a day; of months, or from a report
    dated to the month only, a month."""
    n = groups["n"] or groups["n_es"] or groups["n_fr"] or ""
    unit = (groups["unit"] or groups["unit_es"] or groups["unit_fr"] or "").lower()
    count = int(n) if n.isdigit() else _COUNTS.get(n.lower())
    if count is None or anchor.month is None:
        return None
    days = count * (
        30 if unit.startswith(("month", "mes", "mois")) else 7 if unit[:3] in ("wee", "sem") else 1
    )
    base = anchor.as_date() or _date(anchor.year, anchor.month, 15)
    back = PartialDate.of(base - timedelta(days=days))
    exact = anchor.day is not None and days < 30
    return back if exact else PartialDate(back.year, back.month)


def weekday(groups: dict[str, str | None], anchor: PartialDate) -> PartialDate | None:
    day = anchor.as_date()
    if day is None:
        return None
    back = (day.weekday() - WEEKDAYS[(groups["weekday"] or "").lower()]) % 7
    return PartialDate.of(day - timedelta(days=back))


def relative_only(groups: dict[str, str | None], anchor: PartialDate) -> PartialDate | None:
    return PartialDate(relative_year(groups["rel"] or "", anchor))
