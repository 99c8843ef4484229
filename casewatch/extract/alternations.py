"""Vocabulary alternations regrouped by first letter: the same matches, fewer branches tried per position."""

from __future__ import annotations

import re

from casewatch.extract.literals import by_first_letter

# a vocabulary alternation between word edges: "\b(?:a|b|...)\b", "(?<![\w-])(?:a|b|...)(?![\w-])"
_EDGED = re.compile(
    r"(?P<lead>\\b|\(\?<!\[[^\]]*\]\))\(\?:(?P<body>.*)\)(?P<tail>\\b|\(\?!\[[^\]]*\]\))", re.S
)


def regrouped(pattern: str, ignorecase: bool) -> str:
    """A vocabulary alternation between word edges with its branches grouped by first letter
    (`by_first_letter`), so that `re` rules most positions out in one test instead of trying every
    branch there (under IGNORECASE it cannot skip a branch by its first letter). Only when every
    branch opens with a letter it must match, apart from branches after all of those (they stay
    last, in order): then the branches that can match at a position are tried in the same order,
    and the pattern matches as before. Any other pattern comes back as it is."""
    m = _EDGED.fullmatch(pattern)
    branches = top_branches(m.group("body")) if m and ignorecase else None
    if m is None or branches is None:  # case-sensitive branches gain little: re skips them by first letter
        return pattern
    definite = [b[:1].isalnum() and b[1:2] not in {"?", "*", "+", "{"} for b in branches]
    plain = definite.index(False) if False in definite else len(branches)
    if len(branches) < 8 or not all(definite[:plain]) or any(definite[plain:]):
        return pattern
    grouped = by_first_letter([(b[0], b) for b in branches[:plain]], ignorecase)
    rest = "".join(f"|{b}" for b in branches[plain:])
    return f"{m.group('lead')}(?:{grouped}{rest}){m.group('tail')}"


def top_branches(body: str) -> list[str] | None:
    """The branches of an alternation split at its top-level bars, or None when a group closes in it."""
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(body):
        char = body[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 2 if body[i + 1 : i + 3] == "^]" else 1 if body[i + 1 : i + 2] in {"]", "^"} else 0
        elif char in "()":
            depth += 1 if char == "(" else -1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            branches.append(body[start:i])
            start = i + 1
        i += 1
    return [*branches, body[start:]]
