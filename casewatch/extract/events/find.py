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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from casewatch.extract.dates import DateMention
from casewatch.extract.events.allegations import find_allegations, headed, noun_acts
from casewatch.extract.events.anonymous import told_of_someone
from casewatch.extract.events.asides import outside_aside
from casewatch.extract.events.attributes import described, ongoing, ongoing_event
from casewatch.extract.events.authorities import acts_only, force_roles
from casewatch.extract.events.carried import Scene, carry_dates, scene_of
from casewatch.extract.events.clauses import contrasted, gapped, object_roles, own_objects, thing_object
from casewatch.extract.events.context import ACTOR_LABELS, Context
from casewatch.extract.events.cues import cues
from casewatch.extract.events.dates import governing_date, no_own_date, page_date
from casewatch.extract.events.framing import (
    after_own,
    circumstance,
    in_byline,
    in_company_name,
    in_dateline,
    item_label,
    past_skipped,
    quote_of,
    since,
    standing,
    those_undergoing,
)
from casewatch.extract.events.government import government_key, government_named, government_subject
from casewatch.extract.events.headings import drop_heading_tellings, heading_lines, told_in_heading
from casewatch.extract.events.headlines import dateline_end, related_link, split_headlines
from casewatch.extract.events.holders import office_holders, office_owners
from casewatch.extract.events.identified import join_named, naming_them
from casewatch.extract.events.listed import join_lists, list_of_them
from casewatch.extract.events.lists import (
    dated_in_earlier_item,
    inline_item,
    respective,
)
from casewatch.extract.events.merged import merge_retold
from casewatch.extract.events.monitors import without_monitors
from casewatch.extract.events.offices import offices
from casewatch.extract.events.participants import apposed_segment, key, split_participants
from casewatch.extract.events.pointed import pointed_back
from casewatch.extract.events.records import record_line_date
from casewatch.extract.events.retold import attributive, drop_retold, nominal_key
from casewatch.extract.events.roles import (
    acronyms,
    collectives,
    deciding_court,
    group_roles,
    is_authority,
    of_the_authority,
    owners,
)
from casewatch.extract.events.segments import (
    act_as_subject,
    before_saying,
    concession_end,
    from_antecedent,
    in_place,
    in_without_phrase,
    own_segment,
    pronoun_subject,
    separate_acts,
    summary_subject,
)
from casewatch.extract.events.sentence_dates import coordinated, last_full_date, sentence_dates, year_carried
from casewatch.extract.events.tellings import Known
from casewatch.extract.events.trigger_roles import trigger_roles
from casewatch.extract.events.triggers import (
    DECISIONS,
    INSTITUTION_ACTS,
    PERSON_ACTS,
    STATE_ACTS,
    Trigger,
    clause_start,
    counts_across_countries,
    find_triggers,
    in_document,
    is_question,
    states_principle,
)
from casewatch.extract.events.unnamed import single_persons
from casewatch.extract.pipeline import step
from casewatch.extract.sentences import Sentence, split_sentences
from casewatch.extract.wrapped_lines import one_line
from casewatch.model import Event, EventType, Extraction, Mention, Part, PartialDate, Text

__all__ = ["STEP", "find_events", "find_triggers", "is_question"]

SKIPPED_PARTS = frozenset({
    "annex", "questions", "letterhead", "addressee", "cc", "board", "signature", "closing", "mandates",
    "header", "title", "date_line", "reference", "salutation",
})  # fmt: skip
_LASTING = re.compile(
    r"(?:is|are|remain(?:s|ed)?|still|reste|restent|demeure|toujours|sigue|siguen|permanecen?"
    r"|se encuentran?)\b",
    re.I,
)
_WORDED = re.compile(r"[^\W\d_]")
# a sentence that may open with a date ("On 3 May", "Le 3 mai", "On Friday, May 27"): a digit in its
# first words; the dates of a sentence telling no act are read only then
_DATE_OPENING = re.compile(r"\W*(?:\w+\W+){0,4}?\d")
_RETOLD_REACH = 300  # tellings compared for retellings: a text telling more is cut into runs of so many
NAMES_REACH = 30  # chars from "those arrested" to the persons it lists ("were Ana Doe and ...")
# one act of a sentence: its type, date, group of persons, inline item and contrasted clause (see
# `contrasted`), and (for a noun act) targets
ActKey = tuple[EventType, PartialDate | None, int, tuple[int, int], tuple[str, ...]]


def _deciding(text: str, sentence: Sentence, trigger: Trigger, courts: list[Mention]) -> tuple[str, ...]:
    """ "the court sentenced X", "was dissolved by the tribunal": a court that decides the act is its
    actor; one only named with it ("X appeared before the court and was arrested") hears it."""
    deciding = [m for m in courts if deciding_court(m)] if trigger.type in DECISIONS else []
    return split_participants(text, trigger, deciding, _clause(sentence, trigger))[0] if deciding else ()


def _clause(sentence: Sentence, trigger: Trigger) -> int:
    """Where the trigger's clause begins, in the document."""
    return sentence.start + clause_start(sentence, trigger.start - sentence.start)


def _names_after(local: Sequence[Mention], trigger: Trigger) -> bool:
    """ "Those arrested were Ana Doe and Jon Roe": the persons named right after it list whom it befell."""
    return any(m.label == "person" and 0 <= m.start - trigger.end <= NAMES_REACH for m in local)


def _overlap(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _dates(ctx: Context, sentence: Sentence, running: PartialDate | None) -> list[DateMention]:
    """The sentence's dates, but a page's own date or a record's heading line's."""
    dates = year_carried(sentence_dates(sentence, ctx.anchor, running), ctx.text)
    return [d for d in dates if not page_date(ctx.text, d) and not record_line_date(ctx.text, d)]


def sentence_events(
    ctx: Context, sentence: Sentence, previous: Sentence | None, running: PartialDate | None = None
) -> list[tuple[Event, bool, bool]]:
    """The sentence's events, each with whether it is a summary (see `summary_subject`) and whether
    a noun tells it (an allegation: it takes no date from its neighbours). `running` is the last
    full date written before the sentence, for a document without a date of its own."""
    verbal, nouns = find_triggers(sentence), noun_acts(sentence)
    if not verbal and not nouns:
        return []
    # read once, and only where an act needs them: most sentences with noun acts and no verb tell none
    read: list[list[DateMention]] = []

    def dated() -> list[DateMention]:  # a closure costs less than a `cache` made for each sentence
        if not read:
            read.append(_dates(ctx, sentence, running))
        return read[0]

    alleged = find_allegations(sentence, nouns, verbal, dated)
    triggers = sorted((*verbal, *alleged), key=lambda t: t.start)
    if not triggers:
        return []
    inside = ctx.within(sentence)
    triggers = [t for t in triggers if not in_company_name(t, inside)]
    if not triggers:
        return []
    dates = dated()
    # "The Committee recalls that ..." states a rule, unless dated or on a person named ("we recall that
    # X was sentenced"): a rule names no one
    if not dates and states_principle(sentence) and not any(m.label == "person" for m in inside):
        return []
    local = sorted(
        (*(m for m in inside if m.label in ACTOR_LABELS), *acronyms(sentence, inside)), key=lambda m: m.start
    )
    dateline = dateline_end(ctx.text, sentence)
    label_end = max(item_label(ctx.text, sentence), dateline)
    local = [m for m in local if not in_dateline(ctx.text, sentence, m) and m.start >= label_end]
    # a group word inside a name ("the Dockers' Union") is that name's
    groups = [
        g
        for g in collectives(ctx.text, sentence)
        if not any(_overlap(g, m) for m in inside) and g.start >= dateline
    ]
    groups = [*groups, *offices(sentence, [*inside, *groups])]
    groups = sorted((*groups, *single_persons(sentence, [*inside, *groups])), key=lambda g: g.start)
    owned = owners(ctx.text, local, groups)
    # "He was released", "refused to register it": the one affected is named in the sentence before
    place = next((m.text for m in inside if m.label == "place"), None)
    events: dict[ActKey, tuple[Event, bool, bool]] = {}
    for trigger in triggers:
        later = [t.start for t in triggers if t.start > trigger.end and t.type != trigger.type]
        governing = governing_date(sentence, trigger, dates, ctx.text, min(later, default=None))
        if trigger.nominal and governing and dated_in_earlier_item(governing.start, trigger, triggers):
            governing = None  # "the arrest on 3 May of X, and the dismissal of Y": the arrest's date
        if (
            governing is not None
            and not since(ctx.text, governing)
            and (
                _LASTING.match(trigger.word)
                or described(ctx.text, trigger.start, trigger.word, governing.end)
                or ongoing(ctx.text, trigger.start, trigger.word)
            )
        ):  # "told today that the two are detained", "jeudi, ... des syndicalistes arrêtés": the day
            governing = None  # of the state or of a call, not of the act
        if trigger.type in STATE_ACTS and governing is None and standing(ctx.text, trigger):
            continue
        if trigger.type is EventType.PROTEST and circumstance(ctx.text, trigger, governing, triggers):
            continue
        if trigger.nominal and governing is None and after_own(ctx.text, trigger):
            continue  # "demonstrations following his arrest were dispersed": his arrest is told elsewhere
        if governing is None and those_undergoing(ctx.text, trigger) and not _names_after(local, trigger):
            continue
        summary = summary_subject(ctx.text, sentence, trigger, inside) and no_own_date(
            ctx.text, sentence, governing
        )
        named = [m for m in local if m.end <= trigger.start] if summary else local
        # "the Detention and Trial of Ferry Crews", a title-case heading read as a name: a name
        # holding the trigger is the wording of the act, no one taking part in it
        named = [m for m in named if not (m.start <= trigger.start and trigger.end <= m.end)]
        if trigger.type in INSTITUTION_ACTS:
            named = [m for m in named if m.end > concession_end(sentence)]
        named, near_groups = from_antecedent(ctx.text, sentence, trigger, named, groups)
        named = [m for m in named if not in_without_phrase(ctx.text, m)]
        near_groups = [g for g in near_groups if not in_without_phrase(ctx.text, g)]
        named, near_groups = outside_aside(ctx.text, sentence, trigger, named, near_groups)
        named = before_saying(ctx.text, sentence, trigger, named)
        near_groups = before_saying(ctx.text, sentence, trigger, near_groups)
        if not trigger.nominal:
            named = own_segment(ctx.text, sentence, trigger, named)
            named = apposed_segment(ctx.text, sentence, trigger, named)
        clause = contrasted(ctx.text, sentence, trigger, triggers, local)
        if clause:  # "X was detained on 10 July, while Y was detained on 9 April": two acts
            named = [m for m in named if clause[1] <= m.start < clause[2]] or named
            near_groups = [g for g in near_groups if clause[1] <= g.start < clause[2]]
        named, near_groups = own_objects(ctx.text, trigger, triggers, named, near_groups)
        spans = (
            [(t.start, t.end) for t in triggers if t.end <= trigger.start],
            [(t.start, t.end) for t in triggers if t.start > trigger.end],
        )
        chosen, told_by, court = trigger_roles(
            ctx, sentence, trigger, named, near_groups, summary, spans, owned
        )
        if trigger.type is EventType.INVESTIGATION:
            court = set()  # a court that inquires ("designated a judge to investigate") acts in it
        deciding = _deciding(ctx.text, sentence, trigger, [m for m in chosen if key(m) in court])
        taking_part = [m for m in chosen if key(m) not in told_by | court and not in_place(ctx.text, m)]
        taking_part = [m for m in taking_part if not of_the_authority(m, taking_part)]
        taking_part = without_monitors(trigger.type, taking_part)  # a UN body tells of the act
        if trigger.type is EventType.PROTEST:  # the police break up a strike, never hold one
            taking_part = [m for m in taking_part if not is_authority(m)]
        actors, targets = object_roles(ctx.text, trigger, triggers, taking_part, *force_roles(
            ctx.text, trigger, taking_part, *group_roles(
                ctx.text,
                trigger,
                taking_part,
                *split_participants(ctx.text, trigger, taking_part, _clause(sentence, trigger)),
            ),
        ))  # fmt: skip
        if trigger.type in PERSON_ACTS:  # "X, president of the Y, was arrested": Y is not
            held = office_owners(ctx.text, taking_part)
            holders = office_holders(ctx.text, trigger.end, taking_part)
            targets = tuple(dict.fromkeys(holders.get(k, k) for k in targets if k not in held))
        if not summary and pronoun_subject(sentence, trigger):
            referred = ctx.referred(sentence, previous, told_by | court, True)
            targets = tuple(dict.fromkeys(key(m) for m in referred if key(m) not in actors)) or targets
        acting_only = all(acts_only(m, is_authority(m)) for m in taking_part)
        borrowing = not (summary or thing_object(ctx.text, trigger) or act_as_subject(sentence, trigger))
        if borrowing and acting_only:
            # "He was released", "the court dismissed the appeal", "the authorities refused to register
            # it": who is affected was named before
            aside = told_by | court
            on_person = trigger.type in PERSON_ACTS | {EventType.APPEAL}
            # a quotation with its speaker ("“...”, said X") speaks of the person named last, if any
            referred = ctx.referred(sentence, None if told_by else previous, aside, on_person)
            targets = tuple(dict.fromkeys((*targets, *(key(m) for m in referred))))
        actors = tuple(dict.fromkeys((*deciding, *actors)))
        institution = trigger.type in INSTITUTION_ACTS
        word = (government_named if institution else government_subject)(ctx.text, sentence, trigger)
        if word:
            actors = tuple(dict.fromkeys((*actors, government_key(ctx.mentions, word))))
            targets = tuple(k for k in targets if k not in actors)
        if trigger.type in STATE_ACTS:
            actors = (*actors, *(key(m) for m in inside if m.label == "place"))
        listed = [None] if summary else coordinated(ctx.text, dates, governing)
        each = respective(sentence, listed, taking_part, targets)
        listed, each = gapped(ctx.text, listed, dates, taking_part, targets, triggers) or (listed, each)
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
                    (inline_item(sentence, trigger), clause[0] if clause else 0),
                    told_on,
                )
                events.setdefault(event_key, (Event(
                    trigger.type, sentence.start, sentence.end, quote_of(sentence, trigger),
                    date=date.date if date else None, date_text=date.text if date else None,
                    actors=actors, targets=own, place=place, trigger=trigger.word,
                    forum=tuple(sorted(court)), reporter=tuple(sorted(told_by)),
                ), summary, trigger.nominal))  # fmt: skip
    return list(events.values())


def _skipped(sentence: Sentence, skip: Sequence[Part]) -> bool:
    """In a `skip` part, or a question."""
    return any(p.start <= sentence.start < p.end for p in skip) or is_question(sentence)


def _pieces(text: str, skip: Sequence[Part]) -> Iterator[tuple[Sentence, bool]]:
    """The document's sentences, a headline line run into the sentence under it cut off (and
    told as a headline)."""
    for s in split_sentences(text):
        pieces = list(split_headlines(text, past_skipped(text, s, skip)))
        for i, piece in enumerate(pieces):
            yield piece, i < len(pieces) - 1


def find_events(
    text: str,
    anchor: PartialDate | None = None,
    mentions: Iterable[Mention] = (),
    skip: Sequence[Part] = (),
) -> list[Event]:
    """Every reported event in `text`, skipping sentences inside the `skip` parts and questions."""
    ctx = Context.of(text, anchor, [m for m in mentions if not in_byline(text, m)])
    told: list[tuple[Event, bool, bool]] = []
    headings: set[int] = set()
    in_heading: set[int] = set()  # indices into `told` of acts only a headline tells
    previous: Sentence | None = None
    running: PartialDate | None = None
    tallies = in_document(cues().aggregate, text)  # most documents count nothing across countries
    lists: list[tuple[Sentence, str, int]] = []  # "Those arrested are: ..." lists
    naming: list[Sentence] = []  # "It would be X and Y": who a group told before stands for
    scenes: list[Scene] = []  # sentences telling no act that open with a date
    for sentence, headline in _pieces(text, skip):
        listed = list_of_them(sentence)
        if listed:
            lists.append((sentence, *listed))
        elif naming_them(sentence):
            naming.append(sentence)
        skipped = _skipped(sentence, skip) or related_link(sentence)
        found = [] if skipped else sentence_events(ctx, one_line(sentence), previous, running)
        is_headed = not skipped and headed(sentence)
        # a count across countries tells no act: tried only where the sentence tells one (most tell none)
        if (found or is_headed) and not (tallies and counts_across_countries(sentence)):
            lines = [] if not found or is_headed else heading_lines(text, sentence)
            lines = [(sentence.start, sentence.end)] if found and headline else lines
            first = len(told)
            in_heading.update(first + i for i, t in enumerate(found) if told_in_heading(t[0], text, lines))
            told.extend(found)
            if is_headed:
                headings.add(sentence.start)
        elif not skipped and not headline and _DATE_OPENING.match(sentence.text):
            scene = scene_of(text, sentence.start, sentence.end, _dates(ctx, sentence, running))
            scenes.extend([scene] if scene else [])
        # a paragraph's number alone ("3. 302.") tells of no one, nor does a headline
        if _WORDED.search(sentence.text) and not headline:
            previous = sentence
        running = running if anchor else last_full_date(sentence, running)
    told = join_lists(told, lists, ctx.mentions)
    told = join_named(text, told, naming, ctx.mentions)
    kept = {id(e) for e in drop_heading_tellings([e for e, _, _ in told], in_heading)}
    told = [t for t in told if id(t[0]) in kept]
    told = pointed_back(text, told, [m for m in ctx.mentions if m.label == "person"], headings)
    persons = {key(m) for m in ctx.mentions if m.label == "person"}
    nominal = {nominal_key(e) for e, _, n in told if n}
    # a lasting state ("remains in detention") borrows no date from its neighbours: it retells an act
    lasting = frozenset(
        e.start for e, _, _ in told if _LASTING.match(e.trigger or "") or attributive(e) or ongoing_event(e)
    )
    known = Known(persons, frozenset(key(m) for m in ctx.mentions), nominal, frozenset(headings), lasting)
    events = carry_dates(text, [(e, s or n or e.start in lasting) for e, s, n in told], scenes)
    # a retelling is looked for among the tellings near it: a text telling thousands of acts is a
    # list, not a story, and comparing every telling with every other would take quadratic time
    return [
        event
        for at in range(0, len(events), _RETOLD_REACH)
        for event in merge_retold(drop_retold(events[at : at + _RETOLD_REACH], known), known)
    ]


@step("events", adds=["events"])
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    skip = [p for p in ext.parts if p.kind in SKIPPED_PARTS]
    events = told_of_someone(find_events(text.text, ext.meta.date, ext.mentions, skip))
    return {"events": tuple(events)}
