"""The genre of a page without letter anatomy, in three tiers: what the page declares of its publisher (a
series title, a wire credit, UN experts, a release's formula); else the evidence of its voices and marks,
weighed; else the shape of its prose."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from casewatch.extract.metadata.fields import country_code
from casewatch.extract.metadata.foot_signature import signed_genre
from casewatch.extract.metadata.page_marks import (
    agency_credit,
    appeal_code,
    campaign_genre,
    credited_dateline,
    employers_speak,
    hearsay,
    masthead_genre,
    member_notice_genre,
    news_furniture,
    own_demands,
    report_library,
    scholarly,
    stated_by,
    statement_genre,
    treatise_heading,
    un_told,
)
from casewatch.extract.metadata.self_voice import (
    alerts,
    body_genre,
    chamber_question,
    own_we,
    sign_off,
    speaks_alone,
)
from casewatch.extract.metadata.union_officers import headed_release_genre
from casewatch.extract.metadata.voice import (
    agency_wire,
    credited_body,
    first_person,
    officer_quotes,
    opens_own,
    own_statements,
    own_wire,
    publisher,
    release_genre,
    reported_speech,
    speaker_genre,
    told_from_outside,
    un_voice,
    union_bodies,
)
from casewatch.model import Genre


def page_genre(text: str) -> Genre:
    """A page without letter anatomy: a UN statement, a body's own statement, else news or other."""
    head = text[:5000]
    return _declared(head) or _expository(head) or _alone(head) or _weighed(head) or _prose_shape(head)


def _alone(head: str) -> Genre | None:
    """One person writing as "I", or a member asking a minister in a chamber, where no body speaks by its
    name: a politician's page, whatever its heading calls it ("Communiqué de ...") and whatever unions it
    speaks of."""
    politician = speaks_alone(head) or chamber_question(head)
    return Genre.OTHER if politician and not own_statements(head) and not stated_by(head) else None


def _expository(head: str) -> Genre | None:
    """A page laid out as a treatise or a reference entry, under headings of its own ("Contents",
    "1. INTRODUCCIÓN"), in which no body speaks in its own voice or as "we" and at most one source is
    reported: it explains, neither a statement nor a story."""
    laid_out = treatise_heading(head) or scholarly(head)  # a paper presents itself as one: its abstract
    if not laid_out or first_person(head) >= 2:  # a body's report speaks as "we"
        return None
    evidence = weights(head)
    return Genre.OTHER if not evidence.own and evidence.reporter <= VOICE else None


def _declared(head: str) -> Genre | None:
    """The genre a page declares by naming its publisher the way only that publisher does."""
    published = publisher(head)
    # a series title at the very top is the page's own; further down, a reporter may be citing the series
    if published and (publisher(head[:300]) or not reported_speech(head[:2000])):
        return published[0]
    wire = own_wire(head)
    if wire:
        return speaker_genre(wire) or Genre.OTHER
    if credited := credited_body(head):
        return credited
    if report_library(head) or appeal_code(head):  # a report's abstract, an appeal, however told: the NGO's
        return Genre.NGO_REPORT
    if agency_wire(head) or credited_dateline(head) or agency_credit(head):
        return Genre.NEWS
    # UN experts speaking are their statement; a story telling their statement from outside ("said in a
    # statement") is the outlet's, whatever else it reports
    if un_voice(head):
        return Genre.NEWS if un_told(head) else Genre.UN_COMMUNICATION
    # a page asking its reader to sign, or a body's notice to its affiliates, is the body's own
    return (
        release_genre(head) or headed_release_genre(head) or campaign_genre(head) or member_notice_genre(head)
    )


@dataclass(frozen=True)
class Weights:
    """The evidence of a page's voices: how much speaks for each union or NGO in its own voice, and how
    much for a reporter."""

    own: Counter[Genre]
    reporter: int

    def verdict(self) -> Genre | None:
        if self.own and self.own.total() > self.reporter:
            return self.own.most_common(1)[0][0]
        return Genre.NEWS if self.reporter > 0 else None


# How much one mark weighs: a voice (a body's statement in its own words, a reporter's quote, a kind of an
# outlet's page furniture, a statement heading, a demand in the page's own words) two; a masthead, the
# page's own banner, four; a body that opens the page before anyone is reported one, to break a tie
VOICE, MASTHEAD, OPENING = 2, 4, 1

# How many kinds of an outlet's furniture make a page the outlet's reprint, whoever speaks in it
REPRINT_FRAME = 2


def weights(head: str) -> Weights:
    officers = officer_quotes(head)  # an officer's words are no reporter's mark; a release's are its body's
    stated = stated_by(head)  # "..., declared Arden Watch": the body's words, not a reporter's
    told = max(reported_speech(head) - sum(n for *_, n in officers) - len(stated), 0)
    # whoever speaks, a page that tells it so is a reporter's: such a mark outweighs a plain 'said'
    told += 2 * told_from_outside(head)
    own = _own_weights(head, officers, stated)
    # an outlet's furniture says who put the page up, not who speaks on it: an aggregator reprints a union's
    # release under its own banner and stamp, so one kind weighs only where no body speaks in its own voice;
    # two kinds (a stamp with its time and a section's links) frame the release as the outlet's story
    furniture = news_furniture(head)
    if own and furniture < REPRINT_FRAME:
        furniture = 0
    return Weights(own, VOICE * (told + furniture))


def _own_weights(
    head: str, officers: list[tuple[int, Genre | None, int]], stated: list[Genre]
) -> Counter[Genre]:
    voices = Counter([*own_statements(head), *(genre for _, genre, _ in officers if genre), *stated])
    own = Counter({genre: VOICE * n for genre, n in voices.items()})
    if own and opens_own(head, min((start for start, genre, _ in officers if genre), default=len(head))):
        own[own.most_common(1)[0][0]] += OPENING
    if masthead := masthead_genre(head):
        own[masthead] += MASTHEAD
    if signed := signed_genre(head):  # an officer's signature at its foot weighs as its masthead would
        own[signed] += MASTHEAD
    elif signed_off := sign_off(head):  # so does a body's own sign-off, its name over or before a date
        own[signed_off[0]] += MASTHEAD
    # the page speaking as "we" of its own union or NGO, as a release does (the employers' "we" is no union's)
    for genre in own_we(head)[:2] if not employers_speak(head[:3000]) else ():
        own[genre] += VOICE
    if heading := statement_genre(head):
        own[heading] += VOICE
    if own and (demands := own_demands(head)):  # the page's own demands are its speaker's
        own[own.most_common(1)[0][0]] += VOICE * min(demands, 2)
    return own


def _weighed(head: str) -> Genre | None:
    return weights(head).verdict()


def _prose_shape(head: str) -> Genre:
    """A page that names a well-known union body again and again, reporting no one, is that body's own
    page; a page that only speaks of unions in general is news."""
    if len(union_bodies(head)) >= 3:
        return Genre.UNION_LETTER
    # a body writing as "we" of its own cause, reporting no one: twice, or once where no one at all is
    # reported (a story speaks as "we" only in the words it reports)
    we = first_person(head)
    if (we >= 2 or (we and not reported_speech(head))) and (genre := body_genre(head[:3000])):
        # the employers' spokesperson speaks as "we" of unions and workers too: no union's page
        if employers_speak(head[:3000]):
            return Genre.OTHER
        # an alert asking its reader to act, its "we" naming no union: the NGO's that runs it
        return (
            Genre.NGO_REPORT if genre is Genre.UNION_LETTER and alerts(head) and not own_we(head) else genre
        )
    sentences = len(_SENTENCE_END.findall(head))
    # a short report told in the third person, or under a headline led by its country ("Freedonia: ..."),
    # is news; so are a wire's one or two sentences saying where its facts come from (its only sentence may
    # lack its stop), and a brief of a few lines telling what others did, which no single line, no body's
    # note in its formulas, is
    worded = sentences >= 1 or len(head.split()) >= 12
    brief = sentences >= 1 and len(head.split()) >= BRIEF_WORDS and not _NOTE_FORMULA.search(head)
    told = not first_person(head) and (
        sentences >= 3 or brief or (worded and bool(reported_speech(head) or hearsay(head)))
    )
    headlined = sentences >= 2 and any(
        country_code(m.group("country")) for m in _COUNTRY_HEADLINE.finditer(head[:600])
    )
    return Genre.NEWS if sentences >= 5 or told or headlined else Genre.OTHER


# How many words make a story's brief rather than a line: a few lines' worth
BRIEF_WORDS = 30

# A body's note in its formulas, which tells of no one: "presents its compliments", "has the honour to"
_NOTE_FORMULA = re.compile(
    r"\b(?:presents? its compliments|has the honou?r to|présente ses compliments|a l['’]honneur de"
    r"|tiene el honor de|saluda atentamente)\b"
)

# where a sentence ends: before white space, or at the end of the page (a reader strips the last newline)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")

# A headline on a line of its own, led by a country's name and a colon: "Freedonia : teachers on strike"
_COUNTRY_HEADLINE = re.compile(
    r"^(?:[^\n]{0,100}>[ \t]*)?(?P<country>[A-ZÀ-Ý][\w'’ -]{2,30}?)[ \t]?:[ \t]+\w[^\n]{10,}$", re.M
)
