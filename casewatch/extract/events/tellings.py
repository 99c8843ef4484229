"""What two tellings of one act are compared on: who takes part in it, the court it comes before,
and how many a group it befalls is said to be ("three union leaders", "150 people")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from casewatch.model import Event, EventType

# acts a narrative tells once per person unless it dates each (appeals and charges come in series)
ONCE_TOLD = frozenset({EventType.ARREST, EventType.RELEASE, EventType.KILLING})
# a number before a group ("150 people", "dozens of workers", "31 trade unionists")
COUNTED = re.compile(
    r"\b(?:(?!(?:19|20)\d\d\b)\d+(?:[,.]\d+)*|dozens|hundreds|scores|thousands|docenas|centenares|cientos|miles|dizaines|centaines|"
    r"milliers)\s+(?:of\s+|de\s+)?(?:(?!of\b|de\b)[\w'’-]+\s+){0,2}$"
)
NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
}  # fmt: skip
# a small number before a group, the persons a later sentence names one by one
FEW = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|deux|trois|quatre|cinq|[2-9])\s+"
    r"(?:(?!of\b|de\b)[\w'’-]+\s+){0,2}$"
)


def participants(event: Event) -> set[str]:
    """Who acts in or undergoes the act; a court deciding it is its forum, which tells acts apart
    on its own (`_same_forum`), and names no participant a retelling must share."""
    return {*event.actors, *event.targets}.difference(event.forum)


@dataclass(frozen=True)
class Known:
    """What the document names: its persons, every named participant (a group such as "workers"
    names no one in particular), and which events a noun tells (allegations)."""

    persons: set[str]
    named: frozenset[str]
    nominal: set[tuple[int, EventType, str | None]] = field(default_factory=set)
    # where "Allegations:" lines start: a complaint's summary of many acts, kept beside a dated one
    headed: frozenset[int] = frozenset()
    # where acts told as a lasting state start ("is being held in", "remains in detention")
    lasting: frozenset[int] = frozenset()


def counted_apart(event: Event, other: Event, known: Known) -> bool:
    """ "at least 150 people had been arrested" beside the arrest of one leader: a group told with
    its number is an act of its own when the other telling names someone it does not (a telling
    naming only another group, "the arrested workers", may point back to it)."""
    if not (participants(other) & known.named) - participants(event):
        return False
    groups = participants(event) - known.named - participants(other)
    quote = event.quote.lower()
    for group in groups:
        at = quote.find(group.lower())
        if at > 0 and COUNTED.search(quote, max(0, at - 40), at):
            return True
    return False


def same_forum(event: Event, other: Event) -> bool:
    """An act before one court is not retold by an act before another (an appeal, then cassation);
    an act told once with its court and once without may be one."""
    return not event.forum or not other.forum or bool(set(event.forum) & set(other.forum))


def counted(event: Event, known: Known) -> int | None:
    """How many the group an act befalls is said to be ("two leading members", "tres dirigentes")."""
    quote = event.quote.lower()
    for group in set(event.targets) - known.named:
        at = quote.find(group.lower())
        found = FEW.search(quote, max(0, at - 30), at) if at > 0 else None
        if found:
            word = found.group(1)
            return int(word) if word.isdigit() else NUMBERS.get(word)
    return None


def counted_in(quote: str, group: str) -> bool:
    """A number is written before the group ("50 more workers"): a group of its own."""
    at = quote.lower().find(group.lower())
    return at > 0 and bool(COUNTED.search(quote, max(0, at - 40), at))


def same_count(event: Event, earlier: Event, known: Known) -> bool:
    """ "police arrested three trade unionists at a strike ... arrested three trade unionists: X, Y
    and a local rep": the same counted group in two dateless tellings is one act."""
    quote, told = event.quote.lower(), earlier.quote.lower()
    for group in participants(earlier) - known.named:
        at = told.find(group.lower())
        found = FEW.search(told, max(0, at - 30), at) if at > 0 else None
        if found and f"{found.group(0)}{group.lower()}" in quote:
            return True
    return False


def counts_named(event: Event, other: Event, known: Known) -> bool:
    """ "those detained include X, Y and Z ... the allegation that three named leaders were detained":
    a telling naming no one but a counted group, as many as the persons the other telling names."""
    persons = participants(other) & known.persons
    return bool(persons) and not participants(event) & known.named and counted(event, known) == len(persons)
