"""A union's own release headed by its name and quoting its elected officer, a president too ("Avra Council
of Trade Unions — Media release ... ACTU President Jane Doe said ..."): the release of the union it names."""

from __future__ import annotations

import re

from casewatch.extract.gated import LiteralCue, gated
from casewatch.extract.literals import in_lines
from casewatch.extract.metadata.page_marks import news_furniture
from casewatch.extract.metadata.voice import reported_speech, speaker_genre, told_from_outside
from casewatch.model import Genre

# An elected officer's title after the union's name or acronym: "ACTU President", "the Avra Dockers' Union's
# National Secretary", "Presidente de la CUT". A president is named here only after a union's name: a head
# of state is one too, and the one a letter is written to.
_TITLE = (
    r"(?i:(?:(?:National|Federal|International|Vice|Deputy)[ \t-]+)?(?:President|Secretary|Treasurer)"
    r"|(?:Présidente?|Presidenta?|Secr[ée]taire|Secretari[oa])(?:[ \t]+(?:g[ée]n[ée]ral(?:e)?|nacional))?)"
)
_UNION_NAME = (
    r"(?P<body>[A-ZÀ-Ý][A-ZÀ-Ý]{1,9}|[A-ZÀ-Ý][\w'’-]*(?:[ \t]+(?:of|de|des|du|la|[A-ZÀ-Ý][\w'’-]*)){1,7})"
)
_NAME = r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){1,2})"
_ANY_TITLE = gated(_TITLE)  # a case-blind alternation: tried only on a page holding one of its words
_BEFORE = re.compile(rf"\b{_UNION_NAME}(?:['’]s)?[ \t]+(?:{_TITLE})[ \t]*,?[ \t]+{_NAME}")
_AFTER = re.compile(
    rf"\b{_NAME},[ \t]+(?:the[ \t]+|la[ \t]+|el[ \t]+|le[ \t]+)?(?:{_TITLE})[ \t]+(?:of|de|du|des)[ \t]+"
    rf"(?:the[ \t]+|la[ \t]+|el[ \t]+|l['’])?{_UNION_NAME}"
)


_TITLE_WORDS = LiteralCue(_ANY_TITLE)


def _officers(head: str) -> list[tuple[str, str]]:
    """Each union officer the page introduces by title: the union as named there, and the officer's name.
    Both forms hold the title on one line: only the lines holding a title's words are searched."""
    if _ANY_TITLE.vain(head):  # most pages name no such officer: their names are not looked for
        return []
    found = [
        (m.group("body"), m.group("name"))
        for pattern in (_BEFORE, _AFTER)
        for m in in_lines(pattern, head, _TITLE_WORDS)
    ]
    return [(body, name) for body, name in found if _union(body, head)]


def _union(body: str, head: str) -> bool:
    """A union by its own name, or by an acronym the page's words make a union's (its heading's)."""
    if speaker_genre(body) is Genre.UNION_LETTER:
        return True
    return body.isupper() and speaker_genre(head[:3000]) is Genre.UNION_LETTER


def _heading(head: str) -> str:
    """The page's first line, when it is a heading: short, with no sentence's stop at its end."""
    first = next((line.strip() for line in head.splitlines() if line.strip()), "")
    return first if len(first) <= 150 and not first.endswith(".") else ""


def _quoted(head: str, name: str) -> bool:
    """The officer is quoted by name or surname next to a reporting verb ("..., said Ms Doe", "Doe said")."""
    surname = name.split()[-1]
    # the surname as a word of its own, where a scan of the head's words would read it whole
    whole = rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])"
    at = [m.start() for m in re.finditer(whole, head)] if _WORD.fullmatch(surname) else []
    return any(reported_speech(head[max(0, start - 60) : start + len(surname) + 60]) for start in at)


_WORD = re.compile(r"[\w'’-]+")


def headed_release_union(head: str) -> str | None:
    """The union whose own release a page is: headed by its name, introducing its officer by title and
    quoting the officer, with none of an outlet's furniture and no one's words told from outside. Its name
    as the officer's title gives it in full, else as the heading gives it (its release words left out)."""
    heading = _heading(head)
    if not heading or news_furniture(head) or told_from_outside(head):
        return None
    for body, name in _officers(head):
        named_in_heading = body in heading or speaker_genre(heading) is Genre.UNION_LETTER
        if named_in_heading and _quoted(head, name):
            return body if speaker_genre(body) else _RELEASE_WORDS.sub("", heading).strip()
    return None


# "– Media Release", ": Press statement": the words that title a heading as a release, not the union's name
_RELEASE_WORDS = re.compile(
    r"[ \t]*[–—:|-][ \t]*(?:Media|Press|News)[ \t]+(?:Release|Statement)s?[ \t]*$", re.I
)


def headed_release_genre(head: str) -> Genre | None:
    """A union's own release, headed by its name and quoting its officer (`headed_release_union`)."""
    return Genre.UNION_LETTER if headed_release_union(head) else None
