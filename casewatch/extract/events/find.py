"""Events reported as facts: who did what to whom, when and where, one per (sentence, type, date).

Triggers per event type are data (`vocab/events.json`, read by `triggers`), kept only when told as
facts; acts written as nouns count where alleged or dated (`allegations`); the date is the date
expression governing the trigger's clause (`dates`); participants are split into actors and
targets around the trigger (`participants`), groups named by a plural noun take part, and who only
tells of the act (reporter) or decides on it (forum, a court) is kept apart (`roles`). A summary of
many acts ("Leaders of unions were convicted") keeps no borrowed date, and a document tells each
act once: retellings merge into, or are dropped for, the dated telling (`retold`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from casewatch.extract.dates import DateMention
from casewatch.extract.events.allegations import find_allegations, headed, noun_acts
from casewatch.extract.events.dates import (
    carry_dates,
    coordinated,
    governing_date,
    last_full_date,
    no_own_date,
    sentence_dates,
    year_carried,
)
from casewatch.extract.events.headings import drop_heading_tellings, heading_lines, told_in_heading
from casewatch.extract.events.participants import (
    appeared_before,
    concession_end,
    from_antecedent,
    government_key,
    government_named,
    government_subject,
    in_place,
    key,
    own_segment,
    separate_acts,
    split_participants,
    summary_subject,
)
from casewatch.extract.events.retold import Known, drop_retold, merge_retold, nominal_key
from casewatch.extract.events.roles import (
    acronyms,
    collectives,
    forum,
    group_roles,
    is_authority,
    reporters,
    speaking_groups,
)
from casewatch.extract.events.triggers import (
    INSTITUTION_ACTS,
    PERSON_ACTS,
    STATE_ACTS,
    Trigger,
    clause_start,
    counts_across_countries,
    find_triggers,
    is_question,
    states_principle,
)
from casewatch.extract.pipeline import step
from casewatch.extract.sentences import Sentence, split_sentences
from casewatch.model import Event, EventType, Extraction, Mention, Part, PartialDate, Text

__all__ = ["STEP", "find_events", "find_triggers", "is_question"]

SKIPPED_PARTS = frozenset({
    "annex", "questions", "letterhead", "addressee", "cc", "board", "signature", "closing", "mandates",
    "header", "title", "date_line", "reference", "salutation",
})  # fmt: skip
ACTOR_LABELS = frozenset({"person", "organization"})
MAX_QUOTE = 400
PRONOUN_REACH = 1500  # chars back to the person a sentence-opening pronoun stands for
_PRONOUN = re.compile(r"\s*(?:[^,.;]{0,40},\s*)?(?:[Hh]e|[Ss]he|Il|Elle|Él|Ella|Он|Она)\s")
# "X has ratified": a standing fact
_DATELINE_NAME = re.compile(
    r"[A-ZÀ-ÝА-Я][A-ZÀ-ÝА-Я .'/-]*[A-ZÀ-ÝА-Я]\s*(?:,[^–—()-]{0,40})?(?:\([^)]{1,40}\)\s*)?[–—-]\s"
)
_PLURAL_PRONOUN = re.compile(r"\s*(?:They|Ils|Elles|Ellos|Ellas|Они)\s")
_STANDING = re.compile(r"\b(?:has|have|had|a|ont|avait|ha|han|había)\s+$", re.I)
_AFTER_ACT = re.compile(
    r"\b(?:after|following|during|since|à la suite (?:de la|des|du|de l['’])|après (?:la|les|le|l['’])|"
    r"depuis (?:la|les|le|l['’])|pendant (?:la|les|le|l['’])|lors (?:de la|des|du)|tras (?:la|el|las|los)|"
    r"después de (?:la|el|las|los)|desde (?:la|el)|durante (?:la|el|las|los))\s+(?:the\s+|a\s+)?$",
    re.I,
)
_RESPECTIVELY = re.compile(
    r"\brespective?ly\b|\brespectivement\b|\brespectivamente\b|\bсоответственно\b", re.I
)
_LASTING = re.compile(
    r"(?:is|are|remain(?:s|ed)?|still|reste|restent|demeure|toujours|sigue|siguen|permanece)\b", re.I
)
# a relative clause opening between a name and the act: ", who was arrested", ", quien fue detenido"
_COORDINATOR = re.compile(r"\s*(?:,|and|or|et|ou|y|o|и)?\s*(?:the\s+|les\s+|la\s+|los\s+|las\s+)?", re.I)
_INLINE_ITEM = re.compile(r"(?:^|[:;]\s*)\(?\d{1,2}\)\s")
OBJECT_REACH = 12  # chars from a noun act ("the release of") to the one it names ("Mr X")
GROUP_REACH = 150  # chars: a group named farther from the trigger takes part in another act
# one act of a sentence: its type, date, group of persons, inline item and (for a noun act) targets
ActKey = tuple[EventType, PartialDate | None, int, int, tuple[str, ...]]


def _in(mention: Mention, sentence: Sentence) -> bool:
    return sentence.start <= mention.start and mention.end <= sentence.end


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

    def referred(
        self, sentence: Sentence, previous: Sentence | None, aside: set[str], on_person: bool
    ) -> list[Mention]:
        """Who a sentence naming no one speaks of: the persons and organisations of the sentence
        before (not the courts, nor who only tells of it), or, when it opens with a personal
        pronoun ("He was charged ...") or the sentence before names no one, the last person named
        shortly before it (for an act on a person)."""
        if not _PRONOUN.match(sentence.text) and previous is not None:
            named = [m for m in self.within(previous) if m.label in ACTOR_LABELS and key(m) not in aside]
            named = [m for m in named if key(m) not in forum(named)]
            if named:
                return named
            if _PLURAL_PRONOUN.match(sentence.text):  # "30 were arrested. They were released ...": the group
                return [g for g in collectives(self.text, previous) if not is_authority(g)]
        if not on_person:
            return []
        lo = bisect_left(self.starts, sentence.start - PRONOUN_REACH)
        hi = bisect_left(self.starts, sentence.start)
        persons = [self.mentions[i] for i in self.by_start[lo:hi] if self.mentions[i].label == "person"]
        return persons[-1:]

    def within(self, sentence: Sentence) -> list[Mention]:
        """The mentions inside the sentence, in their original order."""
        lo = bisect_left(self.starts, sentence.start)
        hi = bisect_right(self.starts, sentence.end)
        found = (self.mentions[i] for i in sorted(self.by_start[lo:hi]))
        return [m for m in found if _in(m, sentence)]


def _roles(
    ctx: Context,
    sentence: Sentence,
    trigger: Trigger,
    named: list[Mention],
    groups: list[Mention],
    summary: bool,
    until: tuple[int, int],
) -> tuple[list[Mention], set[str], set[str]]:
    """The trigger's participants (named ones and the groups near it), and who of the named only
    tells of it (reporters) or decides on it (forum)."""
    told_by = reporters(ctx.text, sentence, trigger.start, named) | speaking_groups(
        ctx.text, sentence, trigger.start, groups
    )
    if trigger.nominal:  # "she reported the release of X": X, named right after it, undergoes it
        told_by -= {key(m) for m in named if 0 <= m.start - trigger.end <= OBJECT_REACH}
    if summary:  # a summary of many acts names its groups before it, when it names no one else
        groups = (
            [] if any(key(m) not in told_by for m in named) else [g for g in groups if g.end <= trigger.start]
        )
    near = [
        g
        for g in groups
        if abs(g.start - trigger.start) <= GROUP_REACH and ";" not in _between(ctx, g, trigger)
    ]
    if trigger.nominal:
        # a noun act names who undergoes it after it ("arrests of workers"); else the sentence does
        # up to the next act the sentence tells ("the killing of X and threats against Y")
        speaking = [m for m in (*named, *near) if key(m) not in told_by]
        after = [m for m in speaking if m.start >= trigger.end]
        own = [m for m in after if m.start < until[0]]
        if not own and _COORDINATOR.fullmatch(ctx.text[trigger.end : until[0]]):
            own = [m for m in after if m.start < until[1]]  # "killings and threats against X"
        chosen = own or after or speaking
    else:
        chosen = [*named, *near]
    chosen = sorted(chosen, key=lambda m: m.start)
    return chosen, told_by, forum(chosen) | {key(m) for m in chosen if appeared_before(ctx.text, m)}


def _clause(sentence: Sentence, trigger: Trigger) -> int:
    """Where the trigger's clause begins, in the document."""
    return sentence.start + clause_start(sentence, trigger.start - sentence.start)


def _next_acts(triggers: Sequence[Trigger], trigger: Trigger, end: int) -> tuple[int, int]:
    """Where the next two acts the sentence tells begin (or its end)."""
    later = sorted(t.start for t in triggers if t.start > trigger.end)
    return (later[0] if later else end, later[1] if len(later) > 1 else end)


def _standing(text: str, trigger: Trigger) -> bool:
    return bool(_STANDING.search(text[max(0, trigger.start - 12) : trigger.start]))


def _in_dateline(text: str, sentence: Sentence, mention: Mention) -> bool:
    """ "LONDON (Agency) – Police arrested ...": the city a report is filed from takes no part."""
    return mention.start - sentence.start < 3 and bool(_DATELINE_NAME.match(text, mention.start))


def _time_reference(text: str, trigger: Trigger) -> bool:
    """ "dismissed after the strike", "à la suite des grèves": a strike named to time another act
    is that act's background, told as an event where the page dates or tells it."""
    return bool(_AFTER_ACT.search(text, max(0, trigger.start - 30), trigger.start))


def _overlap(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _between(ctx: Context, mention: Mention, trigger: Trigger) -> str:
    return ctx.text[min(mention.end, trigger.end) : max(mention.start, trigger.start)]


def sentence_events(
    ctx: Context, sentence: Sentence, previous: Sentence | None, running: PartialDate | None = None
) -> list[tuple[Event, bool, bool]]:
    """The sentence's events, each with whether it is a summary (see `summary_subject`) and whether
    a noun tells it (an allegation: it takes no date from its neighbours). `running` is the last
    full date written before the sentence, for a document without a date of its own."""
    verbal, nouns = find_triggers(sentence), noun_acts(sentence)
    if not verbal and not nouns:
        return []
    dates = year_carried(sentence_dates(sentence, ctx.anchor, running), ctx.text)
    alleged = find_allegations(sentence, nouns, verbal, dates)
    triggers = sorted((*verbal, *alleged), key=lambda t: t.start)
    if not triggers or (not dates and states_principle(sentence)):
        return []
    inside = ctx.within(sentence)
    local = sorted(
        (*(m for m in inside if m.label in ACTOR_LABELS), *acronyms(sentence, inside)), key=lambda m: m.start
    )
    local = [m for m in local if not _in_dateline(ctx.text, sentence, m)]
    # a group word inside a name ("the Dockers' Union") is that name's
    groups = [g for g in collectives(ctx.text, sentence) if not any(_overlap(g, m) for m in inside)]
    # "He was released", "refused to register it": the one affected is named in the sentence before
    place = next((m.text for m in inside if m.label == "place"), None)
    events: dict[
        tuple[EventType, PartialDate | None, int, int, tuple[str, ...]], tuple[Event, bool, bool]
    ] = {}
    for trigger in triggers:
        later = [t.start for t in triggers if t.start > trigger.end and t.type != trigger.type]
        governing = governing_date(sentence, trigger, dates, ctx.text, min(later, default=None))
        if trigger.type in STATE_ACTS and governing is None and _standing(ctx.text, trigger):
            continue
        if trigger.type is EventType.PROTEST and governing is None and _time_reference(ctx.text, trigger):
            continue
        summary = summary_subject(ctx.text, sentence, trigger, inside) and no_own_date(
            ctx.text, sentence, governing
        )
        named = [m for m in local if m.end <= trigger.start] if summary else local
        if trigger.type in INSTITUTION_ACTS:
            named = [m for m in named if m.end > concession_end(sentence)]
        named, near_groups = from_antecedent(ctx.text, sentence, trigger, named, groups)
        if not trigger.nominal:
            named = own_segment(ctx.text, sentence, trigger, named)
        until = _next_acts(triggers, trigger, sentence.end)
        chosen, told_by, court = _roles(ctx, sentence, trigger, named, near_groups, summary, until)
        taking_part = [m for m in chosen if key(m) not in told_by | court and not in_place(ctx.text, m)]
        if trigger.type is EventType.PROTEST:  # the police break up a strike, never hold one
            taking_part = [m for m in taking_part if not is_authority(m)]
        actors, targets = group_roles(
            ctx.text,
            trigger,
            taking_part,
            *split_participants(ctx.text, trigger, taking_part, _clause(sentence, trigger)),
        )
        if not summary and all(is_authority(m) for m in taking_part):
            # "He was released", "the court dismissed the appeal", "the authorities refused to register
            # it": who is affected was named before
            aside = told_by | court
            on_person = trigger.type in PERSON_ACTS | {EventType.APPEAL}
            # a quotation with its speaker ("“...”, said X") speaks of the person named last, if any
            referred = ctx.referred(sentence, None if told_by else previous, aside, on_person)
            targets = (*targets, *dict.fromkeys(key(m) for m in referred))
        institution = trigger.type in INSTITUTION_ACTS
        word = (government_named if institution else government_subject)(ctx.text, sentence, trigger)
        if word:
            actors = tuple(dict.fromkeys((*actors, government_key(ctx.mentions, word))))
            targets = tuple(k for k in targets if k not in actors)
        if trigger.type in STATE_ACTS:
            actors = (*actors, *(key(m) for m in inside if m.label == "place"))
        listed = [None] if summary else coordinated(ctx.text, dates, governing)
        each = _respective(sentence, listed, taking_part, targets)
        for n, date in enumerate(listed):
            acts = [each[n]] if each else separate_acts(ctx.text, trigger, taking_part, targets)
            for act, own in enumerate(acts):
                # acts a noun tells are told apart by whom they befall ("forcing the union to ...,
                # intimidating its leaders"); verbs of one type in a sentence tell one act
                told_on = own if trigger.nominal else ()
                event_key = (
                    trigger.type,
                    date.date if date else None,
                    act,
                    _item(sentence, trigger),
                    told_on,
                )
                events.setdefault(event_key, (Event(
                    trigger.type, sentence.start, sentence.end, _quote(sentence, trigger),
                    date=date.date if date else None, date_text=date.text if date else None,
                    actors=actors, targets=own, place=place, trigger=trigger.word,
                    forum=tuple(sorted(court)), reporter=tuple(sorted(told_by)),
                ), summary, trigger.nominal))  # fmt: skip
    return list(events.values())


def _respective(
    sentence: Sentence,
    listed: Sequence[DateMention | None],
    named: Sequence[Mention],
    targets: tuple[str, ...],
) -> list[tuple[str, ...]] | None:
    """ "A and B were arrested on 3 and 9 May respectively": the n-th person named goes with the
    n-th date, each with the other, unnamed-person targets. None when the sentence pairs nothing."""
    if len(listed) < 2 or not _RESPECTIVELY.search(sentence.text):
        return None
    persons = list(dict.fromkeys(key(m) for m in named if m.label == "person" and key(m) in targets))
    if len(persons) != len(listed):
        return None
    others = tuple(k for k in targets if k not in persons)
    return [(person, *others) for person in persons]


def _item(sentence: Sentence, trigger: Trigger) -> int:
    """Which inline numbered item holds the trigger ("...: 1) arrest of X; 2) dismissal of Y"): each
    item is an act of its own, even of the same type as another."""
    return len(_INLINE_ITEM.findall(sentence.text, 0, trigger.start - sentence.start))


def _skipped(sentence: Sentence, skip: Sequence[Part]) -> bool:
    return any(p.start <= sentence.start < p.end for p in skip)


def find_events(
    text: str,
    anchor: PartialDate | None = None,
    mentions: Iterable[Mention] = (),
    skip: Sequence[Part] = (),
) -> list[Event]:
    """Every reported event in `text`, skipping sentences inside the `skip` parts and questions."""
    ctx = Context.of(text, anchor, mentions)
    told: list[tuple[Event, bool, bool]] = []
    headings: set[int] = set()
    in_heading: set[int] = set()  # indices into `told` of acts only a headline tells
    previous: Sentence | None = None
    running: PartialDate | None = None
    for sentence in split_sentences(text):
        if not (_skipped(sentence, skip) or is_question(sentence) or counts_across_countries(sentence)):
            found = sentence_events(ctx, sentence, previous, running)
            lines = [] if not found or headed(sentence) else heading_lines(text, sentence)
            first = len(told)
            in_heading.update(first + i for i, t in enumerate(found) if told_in_heading(t[0], text, lines))
            told.extend(found)
            if headed(sentence):
                headings.add(sentence.start)
        previous = sentence
        running = running if anchor else last_full_date(sentence, running)
    kept = drop_heading_tellings([e for e, _, _ in told], in_heading)
    told = [t for t in told if t[0] in kept]
    persons = {key(m) for m in ctx.mentions if m.label == "person"}
    nominal = {nominal_key(e) for e, _, n in told if n}
    # a lasting state ("remains in detention") borrows no date from its neighbours: it retells an act
    lasting = frozenset(e.start for e, _, _ in told if _LASTING.match(e.trigger or ""))
    known = Known(persons, frozenset(key(m) for m in ctx.mentions), nominal, frozenset(headings), lasting)
    events = carry_dates(text, [(e, s or n or e.start in lasting) for e, s, n in told])
    return merge_retold(drop_retold(events, known), known)


@step("events", adds=["events"])
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    skip = [p for p in ext.parts if p.kind in SKIPPED_PARTS]
    events = find_events(text.text, ext.meta.date, ext.mentions, skip)
    return {"events": tuple(events)}
