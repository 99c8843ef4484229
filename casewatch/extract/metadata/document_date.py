"""The document's own date: a Date header, the letter's date line, an ILO session year, else a date line."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from typing import Any

from casewatch import vocab
from casewatch.extract.anchored_dates import WEEKDAYS
from casewatch.extract.dates import DateMention, find_dates, parse_date, short_year_dateline
from casewatch.extract.gated import gated
from casewatch.extract.pipeline import step
from casewatch.model import Extraction, Genre, Part, PartialDate, Text

_HEADER_DATE = re.compile(
    r"^\s*(?:(?:Date|Sent|Envoyé|Fecha|Дата)\s*:\s*(.+)|date\s+((?:19|20)\d\d-[01]\d(?:-[0-3]\d)?)\b.*)$",
    re.M | re.I,
)
# A page's publication stamp: "published 7 October 2022 updated ...", "Publié le 3 mars 2015", "Posted to
# the federation's website 14-Mar-2031"
_PUBLISHED = re.compile(
    r"\b(?:published|posted|publi[ée]e?|publicad[oa]|опубликовано)\b"
    r"(?:\s+(?:to|on|in|sur|en)\s+(?:the\s+|le\s+|el\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?\s+(?:website|site|web))?"
    r"(?:\s+(?:on|le|el))?\s*:?\s*"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado"
    r"|domingo|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\.?,?\s*)?$",
    re.I,
)
# A statement dated in its own words: "This statement was issued on 4 March 2011 by ...", "The following
# statement was issued on ...". Another's statement a page tells of ("the Press Statement issued on 7 April
# from the Prime Minister's Office") does not date the page.
_ISSUED_ON = gated(
    r"\b(?:this|the following|the present|the above) statement (?:was )?(?:issued|made|delivered) on"
    r" ([^,\n]{6,30})"
    # a body's statement titled by its adoption: "Statement adopted at the Executive Committee in its
    # meeting of 9th December 2031"
    r"|^\W*(?:[\w-]+ )?[Ss]tatement adopted (?:at|by)\b[^.\n]{0,80}?\b(?:on|of|meeting)\s+"
    r"(\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d]+\s+(?:19|20)\d\d)",
    re.I,
)
# A communication's summary dated by its sending: "... sent an urgent appeal to the Government of X on
# 2 May 2017", "... a envoyé une lettre d'allégation ... le 3 mars 2019", "... enviaron ... el 5 de junio"
_SENT_ON = gated(
    r"\b(?:sent|transmitted|addressed|a envoyé|ont envoyé|a adressé|ont adressé|envi(?:ó|aron)"
    r"|transmiti(?:ó|eron))\b"
    r"[^.\n]{0,160}?\b(?:on|le|el)\s+(\d{1,2}(?:er)?\s+(?:de\s+)?\w+\s+(?:de\s+)?(?:19|20)\d\d)",
    re.I,
)
# ... or by its opening words: "On 2 February 2031, the Special Rapporteur on X ... sent an urgent appeal"
_ON_DATE_SENT = re.compile(
    r"\b(?:On|Le|El)\s+(\d{1,2}(?:er)?\s+(?:de\s+)?[^\W\d_]+\s+(?:de\s+)?(?:19|20)\d\d),?\s+"
    r"(?:the\s+|le\s+|la\s+|el\s+|les\s+|los\s+)?(?:Special Rapporteur|Working Group|Independent Expert"
    r"|Rapporteu(?:r|se)s? spécia|Groupes? de travail|Relator(?:a|es)? Especial|Grupos? de Trabajo)"
    r"[^.\n]{0,300}?\b(?:sent|transmitted|a envoyé|ont envoyé|a adressé|envi(?:ó|aron)|transmiti(?:ó|eron))\b"
)
# The date a letter gives where it is signed
_DONE_AT = re.compile(
    r"^\s*(?:Done|Signed|Fait|Hecho|Dado)\b[^\n]{0,60}?((?:\d|le |el )[^\n]{4,30})$", re.M | re.I
)
# A dateline opening a paragraph: "GENEVA (15 June 2022) –", "[Santiago, 01 de julio 2016]"
_DATELINE_LEAD = re.compile(r"^\s*[\[(]?[A-ZÀ-ÝА-Я][\w .'’-]{1,30}?\s*[,(]\s*$")
# A press release's dateline, its city in capitals or not: "GENEVA (4 May 2016) –", "BRUSSELS, 3 June 2020 –",
# "Paris, le 3 mars 2020 –". It dates the release, where a site banner's date over it ("Friday, March 29,
# 2024") dates the visit: a weekday is no city.
_PRESS_DATELINE = re.compile(
    r"^[ \t]*(?!(?i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b))"
    r"[A-ZÀ-ÝА-Я][\w .'’-]{2,30}?\s*"
    r"(?:\((?P<paren>[^()\n]{6,30})\)|,\s*(?P<comma>[^,()\n–—]{6,30}?))\s*"
    r"(?:\([^()\n]{2,40}\)\s*)?(?:[–—-]|:)",  # "Brussels, 3 June 2031 (Union Online):", "AVRA, May 5 (AP) -"
    re.M,
)
# A CEACR comment is dated by the year the Committee adopted it ("adopted 2022"), not by the later
# ILC session that publishes it ("published 111th ILC session (2023)"): the adoption is when the
# Committee said it. A CAS case is dated by its discussion year, a CFA excerpt by its report's month; an
# older record's header gives only its year of publication ("Published: 2009").
_SESSION_YEAR = gated(
    r"(?:Discussion|Discusión|adopted|adoptée?|adoptad[ao]|Adoption|Adopción|Published|Publication|Publicación)"
    r"\s*:?\s*((?:19|20)\d\d)",
    re.I,
)
_CFA_REPORT = gated(  # also as a page template leaves it unfilled: "REPORT_NO367, March 2013"
    r"(?:(?:Report|Rapport|Informe) (?:No\.?|núm\.|n[°º])|REPORT_NO)\s*\d+\s*,\s*((?:\w+ )?(?:19|20)\d\d)"
)
_ILO = {Genre.ILO_CAS, Genre.ILO_CEACR, Genre.ILO_CFA}
# A UN document is dated by the letter it circulates, as its title gives it ("Note verbale dated 10 March
# 2031 from the Permanent Mission of ...", "Lettre datée du 3 mai 2031 adressée ...", "Carta de fecha 5 de
# mayo de 2031 dirigida ..."), else by its distribution line, however its header was run together
# ("Distr.: General 10 June 2031", "Distr. GENERAL E/CN.4/2031/G/10 17 March 2031")
_UN_TITLE_DATE = gated(
    r"\b(?:Note verbale|Letter|Identical letters|Lettre|Lettres identiques|Carta|Cartas idénticas"
    r"|Nota verbal)"
    r" (?:dated|datée?s? du|de fecha) (\d{1,2}(?:er)? (?:de )?[^\W\d_]{3,10} (?:de )?(?:19|20)\d\d)"
    r",? (?:from|addressed|adressée?s?|dirigidas?)\b"
)
_DISTRIBUTION_DATE = gated(
    r"\bDistr\.?:?[ \t]*(?:General|GENERAL|Limited|LIMITED|Restricted|RESTRICTED)\s+"
    r"(?:[A-Z]{1,4}/[\w./-]+\s+)?"
    r"(\d{1,2}(?:er)? (?:de )?[^\W\d_]{3,10} (?:de )?(?:19|20)\d\d)\b"
)


def _un_document_date(text: str) -> PartialDate | None:
    """A UN document's date: the circulated letter's, else its distribution line's."""
    head = text[:2000]
    m = _UN_TITLE_DATE.search(head) or _DISTRIBUTION_DATE.search(head)
    return parse_date(m.group(1)) if m else None


def _header_date(text: str) -> PartialDate | None:
    """A "Date: ..." line among the first lines, as e-mails and memos carry."""
    m = _HEADER_DATE.search(text[:600])
    if m and m.group(2):
        year, month, *day = (int(n) for n in m.group(2).split("-"))
        return PartialDate(year, month, day[0] if day else None)
    return (parse_date(m.group(1)) or _year_first(m.group(1))) if m else None


# A catalogue's date field puts the year first: "Date: 2019 Feb"
_YEAR_MONTH = re.compile(r"^\s*((?:19|20)\d\d)\s+([^\W\d_]{3,9})\.?\s*$")


def _year_first(value: str) -> PartialDate | None:
    m = _YEAR_MONTH.match(value)
    return parse_date(f"{m.group(2)} {m.group(1)}") if m else None


def _page_date(text: str, sent: bool = False) -> PartialDate | None:
    """A web page's date: the day its statement was issued, its publication stamp, a dateline, a heading
    that ends with a date, a dated opening paragraph."""
    head = _RUN_IN_DATE.sub(r"\1\n", text[:3000], count=1)
    head = _GLUED_DAY.sub(" ", head) if _LETTER_THEN_DIGIT.search(head) else head
    issued = _ISSUED_ON.search(head) or (_SENT_ON.search(head[:1500]) if sent else None)
    if issued and (found := parse_date(issued.group(1) or issued.group(2))):
        return found
    for d in find_dates(head):
        if _of_visit(head, d.start, d.end):
            continue
        line_start = head.rfind("\n", 0, d.start) + 1
        before = head[line_start : d.start]
        # a page's stamp or heading is at its top: a dated line further down opens an entry of a chronology
        on_top = d.start < _TOP and d.date.month is not None
        opens_paragraph = on_top and not before.strip() and d.date.day is not None
        if opens_paragraph or _PUBLISHED.search(before[-_STAMP_LEAD:]) or _DATELINE_LEAD.match(before):
            return d.date
        if on_top and _ISO_TIME.match(head, d.end):  # a page's stamp as its template writes it
            return d.date
        if on_top and d.end - line_start < 150 and _HEADING_DATE_END.match(head, d.end):
            return d.date  # a heading ending with its date, or giving it as one of its segments
    return None if _VISIT.search(head, 0, _NEAR * 3) else _title_year(text)  # a banner year is the visit's


_TOP = 1000
# How far before a date a publication stamp's words may open ("Posted to the federation's website ")
_STAMP_LEAD = 60
# The time an ISO 8601 stamp gives after its date ("2031-04-23T19:52:19+0300"): a page's own stamp, the hour
# it was posted, where a date in prose or in a visitor's banner is written out
_ISO_TIME = re.compile(r"T[0-2]\d:[0-5]\d")
# Where a heading's date ends: at the line's end, in its brackets, or before the separator of the next
# segment of the heading ("Statement on the arrests (12 April 2031)", "Jailed | 3 June 2031 | News",
# "Communiqué du 7 mai 2031 : la Fédération dénonce ..."), or a stamp giving the hour it was posted after
# its date ("sábado, 3 de junio de 2031 · 16:31")
_HEADING_DATE_END = re.compile(
    r"[)\]]?[ \t]*(?:\n|$|[|–—:][ \t]|-[ \t]|(?:[·•,][ \t]*)?[0-2]?\d[:h][0-5]\d\b)"
)
_NEAR = 200
_VISIT = gated("|".join(vocab.load("genres")["visit_furniture"]))


def _of_visit(text: str, start: int, end: int) -> bool:
    """A date beside a site banner's exchange rates or weather: the day of the visit, not the page's."""
    return bool(_VISIT.search(text, max(0, start - _NEAR), end + _NEAR))


# A page whose stamp runs into its first sentence as the text was scraped ("22 June, 2020The Federation
# ..."): the year followed at once by a capital is cut off so the stamp opens its own line.
_RUN_IN_DATE = re.compile(
    r"^(\W{0,3}[\w.,]+(?:\s+(?:de\s+)?[\w.,]+){1,3}?,?\s+(?:19|20)\d\d)(?=[A-ZÀ-Ý][a-zà-ÿ])"
)


# A heading's date glued to its last word as the page was scraped ("... in Port Miran12 March 2019"): a
# space is put back before the day
_GLUED_DAY = re.compile(
    r"(?<=[^\W\d_])(?=\d{1,2}(?:st|nd|rd|th|er)?[ \t]+(?:de[ \t]+)?[^\W\d_]{3,10}\.?,?[ \t]+(?:de[ \t]+)?"
    r"(?:19|20)\d\d\b)"
)
# Where a glued day can be: a digit right after a letter. `_GLUED_DAY` opens with a look-behind, which `re`
# tries at every position; this opens with a digit, which it looks for at C speed: a head without one is
# not rewritten.
_LETTER_THEN_DIGIT = re.compile(r"\d(?<=[^\W\d_]\d)")
# A title's year: ending it, or closing its lead before a colon or a dash ("Annual report 2031: ...")
_YEAR_AT_END = re.compile(r"\b((?:19|20)\d\d)\W*$")
_YEAR_LEADS = re.compile(r"\b((?:19|20)\d\d)[ \t]*[:–—][ \t]")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _title_year(text: str) -> PartialDate | None:
    """A year that ends the first line or its lead, as annual surveys title their entries ("... Survey
    2015", "Annual report 2015: ..."), if it is the only year there."""
    first = next((ln.strip() for ln in text[:400].splitlines() if ln.strip()), "")
    if len(first) > 150 or first.endswith("."):  # a paragraph, not a title
        return None
    m = _YEAR_AT_END.search(first) or (_YEAR_LEADS.search(first) if len(_YEAR.findall(first)) == 1 else None)
    return PartialDate(int(m.group(1))) if m else None


def _date_line(text: str, parts: Sequence[Part]) -> PartialDate | None:
    for part in _letter_date_lines(text, parts):
        if not _of_visit(text, part.start, part.end):
            found = parse_date(text[part.start : part.end])
            if found:
                return found
    return None


_STAMP = re.compile(
    r"\s*(?:Publié|Published|Posted|Publicado|Mis à jour|Updated|Actualizado|Опубликовано)\b", re.I
)


def _letter_date_lines(text: str, parts: Sequence[Part]) -> list[Part]:
    """The date lines, the letter's own first: a page that carries a letter may be stamped above the
    letter's heading ("Friday, 3 May 2030" over "Letter from X to Y"), the letter dated below it, above its
    greeting."""
    lines = [p for p in parts if p.kind == "date_line"]
    heading = next((p.end for p in parts if p.kind in {"letterhead", "title"}), None)
    greeting = next((p.start for p in parts if p.kind == "salutation"), None)
    stamps = [p for p in lines if _STAMP.match(text, p.start)]
    if greeting is not None and stamps:
        # a listing's stamps over the letter ("Publié le 3/05/2021"): the date line nearest above the
        # greeting that is no stamp is the letter's own
        above = [p for p in lines if p.end <= greeting and p not in stamps]
        return above[-1:] + [p for p in lines if p not in above[-1:]]
    if heading is None or greeting is None or not any(p.end <= heading for p in lines):
        return lines
    own = [p for p in lines if heading <= p.start < greeting]
    return own + [p for p in lines if p not in own]


def _press_dateline(text: str) -> PartialDate | None:
    """A release's dateline: what its city is followed by must be a whole day's date, nothing else. A wire's
    dateline gives the month and day alone ("AVRA, Jan. 31 (Wire) --"): its year is the one year the page
    states elsewhere, if it states only one."""
    m = _PRESS_DATELINE.search(text[:3000])
    said = (m.group("paren") or m.group("comma")).strip() if m else ""
    dates = find_dates(said)
    if not dates and said and not _YEAR.search(said):
        dates = _in_sole_year(said, text)
    whole = len(dates) == 1 and len(said) - len(dates[0].text) <= 4
    return dates[0].date if whole and dates[0].date.day else None


def _in_sole_year(said: str, text: str, month_told: bool = True) -> list[DateMention]:
    """The dateline's day in the one year the page states, and only if the page dates something of the
    dateline's month in that year too (a caption's "January 17, 2012" under "Jan. 31"): a year the page
    names for an earlier event ("in June 2029") is no year of the story."""
    years = set(_YEAR.findall(text[:20000]))
    if len(years) != 1:
        return []
    year = years.pop()
    for written in (f"{said}, {year}", f"{said} {year}", f"{said} de {year}"):
        dates = find_dates(written)
        if len(dates) == 1 and dates[0].text == written:
            month = dates[0].date.month
            same_month = not month_told or any(
                d.date.year == int(year) and d.date.month == month for d in find_dates(text[:20000])
            )
            return [DateMention(0, len(said), said, dates[0].date)] if same_month else []
    return []


def _story_day(text: str) -> PartialDate | None:
    """A report's own day, told as "this" or "last" weekday with its day and month and no year ("este martes
    20 de junio", "el pasado lunes 3 de julio"): in the one year the page states, if the weekday falls on that
    day in that year."""
    m = _STORY_DAY.search(text[:1500])
    if not m:
        return None
    # the weekday it falls on vouches for the year, as a date of the same month would
    dates = _in_sole_year(m.group("said"), text, month_told=False)
    found = dates[0].date if dates else None
    if found is None or found.year is None or found.month is None or found.day is None:
        return None
    weekday = _weekday(found.year, found.month, found.day)
    return found if weekday == WEEKDAYS[m.group("weekday").lower()] else None


def _weekday(year: int, month: int, day: int) -> int:
    return datetime.date(year, month, day).weekday()


# behind the gate of its weekdays: the alternation opening with a word boundary is tried at every position,
# where most heads name no weekday
_STORY_DAY = gated(
    r"\b(?:"
    + "|".join(vocab.load("genres")["story_day"])
    + r")[ \t]+(?P<weekday>(?i:"
    + "|".join(WEEKDAYS)
    + r"))\b,?[ \t]+(?P<said>\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:de[ \t]+|of[ \t]+)?[^\W\d_]{3,10})\b"
)


def _ilo_date(text: str) -> PartialDate | None:
    head = text[:5000]
    m = _CFA_REPORT.search(head)
    if m:  # "Report No. 85, 1966": an old report gives its year only
        return PartialDate(int(m.group(1))) if m.group(1).isdigit() else parse_date(m.group(1))
    m = _SESSION_YEAR.search(head)
    if m:
        return PartialDate(int(m.group(1)))
    return _board_session(head)


# A Governing Body paper's session line, its dates a range: "Governing Body 328th Session, Geneva, 23
# November–10 December 2016", "Conseil d'administration 331e session, Genève, 26 octobre-9 novembre 2017",
# "Административный Совет 316 сессия, Женева, 1–16 ноября 2012 года"
_BOARD_SESSION = gated(
    r"(?:Governing Body|Conseil d['’]administration|Consejo de Administración|Административный [Сс]овет)"
    r"\W{0,3}\s*\d{3}\S{0,3}\s+(?:Session|session|reunión|сессия),\s*(?:Geneva|Genève|Ginebra|Женева),\s*"
    r"(?P<span>[^\n]{0,40}?)(?P<year>(?:19|20)\d\d)\b"
)
_SESSION_WORD = re.compile(r"[^\W\d_]{3,10}")


def _board_session(head: str) -> PartialDate | None:
    """A Governing Body paper is dated by the month its session opens: the first month its dates name, else
    its year."""
    m = _BOARD_SESSION.search(head)
    if not m:
        return None
    months = (parse_date(f"{w} {m.group('year')}") for w in _SESSION_WORD.findall(m.group("span")))
    return next((d for d in months if d and d.month), PartialDate(int(m.group("year"))))


def _short_date_line(text: str) -> PartialDate | None:
    """The first line near the top that is (nearly) only a date, as in a letter without a parsed anatomy."""
    return _date_alone(text[:5000]) or short_year_dateline(text[:_TOP])


def _signature_date(text: str, parts: Sequence[Part]) -> PartialDate | None:
    """The whole day a letter's signature block gives beside the signer."""
    for part in parts:
        if part.kind == "signature" and _DIGIT.search(text, part.start, part.end):
            days = [d.date for d in find_dates(text[part.start : part.end]) if d.date.day]
            if days:
                return days[0]
    return None


_DIGIT = re.compile(r"\d")


def _signed_date(text: str) -> PartialDate | None:
    """A letter dated where it is signed, at its end: "Geneva, 14 March 2019", "Fait à Genève, le 14 mars"."""
    tail = text[-2000:]
    done = _DONE_AT.search(tail)
    return parse_date(done.group(1)) if done else _date_alone(tail, last=True)


# What a date line holds besides its date: a place, a weekday or a "Dated" label before it ("Geneva, 14 March
# 2019", "Montreuil, le 10 janvier 2020", "Wednesday 6 November 2013"), nothing but punctuation after it. A
# line that holds more ("28 July 2021, respectively.", "Compared with 83% in 2022") is running text.
_DATE_LINE_LEAD = re.compile(r"^\s*(?:[^\W\d_][^\d\n]{0,30}?[,.]?\s*)?$")
# A web page's publication stamp adds the time of day: "mardi, 12 novembre, 2031 à 14:20", "01.08.2031 00:00"
_DATE_LINE_TAIL = re.compile(
    r"^[\s.,;:]*(?:(?:à|at|a las|в|-)?[ \t]*\d{1,2}[:h]\d\d(?::\d\d)?(?:[ \t]*(?:AM|PM|am|pm))?[\s.,;:]*)?$"
)


# Where a date that ends its line can end: every date to the month ends with its year's digits (or "года",
# "г."), and only what `_DATE_LINE_TAIL` allows follows it to the line's end. A head without such a place has
# no date alone on a line and is not read for dates (one scan for a digit, where the date forms are many).
_DATE_ENDS_LINE = re.compile(
    r"[\dг](?:(?<=\d)|(?<=г)(?:ода|\.))"
    r"(?=(?:[^\S\n]|[.,;:])*(?:(?:à|at|a las|в|-)?[ \t]*\d{1,2}[:h]\d\d(?::\d\d)?(?:[ \t]*(?:AM|PM|am|pm))?"
    r"(?:[^\S\n]|[.,;:])*)?(?:\n|\Z))"
)


def _date_alone(head: str, last: bool = False) -> PartialDate | None:
    """The first (or last) line that is a date alone, to the month at least: a year alone dates nothing."""
    if not _DATE_ENDS_LINE.search(head):
        return None
    dates = find_dates(head)
    for d in reversed(dates) if last else dates:
        line_start = head.rfind("\n", 0, d.start) + 1
        line_end = head.find("\n", d.end)
        after = head[d.end : line_end if line_end >= 0 else len(head)]
        alone = _DATE_LINE_LEAD.match(head[line_start : d.start]) and _DATE_LINE_TAIL.match(after)
        if alone and d.date.month is not None and not _of_visit(head, d.start, d.end):
            return d.date
    return None


def document_date(text: str, parts: Sequence[Part] = (), genre: Genre = Genre.OTHER) -> PartialDate | None:
    found = _header_date(text) or _date_line(text, parts) or _un_document_date(text)
    if found:
        return found
    if genre in _ILO:
        return _ilo_date(text) or _short_date_line(text)
    if not parts or not any(p.kind == "salutation" for p in parts):
        # a letter greeting no one is dated where it is signed ("Dated: 02.12.2031   (J. DOE)"), not by the
        # stamp of the page that carries it
        if signed := _signature_date(text, parts):
            return signed
        # a UN summary is dated by the day its communication was sent
        opened = _ON_DATE_SENT.search(text[:1500]) if genre is Genre.UN_COMMUNICATION else None
        if opened and (found := parse_date(opened.group(1))):
            return found
        sent = genre is Genre.UN_COMMUNICATION and bool(_SENT_ON.search(text[:1500]))
        found = _page_date(text, sent) if sent or _ISSUED_ON.search(text[:3000]) else None
        if found or (found := _press_dateline(text)):
            return found
    greeting = next((p for p in parts if p.kind == "salutation"), None)
    if greeting:  # a letter is dated above its greeting or where it is signed, not by a short body line
        found = _short_date_line(text[: greeting.start]) or _signed_date(text)
        if found:
            return found
    # a page without a letter's anatomy has its date line at its top, not among its entries further down
    return _short_date_line(text[:1500]) or _ilo_date(text) or _page_date(text) or _story_day(text)


@step("document_date", needs=["parts", "meta.genre"], adds=["meta.date"])
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    return {"meta.date": document_date(text.text, ext.parts, ext.meta.genre)}
