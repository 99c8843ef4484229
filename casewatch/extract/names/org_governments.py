"""Governments of several countries named together: 'the Governments of A and B', 'the Government of A and B'.

Each country's government is one organisation; the capitalised-word chain would read the whole phrase as one.
A country whose own name holds 'and' ('Trinidad and Tobago') stays one, as the country look-up finds it whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from casewatch.extract.literals import starts_of_literals
from casewatch.extract.names.common import SP, Found, find_countries
from casewatch.extract.names.org_words import ORG
from casewatch.extract.openings import matches_from

_HEAD = re.compile(
    # "(?<![\w-])(?:[Gg]overnment|...)", the look-behind after the first letter: scanned for at C speed
    rf"(?P<head>[Gg](?<![\w-].)(?:overnment|obierno|ouvernement|overno))s?{SP}+"
    rf"(?P<prep>of(?:{SP}+the)?|de(?:{SP}+la|{SP}+los)?|del|du|des|d[’']|do|da)(?:{SP}+|(?<=[’']))"
)
# between two countries: a comma or a conjunction, and again the preposition ('et du', 'y de')
_BETWEEN = re.compile(
    rf"{SP}*(?:,{SP}*(?:(?:and|y|et|e){SP}+)?|{SP}+(?:and|y|et|e){SP}+)"
    rf"(?P<prep>(?:of|de|du|del|des|da|do)(?:{SP}+the|{SP}+la)?{SP}+|d[’'])?(?:the{SP}+)?"
)


WINDOW = 160  # characters after the head where the listed countries are looked for
# what each head holds after its first letter, found with `str.find`: the head is tried only where one is,
# where the scan for its first letter stops at every 'g' of the text
_HEAD_STEMS = ("overn", "obiern", "ouvern")


def _head_starts(text: str) -> list[int]:
    return [at - 1 for at in starts_of_literals(text, _HEAD_STEMS) if at]


def coordinated_governments(text: str) -> Iterator[Found]:
    """One government per country after one 'Government(s) of': the first with its head, the others alone."""
    for m in matches_from(_HEAD, text, _head_starts(text)):
        window = text[m.end() : m.end() + WINDOW]  # the countries are looked up only after a head
        starts = {m.end() + start: m.end() + end for start, end in find_countries(window)}
        countries = _countries_from(text, m.end(), starts)
        if len(countries) < 2:
            continue
        head, prep = m.group("head"), m.group("prep")
        (first_start, first_end, _), *others = countries
        name = f"{head} {prep} {text[first_start:first_end]}"
        yield Found(ORG, m.start(), first_end, text[m.start() : first_end], canonical=name)
        for start, end, own_prep in others:
            canonical = f"{head} {own_prep or prep} {text[start:end]}"
            yield Found(ORG, start, end, text[start:end], canonical=canonical)


def _countries_from(text: str, at: int, starts: dict[int, int]) -> list[tuple[int, int, str | None]]:
    """The countries listed from `at`, each with the preposition written before it (None when shared)."""
    if at not in starts:
        return []
    found: list[tuple[int, int, str | None]] = [(at, starts[at], None)]
    pos = starts[at]
    while (sep := _BETWEEN.match(text, pos)) and sep.end() in starts:
        prep = (sep.group("prep") or "").strip() or None
        found.append((sep.end(), starts[sep.end()], prep))
        pos = starts[sep.end()]
    return found
