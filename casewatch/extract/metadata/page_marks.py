"""Marks that weigh a page without letter anatomy towards one genre: an outlet's page furniture, a body's
masthead, a heading that titles the page as a statement, the page's own demands, a body named as the
speaker of its own statement."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from casewatch import vocab
from casewatch.extract.gated import Gated, LiteralCue, gated
from casewatch.extract.literals import in_lines
from casewatch.extract.metadata.voice import BODY, OFFICER, QUOTATION, speaker_genre, well_known_ngo
from casewatch.model import Genre


def _alternation(key: str) -> str:
    return "|".join(vocab.load("genres")[key])


@cache
def _furniture() -> list[Gated]:
    return [gated(mark) for mark in vocab.load("genres")["news_furniture"]]


# a union's headed release and the genre's weights both count it on one head: counted once per head
@lru_cache(maxsize=16)
def news_furniture(head: str) -> int:
    """How many kinds of an outlet's page furniture a page carries (a byline, a publication stamp with its
    time of day, a related-links or comments block, a wire's dateline): a body's own statement carries none
    of them."""
    return sum(1 for mark in _furniture() if mark.search(head)) + _wire_dateline(head)


@cache
def _report_library() -> Gated:
    return gated(_alternation("report_library"))


def report_library(head: str) -> bool:
    """A report library's page: a report's title and abstract over a chooser of the languages it is in."""
    return bool(_report_library().search(head))


@cache
def _treatise_heading() -> re.Pattern[str]:
    words = _alternation("treatise_headings")
    number = r"(?:(?:\d{1,2}|[IVX]{1,4})[.)][ \t]*\n?[ \t]*)?"
    # alone on its line, or in capitals running into the text a flattened PDF puts after it
    return re.compile(
        rf"^[ \t]*{number}(?:(?i:{words})[ \t]*:?[ \t]*$|(?:{words.upper()})[ \t]+[A-ZÀ-ÝА-ЯЁ])", re.M
    )


@cache
def _reference_heading() -> Gated:
    return gated(rf"^[ \t]*(?:{_alternation('reference_headings')})[ \t]*$", re.M)


def treatise_heading(head: str) -> bool:
    """A heading of a treatise or a reference entry ("Contents", "1. INTRODUCCIÓN ..."), or of a page
    explaining a procedure ("What are communications?", "The Complaints Procedure")."""
    return bool(_treatise_heading().search(head) or _reference_heading().search(head))


@cache
def _appeal_code() -> re.Pattern[str]:
    return re.compile(_alternation("appeal_codes"))


def appeal_code(head: str) -> bool:
    """An NGO's urgent appeal, known by the reference code its programme gives each appeal."""
    return bool(_appeal_code().search(head))


# A story's first line crediting its agency: "XNA | THE AVRA DAILY.- ...", "Porto Avra (XNA).- ...", the
# Spanish dateline's ".-" after it; a union's or NGO's own credit is no agency's
_CREDITED = r"[A-ZÀ-Ý][\w.]{1,15}(?:[ \t][A-ZÀ-Ý][\w.]{1,15})?"
_AGENCY_CREDIT = re.compile(
    rf"^[ \t]*(?P<who>{_CREDITED})[ \t]*[|/][ \t]*[A-ZÀ-Ý][^\n|/]{{2,50}}?\.-"
    rf"|^[^\n()]{{2,60}}\((?P<by>{_CREDITED})\)[ \t]*\.?-",
    re.M,
)


def agency_credit(head: str) -> bool:
    """A story credited to a news agency on one of its first lines."""
    return any(
        not speaker_genre(who) and not _OFFICIAL_WIRE.search(who)
        for m in _AGENCY_CREDIT.finditer(head[:800])
        if (who := m.group("who") or m.group("by"))
    )


@cache
def _agency_foot() -> Gated:
    return gated(_alternation("agency_foot"))


def agency_foot(text: str) -> bool:
    """A story signed at its foot by the news agency that reported and edited it ("(Reporting by ...;
    Editing by ...)"): the wire's own credit, which a page's head never reaches on a long story."""
    return bool(_agency_foot().search(text[-3000:]))


# "LAHORE - At least ...", "WASHINGTON — The ...": a story opened by its city in capitals and a dash, no date
_CITY_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-ZÀ-ÝА-ЯЁ]{3,}(?:[ \t]+[A-ZÀ-ÝА-ЯЁ]{2,})?)"
    r"(?:,[ \t]*[A-ZÀ-Ý][\w .]{1,20})?[ \t]+[–—-][ \t]+\S",
    re.M,
)


def _wire_dateline(head: str) -> bool:
    """A wire's dateline: its capitals name a city, not a union or NGO heading its own statement (a body
    known by name, or an acronym the page defines in brackets)."""
    cities = (m.group("city") for m in _CITY_DATELINE.finditer(head[:2000]))
    return any(not speaker_genre(city) and f"({city})" not in head for city in cities)


# "LONDON (Arden Wire) - Police have ...": a dateline credited to an outlet
_CREDITED_DATELINE = re.compile(
    r"^[ \t]*[A-ZÀ-ÝА-ЯЁ][A-ZÀ-ÝА-ЯЁ .'’-]{2,30}(?:,[ \t]*[\w .'’-]{2,30})?[ \t]*\((?P<who>[^()\n]{2,40})\)"
    r"[ \t]*[–—-][ \t]+\S",
    re.M,
)


def credited_dateline(head: str) -> bool:
    """A dateline credited to an outlet, not to a union's, an NGO's or an official body's own wire."""
    return any(
        not speaker_genre(m.group("who")) and not _OFFICIAL_WIRE.search(m.group("who"))
        for m in _CREDITED_DATELINE.finditer(head[:2000])
    )


_OFFICIAL_WIRE = re.compile(r"\b(?:UN|United Nations|ILO|OHCHR|OIT|ONU)\b|\d")


# A banner line: one to six capitalised words or acronyms, nothing else ("ARDEN WATCH", "Arden Watch Urgent
# Actions"); a headline has lower-case words or punctuation
_BANNER = re.compile(r"^[A-ZÀ-ÝА-ЯЁ][\w'’&-]*(?:[ \t]+[A-ZÀ-ÝА-ЯЁ][\w'’&-]*){0,5}$")


@cache
def _series_words() -> re.Pattern[str]:
    return re.compile(rf"(?:[ \t]+(?:{_alternation('masthead_words')}))+$", re.I)


@cache
def _series_alone() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternation('masthead_words')})", re.I)


def series_banner(line: str) -> bool:
    """A banner of series words alone ("URGENT ACTION"): it names no body, and the line under it is the
    page's headline, no masthead."""
    return bool(_series_alone().fullmatch(line.strip()))


# A topic heading naming a right ("Labor Rights", "Droits syndicaux"): no body's banner; a body named after a
# right has a joining word ("Lawyers for Avra Rights")
_RIGHT_HEADING = re.compile(
    r"^(?:[\w'’-]+[ \t]+){0,2}(?:Rights|Droits?|Derechos?)$|^(?:Droits?|Derechos?)[ \t]+[\w'’-]+$",
    re.I,
)


def right_heading(line: str) -> bool:
    """A heading naming a right, a topic: no body's name."""
    return bool(_RIGHT_HEADING.match(line.strip()))


def _banner_body(line: str) -> str | None:
    """The union or NGO a banner line names, its series words left out."""
    if not _BANNER.match(line) or right_heading(line):
        return None
    body = _series_words().sub("", line)
    return body if speaker_genre(body) else None


def _banner(head: str) -> str | None:
    # whole lines only: a line cut where the head is cut short is no banner
    lines = [
        line.strip() for line in head[:600].splitlines(keepends=True) if line.strip() and line.endswith("\n")
    ]
    lines = lines[:3]
    return next((body for line in lines if (body := _banner_body(line))), None)


def masthead_genre(head: str) -> Genre | None:
    """The genre of a union or NGO named alone on one of the page's first lines, as its own site's banner
    names it ("Arden Watch Urgent Actions")."""
    body = _banner(head)
    return speaker_genre(body) if body else None


def masthead_name(head: str) -> str | None:
    """The union or NGO a page's masthead names, its series words left out ("Arden Watch")."""
    return _banner(head)


@cache
def _statement_heading() -> re.Pattern[str]:
    # the heading alone on its line, or opening it with whose or when it is: "Communiqué de l'Observatoire
    # d'Avra – Port Avra, le 6 mai 2031", "Arden League. Statement of 6 May"
    whose = r"(?:[ \t]+(?:of|by|from|de|du|des|del|d['’])\b|[ \t]*[–—-])[^\n]{0,160}"
    headings = _alternation("statement_headings")
    return re.compile(rf"(?:^|\.[ \t]+)\W*(?:{headings})(?:{whose})?\W*$", re.M | re.I)


def statement_genre(head: str) -> Genre | None:
    """A page titled as a statement on a line of its own near its top is the statement of the body its
    opening names: a union's or an NGO's."""
    heading = _statement_heading().search(head[:800])
    return speaker_genre(head[:800]) if heading else None


@cache
def _own_demands() -> tuple[Gated, LiteralCue]:
    """The demands, and where their words stand: each demand holds one of them, on one line."""
    demands = gated(_alternation("own_demands"))
    return demands, LiteralCue(demands)


def own_demands(head: str) -> int:
    """How often a page asks the authorities in its own words ("the authorities must release ..."), outside
    the quotations that give others' words."""
    demands = [m.start() for m in in_lines(_own_demands()[0].compiled, head, _own_demands()[1])]
    if not demands:
        return 0
    quoted = [(q.start(), q.end()) for q in QUOTATION.finditer(head)]
    return sum(1 for at in demands if not any(start <= at < end for start, end in quoted))


# a body's name, to the end of its clause or to the next body joined to it
_NAMED = rf"(?:la |le |les |el |the )?{BODY}(?=[ \t]*(?:[.,;:)]|$|\b(?:and|et|y|и)\b))"


@cache
def _stated_by() -> re.Pattern[str]:
    verbs = _alternation("statement_verbs")
    return re.compile(rf"[,”»\"][ \t]*(?:{verbs})[ \t]+{_NAMED}", re.M)


def stating_bodies(head: str) -> list[str]:
    """Each union or NGO named after the verb of its statement ("..., declared Arden Watch"), which is how a
    body's own release closes the sentence it asks in, as written. An officer named so ("said the Arden
    Watch Director") is the officer's quote, not the body's statement."""
    return list(_stating_bodies(head))


@lru_cache(maxsize=16)  # the genre's weights and the senders' step read them of one head
def _stating_bodies(head: str) -> tuple[str, ...]:
    found: list[str] = []
    for m in _stated_by().finditer(head):
        named = [m.group("who"), *_joined_bodies(head, m.end())]
        found += [who for who in named if speaker_genre(who) and not OFFICER.search(who)]
    return tuple(found)


# "..., declared Arden Watch, Avra League and twenty groups": the bodies joined to the first one
_JOINED = re.compile(rf"[ \t]*(?:,|\band\b|\bet\b|\by\b)[ \t]+{_NAMED}", re.M)


def _joined_bodies(head: str, end: int) -> list[str]:
    joined = []
    while (m := _JOINED.match(head, end)) and speaker_genre(m.group("who")):
        joined.append(m.group("who"))
        end = m.end()
    return joined


def stated_by(head: str) -> list[Genre]:
    """The genre of each body that `stating_bodies` finds."""
    return [genre for who in stating_bodies(head) if (genre := speaker_genre(who))]


@cache
def _un_told() -> Gated:
    return gated(_alternation("un_told"))


@cache
def _un_release_dateline() -> re.Pattern[str]:
    return re.compile(_alternation("un_release_dateline"))


@cache
def _un_reported_writing() -> Gated:
    return gated(_alternation("un_reported_writing"))


def un_told(head: str) -> bool:
    """A UN body's words told from outside ("the experts said in a statement", "a través de un comunicado"):
    a story about the statement, unless the page opens on the release's own dateline ("PORT AVRA –"). A
    story telling that the expert wrote, in reported speech ("she said she had written"), under any
    dateline."""
    if _un_reported_writing().search(head):
        return True
    return bool(_un_told().search(head)) and not _un_release_dateline().search(head[:1500])


@cache
def _scholarly() -> Gated:
    return gated(_alternation("scholarly_marks"))


def scholarly(head: str) -> bool:
    """A paper or a scholarly article, by how it presents itself (its abstract, 'This paper examines')."""
    return bool(_scholarly().search(head))


@cache
def _campaign() -> Gated:
    return gated(_alternation("campaign_marks"))


def campaign_genre(head: str) -> Genre | None:
    """A campaign page asking its reader to sign or send a message is the appeal of the body running it: an
    NGO's when it names a well-known one, else a union's when the page speaks of unions, else an NGO's."""
    if not _campaign().search(head):
        return None
    # a well-known NGO named on a campaign page runs it, whatever unions the page speaks of
    return Genre.NGO_REPORT if well_known_ngo(head[:3000]) else speaker_genre(head[:3000]) or Genre.NGO_REPORT


@cache
def _member_notice() -> tuple[Gated, Gated]:
    return gated(_alternation("member_address")), gated(_alternation("member_words"))


def member_notice_genre(head: str) -> Genre | None:
    """A body's notice to its members or affiliates, addressing them as "you" ("As you are aware, ...") and
    speaking of its affiliates: the body's own, a union's when the page speaks of unions, other when the
    employers speak."""
    address, members = _member_notice()
    if address.search(head) and members.search(head):
        return Genre.OTHER if employers_speak(head[:3000]) else speaker_genre(head[:3000])
    return None


@cache
def _hearsay() -> Gated:
    return gated(_alternation("hearsay"))


def hearsay(head: str) -> bool:
    """A page saying its facts come from others ("reportedly", "selon des sources", "Berichten zufolge")."""
    return bool(_hearsay().search(head))


@cache
def _employers_voice() -> Gated:
    return gated(_alternation("employers_voice"))


def employers_speak(head: str) -> bool:
    """A page spoken for the employers ("Employers' Spokesperson's Remarks", "on behalf of the Employers'
    Group"): their body is no union, whatever the page says of unions."""
    return bool(_employers_voice().search(head))
