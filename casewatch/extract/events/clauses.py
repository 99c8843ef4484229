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
_GAPPED_AFTER = re.compile(r"(?:\s*,[^,;.]{1,60},)?\s+(?:on|in|el|le|en)\s+", re.I)


def _bound(text: str, sentence: Sentence, earlier: Trigger, later: Trigger) -> int | None:
    """Where the clause of `later` begins, if a contrasting conjunction parts it from `earlier`."""
    opened = [m.end() for m in _CONTRAST.finditer(text, earlier.end, later.start) if m.end() <= sentence.end]
    return opened[-1] if opened else None


def contrasted(
    text: str, sentence: Sentence, trigger: Trigger, triggers: Sequence[Trigger], named: Sequence[Mention]
) -> tuple[int, int, int] | None:
    """The trigger's clause (its rank among the contrasted clauses, start, end) when another verb of
    its type tells an act in another clause whose own subject is named between the conjunction and
    that verb; None when the sentence tells one act of the type."""
    same = [t for t in triggers if t.type is trigger.type and not t.nominal]
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
        if date is None or not _GAPPED_BEFORE.fullmatch(text, last.end, person.start):
            break
        own_dates.append(date)
        own.append((key(person),))
        last = date
    if not own:
        return None
    apart = {k for person in own for k in person}
    return own_dates, [tuple(k for k in targets if k not in apart), *own]
