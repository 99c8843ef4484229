"""Lines a fixed-width page or a PDF copy wrapped mid-sentence, read as one for names and titles."""

from __future__ import annotations

import re
from functools import lru_cache

from casewatch.extract.sentences import Sentence

# A page is hard-wrapped when most of its lines have a printed line's length; a web page's paragraphs
# are longer and end where their author ended them.
WRAP_MIN = 45
WRAP_MAX = 110
WRAPPED_SHARE = 0.4  # of the non-empty lines, for the page to count as hard-wrapped
# A line was wrapped when it reaches near the page's width (its 90th percentile line length): a
# signature block's or an address's lines stop short of it.
WIDTH_SHARE = 0.8
_BREAK = re.compile(r"(?<=[^\s.:;!?])[ \t]*\r?\n(?=[ \t]*[^\s•\-–*·])")
# the next line opens a list entry or a section ("2. ", "b) ", "(iii) ", "A. ", "IV. ")
_LIST_ENTRY = re.compile(r"[ \t]*(?:\d+[.)]|[a-z][.)]|\([a-z0-9]+\)|[A-Z]\.|[IVX]+\.)[ \t]")
_SENTENCE_END = re.compile(r"[.:;!?)\]”\"’']\s*$")


def _block_line(text: str, start: int) -> bool:
    """The line at `start` is short and ends no sentence: a name or an address line of a block, not the
    end of a wrapped paragraph."""
    end = text.find("\n", start)
    line = text[start : len(text) if end < 0 else end].strip()
    return len(line) < WRAP_MIN and not _SENTENCE_END.search(line)


def _width(lines: list[str]) -> int | None:
    """The page's line width, or None when the page is not hard-wrapped."""
    sizes = sorted(len(line) for line in lines if WRAP_MIN <= len(line) <= WRAP_MAX)
    if len(sizes) < 4 or len(sizes) < WRAPPED_SHARE * len(lines):
        return None
    return sizes[int(0.9 * (len(sizes) - 1))]


@lru_cache(maxsize=4)  # the names and the citations steps read one document in turn
def unwrapped(text: str) -> str:
    """The text with every line break inside a wrapped sentence read as a space: same length, same
    offsets, so that a name or a law's title broken over two lines ("the Arden Dock\\nWorkers Act") is
    found whole."""
    if "\n" not in text:
        return text
    width = _width([line.strip() for line in text.splitlines() if line.strip()])
    if width is None:
        return text
    least = max(WRAP_MIN, WIDTH_SHARE * width)
    pieces: list[str] = []
    done = 0
    for m in _BREAK.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        if (
            not least <= len(line) <= WRAP_MAX
            or _LIST_ENTRY.match(text, m.end())
            or _block_line(text, m.end())
        ):
            continue
        pieces += [text[done : m.start()], " " * (m.end() - m.start())]
        done = m.end()
    return "".join([*pieces, text[done:]]) if pieces else text


_LINE_BREAKS = str.maketrans("\r\n\t", "   ")


def one_line(sentence: Sentence) -> Sentence:
    """A sentence hard-wrapped over lines (text copied from a PDF or a fixed-width page) read as one
    line, whatever the page's width: a wording spans the line break ("the newly enacted Harbour
    Safety\\nServices Ordinance"). Offsets stay those of the document."""
    if "\n" not in sentence.text and "\t" not in sentence.text and "\r" not in sentence.text:
        return sentence
    return Sentence(sentence.start, sentence.end, sentence.text.translate(_LINE_BREAKS))
