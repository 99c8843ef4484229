"""Persons named by no name: one named only by what they are ("a union leader", "un syndicaliste",
"una dirigente sindical") or by a union's office ("the general secretary of the union", "le
secrétaire général du syndicat"), and some of a group told before, by a partitive ("seven of them",
"sept d'entre eux"). No name finder names them, yet they take part in what is done to them, as a group
does. Their words are data (`single_persons`, `union_offices`, `partitives` in vocab/events.json)."""

from __future__ import annotations

import re
from functools import cache

from casewatch import vocab
from casewatch.extract.sentences import Sentence
from casewatch.model import Mention

PERSON = "group"  # such a person takes part as a group does: by the words that name them
MAX_MODIFIERS = 2  # "a young female union leader"
# an office's holder named right after it: "the union's president, Ana Korvel", "of the Velcor Union (Jon",
# "of the Teachers' Union of Borduria, Mr Aron Feld"
_HOLDER_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s*[,(–]\s*$")  # or before it: "Ms Tamsin Orrel, the treasurer"
_HOLDER_AFTER = re.compile(r"[^,;.()]{0,60}?[,(–]\s*[A-Z]")


@cache
def _single() -> re.Pattern[str] | None:
    data = vocab.load("events").get("single_persons", {})
    heads = sorted(data.get("heads", []), key=len, reverse=True)
    if not heads:
        return None
    articles = "|".join(re.escape(a) for a in data["articles"])
    return re.compile(
        rf"(?<!\w)(?:{articles})\s+(?:(?-i:[a-zà-ÿ][\w-]*)\s+){{0,{MAX_MODIFIERS}}}?"
        rf"(?P<head>{'|'.join(re.escape(h) for h in heads)})(?!\w)",
        re.I,
    )


@cache
def _partitive() -> re.Pattern[str] | None:
    data = vocab.load("events").get("partitives", {})
    if not data.get("tails"):
        return None
    numbers = "|".join(re.escape(n) for n in data["numbers"])
    tails = "|".join(re.escape(t) for t in sorted(data["tails"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:\d+|{numbers})\s+(?:{tails})(?!\w)", re.I)


@cache
def _union_office() -> re.Pattern[str] | None:
    data = vocab.load("events")
    owners = data.get("union_offices", {})
    if not owners.get("union_words"):
        return None
    offices = "|".join(re.escape(o) for o in sorted(data["single_offices_records"], key=len, reverse=True))
    before = "|".join(re.escape(w) for w in owners["owners_before"])
    unions = "|".join(re.escape(w) for w in sorted(owners["union_words"], key=len, reverse=True))
    of = r"(?:of|du|de|del|de la|de l['’])"
    return re.compile(
        rf"(?<!\w)(?:(?:{before})\s+(?P<head>{offices})\s+{of}\s+(?:(?:the|la|le|el)\s+)?"
        rf"(?:(?-i:[A-Z])[^,;.()]{{0,40}}?)?(?:{unions})s?\b"
        rf"|(?:the\s+)?(?:{unions})['’]s\s+(?P<owned>{offices})(?!\w))",
        re.I,
    )


def single_persons(sentence: Sentence, taken: list[Mention]) -> list[Mention]:
    """The persons the sentence names only by an indefinite article and what they are, by a union's
    office or by a partitive, where no other mention stands, as group mentions named by that head
    ("union leader"), office ("general secretary") or phrase ("sept d'entre eux")."""
    found = []
    for pattern in (_single(), _partitive(), _union_office()):
        for m in pattern.finditer(sentence.text) if pattern else ():
            # the words naming the person: the head, the office, or the whole partitive
            part = next((g for g in ("head", "owned") if m.groupdict().get(g)), 0)
            if pattern is _union_office() and (
                _HOLDER_AFTER.match(sentence.text, m.end())
                or _HOLDER_BEFORE.search(sentence.text[: m.start()])
            ):
                continue  # "the union's president, Ana Korvel, was detained": she is named
            start, end = sentence.start + m.start(part), sentence.start + m.end(part)
            if not any(n.start < end and start < n.end for n in taken):
                found.append(Mention(PERSON, m.group(part).lower(), start, end))
    return found
