"""The organisation whose office a person holds ("the president of the X, Mr Y", "Mr Y, general
secretary of X", FR "secrétaire général du X", ES "presidente del X"): named to say who the person
is, it undergoes nothing done to that person. The offices are data (`union_offices_records` in
vocab/events.json)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from casewatch import vocab
from casewatch.extract.events.participants import key
from casewatch.model import Mention

OFFICE_REACH = 60  # chars before the organisation where its office is written
# "Mr Y, president of X" / "the president of X, Mr Y": only a comma and a title between the two
_PERSON_THEN_OFFICE = re.compile(
    r"\s*,\s*(?:(?:the|its|la|le|el|su|son|sa)\s+)?(?:former\s+|ancien\s+|ex\s*-?\s*)?"
)
_ORGANISATION_THEN_PERSON = re.compile(r"\s*,\s*(?:(?:Mr|Ms|Mrs|Dr|M|Mme|Sr|Sra|Prof)\.?\s+)?")


@cache
def _office_of() -> re.Pattern[str]:
    words = sorted(vocab.load("events")["union_offices_records"], key=len, reverse=True)
    titles = "|".join(re.escape(w) for w in words)
    return re.compile(
        rf"\b(?P<office>{titles})s?\s+(?:of|du|des|de la|de l['’]|del|de)\s*(?:the\s+|la\s+|el\s+)?$", re.I
    )


def office_owners(text: str, mentions: Sequence[Mention]) -> set[str]:
    """The organisations named as the holder of a person's office, next to that person."""
    persons = [m for m in mentions if m.label == "person"]
    found: set[str] = set()
    if not persons:  # an office names its holder's organisation only next to the holder
        return found
    for m in mentions:
        if m.label != "organization":
            continue
        office = _office_of().search(text, max(0, m.start - OFFICE_REACH), m.start)
        if office is None:
            continue
        at = office.start("office")
        if any(_PERSON_THEN_OFFICE.fullmatch(text, p.end, at) for p in persons if p.end <= at) or any(
            _ORGANISATION_THEN_PERSON.fullmatch(text, m.end, p.start) for p in persons if p.start >= m.end
        ):
            found.add(key(m))
    return found


# between a noun act and the office it befalls: "detention of the", "détention du", "detención del"
_ACT_ON = re.compile(
    r"\s*(?:(?:of|du|des|de la|de l['’]|del|de|d['’])\s*)?(?:(?:the|la|le|el|l['’])\s*)?", re.I
)


@cache
def _single_offices() -> frozenset[str]:
    return frozenset(w.casefold() for w in vocab.load("events")["single_offices_records"])


def office_holders(text: str, act_end: int, mentions: Sequence[Mention]) -> dict[str, str]:
    """ "la détention du secrétaire général de la Fédération X", no name given: the act befalls the
    office's holder, named by the office, not the organisation (organisation key -> office)."""
    if any(m.label == "person" for m in mentions):
        return {}  # the holder is named: `office_owners` sets the organisation aside
    found: dict[str, str] = {}
    for m in mentions:
        if m.label != "organization" or m.start < act_end:
            continue
        office = _office_of().search(text, max(0, m.start - OFFICE_REACH), m.start)
        if office is None or office.group("office").casefold() not in _single_offices():
            continue
        plural = text[office.end("office") : office.end("office") + 1] in ("s", "S")
        if not plural and _ACT_ON.fullmatch(text, act_end, office.start("office")):
            found[key(m)] = office.group("office")
    return found
