"""Retellings: a document tells each act once, so retellings merge into, or are dropped for,
the dated telling."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from casewatch.extract.events.again import also_others, another_time
from casewatch.extract.events.among import fold_among
from casewatch.extract.events.attributes import described
from casewatch.extract.events.tellings import (
    ONCE_TOLD,
    Known,
    counted,
    counted_apart,
    counted_in,
    counts_named,
    participants,
    same_count,
    same_forum,
)
from casewatch.extract.events.triggers import ORGANISATION_ACTS
from casewatch.model import Event, EventType

_BACK = (
    r"\b(?:these|those|the said|the aforementioned|the above-mentioned|estos|estas|esos|esas|dichos|dichas|"
    r"ces|lesdits|lesdites|этих|эти|этим|the|los|las|les)\s+"
)
_BACK_BEFORE = re.compile(_BACK + r"(?:\w+\s+){0,2}$", re.I)  # what ends right before a group named
_SINCE_BEFORE = re.compile(r"\b(?:since|depuis|desde)\s+(?:the\s+|le\s+|la\s+|el\s+|l['’])?$", re.I)


def nominal_key(event: Event) -> tuple[int, EventType, str | None]:
    return event.start, event.type, event.trigger


def drop_retold(events: Sequence[Event], known: Known) -> list[Event]:
    """A dateless event is dropped when a dated one of its type tells it too: it names no one,
    or it shares a person with the dated one (or, for an act on an organisation or an allegation,
    any participant but one acting in both: a ministry refuses many unions)."""
    events = _fold_counted(fold_among(events, known.persons), known)
    dated = [e for e in events if e.date is not None]
    dated_of_type = Counter(e.type for e in dated)

    def named(event: Event) -> set[str]:
        return participants(event) & known.named

    def shared(event: Event, other: Event) -> set[str]:
        common = named(event) & participants(other)
        if event.type in ORGANISATION_ACTS or nominal_key(event) in known.nominal:
            return common - (set(event.actors) & set(other.actors))
        return common & known.persons

    def telling(event: Event) -> Event | None:
        """The dated telling `event` retells, if any."""
        # an "Allegations:" line naming who suffered sums up many acts, not one dated act
        heading = event.start in known.headed and bool(participants(event))
        if event.date is not None:
            return None
        if heading:  # unless one dated act, or a dateless one naming persons, befalls the group it names
            return next(
                (
                    d
                    for d in _told_in_body(events, known)
                    if d.type == event.type
                    and (_group_retold(event, d) or _persons_of_groups(event, d, known))
                ),
                None,
            )
        return next(
            (
                d
                for d in dated
                if d.type == event.type
                and d.start != event.start  # two acts of one sentence are told apart already
                and same_forum(event, d)
                and (not named(event) or shared(event, d) or _sole_unnamed(d, dated_of_type))
                and not counted_apart(event, d, known)
                and not also_others(event, participants(d))
            ),
            None,
        )

    # "X was arrested on 3 March ... X was taken into custody by agents of the Y": who acts in the
    # dateless retelling acts in the dated act
    agents: dict[int, tuple[str, ...]] = {}
    # "Detention of Dockers in 2004" (a heading naming no one) ... "hundreds of dockers were
    # detained": whom the dateless retelling names undergo the dated act that names no one
    undergoing: dict[int, tuple[str, ...]] = {}
    kept = []
    for event in events:
        told = telling(event)
        if told is None:
            kept.append(event)
            continue
        if event.actors:
            agents[id(told)] = (*agents.get(id(told), ()), *event.actors)
        if not participants(told):
            undergoing[id(told)] = (*undergoing.get(id(told), ()), *event.targets)
    kept = [_taking_in(e, agents.get(id(e), ()), undergoing.get(id(e), ())) for e in kept]
    return _drop_repeated(_drop_lasting(kept, known), known)


def _told_in_body(events: Sequence[Event], known: Known) -> list[Event]:
    """The tellings an "Allegations:" line may sum up: the dated ones, and, in a record's body, the
    dateless ones naming persons ("Allegations: Arrest of trade union officials" ... "the incarceration
    of two officials of the X, A and B")."""
    return [
        e
        for e in events
        if e.date is not None or (e.start not in known.headed and participants(e) & known.persons)
    ]


def _group_retold(heading: Event, dated: Event) -> bool:
    """ "Allegations: Arrest of trade union officers" ... "the arrest of four officers of the X on 10
    September": the one group the heading names is named by the dated act's targets too."""
    groups = [t.split() for t in heading.targets if t.islower()]
    told = {w for t in dated.targets for w in t.lower().split()}
    # the group's noun ends an English phrase ("union officers") and opens a Romance one ("dirigeants
    # syndicaux")
    return len(groups) == 1 == len(heading.targets) and bool({groups[0][0], groups[0][-1]} & told)


def _sole_unnamed(told: Event, dated_of_type: Counter[EventType]) -> bool:
    """ "its leader was convicted on 3 March ... its leader X was sentenced": the one dated telling of
    its type names no one; a dateless telling naming whom it befell retells it."""
    return not participants(told) and dated_of_type[told.type] == 1


_WORD = re.compile(r"\w+")


def _persons_of_groups(heading: Event, body: Event, known: Known) -> bool:
    """ "Allegations: Arrests of trade union leaders and strikers" ... "the arbitrary arrest of Mr. A,
    General Secretary of the X, Mr. B and other trade union leaders": a heading naming only groups, by
    no one acting, sums up the act the body tells on named persons of a group it names (the group's
    noun ends an English phrase and opens a Romance one)."""
    if heading.actors or not heading.targets or not all(t.islower() for t in heading.targets):
        return False
    words = set(_WORD.findall(body.quote.lower()))
    return bool(set(body.targets) & known.persons) and any(
        {t.split()[0], t.split()[-1]} & words for t in heading.targets
    )


def _taking_in(event: Event, actors: tuple[str, ...], targets: tuple[str, ...]) -> Event:
    """The dated act with who acts in, and who undergoes, its dropped retellings."""
    event = _with_actors(event, actors) if actors else event
    return replace(event, targets=tuple(dict.fromkeys(targets))) if targets else event


def _with_actors(event: Event, actors: tuple[str, ...]) -> Event:
    joined = tuple(dict.fromkeys((*event.actors, *(a for a in actors if a not in event.targets))))
    return replace(event, actors=joined)


def _fold_counted(events: Sequence[Event], known: Known) -> list[Event]:
    """ "On 27 May police arrested three trade unionists ... Police arrested three trade unionists:
    X, Y and a local rep": a dateless telling of the counted group of a dated one is the same act;
    the dated telling keeps the persons it names. So is a dateless telling naming as many persons as
    a dated one counts ("Allegations: the arrest of X, Y and Z ... on 4 May police arrested three
    leaders"), and the other way round."""
    out: list[Event | None] = list(events)
    for i, event in enumerate(events):
        if event.date is not None or event.type not in ONCE_TOLD:
            continue
        j = next(
            (
                j
                for j, d in enumerate(out)
                if d is not None
                and d.date is not None
                and d.type == event.type
                and d.start != event.start
                and same_forum(event, d)
                and (
                    same_count(event, d, known)
                    or counts_named(event, d, known)
                    or counts_named(d, event, known)
                )
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


def attributive(event: Event) -> bool:
    """ "les manifestants interpellés ont été relâchés", "sus compañeros detenidos": a participle
    after its noun, without auxiliary, names who underwent an act told before, like a lasting state."""
    word = event.trigger or ""
    at = event.quote.find(word)
    return at > 0 and described(event.quote, at, word)


def _drop_lasting(events: Sequence[Event], known: Known) -> list[Event]:
    """ "He is being held in X prison" after his arrest is told, or before the dated telling of it ("the
    two are detained, ... deprived of liberty since 11 June"): the state the act left, not a new act."""
    out: list[Event] = []
    dated = [e for e in events if e.date is not None]
    for event in events:
        persons = participants(event) & known.persons
        # "X is still held after his April 2011 abduction": one sentence may tell the act and its state
        told = [*out, *(d for d in dated if d is not event)]
        # "has been held since 5 May", dated by the day the state began, retells an arrest told too
        lasting = (event.start in known.lasting and event.date is None) or _held_since(event)
        # naming no person ("the officers are still detained"), it retells any act of its type
        if not (
            lasting and any(o.type == event.type and (not persons or persons & participants(o)) for o in told)
        ):
            out.append(event)
    return out


def _held_since(event: Event) -> bool:
    if event.type is not EventType.ARREST or not event.date_text:
        return False
    at = event.quote.find(event.date_text)
    return at > 0 and _SINCE_BEFORE.search(event.quote, max(0, at - 12), at) is not None


def _named_later(events: list[Event], event: Event, known: Known) -> int | None:
    """ "Authorities arrested two leading members of a union. ... Both X and Y were arrested": the
    earlier dateless telling of a counted group whose number the later one names, one by one."""
    persons = set(event.targets) & known.persons
    if event.date is not None or event.type not in ONCE_TOLD or not persons:
        return None
    return next(
        (
            i
            for i, o in enumerate(events)
            if o.date is None
            and o.type == event.type
            and not set(o.targets) & known.named
            and (
                counted(o, known) == len(persons) or _group_named(o, set(event.targets) - known.named, known)
            )
        ),
        None,
    )


def _group_named(earlier: Event, groups: set[str], known: Known) -> bool:
    """ "the detention of many dock officers ... those held include dock officers X, Y and Z":
    the later telling names persons of the very group an earlier, uncounted telling names."""
    own = set(earlier.targets) - known.named
    return (
        bool(own & groups)
        and not any(counted_in(earlier.quote, g) for g in own)
        and counted(earlier, known) is None
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
        own = participants(event) & known.named
        added = _actors_added(event, out, known)
        if added is not None:  # "the denial of registration of X ... the denial of registration of X by Y"
            out[added] = _with_actors(out[added], event.actors)
            continue
        if event.date is None and any(
            o.type == event.type
            and o.start != event.start  # two acts of one sentence are told apart already
            and same_forum(event, o)
            and not also_others(event, participants(o))
            and (
                (
                    (nominal_key(event) in known.nominal or nominal_key(o) in known.nominal)
                    and own <= participants(o)
                )
                # neither dated: the act on the same person told again ("X was taken into custody
                # ... why the police arrested him")
                or (o.date is None and event.type in ONCE_TOLD and _retells(event, o, known))
                or (o.date is None and event.type in ONCE_TOLD and same_count(event, o, known))
                or (o.date is None and event.type in ONCE_TOLD and counts_named(event, o, known))
            )
            for o in out
        ):
            continue
        out.append(event)
    return out


def _actors_added(event: Event, out: Sequence[Event], known: Known) -> int | None:
    """An allegation told again with who did it: a dateless noun act on the same named participants
    as an earlier dateless one naming no actor, adding only its actors (the ministry refusing)."""
    if event.date is not None or not event.actors or nominal_key(event) not in known.nominal:
        return None
    undergoing = set(event.targets) & known.named
    return next(
        (
            i
            for i, o in enumerate(out)
            if o.type == event.type
            and o.date is None
            and not o.actors
            and o.start != event.start
            and nominal_key(o) in known.nominal
            and same_forum(event, o)
            and undergoing
            and undergoing <= set(o.targets)
        ),
        None,
    )


def _retells(event: Event, earlier: Event, known: Known) -> bool:
    """A dateless act told again without a date: on the persons the earlier telling names (no
    one new: "besides X, Y was also detained" is another act), or, naming no one, on a group it
    names and points back to ("two workers were released ... the release of these workers")."""
    if another_time(event):
        return False
    own = participants(event)
    persons = own & known.persons
    if persons:
        return persons <= participants(earlier)
    groups = own - known.named
    if not groups or own & known.named:
        return False
    if any(g in participants(earlier) and _pointed_back(event.quote, g) for g in groups):
        return True
    # "police detained 100 striking workers ... the protesters had been placed under arrest": a group
    # pointed back to, uncounted, retells an act told before on a group only
    earlier_groups = participants(earlier) - known.named
    return (
        bool(earlier_groups)
        and earlier_groups == participants(earlier)
        and all(
            g in event.targets and _pointed_back(event.quote, g) and not counted_in(event.quote, g)
            for g in groups
        )
    )


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
