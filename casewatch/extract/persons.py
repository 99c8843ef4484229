"""Person names by rule: honorifics, initials, titles, appositions, name lists, letter-block name lines."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from casewatch import vocab
from casewatch.extract.literals import trie
from casewatch.extract.names import (
    INITIAL,
    NAME_WORD,
    SP,
    Found,
    academic_degrees,
    degrees,
    honorific_pattern,
    honorific_regex,
    not_name_words,
    role_words,
    strip_possessive,
    titles_before,
)
from casewatch.model import Part

PERSON = "person"
# "María del Carmen", "Ludwig van Beethoven", "Ali bin Hassan": lower-case particles inside a name
_JOIN = (
    rf"(?:{SP}+(?:de|del|de{SP}+la|da|das|do|dos|di|van|von|van{SP}+der|der|den|ter|bin|ibn|al|du|y))?{SP}+"
)
_SEQ = rf"(?:{INITIAL}{SP}?){{0,3}}{NAME_WORD}(?:{_JOIN}(?:{INITIAL}{SP}?){{0,2}}{NAME_WORD}){{0,3}}"
_ITEM = rf"{NAME_WORD}(?:{_JOIN}{NAME_WORD}){{1,2}}"
_BLOCK_PARTS = {"addressee", "cc", "signature", "sender"}


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    titles = trie(titles_before())  # as the longest-first alternation, without one try per title
    return {
        "honorific": re.compile(rf"(?<![\w.])(?:{honorific_pattern()})[ \t\u00a0]+({_SEQ})"),
        "initials": re.compile(rf"(?<![\w.])((?:{INITIAL}[ \t\u00a0]?){{1,3}}{NAME_WORD}(?:-{NAME_WORD})?)"),
        "titled": re.compile(rf"(?<![\w-])({titles})[ \t\u00a0]+({_SEQ})"),
        "apposition": re.compile(
            rf"(?<![\w.])(?:{honorific_pattern()}{SP}+)?({_ITEM})(?:,|{SP}+[–—-])(?:{SP}+|{SP}*\n{SP}*)(?=([^\n]{{1,120}}))"
        ),
        "title_comma": re.compile(
            rf"(?<![\w-])({titles})(?:{SP}+(?:of|for){SP}+(?:the{SP}+)?[A-Z][\w’'-]*(?:{SP}+[A-Z][\w’'-]*){{0,4}})?"
            rf",{SP}+({_ITEM})(?=[,.;:)]|{SP}+(?:and|who|was|were|has|had|is|said)\b)"
        ),
        "list": re.compile(
            rf"(?<![\w.])({_ITEM})((?:(?:,[ \t\u00a0]+|,?[ \t\u00a0]+and[ \t\u00a0]+){_ITEM})+)"
        ),
        "item": re.compile(_ITEM),
        "line": re.compile(
            rf"^[ \t#*_>]*(?:({honorific_pattern()}){SP}+)?({_SEQ}){SP}*(?:[A-Z]{{2,3}}\b)?[ \t*]*"
            r"(?:,[ \t\u00a0]*(.*?))?[ \t*]*$"
        ),
    }


def _clean_tokens(name: str) -> list[str]:
    """The name's tokens with non-name words trimmed from both ends; [] when a non-name word is inside."""
    tokens = [strip_possessive(t) for t in name.split()]
    stop = not_name_words()
    while tokens and tokens[-1].casefold() in stop:
        tokens.pop()
    if any(t.casefold() in stop for t in tokens):
        return []
    return tokens


def _found(text: str, start: int, name: str, role: str | None = None) -> Found | None:
    tokens = _clean_tokens(name)
    if not tokens or not any(len(t.rstrip(".")) > 1 for t in tokens):
        return None
    offset = text.index(tokens[0], start)
    end = text.index(tokens[-1], offset) + len(tokens[-1])
    return Found(PERSON, offset, end, text[offset:end], role=role)


def _with_honorific(text: str) -> Iterator[Found]:
    for m in _patterns()["honorific"].finditer(text):
        found = _found(text, m.start(1), m.group(1))
        if found:
            yield Found(PERSON, m.start(), found.end, text[m.start() : found.end])


def _with_initials(text: str) -> Iterator[Found]:
    for m in _patterns()["initials"].finditer(text):
        found = _found(text, m.start(1), m.group(1))
        if found and found.text[:2] == m.group(1)[:2]:
            yield found


def _with_title(text: str) -> Iterator[Found]:
    for m in _patterns()["titled"].finditer(text):
        tokens = m.group(2).split()
        if tokens[0].casefold() in not_name_words():
            continue
        found = _found(text, m.start(2), m.group(2), role=m.group(1))
        if found:
            yield found


_ROLE_OPENERS = {
    "the",
    "a",
    "an",
    "former",
    "acting",
    "then",
    "its",
    "their",
    "his",
    "her",
    "now",
    "currently",
}


def _after_title_and_comma(text: str) -> Iterator[Found]:
    """'its President, Jane Doe,' and 'the Director-General of the ILO, John Doe, wrote'."""
    for m in _patterns()["title_comma"].finditer(text):
        if len(_clean_tokens(m.group(2))) == len(m.group(2).split()):
            found = _found(text, m.start(2), m.group(2), role=text[m.start(1) : m.start(2)].rstrip(", "))
            if found:
                yield found


def _is_role(words: str) -> bool:
    """Words describing a person's position: 'former leader of ...', 'General Secretary', 'MA, barrister'."""
    roles = role_words()
    tokens = [t.strip(",.;:()").casefold() for t in re.split(r"[\s/]+|-(?=[A-Z])", words) if t]
    opens = bool(tokens) and (words[:1].isupper() or tokens[0] in roles | _ROLE_OPENERS | degrees())
    return opens and any(t in roles or t in degrees() for t in tokens[:6])


def _in_apposition(text: str) -> Iterator[Found]:
    for m in _patterns()["apposition"].finditer(text):
        if not _is_role(m.group(2)) or len(_clean_tokens(m.group(1))) < 2:
            continue
        if len(_clean_tokens(m.group(1))) != len(m.group(1).split()):
            continue
        found = _found(text, m.start(1), m.group(1), role=_role_phrase(m.group(2)))
        if found:
            yield found


def _role_phrase(words: str) -> str | None:
    """The first comma-separated piece of an apposition that is no degree ('MA, barrister' -> 'barrister')."""
    for piece in re.split(r"[,;(“\"«]|\.\s", words):
        piece = piece.strip().rstrip(".")
        if (
            piece
            and piece.casefold() not in academic_degrees()
            and f"{piece.casefold()}." not in academic_degrees()
        ):
            return piece
    return None


def _in_lists(text: str) -> Iterator[Found]:
    """'A B, C D and E F': two or more clean two-to-three-word names coordinated."""
    for m in _patterns()["list"].finditer(text):
        if " and " not in m.group(0) and "\tand" not in m.group(0):
            continue
        items = [(m.start(1), m.group(1))] + [
            (m.start(2) + i.start(), i.group(0)) for i in _patterns()["item"].finditer(m.group(2))
        ]
        if all(len(_clean_tokens(name)) == len(name.split()) for _, name in items):
            yield from (f for start, name in items if (f := _found(text, start, name)))


def _lines(text: str) -> list[tuple[int, str]]:
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


def _block_cue(previous: str, following: str) -> bool:
    headings = {h.casefold() for h in vocab.load("name_stopwords")["role_headings"]}
    if previous.rstrip(":").casefold() in headings or re.match(r"(?i)(attn|to|cc|copy)\b.*:$", previous):
        return True
    return bool(following) and _is_role(" ".join(following.split()[:3]))


def _name_lines(text: str, parts: Sequence[Part]) -> Iterator[tuple[Found, int]]:
    """A short line that is only a name, in a letter block or beside a title line: (name, line index)."""
    lines = _lines(text)
    in_block = [p for p in parts if p.kind in _BLOCK_PARTS]
    for index, (pos, line) in enumerate(lines):
        if len(line) > 90:  # before the pattern, which is slow on a long line
            continue
        m = _patterns()["line"].match(line)
        if not m:
            continue
        tokens = m.group(2).split()
        if not 2 <= len(tokens) <= 4 or len(_clean_tokens(m.group(2))) != len(tokens):
            continue
        tail = m.group(3) or ""
        cue = bool(m.group(1)) or (tail and _is_role(tail)) or any(p.start <= pos < p.end for p in in_block)
        if cue or _block_cue(_neighbour(lines, index, -1), _neighbour(lines, index, 1)):
            found = _found(text, pos + m.start(2), m.group(2), role=_role_phrase(tail))
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


@cache
def _place_heads() -> frozenset[str]:
    return frozenset(vocab.load("name_stopwords")["place_heads"])


def _names_a_place(found: Found) -> bool:
    """'Malacañang Palace', 'Tahrir Square': without an honorific, a building or place head ends it."""
    return found.text.rsplit(None, 1)[-1] in _place_heads()


def find_persons(text: str, parts: Sequence[Part] = ()) -> list[Found]:
    """Every person-name candidate (board flags are set by the caller from `board_span`)."""
    unmarked = [
        *_with_initials(text),
        *_with_title(text),
        *_in_apposition(text),
        *_after_title_and_comma(text),
        *_in_lists(text),
        *(f for f, _ in _name_lines(text, parts)),
    ]
    return [*_with_honorific(text), *(f for f in unmarked if not _names_a_place(f))]


def board_span(text: str, parts: Sequence[Part] = (), letterhead_end: int = 0) -> tuple[int, int] | None:
    """The letterhead's board list: a run of four or more name lines (each with its affiliation lines)."""
    lines = list(_name_lines(text, parts))
    run = _board_run([index for f, index in lines if f.start < letterhead_end])
    if not run:
        return None
    starts = _lines(text)
    last = min(max(run) + 2, len(starts) - 1)
    return starts[min(run)][0], starts[last][0] + len(starts[last][1])


def echoes(text: str, persons: Sequence[Found]) -> list[Found]:
    """Later bare-surname or given-name-plus-surname mentions of persons already found."""
    surnames = _surnames(persons)
    if not surnames:
        return []
    given = sorted({g for names in surnames.values() for g in names}, key=len, reverse=True)
    lead = r"(?:(?:" + "|".join(re.escape(g) for g in given) + r")[ \t\u00a0]+)?" if given else ""
    family = "|".join(re.escape(s) for s in sorted(surnames, key=len, reverse=True))
    # a match starts with a given name or a surname: one test of its first letter rules most positions out
    firsts = "".join(sorted({re.escape(w[0]) for w in (*given, *surnames)}))
    pattern = re.compile(rf"(?=[{firsts}])(?<![\w.-]){lead}(?:{family})(?![\w-])")
    return [Found(PERSON, m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]


def _surnames(persons: Sequence[Found]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for person in persons:
        tokens = honorific_regex("^", r"[ \t\u00a0]+").sub("", person.text, count=1).split()
        if tokens and len(tokens[-1]) >= 3 and "." not in tokens[-1]:
            out.setdefault(tokens[-1], set()).update(t for t in tokens[:-1] if "." not in t)
    return out
