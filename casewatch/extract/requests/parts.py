"""Where one ask ends and the next begins, beyond the verbs of asking: remedies named by their nouns
("the release of X and an end to Y" are two), a that-clause going on about the same thing ("that the
Code will be adopted and that it will give effect to the Convention" is one), and a tail that belongs to
the ask before it ("... and to keep it informed")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from casewatch.extract.requests.grammar import grammar

if TYPE_CHECKING:
    from casewatch.extract.requests.asks import Ask


@cache
def _remedy_noun() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A remedy named by its noun ("the immediate release of", "an end to"), and "and" before another one."""
    adjectives = (
        r"(?:(?:immediate|unconditional|full|prompt|urgent|effective|swift|independent|impartial|thorough"
        r"|transparent|credible|international)\s+(?:and\s+)?)*"
    )
    # a remedy of the list, or a bare noun of action and what it acts on ("restoration of the old rota")
    remedy = rf"(?:{grammar().remedies}\s+(?:of|to|for|into)|(?-i:[a-z]{{3,}}(?:ment|tion|sion|al))\s+of)\b"
    noun = rf"(?:the\s+|an?\s+)?{adjectives}{remedy}"
    # "(a call on the authorities to) demand the release of X and an end to Y"
    # after "and" an article or the noun itself: "immediate and unconditional release" is one remedy
    # ("withdrawal of X, release and reinstatement of Y": two nouns sharing their object open the next)
    another = rf"(?:(?:the|an?)\s+{adjectives})?(?:[a-z]+\s+and\s+)?{remedy}"
    # "not only for the release of X but also for an end to Y, as well as for the return of Z": three;
    # "withdrawal of X, release of Y": a comma lists them too
    # "called for the release of X and for an inquiry into Y": "for" said again before the next one
    and_another = (
        rf",?\s+and\s+(?:also\s+)?(?:for\s+)?(?={another})|,\s+(?={another})"
        rf"|,?\s+as\s+well\s+as\s+for\s+(?={another})"
    )
    but_also = r"\s+but\s+also\s+(?:for\s+)?(?=(?:the|an?)\s)"
    return re.compile(rf"^(?:demand\s+)?{noun}", re.I), re.compile(rf"({and_another}|{but_also})", re.I)


def remedy_nouns(item: str) -> list[str]:
    """ "the release of the leaders and an end to the crackdown": two remedies asked by their nouns. Only an
    ask that opens with such a noun is parted ("ensure the release of X and the return of Y" is one act); the
    same remedy for more people ("the release of X and the release of Y") is one ask."""
    opens, next_noun = _remedy_noun()
    if not opens.match(item):
        return [item]
    pieces = next_noun.split(item)
    out = [pieces[0]]
    for sep, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        # "release and reinstatement of the workers": a noun alone shares the next one's object
        if _remedy_of(piece) == _remedy_of(out[-1]) or len(out[-1].split()) == 1:
            out[-1] += sep + piece  # as written
        else:
            out.append(piece)
    return out


_REMEDY_WORD = re.compile(r"(\w+)\s+(?:of|to|for)\b")


def _remedy_of(piece: str) -> str:
    """The noun naming the remedy: the word before its first "of", "to" or "for"."""
    m = _REMEDY_WORD.search(piece)
    return m.group(1).lower() if m else ""


# "that the Labour Code will be adopted soon": a thing to be done, told in the passive; "and that it will give
# effect to the Convention" goes on about the same thing, not a second ask
_PASSIVE_FUTURE = re.compile(r"^[^,;]*?\b(?:will|shall|would)\s+(?:\w+\s+)?be\s+\w+")
_IT_WILL = re.compile(r"^(?:that\s+)?(?:it|they)\s+(?:will|shall|would)\b")


def same_subject(asks: list[str]) -> list[str]:
    out: list[str] = []
    for ask in asks:
        if out and _PASSIVE_FUTURE.match(out[-1]) and _IT_WILL.match(ask):
            out[-1] = f"{out[-1]} and that {_THAT.sub('', ask)}"
        else:
            out.append(ask)
    return out


_THAT = re.compile(r"^that\s+")


# "et la tenir informée", "y lo mantenga informado"
_FRENCH_TAIL = re.compile(r"(?:la|le|les) tenir\b")
_SPANISH_TAIL = re.compile(r"(?:le|la|lo|los|les) mantenga\b|mantener")


_CYRILLIC = re.compile(r"[а-яё]", re.I)
_FRENCH_WORDS = re.compile(r"\b(?:le|les|des|du|au|aux|et|une|ces|leur|leurs|sur|dans|à)\b")
_SPANISH_WORDS = re.compile(r"\b(?:el|los|del|y|una|las|su|sus|al|en)\b")


def _and(head: str, tail: str) -> str:
    """The conjunction of the asks' language: "et la tenir informée", "y lo mantenga informado"."""
    if _FRENCH_TAIL.match(tail):
        return "et"
    if _SPANISH_TAIL.match(tail):
        return "y"
    both = f"{head} {tail}"
    if _CYRILLIC.search(both):
        return "и"
    french, spanish = len(_FRENCH_WORDS.findall(both)), len(_SPANISH_WORDS.findall(both))
    if not max(french, spanish):
        return "and"
    return "et" if french >= spanish else "y"


def merge_tails(asks: list[Ask], one_item: bool) -> list[Ask]:
    """ "... and to keep it informed" belongs to the ask before it; a lettered recommendation is one ask."""
    merged: list[Ask] = []
    for ask in asks:
        if merged and (one_item or grammar().informed_tail.match(ask.text)):
            head = merged[-1]
            joined = f"{head.text} {_and(head.text, ask.text)} {ask.text}"
            merged[-1] = replace(head, text=joined, named=False)
        else:
            merged.append(ask)
    return merged


# "the release of X and all the charges against her to be dropped": a remedy named by its noun, then a
# second one told in the passive
_AND_PASSIVE = re.compile(r",?\s+and\s+(?=(?:all\s+)?(?:the\s+)?[^,;]{0,80}?\sto\s+be\s+[a-z]+\b)")
_TO_BE = re.compile(r"\sto\s+be\s")


def noun_then_passive(ask: str) -> list[str]:
    """ "for Ana Kovic and Ivo Horvat to be released": two people, one ask; only a remedy named by its noun
    before the "and" ("the release of X") is an ask of its own."""
    parts = _AND_PASSIVE.split(ask, maxsplit=1)
    if len(parts) < 2 or _TO_BE.search(parts[0]):
        return [ask]
    return parts if _remedy_named().search(parts[0]) else [ask]


@cache
def _remedy_named() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{grammar().remedies})\s+(?:of|to|for)\b", re.I)
