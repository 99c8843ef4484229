"""Which of a letter's questions a government reply addresses, and with which sentence.

A reply addresses a question when one of its sentences points at the question's number
("As regards question 2", "points 1 and 3") or speaks of what only that question asks about:
at least two of the question's own words (words no other question of the letter uses, request
words left out) or one such word and the subject of the question's remedy (the follow-up's
vocabulary: "closure", "liquidated" for a question on a union's dissolution). A question whose
words are all request words ("any comment on the allegations") is addressed by number only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from casewatch import vocab
from casewatch.analyse.followup.cues import remedies
from casewatch.analyse.followup.remedies import remedy_of
from casewatch.analyse.followup.status import subject_family
from casewatch.analyse.followup.units import flat
from casewatch.extract.sentences import split_sentences
from casewatch.model import Request

BY_NUMBER, BY_TERMS = "number", "terms"
_STEM = 6  # letters a word is compared on: "closure" and "closures", "liquidated" and "liquidation"
_MIN_WORD = 4
_NUMBERED = re.compile(r"^\s*(?:[-•*]\s*)?\(?(\d{1,2})[.)]\s")
_WORD = re.compile(r"[^\W\d_]{4,}")
_HEADING = 50  # longest line taken for a heading line rather than a wrapped sentence's first part
_LEAD = 14  # characters before a request's text in which its number stands ("- 2. Please ")


@dataclass(frozen=True)
class Question:
    """One question (request) of a letter, in the letter's order."""

    number: int | None  # as the letter numbers it
    text: str
    start: int
    end: int
    anchor: str  # the request's fact id in the document reader: "f-r2"
    remedy: str


@dataclass(frozen=True)
class Answer:
    """A reply's sentence that addresses a question."""

    document_id: int
    quote: str
    start: int
    end: int
    by: str  # number | terms


def questions_of(requests: Sequence[Request], text: str) -> tuple[Question, ...]:
    return tuple(
        Question(_number(text, r), r.text, r.start, r.end, f"f-r{i}", remedy_of(r.text).name)
        for i, r in enumerate(requests)
    )


def _number(text: str, request: Request) -> int | None:
    """The number the letter gives the question: at its span's start or just before its text."""
    head = text[request.start : request.start + _LEAD]
    line_start = text.rfind("\n", 0, request.start) + 1
    found = _NUMBERED.match(head) or _NUMBERED.match(text[line_start : request.start + _LEAD])
    return int(found.group(1)) if found else None


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in vocab.load("replies")["question_words"])


@cache
def _pointer() -> re.Pattern[str]:
    marks = "|".join(f"(?:{p})" for p in vocab.load("replies")["question_marks"])
    numbers = r"\d{1,2}(?:\s*(?:,|and|et|y|и|&|-|–)\s*\d{1,2})*"
    return re.compile(
        rf"(?<!\w)(?:{marks})\s*(?:No\.?\s*|n°\s*|№\s*)?(?P<numbers>{numbers})(?!\d)", re.IGNORECASE
    )


def _stems(text: str) -> set[str]:
    stop = _stop_words()
    return {w.casefold()[:_STEM] for w in _WORD.findall(text) if w.casefold() not in stop}


@cache
def _family_subject(family: str) -> re.Pattern[str] | None:
    """The subject words of the remedies of one family ("organisation": registration, closure ...)."""
    stems = [r.subject.pattern for r in remedies() if r.family == family]
    return re.compile("|".join(f"(?:{s})" for s in stems), re.IGNORECASE) if stems else None


def _subject(question: Question) -> re.Pattern[str] | None:
    family = subject_family(next((r.family for r in remedies() if r.name == question.remedy), "information"))
    return None if family == "information" else _family_subject(family)


def addressed(questions: Sequence[Question], document_id: int, text: str) -> dict[int, Answer]:
    """For each question (by its position) the reply's sentence that addresses it, if any."""
    own = _own_words(questions)
    subjects = [_subject(q) for q in questions]
    by_number = {q.number: n for n, q in enumerate(questions) if q.number is not None}
    found: dict[int, Answer] = {}
    scored: dict[int, tuple[int, Answer]] = {}
    for start, end in _sentences(text):
        quote = flat(text[start:end])
        for number in _pointed(quote):
            if number in by_number and by_number[number] not in found:
                found[by_number[number]] = Answer(document_id, quote, start, end, BY_NUMBER)
        words = _stems(quote)
        for n in range(len(questions)):
            score = _score(own[n], subjects[n], words, quote)
            if score >= 2 and score > scored.get(n, (0, None))[0]:
                scored[n] = (score, Answer(document_id, quote, start, end, BY_TERMS))
    return {n: found.get(n) or scored[n][1] for n in sorted({*found, *scored})}


def _sentences(text: str) -> list[tuple[int, int]]:
    """The reply's sentences, each without the heading lines the splitter leaves on the first one
    (a letterhead, a reference line, a date line: short lines that end no sentence)."""
    found = []
    for sentence in split_sentences(text):
        start = sentence.start
        while (cut := text.find("\n", start, sentence.end)) != -1 and _heading(text[start:cut]):
            start = cut + 1
        found.append((start, sentence.end))
    return found


def _heading(line: str) -> bool:
    bare = line.strip()
    return len(bare) <= _HEADING and not bare.endswith((",", ";", ":", "-"))


def _own_words(questions: Sequence[Question]) -> list[set[str]]:
    """Each question's words that no other question of the letter uses."""
    stems = [_stems(q.text) for q in questions]
    used = Counter(s for words in stems for s in words)
    return [{s for s in words if used[s] == 1} for words in stems]


def _score(own: set[str], subject: re.Pattern[str] | None, words: set[str], quote: str) -> int:
    shared = len(own & words)
    if shared == 0:
        return 0
    return shared + (1 if subject is not None and subject.search(quote) else 0)


def _pointed(quote: str) -> list[int]:
    numbers: list[int] = []
    for m in _pointer().finditer(quote):
        values = [int(v) for v in re.findall(r"\d{1,2}", m.group("numbers"))]
        ranged = "-" in m.group("numbers") or "–" in m.group("numbers")
        if ranged and len(values) == 2 and values[0] < values[1]:
            values = list(range(values[0], values[1] + 1))
        numbers += values
    return numbers
