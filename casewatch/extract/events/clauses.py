"""Acts of one type told in contrasted clauses of one sentence ("X was detained on 10 July, while Y
was detained on 9 April", "A fue detenido el lunes, mientras que B fue detenida el martes"): each
clause tells an act of its own, befalling those it names, even when neither date can be read. So
does a clause whose verb is left out ("X was arrested on 3 May and Y on 5 May")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from casewatch.extract.dates import DateMention
from casewatch.extract.events.participants import key
from casewatch.extract.events.triggers import Trigger
from casewatch.extract.sentences import Sentence
from casewatch.model import Mention

# a clause opened by a contrasting or adding conjunction after a comma, or by a semicolon
_CONTRAST = re.compile(
    r",\s*(?:while|whereas|and|but|y|pero|mientras(?: que)?|et|mais|tandis que|alors que)\s+"
    r"|\s+(?:mientras que|tandis que|alors que)\s+|;\s*",
    re.I,
)


# "... on 3 May 2023 and Y on 5 May": the gap before the person, and the one from them to their date
_GAPPED_BEFORE = re.compile(r"\s*,?\s*(?:and|y|et)\s+(?:[\w'’-]+\s+){0,3}", re.I)
# "... dozens of workers and arrested ...": the first verb's object, then the second verb without subject
_JOINED = re.compile(
    r".*?(,?\s+(?:and|y|e|et)\s+(?:then\s+|later\s+|also\s+|luego\s+|puis\s+)?)", re.I | re.S
)
_OBJECT_PRONOUN = re.compile(r"\s+(?:him|her|them)\b", re.I)
# "raided the union's offices": the act's object is a place or thing, whose owner it names itself
_THING_OBJECT = re.compile(
    r"\s+(?:the|an?|its)\s+(?:[\w'’-]+\s+){0,3}?(?:offices?|headquarters|premises|buildings?|computers?"
    r"|documents|equipment|bank accounts?|accounts|assets|website|propert(?:y|ies)|files|newspaper)\b",
    re.I,
)
_GAPPED_AFTER = re.compile(r"(?:\s*,[^,;.]{1,60},)?\s+(?:on|in|el|le|en)\s+", re.I)


def _bound(text: str, sentence: Sentence, earlier: Trigger, later: Trigger) -> int | None:
    """Where the clause of `later` begins, if a contrasting conjunction parts it from `earlier`; a
    participle told of several persons set off before it ("X, ..., and Y, ..., both detained on",
    "X, ..., y Y, ..., detenidos ambos el") is parted by a semicolon only."""
    several = told_of_several(text, later)
    opened = [
        m.end()
        for m in _CONTRAST.finditer(text, earlier.end, later.start)
        if m.end() <= sentence.end and not (several and m.group().lstrip().startswith(","))
    ]
    return opened[-1] if opened else None


# "both detained", "tous deux détenus", "detenidos ambos": one participle for the persons listed before
_BOTH_BEFORE = re.compile(r",\s(?:both|all|tou(?:s|tes)\s(?:les\s)?deux|amb[oa]s)\s$", re.I)
_BOTH_AFTER = re.compile(r"\s(?:ambos|ambas|both|tous\sdeux|toutes\sdeux)\b", re.I)
BOTH_REACH = 24  # chars before the participle: the comma and "toutes les deux"


def told_of_several(text: str, trigger: Trigger) -> bool:
    """An act set off by a comma after the persons it befalls, said of both or all of them."""
    return _BOTH_BEFORE.search(text, max(0, trigger.start - BOTH_REACH), trigger.start) is not None or (
        text.endswith(", ", 0, trigger.start) and _BOTH_AFTER.match(text, trigger.end) is not None
    )


def contrasted(
    text: str, sentence: Sentence, trigger: Trigger, triggers: Sequence[Trigger], named: Sequence[Mention]
) -> tuple[int, int, int] | None:
    """The trigger's clause (its rank among the contrasted clauses, start, end) when another verb
    tells an act in another clause whose own subject is named between the conjunction and that verb
    ("Police arrested X, and the Y Court sentenced Z"); None when the sentence is one clause."""
    same = [t for t in triggers if not t.nominal]
    if trigger.nominal or len(same) < 2:
        return None
    bounds = [sentence.start]
    for earlier, later in pairwise(same):
        at = _bound(text, sentence, earlier, later)
        if at is not None and any(at <= m.start and m.end <= later.start for m in named):
            bounds.append(at)
    if len(bounds) < 2:
        return None
    rank = sum(1 for b in bounds[1:] if b <= trigger.start)
    ends = [*bounds[1:], sentence.end]
    return rank, bounds[rank], ends[rank]


def gapped(
    text: str,
    listed: Sequence[DateMention | None],
    dates: Sequence[DateMention],
    persons: Sequence[Mention],
    targets: tuple[str, ...],
    triggers: Sequence[Trigger],
) -> tuple[list[DateMention | None], list[tuple[str, ...]]] | None:
    """ "X was arrested on 3 May 2023 and Y on 5 May 2023": the governing date's act befalls the
    others, and each person named after it with a date of their own undergoes an act on that date."""
    if len(listed) != 1 or listed[0] is None:
        return None
    last = listed[0]
    own_dates: list[DateMention | None] = [last]
    own: list[tuple[str, ...]] = []
    for person in (m for m in persons if m.label == "person" and m.start >= listed[0].end):
        after = _GAPPED_AFTER.match(text, person.end)
        date = next((d for d in dates if after and d.start == after.end()), None)
        verb = any(
            last.end <= t.start < person.start for t in triggers
        )  # "and the court sentenced Y": no gap
        if date is None or verb or not _GAPPED_BEFORE.fullmatch(text, last.end, person.start):
            break
        own_dates.append(date)
        own.append((key(person),))
        last = date
    if not own:
        return None
    apart = {k for person in own for k in person}
    return own_dates, [tuple(k for k in targets if k not in apart), *own]


def own_objects(
    text: str, trigger: Trigger, triggers: Sequence[Trigger], named: list[Mention], groups: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """ "Riot police beat dozens of workers and arrested the union's president, X": verbs of two types
    sharing one subject, each with an object of its own, act each on their own object only (verbs of
    one type tell one act, with all their objects)."""
    verbs = [t for t in triggers if not t.nominal and (t is trigger or t.type is not trigger.type)]
    if trigger.nominal or trigger not in verbs:
        return named, groups
    at, taking = verbs.index(trigger), [*named, *groups]
    before, after = verbs[at - 1] if at else None, verbs[at + 1] if at + 1 < len(verbs) else None
    lo, hi = -1, len(text)  # who the trigger acts on lies after `lo` and before `hi`, or before the trigger
    if after is not None and _shared_subject(text, trigger, after, taking):
        hi = after.start
    if (
        before is not None
        and _shared_subject(text, before, trigger, taking)
        and not _refers_back(text, trigger)
    ):
        lo = trigger.start

    def own(m: Mention) -> bool:
        return m.start < hi and (m.start >= lo or (before is not None and m.start <= before.start) or lo < 0)

    return [m for m in named if own(m)], [g for g in groups if own(g)]


def _shared_subject(text: str, first: Trigger, second: Trigger, taking: Sequence[Mention]) -> bool:
    """Whether `second` is joined to `first` with its subject left out ("... and arrested"), and each
    names whom it acts on after it."""
    joined = _JOINED.fullmatch(text, first.end, second.start)
    if joined is None:
        return False
    own_first = any(first.start <= m.start and m.end <= joined.start(1) for m in taking)
    return own_first and any(m.start >= second.start for m in taking)


def _refers_back(text: str, trigger: Trigger) -> bool:
    """Whether the verb's object is a pronoun, after it or inside its wording ("beat him")."""
    return bool(_OBJECT_PRONOUN.match(text, trigger.end) or _OBJECT_PRONOUN.search(trigger.word))


def object_roles(
    text: str,
    trigger: Trigger,
    triggers: Sequence[Trigger],
    taking: Sequence[Mention],
    actors: tuple[str, ...],
    targets: tuple[str, ...],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """ "Police arrested X on 3 May and released him on 5 May": whom the first verb acts on is whom
    the pronoun after the second stands for, no subject of it."""
    verbs = [t for t in triggers if not t.nominal]
    if trigger.nominal or trigger not in verbs or not verbs.index(trigger) or not _refers_back(text, trigger):
        return actors, targets
    before = verbs[verbs.index(trigger) - 1]
    joined = _JOINED.fullmatch(text, before.end, trigger.start)
    if joined is None:
        return actors, targets
    # a subject written inside the first verb's wording ("Police detained") is none of its objects
    back = {key(m) for m in taking if before.start < m.start and m.end <= joined.start(1)}
    return tuple(k for k in actors if k not in back), tuple(dict.fromkeys((*targets, *back)))


def thing_object(text: str, trigger: Trigger) -> bool:
    """ "The authorities raided the union's offices": the act names what it befell right after its
    verb, so it takes no one named in the sentence before."""
    return _THING_OBJECT.match(text, trigger.end) is not None
