"""The State's government as the actor of an act: named by its word ("the Government ordered the
arrest of", "el Gobierno adoptó") and keyed to the government the document names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from casewatch.extract.events.participants import key
from casewatch.extract.events.triggers import Trigger
from casewatch.extract.gated import gated
from casewatch.extract.sentences import Sentence
from casewatch.model import Mention

_GOVERNMENT = gated(  # behind its words: most stretches it is read in, one per act or date, hold none
    r"\b(?:(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]his) [Gg]overnment|(?:[Ee]l|[Ss]u|[Nn]uestro) [Gg]obierno"
    r"|(?:le|son|notre) [Gg]ouvernement)\b"
    r"(?! (?:member|representative|delegate|of|has not|did not|de|du|no|n'a pas)\b)"
)
_BY_GOVERNMENT = re.compile(r"^\s+by\s+the\s+[Gg]overnment\b(?! (?:member|representative|delegate)\b)")
_GOVERNMENT_NAME = re.compile(
    r"^(?:the |el |le )?(?:[Gg]overnment of |[Gg]obierno (?:de |del |de la )"
    r"|[Gg]ouvernement (?:de la |de l'|de l’|du |de |d'|d’)|[Gg]overno (?:de |do |da ))(?:the )?[A-ZÀ-Ý]"
    r"|^(?:the )?[A-Z][\w-]+ Government$"
)


def government_named(text: str, sentence: Sentence, trigger: Trigger) -> str | None:
    """The State's government acts, unnamed: "the Government passed amendments", "... was signed by
    the Government", "el Gobierno adoptó" (not a "Government member" speaking in a committee).
    Its word as written ("Government", "Gobierno", "gouvernement"), or None."""
    before = text[sentence.start : trigger.start]
    after = text[trigger.end : min(sentence.end, trigger.end + 60)]
    found = list(_GOVERNMENT.finditer(before)) or [m for m in [_BY_GOVERNMENT.match(after)] if m]
    return found[-1].group(0).split()[-1] if found else None


# between a government and the act it does: "the Government (has) ordered the arrest of"
_SUBJECT_GAP = re.compile(
    r"^\s+(?:(?:has|have|had|then|also|later|subsequently|immediately|arbitrarily|unilaterally)\s+){0,2}$"
)


def government_subject(text: str, sentence: Sentence, trigger: Trigger) -> str | None:
    """The State's government is the subject right before an act it does on others ("the
    government ordered the arrest of", "the Government dissolved the union"). Its word, or None."""
    before = text[sentence.start : trigger.start]
    found = [m for m in _GOVERNMENT.finditer(before) if _SUBJECT_GAP.match(before[m.end() :])]
    return found[-1].group(0).split()[-1] if found else None


def government_key(
    mentions: Sequence[Mention], word: str = "Government", inside: Sequence[Mention] = ()
) -> str:
    """The government the sentence names ("The Government of X adopted"), else the document's own
    ("Government of X", most mentioned), else its word as written."""
    named = [m for m in inside if m.label == "organization" and _GOVERNMENT_NAME.match(m.text)]
    if named:
        return key(named[0])
    counts: dict[str, int] = {}
    for m in mentions:
        if m.label == "organization" and _GOVERNMENT_NAME.match(m.text):
            counts[key(m)] = counts.get(key(m), 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else word
