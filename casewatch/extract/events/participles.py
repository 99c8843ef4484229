"""A sentence opening with a participle clause ("Released on 3 May 2031, X was re-arrested",
"Libéré le 17 mars 2020, X a été maintenu en détention", "Liberado el 3 de mayo, X fue detenido de
nuevo"): the clause's date is the date of the act its participle tells, not of the main clause's."""

from __future__ import annotations

import re

from casewatch.extract.dates import DateMention
from casewatch.extract.events.triggers import Trigger
from casewatch.extract.sentences import Sentence

# the participle, then a preposition or article that brings its date, up to the clause's comma
_LEADING_PARTICIPLE = re.compile(
    r"[\s\-•*(\[\d.)]*"  # a list marker before it
    r"(?:[A-Z][a-z]+ed|Held|Taken|Kept|Brought|Caught"  # English
    r"|[A-ZÉÀ][a-zéèêàâîôûç]+(?:é|ée|és|ées)|Détenue?s?|Mise?s?|Remise?s?"  # French
    r"|[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:ad|id)[oa]s?|Puest[oa]s?|Pres[oa]s?)"  # Spanish
    r"(?:\s+(?:again|de nouveau|à nouveau|de nuevo|nuevamente))?"
    r"\s+(?:on|in|at|since|le|en|el|du|del|depuis|desde|dès|the|\d)\b[^,;.]{0,80}?,"
)


def in_leading_participle(sentence: Sentence, trigger: Trigger, date: DateMention, text: str) -> bool:
    """The date is written in a participle clause opening the sentence, and the act is told after it."""
    m = _LEADING_PARTICIPLE.match(text, sentence.start, sentence.end)
    return m is not None and date.end <= m.end() <= trigger.start
