"""The mentions step: persons, organisations and places found by rule, grouped into local entities."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from casewatch.extract.names.common import Found, may_hold
from casewatch.extract.names.entities import group
from casewatch.extract.names.orgs import acronym_mentions, find_orgs
from casewatch.extract.names.person_echoes import echoes
from casewatch.extract.names.person_lines import board_span
from casewatch.extract.names.persons import find_persons
from casewatch.extract.names.places import find_places
from casewatch.extract.pipeline import step
from casewatch.extract.wrapped_lines import unwrapped
from casewatch.model import Entity, Extraction, Mention, Part, Text

# The first line that shows the letter itself has begun: what is above it is letterhead.
_OPENING_LINE = (
    r"[ \t#*]*(?:Dear\b|Excellency|Your Excellency|Attn\b|Attention\b|To:|By e-?mail|Sent by|Subject:|Re:|"
    r"REFERENCE|Ref\.?:|Our ref|Concerning\b)"
)
# a line's start is the text's or a line break's end: a pattern opening with the line break is scanned for
# it at C speed, where `^` in MULTILINE mode is tried at every position
_LETTER_OPENS_TEXT = re.compile(_OPENING_LINE, re.IGNORECASE)
_LETTER_OPENS_LINE = re.compile("\n" + _OPENING_LINE, re.IGNORECASE)
_PRIORITY = {"person": 1, "organization": 2, "place": 3}


def letterhead_end(text: str, parts: Sequence[Part]) -> int:
    """Where the letterhead ends: from the layout parts when present, else the letter's first opening line."""
    heads = [p.end for p in parts if p.kind == "letterhead"]
    if heads:
        return max(heads)
    if _LETTER_OPENS_TEXT.match(text):
        return 0
    m = _LETTER_OPENS_LINE.search(text)
    return m.start() + 1 if m else 0


def _rank(f: Found) -> tuple[bool, int, bool, int, int]:
    return (f.canonical is None, f.start - f.end, not f.acronyms, _PRIORITY[f.label], f.start)


def resolve_overlaps(found: Iterable[Found]) -> list[Found]:
    """Keep vocabulary names, then the longest of overlapping candidates (of one span, the one that
    defines an acronym, with the acronyms the others of that span define), in text order."""
    ranked = sorted(found, key=_rank)
    defined: dict[tuple[int, int], tuple[str, ...]] = {}
    for f in ranked:
        if f.acronyms and f.label == "organization":
            span = (f.start, f.end)
            defined[span] = tuple(dict.fromkeys((*defined.get(span, ()), *f.acronyms)))
    taken: list[Found] = []
    # the taken spans never overlap, so sorted by start their ends are sorted too: one bisection
    starts: list[int] = []
    ends: list[int] = []
    for f in ranked:
        i = bisect_left(starts, f.end)
        if f.end > f.start and not (i and ends[i - 1] > f.start):
            more = defined.get((f.start, f.end), ())
            taken.append(replace(f, acronyms=more) if len(more) > len(f.acronyms) else f)
            starts.insert(i, f.start)
            ends.insert(i, f.end)
    return sorted(taken, key=lambda f: f.start)


def find_names(text: str, parts: Sequence[Part] = ()) -> list[Found]:
    """All person, organisation and place names of a document, without overlaps.

    A text with decomposed accents ('Pu' + U+0301 + 'blico', as some PDF converters write it) is read in its
    composed form, so that no name is cut at an accent; the names keep their places in the text as given.
    Lines wrapped mid-sentence are read as one, so that no name is cut at a line break."""
    text = unwrapped(text)
    if not may_hold(text, _COMBINING_LEADS) or _COMBINING.search(text) is None:
        return _find_names(text, parts)
    composed, starts = compose(text)
    return [
        replace(f, start=starts[f.start], end=starts[f.end] if f.end < len(composed) else len(text))
        for f in _find_names(composed, parts)
    ]


_COMBINING = re.compile("[\u0300-\u036f]")
_COMBINING_LEADS = (b"\xcc", b"\xcd")  # the first bytes of U+0300 to U+037F in UTF-8
_CLUSTER = re.compile("[^\u0300-\u036f][\u0300-\u036f]*|[\u0300-\u036f]+", re.DOTALL)


def compose(text: str) -> tuple[str, list[int]]:
    """The text with accents composed (NFC), and for each of its characters where it starts in `text`."""
    pieces: list[str] = []
    starts: list[int] = []
    for m in _CLUSTER.finditer(text):
        cluster = unicodedata.normalize("NFC", m.group(0)) if len(m.group(0)) > 1 else m.group(0)
        pieces.append(cluster)
        starts.extend([m.start()] * len(cluster))
    return "".join(pieces), starts


def _find_names(text: str, parts: Sequence[Part] = ()) -> list[Found]:
    orgs = find_orgs(text)
    persons = find_persons(text, parts)
    first = carry_roles(resolve_overlaps([*persons, *orgs, *find_places(text)]), persons)
    kept_persons = [f for f in first if f.label == "person"]
    more = [*echoes(text, kept_persons), *acronym_mentions(text, orgs)]
    names = [f for f in resolve_overlaps([*first, *more]) if not cut_by_text_end(text, f)]
    board = board_span(text, parts, letterhead_end(text, parts))
    return [mark_board(f, board) for f in names] if board else names


_WORDS = re.compile(r"\w+")


def cut_by_text_end(text: str, found: Found) -> bool:
    """A name whose last word the document's end cuts ('... del Ministerio Pú'): excerpts are often cut at a
    length, mid-word; the name is dropped when its last word begins a longer word of the text."""
    end = len(text.rstrip())
    if found.end != end or not text[end - 1 : end].isalnum():
        return False
    last = found.text.split()[-1]
    return any(w != last and w.startswith(last) for w in _WORDS.findall(text, 0, found.start))


def carry_roles(kept: list[Found], persons: Sequence[Found]) -> list[Found]:
    """A role seen by one rule ('X, President of Y') stays when another rule's longer span ('Mr X') won."""
    roles = {p.end: p.role for p in persons if p.role}
    return [
        replace(f, role=roles[f.end]) if f.label == "person" and not f.role and f.end in roles else f
        for f in kept
    ]


def mark_board(found: Found, board: tuple[int, int]) -> Found:
    """Names inside the letterhead board list (members and their affiliations) are not actors of the case."""
    inside = board[0] <= found.start < board[1] and found.label != "place"
    return replace(found, board=True) if inside else found


def extract_mentions(text: str, parts: Sequence[Part] = ()) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
    """Mentions and document-local entities of one text."""
    return group(find_names(text, parts), text)


@step("mentions", adds=["mentions", "entities"])
def run(text: Text, ext: Extraction) -> Mapping[str, Any]:
    mentions, entities = extract_mentions(text.text, ext.parts)
    return {"mentions": mentions, "entities": entities}


STEP = run
