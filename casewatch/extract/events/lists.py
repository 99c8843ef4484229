"""Acts written as a list of nouns ("the arrest of X; the dismissal of Y", "arrests, beatings and
dismissals of union leaders"): which of the persons and bodies named belong to which item.

An item names who undergoes its act after the noun, up to the next act of the list. Acts joined only
by a comma or "and" share the participants named after the last of them ("killings and threats
against X"); an item with a wording of its own in between ("a decree refusing recognition of an
association, the storming of the union hall by the police") names nobody for the others. A list
break (";", "as well as") or a further thing reported ("and that ...") closes an item: who is named
past it belongs to another."""

from __future__ import annotations

import re
from collections.abc import Sequence

from casewatch.extract.dates import DateMention
from casewatch.extract.events.participants import key
from casewatch.extract.events.roles import list_break
from casewatch.extract.events.triggers import Trigger, other_report
from casewatch.extract.sentences import Sentence
from casewatch.model import Mention

# what may stand between two acts that share their participants: a modifier of the first ("anti-union
# dismissals and threats", "licenciements antisyndicaux et menaces"), a comma, a conjunction, an article;
# a preposition opens a wording of the first act's own, unless left hanging before the conjunction
# ("the murder of and threats against X", "aggression against and detention of X")
_COORDINATOR = re.compile(
    r"\s*(?:(?:of|against|on|towards|to|de|contre|envers|contra)\s+(?=(?:and|or|et|ou|y|o)\s))?"
    r"(?:(?!(?:of|by|in|at|for|against|on|to|with|de|du|des|d|par|pour|contre|en|à|au|aux|del|por|para"
    r"|contra|con)\b)[\w’'-]+\s+){0,2}(?:,|and|or|et|ou|y|o|и)?\s*"
    r"(?:the\s+|an?\s+|les\s+|la\s+|los\s+|las\s+|des\s+|d['’]|l['’]|de\s+(?:la\s+)?|du\s+)?",
    re.I,
)


def coordinated(between: str) -> bool:
    """Two acts joined by nothing but a comma, a conjunction or an article."""
    return _COORDINATOR.fullmatch(between) is not None


def closed(text: str, start: int, end: int) -> bool:
    """An item of a list, or a thing reported, ends between `start` and `end`."""
    return list_break(text[start:end]) or other_report(text, start, end)


def item_participants(
    text: str, end: int, later: Sequence[tuple[int, int]], after: Sequence[Mention], stop: int
) -> list[Mention]:
    """Who a noun act ending at `end` befalls, of those named `after` it: the ones named before the
    next act `later` (spans in order), or, where acts follow each other joined by mere coordinators,
    the ones named after the last of that chain; never past a list break nor past `stop` (the
    sentence's end)."""
    at = end
    for start, next_end in [*later, (stop, stop)]:
        mine = [m for m in after if at <= m.start < start and not closed(text, end, m.start)]
        if mine or not coordinated(text[at:start]):
            return mine
        at = next_end
    return []


def item_before(text: str, start: int, before: Sequence[Mention]) -> list[Mention]:
    """Of those named `before` a noun act starting at `start`, the ones of its own item ("threats
    against X, arrests, harassment and prosecution": the bare acts befall X): none past a list break
    or a further thing reported."""
    return [m for m in before if not closed(text, m.end, start)]


def dated_in_earlier_item(date_start: int, trigger: Trigger, triggers: Sequence[Trigger]) -> bool:
    """A date written after an earlier noun act of another type and before this one ("the arrest on
    3 May of X, and the dismissal of Y") dates that earlier item, not this one."""
    return any(
        t.nominal and t.type != trigger.type and t.start < date_start and t.end <= trigger.start
        for t in triggers
        if date_start < trigger.start
    )


_RESPECTIVELY = re.compile(
    r"\brespective?ly\b|\brespectivement\b|\brespectivamente\b|\bсоответственно\b", re.I
)
_INLINE_ITEM = re.compile(r"(?:^|[:;]\s*)\(?\d{1,2}\)\s")


def respective(
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


def inline_item(sentence: Sentence, trigger: Trigger) -> int:
    """Which inline numbered item holds the trigger ("...: 1) arrest of X; 2) dismissal of Y"): each
    item is an act of its own, even of the same type as another."""
    return len(_INLINE_ITEM.findall(sentence.text, 0, trigger.start - sentence.start))
