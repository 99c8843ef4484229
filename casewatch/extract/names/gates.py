"""The gated patterns of the name rules, asked about one document in turn: which have a literal in it.

A `Gated` pattern is run only over a text whose folded form holds one of its necessary literals; each
gate looks for its own in a pass of its own, a whole pass over a text that lacks them (most texts lack
the places' area words and 'city of'). Here one Aho-Corasick pass over the folded text answers for all
the gates, stopping as soon as each has one: `vain(gate, text)` is what `gate.vain(text)` answers.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from casewatch import vocab
from casewatch.extract.gated import Gated, gated
from casewatch.extract.literals import automaton_of, fold, trie

AREA_WORDS = "region|oblast|province|district|city|town|village|Region|Oblast|Province|District|City"
AREA_WORD = gated(AREA_WORDS)
CITY_OF_WORDS = gated("(?:city|town|village|region|province) of")


@cache
def office_words() -> Gated:
    """'police', "prosecutor's office"."""
    words = vocab.load("org_heads")["offices"]
    # as a sentence opens it, and in title case ('the Labour Commissioner', 'Magistrates’ Court')
    small = {
        "of",
        "for",
        "the",
        "de",
        "du",
        "des",
        "del",
        "la",
        "do",
        "da",
    }  # 'Director of Public Prosecutions'
    titled = {" ".join(w if w in small else w[0].upper() + w[1:] for w in o.split()) for o in words}
    forms = set(words) | {o[0].upper() + o[1:] for o in words} | titled
    # a trie without its look-ahead: an alternation of branches opening with letters is scanned for at C speed
    return gated(rf"(?:{trie(sorted(forms, key=len, reverse=True), top=False)})(?![\w-])")


@cache
def _gates() -> tuple[tuple[Gated, ...], Any]:
    """The gates, and one automaton for their literals: literal -> the indices of the gates holding it."""
    gates = (AREA_WORD, CITY_OF_WORDS, office_words())
    owners: dict[str, set[int]] = {}
    for i, gate in enumerate(gates):
        for literal in gate.literals or ():
            owners.setdefault(literal, set()).add(i)
    return gates, automaton_of({literal: frozenset(holders) for literal, holders in owners.items()})


@lru_cache(maxsize=2)  # the places and the offices read one document in turn
def _present(text: str) -> frozenset[int]:
    """The gates with a literal in the folded text."""
    gates, automaton = _gates()
    found: set[int] = set()
    for _, holders in automaton.iter(fold(text)):
        found |= holders
        if len(found) == len(gates):
            break
    return frozenset(found)


def vain(gate: Gated, text: str) -> bool:
    """`gate.vain(text)`: no match of the gate's pattern can lie in the text."""
    gates, _ = _gates()
    if gate.literals is None or gate not in gates:
        return gate.vain(text)
    return gates.index(gate) not in _present(text)
