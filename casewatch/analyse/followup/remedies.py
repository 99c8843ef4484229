"""The remedy a request asks for (release, investigate, amend a law ...), from its wording."""

from __future__ import annotations

import re
from dataclasses import dataclass

from casewatch.analyse.followup.cues import remedies, target_words

OTHER = "other"
# What follows a harassment noun up to its target: "harassment (practices) of|against ...".
_TARGET = re.compile(
    r"^\w*(?:\s+(?:practices?|campaign|measures))?\s+(?:of|against|towards|aimed at|contre|de|des|du|contra|a)\s+"
    r"(?P<target>[^,;.()]{1,80}?)(?=\s+(?:and|in|for|who|which|by|et|pour|y|por|en)\b|[,;.()]|$)",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9/-]{1,}\b")


@dataclass(frozen=True)
class Remedy:
    name: str
    family: str


def remedy_of(text: str) -> Remedy:
    """The first remedy class of the vocabulary (in priority order) that the request asks for."""
    for entry in remedies():
        if entry.asks.search(text) and (entry.requires is None or entry.requires.search(text)):
            if entry.name == "end_harassment" and _targets_organisation(text, entry.asks):
                return Remedy(entry.name, "organisation")
            return Remedy(entry.name, entry.family)
    return Remedy(OTHER, OTHER)


def _targets_organisation(text: str, pattern: re.Pattern[str]) -> bool:
    """'end the repression of the Union and its leaders' is about the organisation's existence;
    'stop the harassment of union leaders' is about persons: the target's last word decides."""
    found = pattern.search(text)
    if found is None:
        return False
    target = _TARGET.match(text[found.end() :])
    if target is None:
        return False
    words = target.group("target").split()
    persons, organisations = target_words()
    head = words[-1] if words else ""
    if persons.fullmatch(head):
        return False
    return bool(_ACRONYM.fullmatch(head) or organisations.fullmatch(head))
