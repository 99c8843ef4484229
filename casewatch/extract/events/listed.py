"""A list naming who underwent the act just told ("Those arrested are: X, Y and Z", "Les
personnes arrêtées sont : X et Y", "Los detenidos son: X y Y"): its persons are that act's targets,
and the list tells no act of its own."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from casewatch.extract.sentences import Sentence
from casewatch.model import Event, Mention

# a short subject naming them by the act ("those arrested", "las personas detenidas"), a copula, a colon
_LIST_OF_THEM = re.compile(
    r"\W*(?:(?:all\s+)?those|the|les|las|los|la|le|toutes?\s+les|todos\s+los|todas\s+las)?\s*"
    r"(?:[^\W\d_]+\s+){0,2}?(?P<word>[^\W\d_]{4,})\s+"
    r"(?:are|were|include|sont|étaient|son|eran|fueron)\s*:\s*",
    re.I,
)
STEM = 3  # letters a list's word shares with the act's ("arrested" / "arrest", "detenidos" / "detuvo")


def _folded(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def list_of_them(sentence: Sentence) -> tuple[str, int] | None:
    """The list's word for the act and where its names start, if the sentence is such a list."""
    # the copula is followed by a colon: most sentences hold none, and need no try
    m = _LIST_OF_THEM.match(sentence.text) if ":" in sentence.text else None
    return (_folded(m.group("word")), sentence.start + m.end()) if m else None


def join_lists(
    told: list[tuple[Event, bool, bool]],
    lists: Sequence[tuple[Sentence, str, int]],
    mentions: Sequence[Mention],
) -> list[tuple[Event, bool, bool]]:
    """Each list's persons join the act told in the sentence right before it, of the list's word,
    and acts told by the list itself are dropped."""
    for sentence, word, names_start in lists:
        before = [i for i, (e, _, _) in enumerate(told) if e.end <= sentence.start]
        if not before:
            continue
        last = told[before[-1]][0]
        acts = [i for i in before if told[i][0].start == last.start and _same_act(told[i][0], word)]
        persons = tuple(
            m.entity or m.text
            for m in mentions
            if m.label == "person" and names_start <= m.start and m.end <= sentence.end
        )
        if len(acts) != 1 or not persons:
            continue
        event, summary, nominal = told[acts[0]]
        targets = (*event.targets, *(p for p in persons if p not in event.targets))
        told[acts[0]] = (replace(event, targets=targets), summary, nominal)
        told = [t for t in told if not (t[0].start == sentence.start and t[0].type == event.type)]
    return told


def _same_act(event: Event, word: str) -> bool:
    """The list's word and the act's verb share their stem ("a arrêté" / "arrêtées")."""
    verb = max((event.trigger or "").split(), key=len, default="")
    return bool(verb) and _folded(verb)[:STEM] == word[:STEM]
