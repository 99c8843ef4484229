"""Headlines and section headings: a page's title ("Union leader arrested") or a short heading
line announces an act its body then tells in full, so the heading's telling is not an act of
its own when the body tells one of its type."""

from __future__ import annotations

import re
from collections.abc import Sequence

from casewatch.extract.sentences import Sentence
from casewatch.model import Event

MAX_WORDS = 14
MAX_TITLE_WORDS = (
    25  # a page's title, its first line, may run longer ("X sinks to a new low: unions condemn ...")
)
_ENDS_SENTENCE = re.compile(r"[.!?;:,\"”»)]$")
_YEAR_TAG = re.compile(r"\((?:1[89]|20)\d\d\)$")  # "Strikers attacked by police (2010)": a survey's title
_BLANK_AFTER = re.compile(r"[ \t]*\n[ \t]*(?:\n|$)")
# a release's dateline on the next line ("Arden City, 9 April 2021 (Union News): ...") opens the story
_DATELINE_AFTER = re.compile(
    r"[ \t]*\n[ \t]*[A-ZÀ-Ý][\w.'’-]+(?:[ -][A-ZÀ-Ý][\w.'’-]+){0,2}, "
    r"(?:\d{1,2}(?:er)? [A-Za-zéû]+ \d{4}|[A-Z][a-z]+\.? \d{1,2}, \d{4})\b"
)


def heading_lines(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """The sentence's lines that stand as headings: short, unpunctuated, and either the page's
    first line or followed by a blank line (a wrapped paragraph's lines are followed by more text)."""
    out: list[tuple[int, int]] = []
    first = len(text) - len(text.lstrip())
    pos = sentence.start
    while pos < sentence.end:
        end = text.find("\n", pos, sentence.end)
        end = sentence.end if end < 0 else end
        line = text[pos:end].strip()
        words = len(line.split())
        if (
            line
            and (not _ENDS_SENTENCE.search(line) or _YEAR_TAG.search(line))
            and (
                (pos <= first and words <= MAX_TITLE_WORDS)
                or (words <= MAX_WORDS and _story_after(text, end))
            )
        ):
            out.append((pos, end))
        pos = end + 1
    return out


def _story_after(text: str, end: int) -> bool:
    """A blank line or a release's dateline follows the line: the story starts below it."""
    return bool(_BLANK_AFTER.match(text, end) or _DATELINE_AFTER.match(text, end))


def told_in_heading(event: Event, text: str, lines: Sequence[tuple[int, int]]) -> bool:
    """Whether the event's trigger word is written in a heading line of its sentence and nowhere
    else in it."""
    word = (event.trigger or "").lower()
    if not word or not lines:
        return False
    inside = sum(text[a:b].lower().count(word) for a, b in lines)
    return inside > 0 and inside == text[event.start : event.end].lower().count(word)


def drop_heading_tellings(events: Sequence[Event], in_heading: set[int]) -> list[Event]:
    """Events (by index) told only in a heading are dropped when the body tells an act of their type."""
    body_types = {e.type for i, e in enumerate(events) if i not in in_heading}
    return [e for i, e in enumerate(events) if i not in in_heading or e.type not in body_types]
