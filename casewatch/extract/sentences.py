"""A fast rule-based sentence splitter that keeps character offsets into the document text.

Splits at sentence punctuation followed by a capital, at paragraph breaks and at list bullets,
but not after abbreviations ("Mr.", "No.", "art.") and not at a page-break paragraph gap that
falls in the middle of a sentence (the next line starts in lower case).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

_ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "no", "nos", "art", "arts", "para", "paras", "p", "pp", "vol",
        "st", "e.g", "i.e", "etc", "cf", "sect", "s", "ss", "op", "al", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "gen", "rev", "hon",
        "mm", "mme", "mmes", "messrs", "drs", "mlle", "sr", "sra", "sres", "sras", "srta", "dra", "núm",
        "párr", "paragr",
    }
)  # fmt: skip
# shortened words of organisations' names ("the Dockers' Assn. Branch", "Nat. Fed. of Porters",
# "Sind. Nac. de Estibadores", "Cie. des Docks"): written with a capital, they end no sentence
_NAME_ABBREVIATIONS = frozenset(
    {
        "assn", "assoc", "asoc", "asso", "dept", "depts", "dpto", "depto", "nat", "natl", "nac", "fed", "féd",
        "fedn", "confed", "intl", "int'l", "univ", "bros", "cía", "cia", "cie", "sind", "synd", "gral",
        "mfg", "mfrs", "ind", "inds", "soc", "coop", "ste", "sté", "ets", "sdad", "ltda", "s.a", "s.a.s",
        "s.r.l", "s.l", "n.v", "b.v", "c.a", "s.a.c", "s.c",
    }
)  # fmt: skip
_BOUNDARY = re.compile(
    # every boundary starts so: one test rules most positions out. A paragraph gap after spaces is cut
    # at its first line break rather than at the spaces: the sentence before it is stripped of them all
    # the same, and the gap ends where it did (each space would otherwise try every branch)
    r"(?=[.!?;:\n])"
    r"(?:[.!?;:]?\s*\n\s*\n\s*"  # a paragraph gap
    # a full stop before a capital, closing quotes between (a French one after a space: "leaders. »"),
    # opening ones after (a straight single quote too: "... said.\n'Violation of rights'")
    r"|[.!?](?:\s?»|[\"'”’)\]])*\s+(?=(?:«\s?|[\"“‘'(\[])?[A-ZА-ЯЁ0-9])"
    r"|\n(?=[ \t]*(?:[-•■▪*]|\(?(?:[0-9a-z]{1,2}|[ivx]{3,4})[.)])\s)"  # a line that starts a list item
    # a record's "Allegations:" line after its unpunctuated heading lines
    r"|\n(?=[ \t]*(?:Allegations|Allégations|Alegatos)\s*:))"
)
# dotted capitals ("U.S. President", "S.K. Rao", "U.N. experts") name a country, a body or a person's
# initials far more often than they end a sentence
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")
_BULLET = re.compile(r"^\s*(?:[-•■▪*]\s+)?(?:\(?(?:[0-9a-z]{1,2}|[ivx]{3,4})[.)]\s+)?")  # "(iii)" too
_LAST_WORD = re.compile(r"(\S+)$")
_LIST_MARKER = re.compile(r"^\s*(?:[-•■▪*]\s*)?\(?[0-9a-zA-Z]{1,3}$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def _is_abbreviation(before: str) -> bool:
    m = _LAST_WORD.search(before)
    if not m:
        return False
    written = m.group(1).rstrip(".").lstrip("(\"'“")
    word = written.lower()
    named = written[:1].isupper() and word in _NAME_ABBREVIATIONS
    initials = bool(_INITIALS.fullmatch(written))
    return word in _ABBREVIATIONS or named or initials or (len(word) == 1 and word.isalpha())


def _is_marker(text: str, pos: int) -> bool:
    """The full stop closes a list number ("- 1. Please ..."), not a sentence."""
    return bool(_LIST_MARKER.match(text[text.rfind("\n", 0, pos) + 1 : pos]))


def _continues(text: str, gap_end: int) -> bool:
    """A paragraph gap inside a sentence: the following text starts in lower case."""
    return gap_end < len(text) and text[gap_end].islower()


def _cut_points(text: str) -> list[tuple[int, int]]:
    cuts = []
    for m in _BOUNDARY.finditer(text):
        gap = m.group(0)
        if "\n\n" in gap.replace(" ", "") or "\n" in gap:
            if gap[0] not in ".!?;:" and _continues(text, m.end()):
                continue
        elif _is_abbreviation(text[max(0, m.start() - 12) : m.start() + 1]) or _is_marker(text, m.start()):
            continue
        end = m.start() + (1 if gap[0] in ".!?;:" else 0)
        cuts.append((end, m.end()))
    return cuts


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of `text[start:end]` with offsets into `text`, stripped of surrounding space."""
    return list(_split(text, start, len(text) if end is None else end))


# The longest a sentence may run. Written sentences stay far below it (the longest of several hundred
# real pages about 1,400 characters); a text with no sentence punctuation (a table, a list of names, a
# page of scraped links) would otherwise be one "sentence", and the steps that read a sentence for each
# act word in it cost the square of its length
LONGEST = 2000
_LAST_SPACE = re.compile(r"\s\S*\Z")


@lru_cache(maxsize=2)  # the events and requests steps split the same document: once is enough
def _split(text: str, start: int, end: int) -> tuple[Sentence, ...]:
    chunk = text[start:end]
    sentences: list[Sentence] = []
    pos = 0
    for cut_end, next_start in [*_cut_points(chunk), (len(chunk), len(chunk))]:
        piece = chunk[pos:cut_end]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        if body:
            sentences.extend(_bounded(start + pos + lead, body))
        pos = next_start
    return tuple(sentences)


def _bounded(at: int, body: str) -> Iterator[Sentence]:
    """The sentence, or a run-on one cut into pieces of at most LONGEST characters: at its line breaks
    where it has them, else at the last space before the bound."""
    while len(body) > LONGEST:
        window = body[:LONGEST]
        cut = window.rfind("\n")
        if cut <= 0:
            space = _LAST_SPACE.search(window)
            cut = space.start() if space and space.start() > 0 else LONGEST
        piece = body[:cut].rstrip()
        yield Sentence(at, at + len(piece), piece)
        rest = body[cut:]
        skipped = len(rest) - len(rest.lstrip())
        at, body = at + cut + skipped, rest.lstrip()
    if body:
        yield Sentence(at, at + len(body), body)


def strip_bullet(sentence: Sentence) -> Sentence:
    """The sentence without a leading list marker ("- 1.", "•", "(a)")."""
    m = _BULLET.match(sentence.text)
    cut = m.end() if m else 0
    return Sentence(sentence.start + cut, sentence.end, sentence.text[cut:]) if cut else sentence
