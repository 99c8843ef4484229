"""Persons on lines of their own: letter blocks (addressee, signature), name-and-title lines, boards."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

from casewatch import vocab
from casewatch.extract.names.common import SP, Found, honorific_pattern
from casewatch.extract.names.person_base import SEQ, clean_tokens, found_at, is_role, role_phrase
from casewatch.model import Part

_BLOCK_PARTS = {"addressee", "cc", "signature", "sender"}


@cache
def _line_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"^[ \t#*_>]*(?:({honorific_pattern()}){SP}+)?({SEQ}){SP}*(?:[A-Z]{{2,3}}\b)?[ \t*]*"
        r"(?:,[ \t\u00a0]*(.*?))?[ \t*]*$"
    )


def text_lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _neighbour(lines: Sequence[tuple[int, str]], index: int, step: int) -> str:
    """The nearest non-empty line before (step -1) or after (step 1), at most one blank line away."""
    for i in (index + step, index + 2 * step):
        if 0 <= i < len(lines) and lines[i][1].strip(" \t#*_"):
            return lines[i][1].strip(" \t#*_")
    return ""


_ADDRESS_HEADING = re.compile(r"(?i)(attn|to|cc|copy)\b.*:$")  # "Attn:", "Copy to:"


@cache
def _role_headings() -> frozenset[str]:
    return frozenset(h.casefold() for h in vocab.load("name_stopwords")["role_headings"])


def _block_cue(previous: str, following: str) -> bool:
    if previous.rstrip(":").casefold() in _role_headings() or _ADDRESS_HEADING.match(previous):
        return True
    return bool(following) and is_role(" ".join(following.split()[:3]))


def name_lines(text: str, parts: Sequence[Part]) -> Iterator[tuple[Found, int]]:
    """A short line that is only a name, in a letter block or beside a title line: (name, line index)."""
    return iter(_name_lines(text, tuple(parts)))


@lru_cache(maxsize=2)  # the persons and the board of a document read its name lines in turn
def _name_lines(text: str, parts: tuple[Part, ...]) -> tuple[tuple[Found, int], ...]:
    return tuple(_lines_of_names(text, parts))


def _lines_of_names(text: str, parts: Sequence[Part]) -> Iterator[tuple[Found, int]]:
    lines = text_lines(text)
    in_block = [p for p in parts if p.kind in _BLOCK_PARTS]
    for index, (pos, line) in enumerate(lines):
        if len(line) > 90:  # before the pattern, which is slow on a long line
            continue
        m = _line_pattern().match(line)
        if not m:
            continue
        tokens = m.group(2).split()
        if not 2 <= len(tokens) <= 4 or len(clean_tokens(m.group(2))) != len(tokens):
            continue
        tail = m.group(3) or ""
        cue = bool(m.group(1)) or (tail and is_role(tail)) or any(p.start <= pos < p.end for p in in_block)
        if cue or _block_cue(_neighbour(lines, index, -1), _neighbour(lines, index, 1)):
            found = found_at(text, pos + m.start(2), m.group(2), role=role_phrase(tail))
            if found:
                yield found, index


def _board_run(indexes: list[int]) -> set[int]:
    """The longest run of name lines at most six lines apart, when it has four names or more."""
    runs: list[list[int]] = []
    for index in sorted(indexes):
        if runs and index - runs[-1][-1] <= 6:
            runs[-1].append(index)
        else:
            runs.append([index])
    best = max(runs, key=len, default=[])
    return set(best) if len(best) >= 4 else set()


def board_span(text: str, parts: Sequence[Part] = (), letterhead_end: int = 0) -> tuple[int, int] | None:
    """The letterhead's board list: a run of four or more name lines (each with its affiliation lines)."""
    lines = list(name_lines(text, parts))
    run = _board_run([index for f, index in lines if f.start < letterhead_end])
    if not run:
        return None
    starts = text_lines(text)
    last = min(max(run) + 2, len(starts) - 1)
    return starts[min(run)][0], starts[last][0] + len(starts[last][1])
