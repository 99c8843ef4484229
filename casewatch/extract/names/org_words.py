"""Shared pieces of the organisation rules: head-noun vocabularies, the capitalised-word chain, tokens."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from casewatch import vocab
from casewatch.extract.names.common import CAP, UPPER, fold, is_country, strip_possessive

ORG = "organization"
ORG_WORD = rf"(?:{CAP}[\w&\-]*(?:[’']s?(?![\w]))?|\d+(?:st|nd|rd|th))"
# "(?<![\w-]){ORG_WORD}" written with the look-behind after the first character, which `re` then looks
# for at C speed (a pattern opening with a look-behind is tried at every position): the same matches
# an apostrophe after a space opens a quotation ("the 'Arden Dockers Union'"); after a letter it is part of
# a word ("O'Neill"), so only that one keeps a capital from opening a chain
_LONE_ORG_WORD = (
    rf"[{UPPER}\d](?<![\w-].)(?<!\w[’'].)(?:(?<={CAP})[\w&\-]*(?:[’']s?(?![\w]))?|(?<=\d)\d*(?:st|nd|rd|th))"
)


def _heads() -> dict[str, Any]:
    data: dict[str, Any] = vocab.load("org_heads")
    return data


@cache
def chain_pattern() -> re.Pattern[str]:
    # "and" joins words ("Ministry of Labour and Social Protection"), never "and the" (two names)
    prepositions = (
        r"(?:of|for|on|de|des|du|del|der|für)(?:[ \t\u00a0]+(?:the|la|le|los|las|les))?|in[ \t\u00a0]+the"
        # a purpose in the name: "Committee to Protect Journalists", never "to the"
        r"|to(?=[ \t\u00a0]+[A-Z][a-z])"
    )
    sep = (
        rf"(?:[ \t\u00a0]+(?:(?:{prepositions}|and|&|y|et|und)(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*))?)"
    )
    return re.compile(rf"{_LONE_ORG_WORD}(?:{sep}{ORG_WORD})*")


@cache
def word_sets() -> dict[str, frozenset[str]]:
    data = _heads()
    keys = (
        "heads",
        "trailing_heads",
        "leading_heads",
        "located_heads",
        "not_org_starts",
        "instrument_starts",
        "not_org_after_head",
        "lead_trim",
        "connectors",
        "role_modifiers",
        "time_words",
        "purpose_heads",
    )
    sets = {k: frozenset(data[k]) for k in keys}
    sets["generic"] = frozenset(fold(g) for g in data["generic_alone"])
    sets["lowercase_heads"] = frozenset(data["lowercase_heads"])
    fields = vocab.load("org_fields")
    sets["complement_words"] = frozenset(fields["complement_words"])
    sets["cut_titles"] = frozenset(fields["cut_titles"])
    sets["fields"] = frozenset(fields["fields"])
    return sets


_TOKEN = re.compile(r"\S+")
LEADING_THE = re.compile(r"^(?:the|The)\s+")


def split_tokens(chain: str, offset: int) -> list[tuple[int, str]]:
    return [(offset + m.start(), m.group(0)) for m in _TOKEN.finditer(chain)]


def is_connector(token: str) -> bool:
    return token in word_sets()["connectors"]


def head_positions(tokens: list[tuple[int, str]]) -> list[int]:
    return list(_head_positions(tuple(t for _, t in tokens)))


@lru_cache(maxsize=8192)  # the rules ask again and again about the same names: the words alone tell
def _head_positions(tokens: tuple[str, ...]) -> tuple[int, ...]:
    words = word_sets()
    last = len(tokens) - 1
    return tuple(
        i
        for i, t in enumerate(tokens)
        if strip_possessive(t) in words["heads"]
        or (i == last > 0 and t in words["trailing_heads"] and not is_connector(tokens[i - 1]))
        or (0 < i < last and t in words["trailing_heads"] and _of_a_country(tokens[i + 1 :]))
        or (i == 0 < last and t in words["leading_heads"] and any(is_connector(x) for x in tokens))
    )


def _of_a_country(words: tuple[str, ...]) -> bool:
    """ "of Ruritania", "of the Philippines": a trailing head's country ('National Railways of X')."""
    if words[:1] != ("of",):
        return False
    rest = words[2:] if words[1:2] == ("the",) else words[1:]
    return bool(rest) and is_country(" ".join(rest))


def span_of(text: str, tokens: list[tuple[int, str]]) -> tuple[int, int]:
    start = tokens[0][0]
    last_start, last = tokens[-1]
    return start, last_start + len(strip_possessive(last))


@lru_cache(maxsize=8192)  # the rules ask about the same names again and again
def is_generic(name: str) -> bool:
    """'the Committee', 'Government's', 'Trade Unions': a head phrase that names no one organisation."""
    bare = strip_possessive(LEADING_THE.sub("", name))
    words = word_sets()
    return fold(bare) in words["generic"] or (
        " " not in bare
        and (bare in words["heads"] or bare in words["trailing_heads"])  # no union made per call
    )
