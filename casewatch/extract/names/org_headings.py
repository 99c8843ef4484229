"""Section headings read as organisations: 'B. Respuesta del Gobierno', 'C. Conclusions du comité'.

A lettered or numbered heading names a part of the report; its words end in a body's head noun only because
the part is about that body. A heading that opens with a head noun ('B. Federation of Dockers') stays a name.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from casewatch import vocab
from casewatch.extract.names.common import Found
from casewatch.extract.names.org_words import word_sets

_HEADING_MARK = re.compile(r"[ \t>*#•-]*(?:(?:[A-Z]|[IVX]{1,4}|\d{1,2})\.[ \t]*)+")
_FIRST_WORD = re.compile(r"[\w’'-]+")
MAX_HEADING_WORDS = 8


def names_a_heading(text: str, found: Found) -> bool:
    """True when the name is the rest of a short lettered heading line and does not open with a head noun."""
    line_start = text.rfind("\n", 0, found.start) + 1
    mark = _HEADING_MARK.match(text, line_start)
    if mark is None or text[mark.end() : found.start].strip():
        return False
    line_end = text.find("\n", found.end)
    rest = text[found.end : line_end if line_end >= 0 else len(text)]
    if rest.strip() or len(text[mark.end() : found.end].split()) > MAX_HEADING_WORDS:
        return False
    first = _FIRST_WORD.match(found.text)
    return first is not None and first.group(0) not in word_sets()["heads"] and not found.canonical


_TITLE_WORD = re.compile(r"[^\W\d_][\w’'&-]*")
SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "for", "on", "in", "at", "to", "and", "or", "by", "with", "as"}
)
HEADLINE_WORDS = 4  # fewer words are a name, not a headline


def headline_run(text: str, found: Found) -> bool:
    """'Police Detain Union Reps': a title-case headline's words run on right after its last head noun; a
    name in a headline ends at its head or goes on with a complement ('Commission on Human Rights')."""
    words = found.text.split()
    if found.canonical or found.acronyms or len(words) < HEADLINE_WORDS:
        return False
    # after its last head a name ends or goes on with a complement ('of the Philippines', 'on Detention')
    if not any(w.rstrip("’'s") in word_sets()["heads"] or w in word_sets()["trailing_heads"] for w in words):
        return False
    if _ends_a_name(words):
        return False
    line = _line_of(text, found)
    if line.endswith("."):  # a sentence, not a headline: its words need no reading
        return False
    titled = _title_words(line)
    return bool(titled) and all(w[:1].isupper() or w[:1].isdigit() for w in titled)


HEADLINE_MIN_WORDS = 6  # capitalised words of a title-case headline ('Union Leader Arrested at Port Gate')


@lru_cache(maxsize=256)  # a line naming several bodies is asked about for each of them
def _title_words(line: str) -> tuple[str, ...]:
    """The words of a line that title case capitalises (not 'of', 'the', 'and')."""
    return tuple(w for w in _TITLE_WORD.findall(line) if w.casefold() not in SMALL_WORDS)


def _line_of(text: str, found: Found) -> str:
    line_start = text.rfind("\n", 0, found.start) + 1
    line_end = text.find("\n", found.end)
    return text[line_start : line_end if line_end >= 0 else len(text)].strip()


def _ends_a_name(words: list[str]) -> bool:
    """The words end at a head noun or go on after it with a complement ('Commission on Rights')."""
    sets = word_sets()
    heads = [
        i for i, w in enumerate(words) if w.rstrip("’'s") in sets["heads"] or w in sets["trailing_heads"]
    ]
    return bool(heads) and (heads[-1] == len(words) - 1 or words[heads[-1] + 1] in sets["connectors"])


def unconfirmed_headline(text: str, found: Found) -> bool:
    """A run of a title-case headline's words taken for a name ('Port Police Forced', or the whole
    headline 'Minister Asks Two Ministries to Settle Complaints Against Unions'): every word of a
    headline is capitalised, so a run that does not end as a name does, or that is the whole line, is
    no name unless the page uses it again."""
    if found.canonical or found.acronyms:
        return False
    line = _line_of(text, found)
    if line.endswith(".") or (_ends_a_name(found.text.split()) and len(found.text) < len(line)):
        return False  # a sentence, or a name as names end
    titled = _title_words(line)
    if len(titled) < HEADLINE_MIN_WORDS or len(titled) == len(line.split()):
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() for w in titled):
        return False
    return text.count(found.text) < 2


@cache
def _headline_verbs() -> frozenset[str]:
    return frozenset(vocab.load("org_heads")["headline_verbs"])


# 'Charges for Unlawfully Ordering Company': an adverb tells how a headline's act was done; no name holds one
_ADVERB = re.compile(r"[A-Z][a-z]{3,}(?:fully|ously|ently|antly|ively|edly|ically|ingly|legally)")


def tells_an_act(found: Found) -> bool:
    """'GWTF Condemns Arrest of Union Leaders': a headline's run of capitals with its verb is no name."""
    if found.canonical:
        return False
    return any(w in _headline_verbs() or _ADVERB.fullmatch(w) for w in found.text.split())
