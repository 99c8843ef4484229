"""Retellings: a document tells each act once, so retellings merge into, or are dropped for,
the dated telling."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from casewatch.extract.events.again import another_time
from casewatch.extract.events.triggers import ONCE_A_YEAR, ORGANISATION_ACTS, PERSON_ACTS
from casewatch.model import Event, EventType

# acts a narrative tells once per person unless it dates each (appeals and charges come in series)
_ONCE_TOLD = frozenset({EventType.ARREST, EventType.RELEASE, EventType.KILLING})
_BACK = (
    r"\b(?:these|those|the said|the aforementioned|the above-mentioned|estos|estas|esos|esas|dichos|dichas|"
    r"ces|lesdits|lesdites|этих|эти|этим|the|los|las|les)\s+"
)
_BACK_BEFORE = re.compile(_BACK + r"(?:\w+\s+){0,2}$", re.I)  # what ends right before a group named
# a number before a group ("150 people", "dozens of workers", "31 trade unionists")
_COUNTED = re.compile(
    r"\b(?:(?!(?:19|20)\d\d\b)\d+(?:[,.]\d+)*|dozens|hundreds|scores|thousands|docenas|centenares|cientos|miles|dizaines|centaines|"
    r"milliers)\s+(?:of\s+|de\s+)?(?:(?!of\b|de\b)[\w'’-]+\s+){0,2}$"
)
_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
}  # fmt: skip
# a small number before a group, the persons a later sentence names one by one
_FEW = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|deux|trois|quatre|cinq|[2-9])\s+"
    r"(?:(?!of\b|de\b)[\w'’-]+\s+){0,2}$"
)
_ROMANCE_PARTICIPLE = re.compile(r"\w+(?:ée?s?|é|ad[oa]s|id[oa]s)")
_NOUN_BEFORE = re.compile(
    r"\b(?:les|leurs|des|ses|ces|nos|vos|los|las|sus|estos|esos|nuestros)\s+"
    r"(?:(?!(?:ont|sont|été|est|a|han|ha|fueron|fue|sido|ya|déjà)\b)[\w'’-]+\s+){1,2}$",
    re.I,
)
_ANEW = re.compile(r"re-?(?:arrest|detain|imprison|jail)", re.I)


def _participants(event: Event) -> set[str]:
    """Who acts in or undergoes the act; a court deciding it is its forum, which tells acts apart
    on its own (`_same_forum`), and names no participant a retelling must share."""
    return {*event.actors, *event.targets}.difference(event.forum)


@dataclass(frozen=True)
class Known:
    """What the document names: its persons, every named participant (a group such as "workers"
    names no one in particular), and which events a noun tells (allegations)."""

    persons: set[str]
    named: frozenset[str]
    nominal: set[tuple[int, EventType, str | None]] = field(default_factory=set)
    # where "Allegations:" lines start: a complaint's summary of many acts, kept beside a dated one
    headed: frozenset[int] = frozenset()
    # where acts told as a lasting state start ("is being held in", "remains in detention")
    lasting: frozenset[int] = frozenset()


def nominal_key(event: Event) -> tuple[int, EventType, str | None]:
    return event.start, event.type, event.trigger


def drop_retold(events: Sequence[Event], known: Known) -> list[Event]:
    """A dateless event is dropped when a dated one of its type tells it too: it names no one,
    or it shares a person with the dated one (or, for an act on an organisation or an allegation,
    any participant but one acting in both: a ministry refuses many unions)."""
    events = _fold_counted(events, known)
    dated = [e for e in events if e.date is not None]

    def named(event: Event) -> set[str]:
        return _participants(event) & known.named

    def shared(event: Event, other: Event) -> set[str]:
        common = named(event) & _participants(other)
        if event.type in ORGANISATION_ACTS or nominal_key(event) in known.nominal:
            return common - (set(event.actors) & set(other.actors))
        return common & known.persons

    def telling(event: Event) -> Event | None:
        """The dated telling `event` retells, if any."""
        # an "Allegations:" line naming who suffered sums up many acts, not one dated act
        heading = event.start in known.headed and bool(_participants(event))
        if event.date is not None or heading:
            return None
        return next(
            (
                d
                for d in dated
                if d.type == event.type
                and d.start != event.start  # two acts of one sentence are told apart already
                and _same_forum(event, d)
                and (not named(event) or shared(event, d))
                and not _counted_apart(event, d, known)
            ),
            None,
        )

    # "X was arrested on 3 March ... X was taken into custody by agents of the Y": who acts in the
    # dateless retelling acts in the dated act
    agents: dict[int, tuple[str, ...]] = {}
    kept = []
    for event in events:
        told = telling(event)
        if told is None:
            kept.append(event)
        elif event.actors:
            agents[id(told)] = (*agents.get(id(told), ()), *event.actors)
    kept = [_with_actors(e, agents[id(e)]) if id(e) in agents else e for e in kept]
    return _drop_repeated(_drop_lasting(kept, known), known)


def _with_actors(event: Event, actors: tuple[str, ...]) -> Event:
    joined = tuple(dict.fromkeys((*event.actors, *(a for a in actors if a not in event.targets))))
    return replace(event, actors=joined)


def _fold_counted(events: Sequence[Event], known: Known) -> list[Event]:
    """ "On 27 May police arrested three trade unionists ... Police arrested three trade unionists:
    X, Y and a local rep": a dateless telling of the counted group of a dated one is the same act;
    the dated telling keeps the persons it names."""
    out: list[Event | None] = list(events)
    for i, event in enumerate(events):
        if event.date is not None or event.type not in _ONCE_TOLD:
            continue
        j = next(
            (
                j
                for j, d in enumerate(out)
                if d is not None
                and d.date is not None
                and d.type == event.type
                and d.start != event.start
                and _same_forum(event, d)
                and _same_count(event, d, known)
            ),
            None,
        )
        if j is not None:
            dated = out[j]
            assert dated is not None
            actors = tuple(dict.fromkeys((*dated.actors, *event.actors)))
            named = (t for t in event.targets if t in known.named)  # the groups are the dated one's
            targets = tuple(t for t in dict.fromkeys((*dated.targets, *named)) if t not in actors)
            out[j], out[i] = replace(dated, actors=actors, targets=targets), None
    return [e for e in out if e is not None]


def _counted_apart(event: Event, other: Event, known: Known) -> bool:
    """ "at least 150 people had been arrested" beside the arrest of one leader: a group told with
    its number is an act of its own when the other telling names someone it does not (a telling
    naming only another group, "the arrested workers", may point back to it)."""
    if not (_participants(other) & known.named) - _participants(event):
        return False
    groups = _participants(event) - known.named - _participants(other)
    quote = event.quote.lower()
    for group in groups:
        at = quote.find(group.lower())
        if at > 0 and _COUNTED.search(quote, max(0, at - 40), at):
            return True
    return False


def attributive(event: Event) -> bool:
    """ "les manifestants interpellés ont été relâchés", "sus compañeros detenidos": a participle
    after its noun, without auxiliary, names who underwent an act told before, like a lasting state."""
    word = event.trigger or ""
    at = event.quote.find(word)
    return (
        at > 0 and bool(_ROMANCE_PARTICIPLE.fullmatch(word)) and bool(_NOUN_BEFORE.search(event.quote, 0, at))
    )


def _drop_lasting(events: Sequence[Event], known: Known) -> list[Event]:
    """ "He is being held in X prison" after his arrest is told, or before the dated telling of it ("the
    two are detained, ... deprived of liberty since 11 June"): the state the act left, not a new act."""
    out: list[Event] = []
    dated = [e for e in events if e.date is not None]
    for event in events:
        persons = _participants(event) & known.persons
        told = [*out, *(d for d in dated if d.start != event.start)]
        # naming no person ("the officers are still detained"), it retells any act of its type
        if not (
            event.date is None
            and event.start in known.lasting
            and any(o.type == event.type and (not persons or persons & _participants(o)) for o in told)
        ):
            out.append(event)
    return out


def _same_forum(event: Event, other: Event) -> bool:
    """An act before one court is not retold by an act before another (an appeal, then cassation);
    an act told once with its court and once without may be one."""
    return not event.forum or not other.forum or bool(set(event.forum) & set(other.forum))


def _counted(event: Event, known: Known) -> int | None:
    """How many the group an act befalls is said to be ("two leading members", "tres dirigentes")."""
    quote = event.quote.lower()
    for group in set(event.targets) - known.named:
        at = quote.find(group.lower())
        found = _FEW.search(quote, max(0, at - 30), at) if at > 0 else None
        if found:
            word = found.group(1)
            return int(word) if word.isdigit() else _NUMBERS.get(word)
    return None


def _named_later(events: list[Event], event: Event, known: Known) -> int | None:
    """ "Authorities arrested two leading members of a union. ... Both X and Y were arrested": the
    earlier dateless telling of a counted group whose number the later one names, one by one."""
    persons = set(event.targets) & known.persons
    if event.date is not None or event.type not in _ONCE_TOLD or not persons:
        return None
    return next(
        (
            i
            for i, o in enumerate(events)
            if o.date is None
            and o.type == event.type
            and not set(o.targets) & known.named
            and _counted(o, known) == len(persons)
        ),
        None,
    )


def _drop_repeated(events: Sequence[Event], known: Known) -> list[Event]:
    """An allegation told again (in the summary, then in the body) is one act: a later dateless
    telling, when it or the earlier one of its type is an allegation, is dropped if the earlier
    one already has its named participants; so is a dateless act on a person an earlier dateless
    telling of its type already names."""
    out: list[Event] = []
    for event in events:
        counted = _named_later(out, event, known)
        if counted is not None:
            out[counted] = replace(event, actors=tuple(dict.fromkeys((*out[counted].actors, *event.actors))))
            continue
        own = _participants(event) & known.named
        if event.date is None and any(
            o.type == event.type
            and o.start != event.start  # two acts of one sentence are told apart already
            and _same_forum(event, o)
            and (
                (
                    (nominal_key(event) in known.nominal or nominal_key(o) in known.nominal)
                    and own <= _participants(o)
                )
                # neither dated: the act on the same person told again ("X was taken into custody
                # ... why the police arrested him")
                or (o.date is None and event.type in _ONCE_TOLD and _retells(event, o, known))
                or (o.date is None and event.type in _ONCE_TOLD and _same_count(event, o, known))
            )
            for o in out
        ):
            continue
        out.append(event)
    return out


def _retells(event: Event, earlier: Event, known: Known) -> bool:
    """A dateless act told again without a date: on the persons the earlier telling names (no
    one new: "besides X, Y was also detained" is another act), or, naming no one, on a group it
    names and points back to ("two workers were released ... the release of these workers")."""
    if another_time(event):
        return False
    own = _participants(event)
    persons = own & known.persons
    if persons:
        return persons <= _participants(earlier)
    groups = own - known.named
    if not groups or own & known.named:
        return False
    if any(g in _participants(earlier) and _pointed_back(event.quote, g) for g in groups):
        return True
    # "police detained 100 striking workers ... the protesters had been placed under arrest": a group
    # pointed back to, uncounted, retells an act told before on a group only
    earlier_groups = _participants(earlier) - known.named
    return (
        bool(earlier_groups)
        and earlier_groups == _participants(earlier)
        and all(
            g in event.targets and _pointed_back(event.quote, g) and not _counted_in(event.quote, g)
            for g in groups
        )
    )


def _counted_in(quote: str, group: str) -> bool:
    """A number is written before the group ("50 more workers"): a group of its own."""
    at = quote.lower().find(group.lower())
    return at > 0 and bool(_COUNTED.search(quote, max(0, at - 40), at))


def _same_count(event: Event, earlier: Event, known: Known) -> bool:
    """ "police arrested three trade unionists at a strike ... arrested three trade unionists: X, Y
    and a local rep": the same counted group in two dateless tellings is one act."""
    quote, told = event.quote.lower(), earlier.quote.lower()
    for group in _participants(earlier) - known.named:
        at = told.find(group.lower())
        found = _FEW.search(told, max(0, at - 30), at) if at > 0 else None
        if found and f"{found.group(0)}{group.lower()}" in quote:
            return True
    return False


def _pointed_back(quote: str, group: str) -> bool:
    """ "these workers", "the striking workers", "estos dos trabajadores", "ces militants": the group
    told before."""
    folded, name = quote.lower(), group.lower()
    at = folded.find(name)
    while at > 0:
        if _BACK_BEFORE.search(quote, max(0, at - 80), at):
            return True
        at = folded.find(name, at + 1)
    return False


def _same_event(a: Event, b: Event, known: Known) -> bool:
    """Same type, compatible dates (one a prefix of the other), at least one told with its own date,
    and shared or unknown participants. Whoever is named: a less precise retelling of a once-a-year
    act, or a same-day retelling where one telling names no person ("the court" then "the court
    sentenced him") or takes its date from the sentence before."""
    if a.type != b.type or a.date is None or b.date is None or not (_told(a) or _told(b)):
        return False
    if _ANEW.match(a.trigger or "") or _ANEW.match(b.trigger or ""):
        return False  # "he was rearrested": a new act on the same person
    if _counted_apart(a, b, known) or _counted_apart(b, a, known):
        return False
    if not (a.date.iso.startswith(b.date.iso) or b.date.iso.startswith(a.date.iso)):
        return False
    # groups and bare acronyms name no one in particular: they neither join nor part two tellings
    pa, pb, persons = _participants(a) & known.named, _participants(b) & known.named, known.persons
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
    forum = tuple(dict.fromkeys((*kept.forum, *other.forum)))
    reporter = tuple(dict.fromkeys((*kept.reporter, *other.reporter)))
    return replace(
        kept,
        date=dated.date,
        date_text=dated.date_text,
        actors=actors,
        targets=targets,
        forum=forum,
        reporter=reporter,
    )


def merge_retold(events: Sequence[Event], known: Known) -> list[Event]:
    """A document tells one event once: later retellings merge into the first telling."""
    out: list[Event] = []
    for event in events:
        i = next((i for i, kept in enumerate(out) if _same_event(kept, event, known)), None)
        if i is None:
            out.append(event)
        else:
            out[i] = _merge(out[i], event)
    return out
