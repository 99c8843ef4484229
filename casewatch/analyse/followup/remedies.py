"""The remedy a request asks for (release, investigate, amend a law ...), from its wording."""

from __future__ import annotations

import re
from dataclasses import dataclass

from casewatch.analyse.followup.cues import remedies, target_words
from casewatch.extract.gated import Gated

OTHER = "other"
# What follows a harassment noun up to its target: "harassment (practices) of|against ...".
_TARGET = re.compile(
    r"^\w*(?:\s+(?:practices?|campaign|measures))?\s+"
    r"(?:of|against|towards|aimed at|contre|de|des|du|contra|a)\s+"
    r"(?P<target>[^,;.()]{1,80}?)(?=\s+(?:and|in|for|who|which|by|et|pour|y|por|en)\b|[,;.()]|$)",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9/-]{1,}\b")


@dataclass(frozen=True)
class Remedy:
    name: str
    family: str


INFORMATION = "provide_information"
_LEAD = 40  # characters in which a request's main verb stands
_VERB = 12  # a remedy's cue this near the start is the request's own verb


def remedy_of(text: str) -> Remedy:
    """The remedy a request asks for: information when its main verb asks for it ("confirm the
    legal basis for the closure"), followed with other information on the same subject; else the
    first remedy class of the vocabulary (in priority order) that it asks for."""
    information = next((r for r in remedies() if r.name == INFORMATION), None)
    lead = information.asks.search(text[:_LEAD]) if information else None
    if lead is not None and not _ensures(text[: lead.start()]):
        subject = _remedy(text, skip=INFORMATION)  # what the information is about
        family = f"information:{subject.family}" if subject.name != OTHER else "information"
        return Remedy(INFORMATION, family)
    return _remedy(text)


def _ensures(head: str) -> bool:
    """'ensure that ... confirm' or 'take measures to' before the verb: the verb is not the main one."""
    return bool(re.search(r"\b(?:ensure|measures|steps|so as|in order)\b", head, re.IGNORECASE))


def _remedy(text: str, skip: str | None = None) -> Remedy:
    """The remedy of the request's main verb when one stands at its head ("amend sections 10 to
    15 ... regarding the registration" amends a law); else the first of the vocabulary's order."""
    found = []
    for rank, entry in enumerate(remedies()):
        hit = entry.asks.search(text) if entry.name != skip else None
        if hit and (entry.requires is None or entry.requires.search(text)):
            found.append((hit.start() if hit.start() < _VERB else _VERB, rank, entry))
    if not found:
        return Remedy(OTHER, OTHER)
    _, _, entry = min(found, key=lambda f: (f[0], f[1]))
    if entry.name == "end_harassment" and _targets_organisation(text, entry.asks):
        return Remedy(entry.name, "organisation")
    return Remedy(entry.name, entry.family)


def _targets_organisation(text: str, pattern: Gated) -> bool:
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
