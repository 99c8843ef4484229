"""The UN's monitoring bodies: the UN and its human rights office, the High Commissioner, the Human
Rights Council and its special procedures (rapporteurs, working groups, independent experts).

They tell of acts, ask about them, judge them and visit: they never arrest, strike, close a union or
undergo any of it. A name of theirs in the sentence of such an act ("UN experts urge the release of
X, detained in May") takes no part in the act; in a visit, an agreement or an inquiry they may."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from casewatch import vocab
from casewatch.model import EventType, Mention

# the acts a monitoring body may take part in: its own visit, an agreement it signs, an inquiry it
# makes, and what the types do not name
TAKEN_PART_IN = frozenset({EventType.MISSION, EventType.AGREEMENT, EventType.INVESTIGATION, EventType.OTHER})


@cache
def _monitors() -> re.Pattern[str]:
    return re.compile(vocab.load("events")["monitors"], re.I)


def monitoring(mention: Mention) -> bool:
    """An organisation named as one of the UN's monitoring bodies."""
    return mention.label == "organization" and _monitors().search(mention.text) is not None


def without_monitors(etype: EventType, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions that may take part in an act of the type: the monitoring bodies only in theirs."""
    if etype in TAKEN_PART_IN:
        return list(mentions)
    return [m for m in mentions if not monitoring(m)]
