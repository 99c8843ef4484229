"""Persons whose surname is written in capitals: 'Jean DUPONT', 'PEDRO RAMIREZ', 'DUPONT Jean'.

Union letters, signature blocks and Latin American and French documents often write the surname (or the
whole name) in capitals. A known given name opens (or, surname first, closes) the name; a capitals-only
name must not be made of words the document also uses in lower case ('MAY DAY', 'GRACE PERIOD').
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from functools import cache, lru_cache

from casewatch import vocab
from casewatch.extract.names.common import (
    CAP,
    NAME_WORD,
    NAME_WORD_WHOLE,
    SP,
    UPPER,
    Found,
    cities,
    is_country,
    not_name_words,
)
from casewatch.extract.names.cued_lines import cued_lines
from casewatch.extract.names.person_base import PERSON, is_role, place_heads
from casewatch.extract.names.person_given import given_names

_CAPS_LETTER = "[A-ZÀ-ÞА-ЯЁ]"
_CAPS_REST = r"(?:[A-ZÀ-ÞА-ЯЁ]|[’'-](?=[A-ZÀ-ÞА-ЯЁ]))+"
_CAPS_WORD = _CAPS_LETTER + _CAPS_REST
# particles inside a name, in either case: 'JAVIER DE LEON', 'Claudia PAZ Y PAZ', 'Ali BIN HASSAN'
_PARTICLE = (
    r"(?:DE(?:[ \t]+LA|[ \t]+LOS)?|DEL|DA|DAS|DO|DOS|DI|VAN|VON|BIN|IBN|Y"
    r"|de(?:[ \t]+la)?|del|da|dos|van|von|bin|y)"
)
# after an elided French article or conjunction the name starts at once: "qu'Yves DUPONT", "d’Anne MARTIN"
ELIDED_BEFORE = r"(?<=\b[dlnsjc][’'])|(?<=\bqu[’'])"
# "(?:(?<![\w.’'@/-])|{ELIDED_BEFORE})(?:{_CAPS_WORD}|{NAME_WORD})" written with its first letter first and
# what may precede it checked after it: `re` looks for a pattern opening with a letter class at C speed,
# where it tries one opening with look-behinds at every position; the same matches
_FIRST_WORD = (
    rf"[A-ZÀ-ÞА-ЯЁ{UPPER}](?:(?<![\w.’'@/-].)|(?<=\b[dlnsjc][’'].)|(?<=\bqu[’'].))"
    rf"(?:(?<={_CAPS_LETTER}){_CAPS_REST}|(?<={CAP}){NAME_WORD_WHOLE.removeprefix(CAP)})"
)
# a space or no word character follows each word of the run: its name words are taken whole
_RUN = re.compile(
    rf"({_FIRST_WORD}(?:{SP}+(?:{_PARTICLE}{SP}+)?(?:{_CAPS_WORD}|{NAME_WORD_WHOLE})){{1,5}})"
    r"(?![\w’'@/-]|\.\w)"
)
_WORD = re.compile(rf"{_CAPS_WORD}|{NAME_WORD}|\S+")
_DEFINED = re.compile(r"\(([A-ZА-ЯЁ][A-ZА-ЯЁ&]{1,9})\)")
# the look-behind after the first letter, which a scan then looks for at C speed: "not after a word"
_LOWER_WORD = re.compile(r"[a-zà-ÿа-яё](?<![\w’'-].)[\w’'-]*")
_PARTICLES = frozenset(
    {"de", "del", "la", "los", "da", "das", "do", "dos", "di", "van", "von", "bin", "ibn", "y"}
)
_CAPS_ONLY = re.compile(_CAPS_WORD)
_CAPS_CUE = re.compile(r"[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ]")
_ROMAN = re.compile(r"[IVXLC]+")  # a regnal number or a street's king: 'Albert II' is found by the title rule


@cache
def _not_surnames() -> frozenset[str]:
    """Capitals that are acronyms of bodies or units: 'Jean ITUC' is no name."""
    acronyms = set(vocab.load("org_heads")["not_org_acronyms"])
    for entry in vocab.load("international_bodies"):
        acronyms.update(entry["acronyms"])
    return frozenset(a.casefold() for a in acronyms)


def _title(word: str) -> str:
    """'RAMIREZ' -> 'Ramirez', "O'NEILL" -> "O'neill" (enough for a look-up in the given-name list)."""
    return word[:1] + word[1:].lower()


class _LowerWords:
    """The document's words in lower case (folded), read only when a name all in capitals asks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self.words is None:
            self.words = {w.casefold() for w in _LOWER_WORD.findall(self.text)}
        return word in self.words


def capitalised_surnames(text: str) -> Iterator[Found]:
    """Names with at least one word in capitals, opened or closed by a known given name."""
    lower_words = _LowerWords(text)
    for m in _runs(text):
        if _CAPS_ONLY.search(m.group(1)) is None:
            continue  # no word can be one in capitals: most runs, not split into words
        words = [(w.start(), w.group(0)) for w in _WORD.finditer(m.group(1))]
        if not any(_CAPS_ONLY.fullmatch(w) for _, w in words):
            continue  # no capitals: the other person rules read it
        defined = _defined(text)
        span = _name_span(words, lower_words, defined)
        if (
            span is None
            and _signature_line(text, m.start(1), m.end(1))
            and _is_name(words, lower_words, defined)
        ):
            span = words[0][0], words[-1][0] + len(words[-1][1])
        if span:
            start, end = m.start(1) + span[0], m.start(1) + span[1]
            yield Found(PERSON, start, end, text[start:end])


@lru_cache(maxsize=2)  # the rule's lines and names of one document ask in turn
def _defined(text: str) -> frozenset[str]:
    """The acronyms the document defines in brackets, folded: no surname."""
    return frozenset(d.casefold() for d in _DEFINED.findall(text))


def _runs(text: str) -> Iterator[re.Match[str]]:
    """The runs of capitalised words on the lines holding a word in capitals that may be a surname: a
    line whose every word in capitals is a body's acronym, a common word or a country ('the ILO and the
    UN') holds no name of this rule, and its runs are not looked for. (A run's word in capitals is one
    of the words in capitals its line holds: it opens the line, a space or an elided article.)"""
    for start, end in cued_lines(text, _CAPS_CUE):
        if any(not _never_a_surname(w, _defined(text)) for w in _CAPS_ONLY.findall(text, start, end)):
            yield from _RUN.finditer(text, start, end)


def _never_a_surname(token: str, defined: Container[str]) -> bool:
    """A word no name holds: a common word, a body's acronym or one the document defines, a country, a
    regnal number, a place's head ('Rosa Parks Street')."""
    folded = token.casefold()
    return (
        folded in not_name_words()
        or folded in _not_surnames()
        or folded in defined
        or is_country(_title(token))
        or _ROMAN.fullmatch(token) is not None
        or _title(token) in place_heads()
    )


# a letter's closing, in the languages of the genres: the line after it (or before a title) signs
_CLOSING = re.compile(
    r"(?i)(?:yours(?: sincerely| faithfully| truly)?|sincerely|regards|in solidarity|atentamente|"
    r"cordialement|salutations|fraternellement|solidariamente|saludos|с уважением)[ ,.!]*$"
)
_LINE_BREAK = "\n"


def _signature_line(text: str, start: int, end: int) -> bool:
    """The name is a line of its own, under a letter's closing or above a role ('General Secretary')."""
    line_start = text.rfind(_LINE_BREAK, 0, start) + 1
    line_end = text.find(_LINE_BREAK, end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip(" \t*_") or text[end:line_end].strip(" \t*_,"):
        return False
    before = [
        ln.strip() for ln in text[max(0, line_start - 200) : line_start].split(_LINE_BREAK) if ln.strip()
    ]
    after = [ln.strip() for ln in text[line_end : line_end + 200].split(_LINE_BREAK) if ln.strip()]
    closed = bool(before) and _CLOSING.search(before[-1]) is not None
    return closed or (bool(after) and is_role(" ".join(after[0].split()[:3])))


def _name_span(
    words: list[tuple[int, str]], lower_words: Container[str], defined: Container[str]
) -> tuple[int, int] | None:
    """The span of the name inside a run of capitalised words: from a given name to the run's end, or
    from the run's start to a closing given name after surnames in capitals ('DUPONT Jean')."""
    names = given_names()
    for i, (_, word) in enumerate(words[:-1]):
        if _is_given(_title(word), names) and _is_name(words[i:], lower_words, defined):
            return words[i][0], words[-1][0] + len(words[-1][1])
    last = words[-1][1]
    if not _CAPS_ONLY.fullmatch(last) and last in names and _is_name(words, lower_words, defined):
        return words[0][0], words[-1][0] + len(last)
    return None


def _is_given(word: str, names: frozenset[str]) -> bool:
    """'Marie-Hélène', 'Jean-Pierre': a compound given name whose every part is a given name."""
    return word in names or ("-" in word and all(p.capitalize() in names for p in word.split("-")))


def _is_name(words: list[tuple[int, str]], lower_words: Container[str], defined: Container[str]) -> bool:
    # 'ORAT y CLAS', 'ANA Y LUIS': 'y' joins surnames ('PAZ Y PAZ'), never a given name to one
    if len(words) > 1 and words[1][1].casefold() == "y":
        return False
    tokens = [w for _, w in words if w.casefold() not in _PARTICLES]
    if not 2 <= len(tokens) <= 5 or not any(_CAPS_ONLY.fullmatch(t) for t in tokens[1:] + tokens[:1]):
        return False
    if any(_never_a_surname(token, defined) for token in tokens) or _names_a_place(tokens):
        return False
    # a name all in capitals is a heading unless none of its words is a common word of the document
    all_caps = all(_CAPS_ONLY.fullmatch(t) for t in tokens)
    if all_caps and any(_ABSTRACT_NOUN.search(t) and _title(t) not in given_names() for t in tokens):
        return False  # 'CLARA PERSECUCIÓN', 'GRACE PERIOD NOTIFICATION': a heading's abstract noun
    return not (all_caps and any(t.casefold() in lower_words for t in tokens))


def _names_a_place(tokens: list[str]) -> bool:
    """'HONG KONG •', 'SAN SALVADOR –': a dateline's country or city in capitals, each word of which may
    be a given name or a surname, is no person."""
    place = " ".join(_title(t) for t in tokens)
    return is_country(place) or place in cities()


# endings of abstract nouns in English, French and Spanish, never of a surname ('-CIÓN', '-TION', '-MENT')
_ABSTRACT_NOUN = re.compile(r"\w{3,}(?:CIÓN|SIÓN|TION|SION|MENT|DAD|ISMO|ISME|NESS|ANCE|ENCE)$")
