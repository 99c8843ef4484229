"""Coordinated complements inside one organisation's name ('Union of Workers in Education, Science ...')."""

from __future__ import annotations

import re
from dataclasses import replace

from casewatch.extract.names.common import NAME_WORD, SP, Found, is_country, not_name_words
from casewatch.extract.names.org_words import (
    chain_pattern,
    head_positions,
    is_connector,
    span_of,
    split_tokens,
    word_sets,
)

# ", Science and Culture" after "Union of Workers in Education": complements of one head, the last after "and"
_ITEM_WORDS = rf"{NAME_WORD}(?:{SP}+{NAME_WORD}){{0,2}}"
_COMPLEMENTS = re.compile(
    rf"(?:{SP}+(?:in|of|for|on|de|del|des|du){SP}+({_ITEM_WORDS}))?((?:,{SP}+{_ITEM_WORDS}){{1,6}}),?{SP}+"
    rf"(?:and|&|y|et|e){SP}+"
    rf"({_ITEM_WORDS})"
)


def with_coordinated_complements(text: str, found: Found) -> Found:
    """'Federation of Trade Unions of Food, Agriculture and Tobacco Workers': the comma is inside the name.

    Only when the name ends in a complement after a preposition and every coordinated item is a plain
    capitalised phrase: no article, head noun, country, acronym or person-like pair
    ('the CGT, the CFDT and FO', 'Union of Teachers, Union of Miners and ...' stay apart)."""
    m = _COMPLEMENTS.match(text, found.end)
    if not m or not _ends_in_complement(found.text, m.group(1)):
        return found
    items = [m.group(1) or "", *m.group(2).split(",")[1:], m.group(3)]
    words = " ".join(items).split()
    if not all(_plain_complement(item.strip()) for item in items if item) or not _names_a_field(words):
        return found
    end = _last_conjunct_end(text, m.start(3), m.end())
    return replace(found, end=end, text=text[found.start : end])


def _last_conjunct_end(text: str, start: int, end: int) -> int:
    """Where the conjunct after 'and' ends: its chain may go on ('Tobacco Workers of Malawi')."""
    chain = chain_pattern().match(text, start)
    tail = split_tokens(chain.group(0), start) if chain else []
    while tail and is_connector(tail[-1][1]):
        tail.pop()
    return span_of(text, tail)[1] if tail else end


def _names_a_field(words: list[str]) -> bool:
    """Some coordinated word is a common noun ('Education', 'Agriculture'): no list of places."""
    fields = word_sets()["fields"]
    return any(w.casefold() in not_name_words() or w.casefold() in fields for w in words)


def _ends_in_complement(name: str, extra: str | None) -> bool:
    """The last word follows a preposition ('... of Food'), or a complement is added ('in Education')."""
    tokens = name.split()
    if extra:
        return True
    return (
        len(tokens) >= 3
        # "... of Food", "... del Sector Alimentos": a complement of one or two words ends the name
        and bool({tokens[-2], tokens[-3]} & {"of", "for", "in", "on", "de", "del", "des", "du", "la"})
        and not head_positions(split_tokens(tokens[-1], 0))
    )


def _plain_complement(item: str) -> bool:
    """'Science', 'Social Protection', 'Tobacco Workers': no head, country, acronym or bare two-name pair."""
    words = item.split()
    sets = word_sets()
    if not words or any(words[0] in sets[k] for k in ("lead_trim", "not_org_starts", "instrument_starts")):
        return False
    if head_positions(split_tokens(item, 0)):
        return False
    if (
        is_country(item)
        or any(is_country(w) for w in words)
        or any(w.isupper() and len(w) > 1 for w in words)
    ):
        return False
    # two or three capitalised words none of which is a common word: likely a person ('Ana Quispe')
    return len(words) == 1 or _names_a_field(words)
