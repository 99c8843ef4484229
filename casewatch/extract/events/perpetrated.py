"""Who is named as the victim inside the name of a perpetrator undergoes another act, not the one
the perpetrator undergoes: in "the alleged perpetrator of the murder of X was arrested", "el presunto
autor del asesinato de X fue detenido", "les auteurs présumés du meurtre de X ont été arrêtés", X is
the killing's target (told by its own noun) and no one arrested; so in "the police arrested a suspect
in the murder of X", where the perpetrator's name follows the act."""

from __future__ import annotations

import re

from casewatch.extract.events.triggers import in_document
from casewatch.extract.gated import gated

_DET = r"(?:(?:the|el|la|los|las|le|les|l['’])\s*)?"
# the perpetrator's noun, with "alleged", "presunto", "présumé" on either side
_PERPETRATOR_NOUN = (
    r"\b(?:(?:alleged|presumed|suspected|presunt[oa]s?)\s+)?"
    r"(?:perpetrators?|culprits?|killers?|murderers?|assailants?|attackers?|suspects?|"
    r"(?:those|persons?|people|individuals?)\s+responsible|"
    r"autor(?:es)?(?:\s+(?:material(?:es)?|intelectual(?:es)?))?|responsables?|asesinos?|agresores?|homicidas?|"
    r"auteurs?|meurtriers?|assassins?|agresseurs?)"
    r"(?:\s+(?:alleged|presumed|présumée?s?|presunt[oa]s?))?"
)
_PERPETRATOR = _PERPETRATOR_NOUN + r"\s+(?:(?:allegedly\s+|reportedly\s+)?(?:involved|implicated)\s+)?"
# ... joined to the act ("of the murder of", "del asesinato de", "du meurtre de") or to the victim
# right away ("the killers of X", "los asesinos de X")
_VICTIM_OF_PERPETRATOR = re.compile(
    _PERPETRATOR
    + r"(?:(?:(?:of|in|for|behind)\s+(?:the\s+)?|del\s+|de\s+(?:la|los|las)\s+|du\s+|de\s+l['’]\s*|des\s+)"
    r"(?:[\w'’-]+\s+){1,3}?(?:of|on|against|de|del|du|des|d['’]|contra|contre)\s+|(?:of|de|del|du|des|d['’])\s+)"
    + _DET
    + r"(?:(?:Mr|Ms|Mrs|M|Mme|Sr|Sra|Dr)\.?\s+)?(?:[\w'’-]+\s+){0,2}?$",
    re.I,
)
# ... and the act itself, named right after the perpetrator: "the suspects in the murder of"
_ACT_OF_PERPETRATOR = re.compile(
    _PERPETRATOR
    + r"(?:(?:of|in|for|behind)\s+(?:the\s+)?|del\s+|de\s+(?:la|los|las)\s+|du\s+|de\s+l['’]\s*|des\s+)$",
    re.I,
)
PERPETRATOR_REACH = 110  # chars back from the victim's name to the perpetrator's noun
# read before every name and act, these are tried only in the stretches holding a perpetrator's noun
# (their necessary literals), where `re` would try every offset of each stretch, and only in a document
# holding one (most name no perpetrator)
_VICTIM_OF_NAMED = gated(_VICTIM_OF_PERPETRATOR)
_ACT_OF_NAMED = gated(_ACT_OF_PERPETRATOR)


def victim_of_perpetrator(text: str, after: int, start: int) -> bool:
    """The name starting at `start` is the victim in a perpetrator's name ("the perpetrator of the
    murder of X") written from `after` on: the end of an act named before the perpetrator, whose
    own noun ("the murder of X") leaves X its target."""
    if not in_document(_VICTIM_OF_NAMED, text):
        return False
    return _VICTIM_OF_NAMED.search(text, max(after, start - PERPETRATOR_REACH), start) is not None


def perpetrators_act(text: str, start: int) -> bool:
    """The act starting at `start` is named in a perpetrator's name ("the perpetrator of the murder of
    X was arrested in May"): the sentence's verb, and the date after it, tell what befell the
    perpetrator, not when the act was done."""
    return _ACT_OF_NAMED.search(text, max(0, start - PERPETRATOR_REACH), start) is not None


# a perpetrator as the subject of a passive act, told right before it, maybe in a relative clause:
# "uno de los presuntos responsables del ataque, quien fue detenido", "one of the alleged attackers,
# who was arrested", "l'un des agresseurs présumés, qui a été interpellé"
_AUX = r"(?:was|were|has\s+been|have\s+been|fue|fueron|ha\s+sido|han\s+sido|a\s+été|ont\s+été|est|sont)"
_PERPETRATOR_UNDERGOES = re.compile(
    _PERPETRATOR_NOUN + r"(?:\s+(?:of|in|for|behind|del|de|du|des)\s+[^,.;:]{0,60}?)?"
    r"(?:\s*,\s*(?:who|quien(?:es)?|que|qui|el\s+cual|la\s+cual)\b)?\s+"
    r"(?P<aux>" + _AUX + r"(?:\s+\w+(?:ly|mente|ment))?\s+)?$",
    re.I,
)
_UNDERGOES_NAMED = gated(_PERPETRATOR_UNDERGOES)
_AUX_AHEAD = re.compile(_AUX + r"\s", re.I)  # ... the auxiliary read as part of the act's wording


def perpetrator_undergoes(text: str, start: int) -> bool:
    """The passive act starting at `start` befalls a perpetrator named as its subject ("one of the
    alleged attackers, who was arrested on Monday"): whoever the rest of the sentence names (the
    victim of the attack, a bodyguard, the source) is no one the act befalls."""
    if not in_document(_UNDERGOES_NAMED, text):
        return False
    told = _UNDERGOES_NAMED.search(text, max(0, start - PERPETRATOR_REACH), start)
    return told is not None and (told.group("aux") is not None or _AUX_AHEAD.match(text, start) is not None)
