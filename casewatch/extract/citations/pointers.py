"""Pointing phrases ("the Convention", "this Law", "la loi", "dicho decreto"), found where their nouns are.

Both patterns open with a pointing word, a look-behind or a word boundary, which `re` tries at every
position of the document, and most positions hold no noun a pointer could name. A match is the pointing
word, the space after it and the noun: it starts a pointing word's length before the run of spaces that
ends where the noun starts. The nouns are found in the Aho-Corasick pass over the folded document that the
names and the citations rules share, and each pattern is tried only at the starts they allow
(`matches_from`): the matches of a full scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from casewatch.extract.citations.cues import Cues
from casewatch.extract.literals import trie_not_after
from casewatch.extract.openings import DOCUMENT, matches_from, openings, with_openings

_POINTERS = ["The", "the", "This", "this", "That", "that", "said", "same", "present"]
_NOUNS = "Convention|Covenant|Declaration|Charter|Protocol|Recommendation|Constitution|Law|Act|Code|law"
# the pointing words behind their first letters (`trie_not_after`): `re` looks for those at C speed, where
# a pattern opening with a look-ahead or `\b` is tried at every position
_POINTING = trie_not_after(r"\w", _POINTERS)
ANAPHOR = re.compile(
    rf"{_POINTING}\s+"
    rf"(?P<word>{_NOUNS})\b"
    r"(?!\s+(?:on|of|for|against|concerning|relating|enforcement)\b)"
)
_FOREIGN_POINTERS = (
    r"[Ll]a|[Ll]e|[Ll]['’]|[Cc]ette|[Cc]e|ladite|ledit|[Ee]l|[Ee]ste|[Ee]sta|[Dd]icho|[Dd]icha"
)
_FOREIGN_NOUNS = (
    r"[Cc]onvention|Déclaration|Charte|Pacte|Protocole|Constitution|loi|[Cc]ode|[Cc]onvenio|décret"
    r"|Declaración|Carta|Pacto|Protocolo|Constitución|[Ll]ey|Código|[Dd]ecreto"
)
_SAME = ("même", "misma", "mismo")  # "la même convention": between the pointing word and the noun
_AFTER_SAME = "|".join(w + r"\s+" for w in _SAME)
FOREIGN_ANAPHOR = re.compile(
    # "del decreto", "du décret": the article and the preposition are one word
    rf"(?=[lLcCdDeE])\b(?:(?:{_FOREIGN_POINTERS})\s*"
    r"|(?<=\bdel\s)|(?<=\bdu\s))"
    rf"(?:{_AFTER_SAME})?"
    rf"(?P<word>{_FOREIGN_NOUNS})\b"
    # "la convention collective", "el convenio colectivo": a collective agreement, no convention
    r"(?!\s+(?:(?:sur|relative|relatif|portant|sobre|del?|du|des)\b|n[°º]|núm|collectiv|colectiv))"
)
ROMANCE = (" la ", " le ", " el ", " La ", " Le ", " El ")  # a text where French or Spanish pointers can be
_ROMANCE = Cues(ROMANCE)


def _spelled(alternation: str) -> frozenset[str]:
    found = openings(f"(?:{alternation})")
    if found is None:  # another Python's parser: the words spelt out by the module's own test
        raise RuntimeError("pointer words not spelt out")
    return found


def _lengths(alternation: str) -> frozenset[int]:
    return frozenset(len(w) for w in _spelled(alternation))


# where the nouns start, English and French or Spanish, in the pass over the document that the names
# and the citations rules share (`DOCUMENT`): the nouns in any case, folding keeps every offset
_NOUN_STARTS = with_openings(
    re.compile(f"(?:{_NOUNS})"), re.compile(f"(?:{_FOREIGN_NOUNS})"), together=DOCUMENT
)
_POINTER_LENGTHS = frozenset(len(w) for w in _POINTERS)
_FOREIGN_POINTER_LENGTHS = _lengths(_FOREIGN_POINTERS)


def _space_before(text: str, at: int) -> int:
    """Where the run of white space ending at `at` starts (`at` itself without one); `\\s` is `isspace`."""
    while at and text[at - 1].isspace():
        at -= 1
    return at


def _english_starts(text: str) -> list[int]:
    """A pointing word, at least one space, the noun: its length before the space that ends at the noun."""
    starts: set[int] = set()
    for noun in _NOUN_STARTS.starts(text)[0]:
        space = _space_before(text, noun)
        if space < noun:
            starts.update(space - n for n in _POINTER_LENGTHS if space >= n)
    return sorted(starts)


def _foreign_starts(text: str) -> list[int]:
    """The noun itself, or "même" before it (after "del", "du"); a pointing word and any space before
    either."""
    starts: set[int] = set()
    for noun in _NOUN_STARTS.starts(text)[1]:
        starts.add(noun)
        before = [_space_before(text, noun)]
        same = next(
            (w for w in _SAME if before[0] >= len(w) and text.startswith(w, before[0] - len(w))), None
        )
        if same and before[0] < noun:
            starts.add(before[0] - len(same))  # "del mismo decreto": after the look-behind's "del "
            before.append(_space_before(text, before[0] - len(same)))
        starts.update(at - n for at in before for n in _FOREIGN_POINTER_LENGTHS if at >= n)
    return sorted(starts)


def pointer_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of `ANAPHOR.finditer(text)`, then in a text with French or Spanish articles those of
    `FOREIGN_ANAPHOR.finditer(text)`."""
    yield from matches_from(ANAPHOR, text, _english_starts(text))
    if _ROMANCE.held(text):
        yield from matches_from(FOREIGN_ANAPHOR, text, _foreign_starts(text))
