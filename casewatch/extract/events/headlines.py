"""Lines of a page's layout that stand apart from the story's sentences: a headline, a subhead or a
byline written on its own line without a full stop runs into the first sentence under it
("Union leaders detained\\nThe police detained ..."), and a related-link line ("Read also: ...")
names another page's story, no act of this one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from casewatch.extract.datelines import dateline_end as opening_dateline_end
from casewatch.extract.sentences import Sentence

MAX_HEADLINE_WORDS = 14
# a line wrapped by a paragraph's width is nearly as long as the next; a headline is far shorter
SHORT_SHARE = 0.6
_ENDS_SENTENCE = re.compile(r"[.!?;:,]\s*$")
_CAPITAL_NEXT = re.compile(r"[\"“‘(\[]?[A-ZÀ-ÝА-ЯЁ0-9]")
_LETTER = re.compile(r"[^\W\d_]")
# "Posted on 3 May 2031 by Jo Roe", "June 9, 2031/ by Jo Roe": the page's date and author, not the act's
_BYLINE = re.compile(
    r"(?i:posted|published|updated|publicado|actualizado|publié|mis en ligne)\b"
    r"|.*\d.*\b(?:by|por|par)\s+[A-ZÀ-Ý]"
)
# "Read also: ...", "Lea también: ...", "Lire aussi : ...": a link to another page's story
_RELATED_LINK = re.compile(
    r"(?:read (?:also|more)|see also|related(?: (?:news|stories|articles?))?|also read"
    r"|lea (?:también|además)|le(?:a|e) más|ver también|vea también|noticias relacionadas"
    r"|lire (?:aussi|également)|voir aussi|à lire (?:aussi|également)|sur le même sujet)\s*:",
    re.I,
)


def related_link(sentence: Sentence) -> bool:
    """The sentence is a related-link line of a news page."""
    return bool(_RELATED_LINK.match(sentence.text))


def _all_caps(line: str) -> bool:
    """ "POLICE RAID OFFICES": a subhead in capitals (two words or more of letters)."""
    letters = _LETTER.findall(line)
    return len(line.split()) >= 2 and len(letters) >= 4 and all(c.isupper() for c in letters)


def _stands_apart(text: str, start: int, end: int, next_line: str) -> bool:
    """The line `text[start:end]` is a whole line, ends without punctuation, is short and is
    followed by a line starting with a capital that is not its wrapped continuation."""
    line = text[start:end].strip()
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    at_line_start = i == 0 or text[i - 1] == "\n"
    if not line or _ENDS_SENTENCE.search(line) or len(line.split()) > MAX_HEADLINE_WORDS:
        return False
    if not _CAPITAL_NEXT.match(next_line.strip()):
        return False
    short = len(line) < SHORT_SHARE * len(next_line.strip())
    return at_line_start and (_all_caps(line) or _BYLINE.match(line) is not None or short)


def split_headlines(text: str, sentence: Sentence) -> Iterator[Sentence]:
    """The sentence, cut after each of its leading lines that stands apart as a headline, subhead
    or byline; the pieces keep their offsets into `text`."""
    start = sentence.start
    while True:
        end = text.find("\n", start, sentence.end)
        if end < 0:
            break
        after = text.find("\n", end + 1, sentence.end)
        next_line = text[end + 1 : sentence.end if after < 0 else after]
        if not _stands_apart(text, start, end, next_line):
            break
        yield Sentence(start, end, text[start:end].strip())
        start = end + 1 + len(next_line) - len(next_line.lstrip())
    yield Sentence(start, sentence.end, text[start : sentence.end])


def dateline_end(text: str, sentence: Sentence) -> int:
    """Where a release's dateline opening the sentence ends (or the sentence's start): the place
    takes no part in the acts told, and the date dates the telling."""
    return opening_dateline_end(text, sentence.start, sentence.end)
