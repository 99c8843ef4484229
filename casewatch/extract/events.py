"""Events reported as facts: who did what to whom, when and where, one per (sentence, type, date).

Triggers per event type are data (`vocab/events.json`). A trigger is dropped when it is negated
("was not arrested"), hypothetical ("may be dissolved", "faces a risk of closure"), asked for
("calls for the release of", "Please provide information on the arrest") or a purpose ("a lawsuit
to withdraw the registration"). The date is the date expression governing the trigger's clause.
A summary of many acts ("Leaders of unions were convicted") keeps no borrowed date, and a document
tells each act once: retellings merge into, or are dropped for, the dated telling.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from casewatch import vocab
from casewatch.extract.dates import DateMention, find_dates
from casewatch.extract.literals import LiteralIndex, fold, literal_index, necessary
from casewatch.extract.pipeline import step
from casewatch.extract.sentences import Sentence, split_sentences
from casewatch.model import Event, EventType, Extraction, Mention, Part, PartialDate, Text

SKIPPED_PARTS = frozenset({
    "annex", "questions", "letterhead", "addressee", "cc", "board", "signature", "closing", "mandates",
    "header", "title", "date_line", "reference", "salutation",
})  # fmt: skip
ACTOR_LABELS = frozenset({"person", "organization"})
STATE_ACTS = frozenset({EventType.RATIFICATION})  # done by a State, named as a place
# acts an institution does once: a year-only retelling is the same act whoever is named with it
ONCE_A_YEAR = frozenset({
    EventType.MISSION, EventType.AGREEMENT, EventType.LAW_CHANGE, EventType.RATIFICATION,
    EventType.DEREGISTRATION, EventType.SUSPENSION,
})  # fmt: skip
# acts on an organisation: a dateless telling naming the organisation of a dated one summarises it
# ("was refused registration on four occasions"); acts on persons need a shared person
ORGANISATION_ACTS = ONCE_A_YEAR | {EventType.REGISTRATION, EventType.REGISTRATION_REFUSED}
# acts of an institution: who is named in a concession before them ("Despite the objections of X,
# the law was adopted") takes no part in them
INSTITUTION_ACTS = frozenset({
    EventType.LAW_CHANGE, EventType.RATIFICATION, EventType.MISSION, EventType.AGREEMENT,
})  # fmt: skip
PERSON_ACTS = frozenset({
    EventType.ARREST, EventType.CONVICTION, EventType.RELEASE, EventType.PARDON, EventType.ASSAULT,
    EventType.KILLING, EventType.LEGAL_ACTION, EventType.HARASSMENT,
})  # fmt: skip
MAX_QUOTE = 400
LEADING_DATE_COST = 40
SAME_TIME_REACH = 1500  # chars: "at the same time" refers back to a nearby event
RELATIVE_REACH = 160  # chars from a relative time ("two months after ...") to its date in parentheses
_CLAUSE_BREAK = re.compile(
    r";|\s[–—]\s|:\s|,\s*(?:and|but|while|whereas|although)\s|\b(?:since|after|before|when|because|which|who)\s"
)
_DOCUMENT_DATE = re.compile(
    r"(?:\bof|\bdated|\bfrom)\s+$|\(\s*(?:court\s+)?(?:decision|verdict|order)?\s*(?:of\s+)?$"
)
_RELATIVE_RESOLVED = re.compile(
    r"\b(?:\w+\s+)(?:days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)\b[^.;()]*\(\s*$", re.I
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|été|sido|fue|fueron)\s+(?:\w+\s+)?$", re.I)
_SAME_TIME = re.compile(
    r"\b(?:on the same day|at the same time|on that day|that same day|the same day)\b", re.I
)
_LIST_GAP = re.compile(r"\s*(?:,|;|and|,\s*and|as well as)\s*(?:on\s+)?")
# a trigger ending so names its object next; a bare noun ("grève") has no subject either
_NOMINAL = re.compile(r"^(?!\w+ed\s)(?:l')?\w+\s+(?:of|de|d'|du|des|del)$|^(?:grèves?|huelgas?)$", re.I)
_CONCESSION = re.compile(r"\s*(?:despite|in spite of|notwithstanding|although|even though)\b", re.I)
_ADDED = re.compile(r"\bas well as\b", re.I)
_SINCE = re.compile(r"\bsince\b[^,;]*$", re.I)
_BE = re.compile(r"\b(?:was|were|been|being|be|is|are)\b", re.I)
# verbs after which "to <trigger>" is the act itself, not a purpose
_DECIDED = re.compile(
    r"\b(?:decided|agreed|voted|went on|began|started|continued?s?|sentenced|ordered)\b", re.I
)


@dataclass(frozen=True)
class Cues:
    """Compiled trigger vocabulary and the cues that make a trigger not a reported fact."""

    triggers: tuple[tuple[EventType, tuple[int, ...]], ...]  # each type's wordings, as indices
    wordings: tuple[str, ...]  # every type's trigger patterns, in vocabulary order
    type_of: tuple[EventType, ...]  # per wording
    # per wording, strings one of which a match holds: most sentences hold none of most wordings'
    literals: LiteralIndex
    negation: re.Pattern[str]
    modality: re.Pattern[str]
    purpose: re.Pattern[str]
    request: re.Pattern[str]
    denial: re.Pattern[str]  # "rejects the allegation that": what follows is a denied claim
    summary_subject: re.Pattern[str]  # an indefinite plural subject: "Leaders of unions", "some unions"


@dataclass(frozen=True)
class Trigger:
    type: EventType
    start: int  # offsets into the document text
    end: int
    word: str


@cache
def cues() -> Cues:
    data = vocab.load("events")
    wordings = [p for patterns in data["types"].values() for p in patterns]
    triggers, first = [], 0
    for name, patterns in data["types"].items():
        triggers.append((EventType(name), tuple(range(first, first + len(patterns)))))
        first += len(patterns)
    return Cues(
        tuple(triggers),
        tuple(wordings),
        tuple(t for t, indices in triggers for _ in indices),
        literal_index([necessary(p, re.I) for p in wordings]),
        re.compile(data["negation"], re.I),
        re.compile(data["modality"]),
        re.compile(data["purpose"], re.I),
        re.compile(data["request_cues"], re.I),
        re.compile(data["denial"], re.I),
        re.compile(data["summary_subject"], re.I),
    )


def _clause_start(sentence: Sentence, pos: int) -> int:
    """Offset (in the sentence) where the clause holding `pos` begins."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence.text, 0, pos)]
    return breaks[-1] if breaks else 0


def _is_fact(sentence: Sentence, start: int) -> bool:
    """False when the trigger at sentence offset `start` is negated, hypothetical, asked or a purpose."""
    c = cues()
    before_sentence = sentence.text[:start]
    before = before_sentence[_clause_start(sentence, start) :]
    if c.request.search(before_sentence) or c.denial.search(before_sentence):
        return False
    if c.negation.search(before) or c.modality.search(before):
        return False
    return not (c.purpose.search(before[-40:]) and not _DECIDED.search(before))


def is_question(sentence: Sentence) -> bool:
    body = sentence.text.lstrip("-•■▪*0123456789.() \t")
    return body.lower().startswith("please") or sentence.text.rstrip().endswith("?")


def find_triggers(sentence: Sentence) -> list[Trigger]:
    """Fact triggers in one sentence, first by position."""
    found: list[Trigger] = []
    c = cues()
    # a wording that cannot match anywhere in the sentence changes nothing when left out
    kept: dict[EventType, list[int]] = {}
    for i in sorted(c.literals.passing(fold(sentence.text))):
        kept.setdefault(c.type_of[i], []).append(i)
    for etype, _ in c.triggers:
        if etype not in kept:
            continue
        for m in _wordings_pattern(tuple(kept[etype])).finditer(sentence.text):
            if _is_fact(sentence, m.start()):
                found.append(Trigger(etype, sentence.start + m.start(), sentence.start + m.end(), m.group(0)))
    return sorted((t for t in found if not _inside_other(t, found)), key=lambda t: t.start)


@lru_cache(maxsize=4096)
def _wordings_pattern(wordings: tuple[int, ...]) -> re.Pattern[str]:
    """One type's trigger pattern made of the given wordings only, in vocabulary order."""
    return re.compile("|".join(f"(?:{cues().wordings[i]})" for i in wordings), re.I)


def _inside_other(trigger: Trigger, found: Sequence[Trigger]) -> bool:
    """ "was closed" inside "the investigation was closed": the longer wording decides the type."""
    return any(
        o.type != trigger.type
        and o.start <= trigger.start
        and trigger.end <= o.end
        and o.end - o.start > trigger.end - trigger.start
        for o in found
    )


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
    if _clause_start(sentence, pos) != _clause_start(sentence, max(d_start, 0)):
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
    if found is None or _YEAR.search(text, trigger.end, found.start()):
        return None
    return found.start()


def governing_date(
    sentence: Sentence, trigger: Trigger, dates: Sequence[DateMention], text: str
) -> DateMention | None:
    if not dates:
        return None
    return min(dates, key=lambda d: _date_cost(sentence, trigger, d, text))


def _in(mention: Mention, sentence: Sentence) -> bool:
    return sentence.start <= mention.start and mention.end <= sentence.end


def _key(mention: Mention) -> str:
    return mention.entity or mention.text


def split_participants(
    text: str, trigger: Trigger, mentions: Sequence[Mention]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Actors (an agent "by X" or the subject of an active verb) and targets (the rest).

    A noun trigger ("the killing of X", "l'arrestation de X") has no subject: who is named before it
    speaks about the act ("We write on behalf of ... at the killing of X") and takes no part in it."""
    if _NOMINAL.search(trigger.word):
        mentions = [m for m in mentions if m.start >= trigger.end]
    passive = bool(
        _PASSIVE.search(text[max(0, trigger.start - 30) : trigger.start]) or _BE.search(trigger.word)
    )
    actors: dict[str, None] = {}
    targets: dict[str, None] = {}
    for m in mentions:
        by_agent = m.start > trigger.end and re.search(
            r"\bby\s+(?:the\s+)?$", text[max(0, m.start - 12) : m.start]
        )
        subject = m.end <= trigger.start and not passive
        (actors if by_agent or subject else targets)[_key(m)] = None
    return tuple(actors), tuple(k for k in targets if k not in actors)


def _quote(sentence: Sentence, trigger: Trigger) -> str:
    if len(sentence.text) <= MAX_QUOTE:
        return sentence.text
    centre = trigger.start - sentence.start
    start = max(0, min(centre - MAX_QUOTE // 2, len(sentence.text) - MAX_QUOTE))
    return sentence.text[start : start + MAX_QUOTE].strip()


@dataclass(frozen=True)
class Context:
    """What a sentence's events are read against: the document text, date and mentions."""

    text: str
    anchor: PartialDate | None
    mentions: tuple[Mention, ...]
    # mention indices by start, so a sentence finds its mentions by bisection, not a full scan
    by_start: tuple[int, ...] = ()
    starts: tuple[int, ...] = ()

    @classmethod
    def of(cls, text: str, anchor: PartialDate | None, mentions: Iterable[Mention]) -> Context:
        mentions = tuple(mentions)
        by_start = tuple(sorted(range(len(mentions)), key=lambda i: mentions[i].start))
        return cls(text, anchor, mentions, by_start, tuple(mentions[i].start for i in by_start))

    def within(self, sentence: Sentence) -> list[Mention]:
        """The mentions inside the sentence, in their original order."""
        lo = bisect_left(self.starts, sentence.start)
        hi = bisect_right(self.starts, sentence.end)
        found = (self.mentions[i] for i in sorted(self.by_start[lo:hi]))
        return [m for m in found if _in(m, sentence)]


def sentence_events(ctx: Context, sentence: Sentence, previous: Sentence | None) -> list[tuple[Event, bool]]:
    """The sentence's events, each with whether it is a summary (see `_summary_subject`)."""
    triggers = find_triggers(sentence)
    if not triggers:
        return []
    dates = [
        DateMention(sentence.start + d.start, sentence.start + d.end, d.text, d.date)
        for d in find_dates(sentence.text, ctx.anchor)
    ]
    inside = ctx.within(sentence)
    local = [m for m in inside if m.label in ACTOR_LABELS]
    # "He was released", "refused to register it": the one affected is named in the sentence before
    referred = (
        [] if local or previous is None else [m for m in ctx.within(previous) if m.label in ACTOR_LABELS]
    )
    place = next((m.text for m in inside if m.label == "place"), None)
    events: dict[tuple[EventType, PartialDate | None, int], tuple[Event, bool]] = {}
    for trigger in triggers:
        governing = governing_date(sentence, trigger, dates, ctx.text)
        summary = _summary_subject(ctx.text, sentence, trigger, inside) and _no_own_date(
            ctx.text, sentence, governing
        )
        named = [m for m in local if m.end <= trigger.start] if summary else local
        if trigger.type in INSTITUTION_ACTS:
            named = [m for m in named if m.end > _concession_end(sentence)]
        actors, targets = split_participants(ctx.text, trigger, named)
        if not summary:
            targets = (*targets, *dict.fromkeys(_key(m) for m in referred))
        if trigger.type in STATE_ACTS:
            actors = (*actors, *(_key(m) for m in inside if m.label == "place"))
        for date in [None] if summary else coordinated(ctx.text, dates, governing):
            for act, own in enumerate(separate_acts(ctx.text, trigger, named, targets)):
                key = (trigger.type, date.date if date else None, act)
                events.setdefault(key, (Event(
                    trigger.type, sentence.start, sentence.end, _quote(sentence, trigger),
                    date=date.date if date else None, date_text=date.text if date else None,
                    actors=actors, targets=own, place=place, trigger=trigger.word,
                ), summary))  # fmt: skip
    return list(events.values())


def separate_acts(
    text: str, trigger: Trigger, named: Sequence[Mention], targets: tuple[str, ...]
) -> list[tuple[str, ...]]:
    """The targets of each act: one act, unless persons after an act on persons are added with
    "as well as" ("arresting A, for calling a strike, as well as B"): then one act per group of
    persons, each with the other targets."""
    persons = [m for m in named if m.label == "person" and m.start >= trigger.end and _key(m) in targets]
    if trigger.type not in PERSON_ACTS or len(persons) < 2:
        return [targets]
    groups = [[_key(persons[0])]]
    for before, person in pairwise(persons):
        if _ADDED.search(text[before.end : person.start]):
            groups.append([])
        groups[-1].append(_key(person))
    if len(groups) == 1:
        return [targets]
    others = tuple(k for k in targets if k not in {_key(m) for m in persons})
    return [(*dict.fromkeys(group), *others) for group in groups]


def _concession_end(sentence: Sentence) -> int:
    """Where a leading concession ("Despite the objections of X, ...") ends; the sentence start if none."""
    if not _CONCESSION.match(sentence.text):
        return sentence.start
    comma = sentence.text.find(", ")
    return sentence.start + (comma if comma > 0 else 0)


def _summary_subject(text: str, sentence: Sentence, trigger: Trigger, inside: Sequence[Mention]) -> bool:
    """An indefinite plural subject ("Leaders of unions were convicted", "at least 40 unions lost
    their status") with no person named: a summary of many acts, not one act."""
    if any(m.label == "person" for m in inside):
        return False
    return bool(cues().summary_subject.search(text[sentence.start : trigger.start]))


def _no_own_date(text: str, sentence: Sentence, date: DateMention | None) -> bool:
    """No date, or only the start of a period ("since 2014", "Since the law was adopted in 2014")."""
    return date is None or bool(_SINCE.search(text[sentence.start : date.start]))


def coordinated(
    text: str, dates: Sequence[DateMention], date: DateMention | None
) -> list[DateMention | None]:
    """The governing date and the dates listed with it ("on 3 May, 9 June and 1 July 2018")."""
    if date is None:
        return [None]
    i = dates.index(date)
    lo, hi = i, i
    while lo > 0 and _LIST_GAP.fullmatch(text[dates[lo - 1].end : dates[lo].start]):
        lo -= 1
    while hi + 1 < len(dates) and _LIST_GAP.fullmatch(text[dates[hi].end : dates[hi + 1].start]):
        hi += 1
    return list(dates[lo : hi + 1])


def _participants(event: Event) -> set[str]:
    return {*event.actors, *event.targets}


def drop_retold(events: Sequence[Event], persons: set[str]) -> list[Event]:
    """A dateless event is dropped when a dated one of its type tells it too: it names no one,
    or it shares a person with the dated one (or, for an act on an organisation, any participant
    but one acting in both: a ministry refuses many unions)."""
    dated = [e for e in events if e.date is not None]

    def shared(event: Event, other: Event) -> set[str]:
        common = _participants(event) & _participants(other)
        if event.type in ORGANISATION_ACTS:
            return common - (set(event.actors) & set(other.actors))
        return common & persons

    def retold(event: Event) -> bool:
        return event.date is None and any(
            d.type == event.type and (not _participants(event) or shared(event, d)) for d in dated
        )

    return [e for e in events if not retold(e)]


def _same_event(a: Event, b: Event, persons: set[str]) -> bool:
    """Same type, compatible dates (one a prefix of the other), at least one told with its own date,
    and shared or unknown participants. Whoever is named: a less precise retelling of a once-a-year
    act, or a same-day retelling where one telling names no person ("the court" then "the court
    sentenced him") or takes its date from the sentence before."""
    if a.type != b.type or a.date is None or b.date is None or not (_told(a) or _told(b)):
        return False
    if not (a.date.iso.startswith(b.date.iso) or b.date.iso.startswith(a.date.iso)):
        return False
    pa, pb = _participants(a), _participants(b)
    if a.type in PERSON_ACTS and pa & persons and pb & persons and not pa & pb & persons:
        return False  # acts on different persons, whatever organisation they share
    if pa & pb or not pa or not pb:
        return True
    if a.date.iso != b.date.iso or a.date.month is None:
        return a.type in ONCE_A_YEAR
    return a.date.day is not None and not (_told(a) and _told(b)) and not (pa & persons and pb & persons)


def _told(event: Event) -> bool:
    """The event's date is written in its own sentence (not carried from a neighbour)."""
    return event.date_text is not None and event.date_text in event.quote


def _merge(kept: Event, other: Event) -> Event:
    """One event told twice: the more precise date, every participant."""
    assert kept.date is not None and other.date is not None
    dated = other if len(other.date.iso) > len(kept.date.iso) else kept
    actors = tuple(dict.fromkeys((*kept.actors, *other.actors)))
    targets = tuple(k for k in dict.fromkeys((*kept.targets, *other.targets)) if k not in actors)
    return replace(kept, date=dated.date, date_text=dated.date_text, actors=actors, targets=targets)


def merge_retold(events: Sequence[Event], persons: set[str]) -> list[Event]:
    """A document tells one event once: later retellings merge into the first telling."""
    out: list[Event] = []
    for event in events:
        i = next((i for i, kept in enumerate(out) if _same_event(kept, event, persons)), None)
        if i is None:
            out.append(event)
        else:
            out[i] = _merge(out[i], event)
    return out


def _skipped(sentence: Sentence, skip: Sequence[Part]) -> bool:
    return any(p.start <= sentence.start < p.end for p in skip)


def _paragraph(text: str, pos: int) -> int:
    """Start of the paragraph holding `pos`; a gap before a lower-case word is a page break."""
    gap = text.rfind("\n\n", 0, pos)
    while gap > 0 and text[gap:pos].lstrip()[:1].islower():
        gap = text.rfind("\n\n", 0, gap)
    return gap


def carry_dates(text: str, events: Sequence[tuple[Event, bool]]) -> list[Event]:
    """A dateless event takes the date of the last dated event in its paragraph, or of the last
    dated event anywhere when it happened "on the same day" / "at the same time". A summary of
    many acts keeps no date: it tells no one act of that day."""
    out: list[Event] = []
    last: Event | None = None
    for event, summary in events:
        if event.date is None and last is not None and not summary:
            same_time = _SAME_TIME.search(event.quote)
            near = same_time and event.start - last.end < SAME_TIME_REACH
            if near or _paragraph(text, last.start) == _paragraph(text, event.start):
                event = replace(event, date=last.date, date_text=last.date_text)
        if event.date is not None:
            last = event
        out.append(event)
    return out


def find_events(
    text: str,
    anchor: PartialDate | None = None,
    mentions: Iterable[Mention] = (),
    skip: Sequence[Part] = (),
) -> list[Event]:
    """Every reported event in `text`, skipping sentences inside the `skip` parts and questions."""
    ctx = Context.of(text, anchor, mentions)
    events: list[tuple[Event, bool]] = []
    previous: Sentence | None = None
    for sentence in split_sentences(text):
        if not _skipped(sentence, skip) and not is_question(sentence):
            events.extend(sentence_events(ctx, sentence, previous))
        previous = sentence
    persons = {_key(m) for m in ctx.mentions if m.label == "person"}
    return merge_retold(drop_retold(carry_dates(text, events), persons), persons)


@step("events", adds=["events"])
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    skip = [p for p in ext.parts if p.kind in SKIPPED_PARTS]
    events = find_events(text.text, ext.meta.date, ext.mentions, skip)
    return {"events": tuple(events)}
