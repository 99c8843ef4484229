"""Allegations written as noun phrases: "arrests and dismissals of union leaders" in a complaint's
summary, an "Allegations:" paragraph or a numbered "Alleged ..." item, and noun acts with their own
date ("the adoption of the new code in 2016").

A noun alone tells no fact ("the right to strike", "the release of X is requested"): it is kept only
where the sentence tells what is alleged or reported, or where a date follows it closely."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from casewatch import vocab
from casewatch.extract.anchored_dates import MONTHS
from casewatch.extract.dates import DateMention
from casewatch.extract.events.cues import cues, opened
from casewatch.extract.events.triggers import (
    PERSON_ACTS,
    Trigger,
    told_as_fact,
    told_as_future,
)
from casewatch.extract.events.wordings import found_in
from casewatch.extract.gated import Gated, gated
from casewatch.extract.literals import trie
from casewatch.extract.openings import Openings, first_match, with_openings
from casewatch.extract.sentences import Sentence
from casewatch.model import EventType

NOT_ACT_REACH = 60  # chars before a noun act where "a complaint for", "such as" are looked for
SUBJECT_REACH = 40  # chars before a noun act where "relating to", "relacionado con" are looked for
DATE_REACH = 80  # chars from a noun act to the date that dates it ("adoption of the ... Act in 2016")
# a summary line or list item that is itself the allegation: "Allegations: ...", "1. Alleged detention of"
_HEADED = re.compile(
    r"^\s*(?:[-•■▪*]\s*)?(?:\(?[\w.]{1,4}[.)]\s+)?(?:Allegations?|Alleged|Allégations?|Alléguée?s?|Alegatos?|Alegaciones|Presunt[oa]s?)\b",
    re.I,
)


# a day and month right after a noun act ("otras 17 detenciones el 3 de enero"): the act is dated, even
# where the page gives no year to place the day in
_DAY_MONTH_AFTER = re.compile(
    rf"\s*(?:on |el |le |the )?[0-3]?\d(?:st|nd|rd|th|er|º)?\s+(?:de\s+|of\s+)?"
    rf"(?:{trie(sorted(MONTHS, key=len, reverse=True))})\b",
    re.I,
)

# what an allegation names right after it is the act alleged ("allegations of murder")
_ALLEGED_OF = re.compile(
    r"\b(?:allegations?|allégations?|alegatos?|alegaciones) (?:of|de|d['’]|des|du)\s+$", re.I
)


def noun_acts(sentence: Sentence) -> list[tuple[EventType, re.Match[str]]]:
    """Every noun act written in the sentence, told as a fact or not (most sentences hold none)."""
    c = cues()
    starts = opened(sentence.text)  # read with the triggers' wordings
    return [
        (c.noun_types[i - c.nouns_from], m)
        for i in sorted(starts)
        if i >= c.nouns_from
        for m in c.scan.finditer(i, sentence.text, starts)
    ]


@cache
def _context() -> Openings:  # tried where its words start: most sentences with a noun act tell no allegation
    data = vocab.load("events")
    records = data.get("allegation_context_records")
    return with_openings(re.compile(data["allegation_context"] + (f"|{records}" if records else ""), re.I))


@cache
def _not_acts() -> Openings:  # closing the stretch before a noun act: tried where one may start
    data = vocab.load("events")
    records = data.get("noun_not_acts_records")
    return with_openings(re.compile(data["noun_not_acts"] + (f"|{records}" if records else ""), re.I))


@cache
def _dropped_after() -> Gated:  # behind its literals: it reads up to 100 chars before its words
    return gated(re.compile(vocab.load("events")["dropped_after"], re.I))


def _dropped(sentence: Sentence, end: int) -> bool:
    """ "the criminal charges against X were dropped": charges or a prosecution said ended, in the
    noun act's own clause, tell no new act."""
    return _dropped_after().match_ahead(sentence.text, end) is not None


@cache
def _ongoing_after() -> Gated:  # behind its literals: it reads up to 80 chars before its words
    return gated(re.compile(vocab.load("events")["ongoing_after_records"], re.I))


def _ongoing(sentence: Sentence, end: int) -> bool:
    """ "the criminal case against X is still pending", "el proceso contra X sigue en curso": a noun act
    said still going on, in its own clause, is told as a fact, as an alleged one is."""
    return _ongoing_after().match_ahead(sentence.text, end) is not None


@cache
def _subject_matter() -> re.Pattern[str]:
    return re.compile(vocab.load("events")["subject_matter"], re.I)


def _asked_about(sentence: Sentence, etype: EventType, start: int) -> bool:
    """ "information on the proceedings relating to the dismissal of X": an act done to a person, named
    as what a request bears on, is presupposed by it, not asked for."""
    before = sentence.text[max(0, start - SUBJECT_REACH) : start]
    return etype in PERSON_ACTS and _subject_matter().search(before) is not None


def _names_no_act(sentence: Sentence, start: int) -> bool:
    """ "a complaint for kidnapping", "practices such as kidnapping": an offence or an example, no act;
    "complaints involving allegations of murder" allege the act all the same."""
    before = sentence.text[max(0, start - NOT_ACT_REACH) : start]
    return found_in(_not_acts(), before) and _ALLEGED_OF.search(before) is None


def _dated(sentence: Sentence, end: int, dates: Sequence[DateMention]) -> bool:
    """A date follows the noun act within its clause ("adoption of the Act in 2016")."""
    if _DAY_MONTH_AFTER.match(sentence.text, end):
        return True
    pos = sentence.start + end
    return any(
        pos <= d.start <= pos + DATE_REACH and ";" not in sentence.text[end : d.start - sentence.start]
        for d in dates
    )


_OPENS_LIST = re.compile(r"\s*\(")


def _spelt_out(
    sentence: Sentence, m: re.Match[str], nouns: Sequence[tuple[EventType, re.Match[str]]]
) -> bool:
    """ "acts of violence (murders, attempted murders, threats)": a general act whose parenthesis names
    the acts it stands for is told by them, not as one more act."""
    if not _OPENS_LIST.match(sentence.text, m.end()):
        return False
    close = sentence.text.find(")", m.end())
    end = close if close >= 0 else len(sentence.text)
    return any(m.end() < other.start() < end for _, other in nouns)


def headed(sentence: Sentence) -> bool:
    """An "Allegations:" line or a numbered "Alleged ..." item: itself the allegation."""
    return bool(_HEADED.match(sentence.text))


def find_allegations(
    sentence: Sentence,
    nouns: Sequence[tuple[EventType, re.Match[str]]],
    verbal: Sequence[Trigger],
    dates: Callable[[], Sequence[DateMention]],
) -> list[Trigger]:
    """The noun acts (`noun_acts`) told as allegations or dated, where no verb trigger tells them.
    The sentence's `dates` are read only for a noun act that is not alleged: most are, or are no act."""
    if not nouns:
        return []
    is_headed = headed(sentence)
    context = _context()
    told = first_match(context, sentence.text, 0, context.starts(sentence.text))
    found: list[Trigger] = []
    for etype, m in nouns:
        start, end = sentence.start + m.start(), sentence.start + m.end()
        overlaps = any(t.start < end and start < t.end for t in (*verbal, *found))
        if (
            overlaps
            or _names_no_act(sentence, m.start())
            or told_as_future(sentence, m.end())
            or _dropped(sentence, m.end())
            or _spelt_out(sentence, m, nouns)
        ):
            continue
        alleged = is_headed or (told is not None and told.start() < m.start()) or _ongoing(sentence, m.end())
        presupposed = _asked_about(sentence, etype, m.start())
        if (alleged or _dated(sentence, m.end(), dates())) and told_as_fact(sentence, m.start(), presupposed):
            found.append(Trigger(etype, start, end, m.group(0), nominal=True))
    return sorted(found, key=lambda t: t.start)
