"""The gated patterns of the name rules, asked about one document in turn: which have a literal in it.

A `Gated` pattern is run only over a text whose folded form holds one of its necessary literals; each
gate looks for its own in a pass of its own, a whole pass over a text that lacks them (most texts lack
the places' area words and 'city of'). Here the document's one Aho-Corasick pass (the openings of the
name rules, `openings.DOCUMENT`) finds their literals too: `vain(gate, text)` is what `gate.vain(text)`
answers.
"""

from __future__ import annotations

from functools import cache

from casewatch import vocab
from casewatch.extract.gated import Gated, gated
from casewatch.extract.literals import trie
from casewatch.extract.openings import DOCUMENT, Openings, literals_together

AREA_WORDS = "region|oblast|province|district|city|town|village|Region|Oblast|Province|District|City"
AREA_WORD = gated(AREA_WORDS)
CITY_OF_WORDS = gated("(?:city|town|village|region|province) of")


@cache
def office_words() -> Gated:
    """'police', "prosecutor's office": tried where its words start (`org_offices`), no gate needed."""
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
def _in_the_document_pass() -> dict[Gated, Openings]:
    """Each gate's literals, read in the document's one pass (where they start tells only that they do)."""
    gates = [gate for gate in (AREA_WORD, CITY_OF_WORDS) if gate.literals]
    return {gate: literals_together(gate.compiled, gate.literals or (), DOCUMENT) for gate in gates}


def vain(gate: Gated, text: str) -> bool:
    """`gate.vain(text)`: no match of the gate's pattern can lie in the text."""
    literals = _in_the_document_pass().get(gate)
    if literals is None:
        return gate.vain(text)
    return not literals.starts(text)[0]
