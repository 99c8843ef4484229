"""How one document points at another: UN reference codes in any of their written forms, a letter
named by its date ("your communication of 23 January 2017"), and the rows of an index of
communications that date a government's reply.

Pure text functions; the vocabularies (`vocab/replies.json`, `vocab/countries.json`) are compiled
on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from casewatch import vocab
from casewatch.extract.dates import find_dates
from casewatch.model import PartialDate

# A code is [type] country number/year: "AL MNG 3/2023", "JUA TUR 5/2019", older "MNG 3/2023".
# The type makes a lower-case or oddly spaced code safe; without it the country must be upper-case.
_TYPED = re.compile(
    r"(?<![\w/])(?P<kind>J?(?:AL|UA|OL|OTH))[\s._-]{0,3}(?P<country>[A-Z]{3})[\s._-]{0,3}"
    r"(?P<number>\d{1,4})\s?/\s?(?P<year>(?:19|20)\d\d|\d\d)(?![\w/])",
    re.IGNORECASE,
)
_UNTYPED = re.compile(
    r"(?<![\w/])(?P<country>[A-Z]{3})[\s._-]{1,3}(?P<number>\d{1,4})\s?/\s?(?P<year>(?:19|20)\d\d)(?![\w/])"
)
# Characters a code spans before its slash ("JUA  TUR  123 ") and after it (" 2019" and the next one).
_BEFORE_SLASH, _AFTER_SLASH = 24, 10
_DATE_REACH = 60  # characters after "letter of" within which the letter's date must start
_ROW_REACH = 80  # characters after a reply word within which an index row gives the reply's date


@dataclass(frozen=True)
class RefKey:
    """A UN communication's code reduced to what identifies it: the numbering is per country and
    year across all types, so the type (when written) only has to agree."""

    country: str
    number: int
    year: int
    kind: str | None = None  # AL, UA, OL, OTH (a joint one's J dropped)

    def same(self, other: RefKey) -> bool:
        agree = self.kind is None or other.kind is None or self.kind == other.kind
        return agree and (self.country, self.number, self.year) == (other.country, other.number, other.year)

    @property
    def bare(self) -> tuple[str, int, int]:
        return (self.country, self.number, self.year)

    def __str__(self) -> str:
        head = f"{self.kind} " if self.kind else ""
        return f"{head}{self.country} {self.number}/{self.year}"


@dataclass(frozen=True)
class Cited:
    """A reference found in a text, with where it stands."""

    key: RefKey
    start: int
    end: int


@cache
def _countries() -> frozenset[str]:
    return frozenset(vocab.load("countries"))


def _year(raw: str) -> int:
    return int(raw) if len(raw) == 4 else 2000 + int(raw)


def _key(m: re.Match[str]) -> RefKey | None:
    country = m.group("country").upper()
    if country not in _countries():
        return None
    kind = m.groupdict().get("kind")
    return RefKey(
        country, int(m.group("number")), _year(m.group("year")), kind.upper().lstrip("J") if kind else None
    )


def _found_at(text: str, pattern: re.Pattern[str], slash: int) -> re.Match[str] | None:
    """The code around the slash at `slash`: only its neighbourhood is matched, so a long text
    costs a look per slash, not a pattern run over every character."""
    lo, hi = max(0, slash - _BEFORE_SLASH), slash + _AFTER_SLASH  # lookarounds still see past both
    return next((m for m in pattern.finditer(text, lo, hi) if m.start() <= slash < m.end()), None)


def references_in(text: str) -> list[Cited]:
    """Every UN reference code the text writes, in order (a typed code wins over its bare part)."""
    found: list[Cited] = []
    slash = text.find("/")
    while slash != -1:
        m = _found_at(text, _TYPED, slash) or _found_at(text, _UNTYPED, slash)
        if m is not None and (key := _key(m)) is not None:
            found.append(Cited(key, m.start(), m.end()))
        slash = text.find("/", slash + 1)
    return found


def reference_key(reference: str | None) -> RefKey | None:
    """The key of a document's own reference ("Ref.: al mng 3/2023" → AL MNG 3/2023), if it is a UN code."""
    found = references_in(reference or "")
    return found[0].key if found else None


def _alternation(kind: str) -> str:
    return "|".join(f"(?:{p})" for p in vocab.load("replies")[kind])


@cache
def _letter_date() -> re.Pattern[str]:
    nouns, links = _alternation("letter_nouns"), _alternation("letter_date_links")
    return re.compile(rf"(?<!\w)(?:{nouns})[\s,]+(?:{links})\s+", re.IGNORECASE)


@cache
def _reply_word() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation('reply_words')})(?!\w)", re.IGNORECASE)


@cache
def _no_reply() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation('no_reply')})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class LetterDate:
    """A letter named by its date: "your communication dated 23 January 2017"."""

    date: PartialDate
    start: int
    end: int


def letter_dates_in(text: str) -> list[LetterDate]:
    """The letters a text names by their (full) date."""
    found = []
    for start in _letter_nouns(text):
        m = _letter_date().match(text, start)
        if m is None:
            continue
        dates = find_dates(text[m.end() : m.end() + _DATE_REACH])
        first = dates[0] if dates else None
        if first is not None and first.start <= 2 and first.date.day is not None:
            found.append(LetterDate(first.date, m.start(), m.end() + first.end))
    return found


def _letter_nouns(text: str) -> list[int]:
    """Where a letter noun may start: each place one of the nouns' stems occurs (found by plain
    substring search, far faster than running the pattern at every character)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: positions would shift
        return sorted(m.start() for m in _letter_date().finditer(text))
    starts = set()
    for stem in vocab.load("replies")["letter_stems"]:
        at = lowered.find(stem)
        while at != -1:
            starts.add(at)
            at = lowered.find(stem, at + 1)
    return sorted(starts)


@dataclass(frozen=True)
class IndexRow:
    """A row of an index of communications that dates the government's reply to one code."""

    key: RefKey
    replied: PartialDate
    start: int
    end: int


def _rows(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for line in text.splitlines(keepends=True):
        yield start, line
        start += len(line)


def index_rows(text: str) -> list[IndexRow]:
    """Rows (lines) that name exactly one code and date its reply: after a reply word ("Reply:
    17/03/2017", "replied on 3 May 2017"), or in the column a table's header calls "Reply".
    A row that says no reply came ("no reply", "pending") dates nothing."""
    cited = references_in(text)
    if not cited:  # most letters: nothing to read line by line
        return []
    found = []
    column: int | None = None
    for start, line in _rows(text):
        cells = _cells(line)
        end = start + len(line)
        here = [c for c in cited if start <= c.start < end]
        if not cells:
            column = None  # outside a table
        elif not here and any(_reply_word().search(cell) for cell in cells):  # a table's header
            column = next(n for n, cell in enumerate(cells) if _reply_word().search(cell))
        if len({c.key.bare for c in here}) != 1 or _no_reply().search(line):
            continue
        replied = _after_reply_word(line) or _in_column(cells, column)
        if replied is not None:
            found.append(IndexRow(here[0].key, replied, start, start + len(line.rstrip())))
    return found


def _cells(line: str) -> list[str]:
    bare = line.strip().strip("|")
    return [cell.strip() for cell in re.split(r"\||\t", bare)] if ("|" in bare or "\t" in bare) else []


def _after_reply_word(line: str) -> PartialDate | None:
    for word in _reply_word().finditer(line):
        dates = find_dates(line[word.end() : word.end() + _ROW_REACH])
        if dates and dates[0].date.day is not None:
            return dates[0].date
    return None


def _in_column(cells: list[str], column: int | None) -> PartialDate | None:
    if column is None or column >= len(cells):
        return None
    dates = find_dates(cells[column])
    return dates[0].date if dates and dates[0].date.day is not None else None
