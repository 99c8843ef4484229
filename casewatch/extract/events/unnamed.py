"""One person named only by what they are ("a union leader", "a female trade unionist", "un
syndicaliste", "una dirigente sindical"): no name finder names them, yet they take part in what is
done to them, as a group does. The heads are data (`single_persons` in vocab/events.json)."""

from __future__ import annotations

import re
from functools import cache

from casewatch import vocab
from casewatch.extract.sentences import Sentence
from casewatch.model import Mention

PERSON = "group"  # such a person takes part as a group does: by the words that name them
MAX_MODIFIERS = 2  # "a young female union leader"


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


def single_persons(sentence: Sentence, taken: list[Mention]) -> list[Mention]:
    """The persons the sentence names only by an indefinite article and what they are, where no
    other mention stands, as group mentions named by that head ("union leader")."""
    pattern = _single()
    if pattern is None:
        return []
    found = []
    for m in pattern.finditer(sentence.text):
        start, end = sentence.start + m.start("head"), sentence.start + m.end("head")
        if not any(n.start < end and start < n.end for n in taken):
            found.append(Mention(PERSON, m.group("head").lower(), start, end))
    return found
