"""Names told in a clause of another act than the trigger's: a trailing gerund ("arrested a union
leader after calling for a strike of road workers", "détenu après avoir appelé à la grève des
dockers", "detenido tras convocar una huelga de los mineros") or an absolute construction ("a strike
having taken place in May, X declared ..."). Who is named there takes no part in the act, when the
act names someone else."""

from __future__ import annotations

import re
from collections.abc import Sequence

from casewatch.extract.events.triggers import Trigger
from casewatch.extract.sentences import Sentence
from casewatch.model import Mention

# after the trigger: a preposition opening a gerund or infinitive clause, up to the next comma
_TRAILING = re.compile(
    r"\b(?:after|before|for|following|while|when|upon|on)\s+(?:having\s+)?\w+ing\b"
    r"|\b(?:après|pour|avant)\s+(?:avoir|être)\b"
    r"|\b(?:tras|después\s+de|antes\s+de|por|luego\s+de)\s+(?:haber\s+)?\w+(?:ar|er|ir)\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:]")
# its subject before it ("a strike having taken place"), no preposition ("dismissed for having ...")
_PERFECT = re.compile(
    r"(?<!\bfor )(?<!\bafter )(?<!\bupon )(?<!\bby )(?<!\bpour )(?<!\bpor )(?<!\btras )(?<!\bde )"
    r"\b(?:having|ayant|habiendo)\s+\w+",
    re.I,
)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|est|sont|était|ont|son|fue|fueron|ha|han)\b", re.I)
TRAILING_REACH = 40  # chars after a trigger where a gerund clause may open


def _trailing_span(text: str, sentence: Sentence, trigger: Trigger) -> tuple[int, int] | None:
    found = _TRAILING.search(text, trigger.end, sentence.end)
    if (
        found is None
        or found.start() - trigger.end > TRAILING_REACH
        or _CLAUSE_END.search(text, trigger.end, found.start())
    ):
        return None
    close = _CLAUSE_END.search(text, found.end(), sentence.end)
    return found.start(), close.start() if close else sentence.end


def _absolute_end(text: str, sentence: Sentence, trigger: Trigger) -> int | None:
    """Where the absolute construction holding the trigger closes ("A further, unofficial strike
    having taken place in May, X declared"): at the first comma after it, when it opens the sentence
    with no finite verb before the trigger."""
    close = _CLAUSE_END.search(text, trigger.end, sentence.end)
    if close is None or _FINITE.search(text, sentence.start, trigger.start):
        return None
    return close.start() if _PERFECT.search(text, sentence.start, close.start()) else None


def outside_aside(
    text: str, sentence: Sentence, trigger: Trigger, named: Sequence[Mention], groups: Sequence[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """`named` and `groups` without those named in a clause of another act: a trailing gerund's, if
    anyone else is named; the main clause after an absolute construction's, always (it tells what
    followed the act, not who took part)."""
    span = _trailing_span(text, sentence, trigger)
    aside = [] if span is None else [m for m in (*named, *groups) if span[0] <= m.start < span[1]]
    if len(aside) == len(named) + len(groups):
        aside = []
    end = _absolute_end(text, sentence, trigger)

    def kept(found: Sequence[Mention]) -> list[Mention]:
        return [m for m in found if m not in aside and (end is None or m.start < end)]

    return kept(named), kept(groups)
