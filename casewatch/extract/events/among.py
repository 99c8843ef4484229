"""Persons named as among those who underwent an act told just before: "The complainants alleged
that the Government had arrested a number of trade union leaders. Among the persons arrested were
X and Y", "Parmi les syndicalistes arrêtés figurent X et Y", "Entre los dirigentes detenidos se
encuentran X e Y". The second telling names members of the first one's group: one act, told once,
with those persons among who underwent it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from casewatch.model import Event

# "among the persons", "among those", "parmi les syndicalistes", "entre los dirigentes", right before
# the participle of the act
_AMONG = re.compile(
    r"\b(?:among(?:st)?|parmi|entre)\s+(?:the|those|les|ceux|celles|los|las|quienes)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
AMONG_REACH = 60  # chars before the participle: the cue and a group noun with its modifiers


def among_those(event: Event) -> bool:
    """The act is told by a participle after "among the ...": who it names are of a group told before."""
    word = event.trigger or ""
    at = event.quote.find(word) if word else -1
    return at > 0 and _AMONG.search(event.quote, max(0, at - AMONG_REACH), at) is not None


def fold_among(events: Sequence[Event], persons: set[str]) -> list[Event]:
    """A dateless "among those arrested were X and Y" joins X and Y to the act of its type told just
    before it (the last one, in text order); with none before, it stays an act of its own."""
    out: list[Event] = []
    for event in events:
        earlier = next((i for i in range(len(out) - 1, -1, -1) if out[i].type == event.type), None)
        named = [t for t in event.targets if t in persons]
        if event.date is None and earlier is not None and named and among_those(event):
            told = out[earlier]
            out[earlier] = replace(told, targets=tuple(dict.fromkeys((*told.targets, *named))))
            continue
        out.append(event)
    return out
