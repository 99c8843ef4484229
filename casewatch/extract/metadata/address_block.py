"""A letter addressed by a block at its top and no greeting under it: "Shri. Jane Doe / Hon'ble Minister for
Labour / Government of Arden", or a bare "To" over "The Secretary, / Department of Posts,". The block's first
line names the addressee: a person after a courtesy word, else an office."""

from __future__ import annotations

import re
from functools import cache

from casewatch import vocab
from casewatch.extract.metadata.party_names import person_name
from casewatch.model import Party

_HEAD = 1500  # an address block stands at the top of its letter
_BLOCK_LINE = 80  # an address line is short: a sentence of the body runs longer
_FIRST_LINES = 16  # how many lines of the page a block may stand below (a letterhead, a reference, a date)


@cache
def _openers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = vocab.load("honorifics")["address_openers"]

    def alternation(kind: str) -> str:
        return "|".join(re.escape(w) for w in sorted(words[kind], key=len, reverse=True))

    person = re.compile(rf"^(?:{alternation('person')})\s+(?P<rest>[A-Z][^\n]{{2,60}})$")
    # an office line: the courtesy, then an office's title in capitals ("Hon'ble Minister for Labour")
    office = re.compile(rf"^(?:{alternation('office')})\s+(?P<rest>[A-Z][a-z]+(?:\s[^\n]{{0,60}})?)$")
    return person, office


# under a bare "To", the block's office may open with a plain article ("To / The Secretary,")
_UNDER_TO = re.compile(r"^(?:The\s+)?(?P<rest>[A-Z][a-z]+(?:\s[^\n]{0,60})?)$")


_TO_LINE = re.compile(r"^To[ \t]*:?$")
_OFFICE_WORD = re.compile(
    r"^(?:Minister|Secretary|Chairman|Chairperson|Director|President|Commissioner|Chief)\b"
)


# an office opening a block with its article, a government's or a department's line under it ("The Minister
# for Labour. / Govt. of Arden. / Capital City."), whatever stray line stands above it
_THE_OFFICE = re.compile(
    r"^The\s+(?P<rest>(?:Minister|Secretary|Chairman|Chairperson|Director|Commissioner)\b.{0,60})$"
)
_SEAT_LINE = re.compile(r"^(?:Govt\.?|Government|Department|Ministry|Office)\b")


def _lines(text: str) -> list[str]:
    # a letterhead's columns ("President: ...      General Secretary ...") are one short line each
    return [" ".join(line.split()) for line in text[:_HEAD].splitlines() if line.strip()][:_FIRST_LINES]


def address_block(text: str) -> list[Party]:
    """The addressee the block at the letter's top names, if its first line opens as an address does."""
    lines = _lines(text)
    person, office = _openers()
    for i, line in enumerate(lines):
        if len(line) > _BLOCK_LINE:
            return []  # the body has begun: no block above it
        after_to = i > 0 and bool(_TO_LINE.match(lines[i - 1]))
        bare = line.rstrip(" ,.;:")
        if m := person.match(bare):
            name = person_name(m.group("rest").strip(" ,."))
            if name:
                return [Party(name)]
        if (m := office.match(bare)) and _OFFICE_WORD.match(m.group("rest")):
            return [Party(m.group("rest"))]
        if after_to and (m := _UNDER_TO.match(bare)):
            return [Party(m.group("rest"))]
        seat = i + 1 < len(lines) and bool(_SEAT_LINE.match(lines[i + 1]))
        if seat and (m := _THE_OFFICE.match(bare)):
            return [Party(m.group("rest"))]
    return []
