"""Officials named only by their office ("the Minister of Labour", "the First Deputy Prosecutor",
"le préfet de la région", "el gobernador de la provincia"): no name finder names them, yet they act
in what they order or do, as an authority does. Offices are data (`offices_records` in
vocab/events.json: their heads and the ranks written before them)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

import ahocorasick

from casewatch import vocab
from casewatch.extract.sentences import Sentence
from casewatch.model import Mention

OFFICE = "group"  # an office takes part as a group does: by the words that name it
# what may follow the head: "of Labour", "des Transports", "of Kesh province", "de la Région du Nord"
_OF = (
    r"(?:\s+(?:of|for|de|du|des|de la|del|de l['’])\s*(?:the\s+)?"
    r"(?-i:[A-Z][\w'’-]*)(?:\s+(?:and\s+|et\s+|y\s+|de\s+|of\s+|du\s+)?(?-i:[A-Z][\w'’-]*)){0,4})?"
)


@cache
def _office() -> re.Pattern[str]:
    data = vocab.load("events").get("offices_records", {"heads": [], "ranks": []})
    heads = "|".join(re.escape(h) for h in sorted(data["heads"], key=len, reverse=True))
    ranks = "|".join(re.escape(r) for r in data["ranks"])
    return re.compile(
        rf"\b(?:the|le|la|l['’]|el)\s+(?P<office>(?:(?:{ranks})[\s-]+){{0,3}}(?:{heads})\b{_OF})",
        re.I,
    )


@cache
def _bare_office() -> re.Pattern[str]:
    """An office as a participant's text reads it ("minister of transport")."""
    data = vocab.load("events").get("offices_records", {"heads": [], "ranks": []})
    heads = "|".join(re.escape(h) for h in sorted(data["heads"], key=len, reverse=True))
    ranks = "|".join(re.escape(r) for r in data["ranks"])
    return re.compile(rf"(?:(?:{ranks})[\s-]+){{0,3}}(?:{heads})\b", re.I)


@cache
def _head_words() -> Any:
    """The first word of each office head, lower-cased, as one Aho-Corasick automaton: a sentence
    holding none names no office. True when a head opens with no word (every sentence may name one),
    False when there are no heads."""
    data = vocab.load("events").get("offices_records", {"heads": []})
    words = {h.split()[0].split("-")[0].lower() for h in data["heads"]}
    if "" in words or not words:
        return bool(words)
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _may_name_office(lowered: str) -> bool:
    words = _head_words()
    return words if isinstance(words, bool) else next(words.iter(lowered), None) is not None


def offices(sentence: Sentence, inside: Sequence[Mention]) -> list[Mention]:
    """The offices the sentence names where no name mention already stands, as group mentions."""
    if not _may_name_office(sentence.text.lower()):
        return []
    found = []
    for m in _office().finditer(sentence.text):
        start, end = sentence.start + m.start("office"), sentence.start + m.end("office")
        if any(n.start < end and start < n.end for n in inside):
            continue
        found.append(Mention(OFFICE, m.group("office"), start, end))
    return found


def is_office(mention: Mention) -> bool:
    """An office holder, who acts on others like an authority."""
    return mention.label == OFFICE and _bare_office().match(mention.text) is not None
