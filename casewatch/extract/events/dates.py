"""Event dates: the date expression governing a trigger's clause, dates listed with it, and the
year a day and month are read in. The date a dateless event takes from the event told before it
is `carried`'s."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from casewatch.extract.dates import TODAY, DateMention
from casewatch.extract.events.enacted import instrument_date, made_on_instrument_date
from casewatch.extract.events.headlines import dateline_end
from casewatch.extract.events.participles import in_leading_participle
from casewatch.extract.events.perpetrated import perpetrators_act
from casewatch.extract.events.records import submitted_on
from casewatch.extract.events.sentence_dates import YEAR
from casewatch.extract.events.timing import (
    after_other_act,
    coming_after,
    founding_date,
    news_dateline,
    other_act_starting,
    told_later,
)
from casewatch.extract.events.triggers import Trigger, clause_start, other_report
from casewatch.extract.gated import gated
from casewatch.extract.sentences import Sentence
from casewatch.model import EventType

LEADING_DATE_COST = 40
NEAR_BEFORE = 80  # chars: a date this close before an act may be its own
RELATIVE_REACH = 160  # chars from a relative time ("two months after ...") to its date in parentheses
_DOCUMENT_DATE = re.compile(
    r"(?:\bof|\bdated|\bfrom)\s+$|\(\s*(?:court\s+)?(?:decision|verdict|order)?\s*(?:of\s+)?$"
)
_RELATIVE_RESOLVED = re.compile(
    r"\b(?:\w+\s+)(?:days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)\b[^.;()]*\(\s*$", re.I
)
# an act told as coming after the one before, on a day not given: it takes that one's date no more
# (hours later it is the same day)
LATER = re.compile(
    r"\b(?:ha(?:ve|s|d) since|(?<!hour )(?<!hours )(?<!minutes )later|subsequently|afterwards|eventually|"
    r"thereafter|ultérieurement|"
    r"par la suite|posteriormente|más tarde|luego)\b"
    r"(?! (?:that |the )?(?:same )?(?:day|morning|evening|night))",
    re.I,
)
_SINCE = re.compile(r"\bsince\b[^,;]*$", re.I)
_COMMUNICATION = gated(  # behind its words: most stretches it is read in, one per act or date, hold none
    r"\b(?:(?:communications?|letters?|complaints?|observations|reply|replies|comunicaci[óo]n(?:es)?|cartas?|"
    r"quejas?|lettres?|courriers?|plaintes?)\s+(?:\w+\s+)?(?:dated|of|en date du|du|de fecha|del?)"
    r"|received on|reçue?s? le|recibid[ao]s? el"
    # a letter's own date in its header ("Date: 2005-05-16", "Fecha: 3 de mayo")
    r"|\b(?:date|dated|fecha|datum)\s*:"
    # a supervisory body's own meeting ("at its meeting of March 2013", "en su reunión de marzo de 2013")
    r"|\b(?:its|su|sa|leur)\s+(?:last\s+|previous\s+|última\s+|dernière\s+)?(?:meetings?|sessions?|reuni[óo]n|réunion|sesi[óo]n)"
    r"\s+(?:of|in|held in|de|du|d['’]|en|celebrada en|tenue en)|\b(?:at|in|à|lors de|en) (?:its|sa|su)"
    # its sessions listed with their dates: "at its 38th and 39th Sessions, held respectively in"
    r"|\b(?:meetings|sessions|réunions|reuniones|sesiones),?\s+(?:held|tenues|celebradas)\s+"
    r"(?:respectively\s+|respectivement\s+|respectivamente\s+)?(?:in|on|en|le|les|el|los)"
    r")\s+$",
    re.I,
)
_SINCE_JUST = re.compile(r"\b(?:since|depuis|desde)\s+(?:the\s+|le\s+|la\s+|el\s+)?$", re.I)
# the words between a detention and the day it began ("detained since", "held in prison since"), with
# how the person is held ("detained incommunicado since", "détenu au secret depuis")
_HELD_SINCE = re.compile(
    r"\s*(?:(?:incommunicado|without (?:charge|trial)|arbitrarily|au secret|sans (?:jugement|inculpation)|"
    r"incomunicad[oa]s?|sin (?:cargos|juicio)|arbitrariamente)\s+)?"
    r"(?:(?:in|en)\s+(?:[\w'’-]+\s+){0,2})?(?:since|depuis|desde)\s+(?:the\s+|le\s+|la\s+|el\s+|l['’])?",
    re.I,
)
_SINCE_OPENING = re.compile(r"\b(?:since|desde|depuis)\s+(?:\w+\s+){0,3}$", re.I)
# states lasting from the act that began them: a period's start ("since May") dates that act
_LASTING_FROM = frozenset({
    EventType.ARREST, EventType.PROTEST, EventType.SUSPENSION, EventType.DEREGISTRATION,
})  # fmt: skip
_DATELINE = re.compile(r"\W*(?:[A-ZÀ-ÝА-Я][A-ZÀ-ÝА-Я.'-]+[ ,/]*){1,4}\(?\s*$")
# "(19 May 2021) The federation condemns ...": a date in parentheses opening the sentence
_BRACKET_OPENING = re.compile(r"\W*\(\s*$")
_BRACKET_CLOSING = re.compile(r"\s*\)")
# a date written after another act's noun ("the strike on 19 January", "la grève du 3 mai")
_ACT_NOUN_BEFORE = re.compile(
    r"\b(?:strikes?|stoppages?|walkouts?|demonstrations?|protests?|march|marches|rall(?:y|ies)|meetings?|"
    r"elections?|congress(?:es)?|grèves?|manifestations?|réunions?|huelgas?|paros?|marchas?|"
    r"manifestaci[óo]n(?:es)?|asambleas?|забастовк\w*|митинг\w*|собрани\w*)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:on|of|held on|du|de|del|el|le)\s+(?:the\s+)?$",
    re.I,
)
# "... and the brutal assault on": a noun act listed after another noun act
_NOUN_COORDINATION = re.compile(
    r"(?:,\s*)?\b(?:and|as well as|et|y)\s+"
    r"(?:the|a|an|la|le|les|l['’]|el|los|las|un|une|una)\s*(?:[\w-]+\s+)?$",
    re.I,
)
# a byline before the page's date: "par Rachel Doe, 30 mars 2023", "By Jon Roe | 4 May 2021"
# the words opening a byline: its writer tells the page's acts and takes no part in them
BYLINE_OPENING = (
    r"\s*(?:by|par|por|written by|posted by|published by|submitted by|publié par|publicado por)\s+"
)
_BYLINE_BEFORE = re.compile(BYLINE_OPENING + r"[^\n,|·]{1,60}[,|·–-]\s*$", re.I)
_PAGE_FURNITURE = re.compile(
    r"(?:[\W\d_]|\b(?:[ap]\.?m\.?|h|hrs|GMT|UTC|updated|published|posted|publicado|actualizado|publié|"
    r"mis à jour|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|on)\b)*",
    re.I,
)
_NOUN_ACT_NEXT = re.compile(
    r"\s*,?\s*(?:and|as well as|et|ainsi que|y|así como)\s+(?:(?:of|de|du|des|del)\s+)?"
    r"(?:(?:the|a|an|la|le|les|l['’]|el|los|las|un|une|una)\s*)?",
    re.I,
)
_COORDINATED_AFTER = re.compile(
    r"\s*,?\s*(?:and|et|y|e|и|а также|then|puis|luego)\s+(?:\w+ly\s+|later\s+)?", re.I
)
_TELLING_AFTER = re.compile(
    r"\s+(?:\w+ly\s+)?(?:expressed|said|says|called|urged|condemned|stated|announced|warned|welcomed|deplored|"
    r"denounced|reported|noted|issued|released|raised|dijo|declaró|denunció|condenó|expresó|instó|"
    r"a déclaré|a dénoncé|a condamné|a exprimé|ont exprimé|ont appelé|a appelé|заявил\w*)\b",
    re.I,
)
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|stated|announced|declared|dijo|declaró|a déclaré|a indiqué"
    r"|(?:it|this) (?:was|is) (?:reported|announced|confirmed|learned)"
    r"|reported|confirmed|confirmó|informó|a confirmé)\s+$",
    re.I,
)
# a telling verb, its date, then what it tells: "confirmed on Tuesday 20 June that ...", "confirmó este
# martes 20 de junio, que ..."
_TELLING_BEFORE = re.compile(
    r"\b(?:said|stated|announced|reported|confirmed|declared|denounced|informed|revealed|dijo|declaró|confirmó|"
    r"informó|denunció|anunció|aseguró|indicó|señaló|a déclaré|a confirmé|a annoncé|a dénoncé|a indiqué|"
    r"a affirmé|a révélé)\s+(?:[\w]+\s+){0,2}$",
    re.I,
)
# a second predicate of the same subject: "... and was released", "et a été libéré", "y fue liberado"
_OWN_PREDICATE = re.compile(
    r"\b(?:and|et|y|then|puis)\s+(?:(?:later|subsequently|then|ensuite|luego|finally)\s+)?"
    r"(?:was|were|has been|had been|have been|a été|ont été|avait été|fue|fueron|ha sido|han sido)\b",
    re.I,
)
_COMPLEMENT_AFTER = re.compile(r"\s*,?\s*(?:that|que|qu['’])\b", re.I)


def _date_cost(sentence: Sentence, trigger: Trigger, date: DateMention, text: str) -> int:
    """Lower is closer: a leading "On <date>," governs the sentence unless its clause has its own date."""
    pos = trigger.start - sentence.start
    d_start = date.start - sentence.start
    if d_start < 3 or sentence.text[:d_start].strip().lower() in {"on", "in", "on the", "since"}:
        return LEADING_DATE_COST
    resolved = _resolved_relative(text, trigger, date)
    if resolved is not None:
        return resolved - trigger.end
    between = text[date.end : trigger.start] if date.end <= trigger.start else text[trigger.end : date.start]
    cost = len(between) + (30 if "," in between else 0)
    if date.end <= trigger.start:
        # "arrested on 3 May and released on 10 May": a date before "and" is the act's before it;
        # so is one before a second noun act ("the arrest of X in May and the arrest of Y in June")
        next_noun = trigger.nominal and _NOUN_ACT_NEXT.fullmatch(between)
        cost += 100 if _COORDINATED_AFTER.fullmatch(between) or next_noun else 1
    if clause_start(sentence, pos) != clause_start(sentence, max(d_start, 0)):
        cost += 1000
    if _DOCUMENT_DATE.search(text[max(0, date.start - 40) : date.start]):
        cost += 500  # "the verdict of 17 July 2019" dates a document, not this act
    return cost


def _resolved_relative(text: str, trigger: Trigger, date: DateMention) -> int | None:
    """Where a relative time right after the trigger starts when `date`, in parentheses, resolves
    it ("filed a petition, two months after the verdict took effect (7 October 2019)"): the act is
    as near its date as it is to that expression. None otherwise, or when a year comes between the
    trigger and the expression ("released on 2 May 2020, a week after ..." times the 2 May)."""
    if date.start <= trigger.end:
        return None
    window = max(trigger.end, date.start - RELATIVE_REACH)
    found = _RELATIVE_RESOLVED.search(text, window, date.start)
    if found is None or YEAR.search(text, trigger.end, found.start()):
        return None
    return found.start()


# a date listed after a communication's or a meeting's, in any of the three languages ("dated 2 March
# and 19 May", "des 2 mars et 19 mai", "en noviembre de 1998 y marzo de 1999")
_LISTED = re.compile(
    r"\s*(?:,|;|and|,\s*and|as well as|et|ainsi que|y)\s*(?:on\s+|en\s+|le\s+|el\s+|du\s+|del\s+)?", re.I
)


@lru_cache(maxsize=8)  # the triggers of a sentence read its dates in turn
def _communication_dates(text: str, dates: tuple[DateMention, ...]) -> frozenset[int]:
    """Starts of the dates of a letter or communication ("in communications dated 8 February and
    16 May 2011", "reçues le 1er septembre 2015") or of a supervisory body's meeting ("at its
    meeting of March 2013"), with the dates listed after them: they date the telling or the
    examination, never the act told."""
    found: set[int] = set()
    for i, d in enumerate(dates):
        listed = i > 0 and dates[i - 1].start in found and _LISTED.fullmatch(text[dates[i - 1].end : d.start])
        if listed or _COMMUNICATION.search(text[max(0, d.start - 50) : d.start]) or submitted_on(text, d):
            found.add(d.start)
    return frozenset(found)


def _period_start_after(text: str, trigger: Trigger, date: DateMention) -> bool:
    """ "arrested on 10 February, bringing arrests to 34 since the December strikes": a period's
    start after the act dates the period, not the act. "Since 1986, 2,800 killings ... an attack on
    X": one before it dates only a state lasting from it (held, on strike, suspended, dissolved)."""
    # "in custody since 2 August", "desaparecido desde el 2 de agosto": held from that day
    if trigger.word.lower().endswith(("since", "desde", "depuis")):
        return False
    if date.end <= trigger.start:
        opened = _SINCE_OPENING.search(text, max(0, date.start - 40), date.start)
        return trigger.type not in _LASTING_FROM and opened is not None
    # "has been detained since March 2022", "détenu depuis mars": the detention began that day
    if trigger.type is EventType.ARREST and _HELD_SINCE.fullmatch(text, trigger.end, date.start):
        return False
    return date.start > trigger.end and bool(_SINCE_JUST.search(text, max(0, date.start - 16), date.start))


def _dates_other_act(
    sentence: Sentence, trigger: Trigger, date: DateMention, text: str, next_act: int | None
) -> bool:
    """ "within the strike on 19 January, which ..., the Government arrested X": a date written after
    another act's noun, in another clause, dates that act, not this one; so does a date in a later
    clause after the sentence's next act ("held in custody for 72 hours, then charged on 15 May")."""
    pos, d_start = trigger.start - sentence.start, date.start - sentence.start
    if clause_start(sentence, pos) == clause_start(sentence, max(d_start, 0)):
        return False
    after_next = next_act is not None and trigger.end <= next_act < date.start
    if next_act is not None and after_next and trigger.nominal and _listed_after(text, next_act):
        return False  # "the murder of X and the assault on Y on 25 June": one date for the listed acts
    return after_next or bool(_ACT_NOUN_BEFORE.search(text, max(0, date.start - 50), date.start))


def _listed_after(text: str, next_act: int) -> bool:
    return bool(_NOUN_COORDINATION.search(text, max(0, next_act - 40), next_act))


def _told_today(text: str, date: DateMention) -> bool:
    """ "UN experts today expressed concern at the arrests", "the union said today": the day of the
    telling, not of the act told."""
    if not TODAY.fullmatch(date.text):
        return False
    return bool(
        _TELLING_AFTER.match(text, date.end) or _SAID_BEFORE.search(text, max(0, date.start - 30), date.start)
    )


def _told_on(text: str, trigger: Trigger, date: DateMention) -> bool:
    """ "The ombudsman confirmed on 20 June that the two unionists are detained": the date of the
    telling, written between its verb and what it tells, is not the date of the act told."""
    return (
        date.end <= trigger.start
        and bool(_TELLING_BEFORE.search(text, max(0, date.start - 40), date.start))
        and bool(_COMPLEMENT_AFTER.match(text, date.end))
    )


def page_date(text: str, date: DateMention) -> bool:
    """A date alone on its line, with at most a weekday, a time or a "Published" label ("sábado,
    29 de junio de 2019 · 16:31"), is the date of the page, not of an act a headline beside it tells."""
    start = text.rfind("\n", 0, date.start) + 1
    end = text.find("\n", date.end)
    before, after = text[start : date.start], text[date.end : len(text) if end < 0 else end]
    if _BYLINE_BEFORE.fullmatch(before) and _PAGE_FURNITURE.fullmatch(after):
        return True
    return _PAGE_FURNITURE.fullmatch(before + " " + after) is not None


def _dateline(sentence: Sentence, date: DateMention, text: str) -> bool:
    """ "GENEVA (15 June 2022) – UN experts today expressed concern at the arrests ...": the date of
    the release dates the telling, not the acts told."""
    before = sentence.text[: date.start - sentence.start]
    bracketed = bool(_BRACKET_OPENING.fullmatch(before) and _BRACKET_CLOSING.match(text, date.end))
    dateline = bool(_DATELINE.match(before)) or date.end <= dateline_end(text, sentence)
    return bracketed or dateline or news_dateline(text, sentence.start, date)


def governing_date(
    sentence: Sentence, trigger: Trigger, dates: Sequence[DateMention], text: str, next_act: int | None = None
) -> DateMention | None:
    told = _communication_dates(text, tuple(dates))
    dates = [
        d
        for d in dates
        if d.start not in told
        and not _period_start_after(text, trigger, d)
        and not coming_after(text, trigger, d)
        and not other_act_starting(text, trigger, d)
        and not founding_date(text, trigger, d)
        and not after_other_act(text, trigger, d)
        and not told_later(text, trigger, d, LATER)
        and not _dateline(sentence, d, text)
        and not in_leading_participle(sentence, trigger, d, text)
        and not _told_today(text, d)
        and not _told_on(text, trigger, d)
        and not _dates_other_act(sentence, trigger, d, text, next_act)
        and not other_report(text, min(d.end, trigger.end), max(d.start, trigger.start))
        and (
            (
                trigger.type is EventType.LAW_CHANGE
                and (d.start >= trigger.end or made_on_instrument_date(trigger.word))
            )
            or not instrument_date(text, d)
        )
    ]
    if not dates:
        return None
    best = min(dates, key=lambda d: _date_cost(sentence, trigger, d, text))
    clause = clause_start(sentence, trigger.start - sentence.start)
    earlier = [
        d
        for d in dates
        if d.end <= trigger.start
        and d.start - sentence.start >= clause
        and trigger.start - d.end <= NEAR_BEFORE
    ]
    if next_act is not None and trigger.end <= next_act < best.start:
        # "on 3 May X was arrested ... and the court sentenced him on 9 June": the date after the
        # next act is that act's; this one takes the date written before it, or none where the
        # next act is a predicate of its own ("was detained ... and was released on 10 March")
        if earlier:
            best = min(earlier, key=lambda d: _date_cost(sentence, trigger, d, text))
        elif _OWN_PREDICATE.search(text, trigger.end, next_act) or (
            trigger.nominal and perpetrators_act(text, trigger.start)
        ):
            return None
    return None if _other_item(sentence, trigger, best, text) else best


def _other_item(sentence: Sentence, trigger: Trigger, date: DateMention, text: str) -> bool:
    """The date is in another item of a list cut by semicolons ("i) the Government adopted the
    amendment; ii) the adoption of the Act of 2012"), and no leading "On <date>," of the sentence."""
    between = text[date.end : trigger.start] if date.end <= trigger.start else text[trigger.end : date.start]
    return ";" in between and _date_cost(sentence, trigger, date, text) != LEADING_DATE_COST


def no_own_date(text: str, sentence: Sentence, date: DateMention | None) -> bool:
    """No date, or only the start of a period ("since 2014", "Since the law was adopted in 2014")."""
    return date is None or bool(_SINCE.search(text[sentence.start : date.start]))
