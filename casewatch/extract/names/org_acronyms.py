"""Organisations known only by an acronym: an all-caps word used as a name ('the UNFM joins', 'la FSR')."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache

from casewatch import vocab
from casewatch.extract.gated import Gated, gated
from casewatch.extract.names.common import (
    CAP,
    NAME_WORD,
    SP,
    Found,
    fold,
    has_cyrillic,
    is_country,
    word_branches,
)
from casewatch.extract.names.cued_lines import Literals, in_cued_lines
from casewatch.extract.names.org_words import ORG

# two to eight capitals (Latin or Cyrillic), a digit or an ampersand allowed after the first: 'CTA', 'AT&T'
# the look-behind follows the first capital: a pattern opening with a character class is scanned fast
# a branch or a merged body keeps its dash: "UGT-A", "CGT-FO", "CFE-CGC", "UNSA-Police"
# a region after the hyphen names a regional body, in one or two words: 'ITUC-Africa', 'ITUC-Asia Pacific'
_ACRONYM = re.compile(
    r"([A-ZА-ЯЁ](?<![\w&/-][A-ZА-ЯЁ])[A-ZА-ЯЁ&]{1,15}\d?"
    r"(?:-[A-ZА-ЯЁ]{1,4}|-[A-Z][a-z]{2,10}(?:[ \t\u00a0](?:Pacific|America|Americas|East|Africa))?)?)"
    r"(?![\w&/-]|\.\w)"
)
# the word before shows a name: an article, an article after a preposition, or a lower-case head noun
_ARTICLES = (
    "the",
    "la",
    "le",
    "el",
    "del",
    "du",
    "al",
    "de",
    "des",
    "l’",
    "l'",
    "da",
    "do",
    "das",
    "dos",
    "na",
    "pela",
    "pelo",
)
_BODY_HEADS = (
    "confédération", "confederación", "federation", "fédération", "federación", "union", "unión", "syndicat",
    "sindicato", "centrale", "central", "профсоюз", "профсоюза", "союз", "федерация", "конфедерация",
)  # fmt: skip
# a member, activist or deputy of the body: "militants CGT", "activists of the", "Député UMP"
_MEMBERS = (
    "member", "members", "activists", "affiliates", "militants", "militantes", "syndicalistes", "adhérents",
    "membres", "miembros", "afiliados", "activistas", "député", "députée", "diputado", "diputada", "sénateur",
    "sénatrice", "senator",
)  # fmt: skip
# an officer of the body: "Deputy President of KMWU", "secrétaire général de la CGTR"
_OFFICERS = (
    "president", "vice-president", "secretary", "general secretary", "secretary-general", "treasurer",
    "chairperson", "chairman", "chairwoman", "leader", "leaders", "presidente", "secretario", "secretaria",
    "président", "présidente", "secrétaire", "secrétaire général", "secrétaire générale",
)  # fmt: skip
_MEMBER_OF = r"[ \t\u00a0]+(?:of|de|del|du|des|a|à|al|da|do)(?:[ \t\u00a0]+(?:the|la|los|las|le|les|l[’']))?"
# the body that acts on a meeting or an action: "talks convened by ACAS", "a march called by KNFT"
_ACTS_BY = (
    "convened", "organised", "organized", "mediated", "brokered", "backed", "called", "led", "chaired",
    "hosted", "sponsored",
)  # fmt: skip
# after a plural of bodies and an adjective: 'the regional organisations ORAT and CLAS'
_BODIES = (
    "organisations", "organizations", "organizaciones", "federations", "federaciones", "fédérations",
    "confederations", "confederaciones", "centrales", "sindicatos", "syndicats",
)  # fmt: skip


def _capitalised_too(words: tuple[str, ...]) -> list[str]:
    return [form for w in words for form in (w[0].upper() + w[1:], w)]


# each word after no word character, in one alternation of branches opening with their first letters, which
# `re` scans for at C speed; only whether the window ends in one matters
_NAME_BEFORE = re.compile(
    "(?:"
    + "|".join(
        [
            *word_branches(r"\w", [*_capitalised_too(_ARTICLES + _MEMBERS), *_BODY_HEADS]),
            # 'afiliados a X', 'members of the X': a member's body after its preposition
            *word_branches(r"\w", _MEMBERS, _MEMBER_OF),
            # 'Deputy President of KMWU', 'the Treasurer of the ARWU': an office is held in a body
            *word_branches(r"\w", _capitalised_too(_OFFICERS), _MEMBER_OF),
            *word_branches(r"\w", _ACTS_BY, r"(?:[ \t\u00a0]+[a-z]+)?[ \t\u00a0]+by"),
            r"\)[ \t\u00a0]*(?:,|y|and|et|e|и)",  # after a name's bracketed acronym: '(CTRQ) y UNSITRAQ'
            *word_branches(r"\w", _BODIES, r"(?:[ \t\u00a0]+[a-zà-ÿ]+)?"),
        ]
    )
    + r")[ \t\u00a0]*$"
)
NAME_REACH = 32  # characters before an acronym where a word showing a name is looked for
# an officer of the body follows: "UNFM President Jane Doe", "la FSR secrétaire générale"
_OFFICE_AFTER = re.compile(
    # a rank before the office: 'ARWU Assistant General Secretary', 'ARWU Deputy President'
    r"[ \t\u00a0]+(?:(?:Assistant|Deputy|Acting|National|Regional)[ \t\u00a0]+)?"
    r"(?:President|Vice[- ]President|General Secretary|Secretary[- ]General"
    r"|Chair(?:person|man|woman)?"
    r"|Président(?:e)?|Secrétaire général(?:e)?|President[ea]|Secretari[oa] General)\b"
)
_WORD = re.compile(r"\S+")
_ROMAN = re.compile(r"[IVXLC]+")
_CAPS_WORD = re.compile(r"\b[A-ZА-ЯЁ]{2,}\b")


@cache
def _not_names() -> frozenset[str]:
    """Acronyms that never name an organisation: units, currencies, diseases, document words."""
    return frozenset(vocab.load("org_heads")["not_org_acronyms"])


# 'комиссия ФНПР', 'решение ВКТ': a Russian noun, then the body it belongs to in capitals (its genitive)
_CYRILLIC_NOUN_BEFORE = re.compile(r"(?<![\w-])[а-яё]{4,}[ \t\u00a0]+$")


def _of_a_body(text: str, start: int, word: str) -> bool:
    return len(word) >= 3 and _CYRILLIC_NOUN_BEFORE.search(text, max(0, start - 30), start) is not None


def acronym_names(text: str) -> Iterator[Found]:
    """All-caps words used as a name: after an article or head noun, or, in Cyrillic text, used twice."""
    matches = list(_ACRONYM.finditer(text))
    # only a Cyrillic acronym is a name for being used twice: a text without Cyrillic letters counts none
    uses = Counter(m.group(1) for m in matches) if has_cyrillic(text) else Counter()
    of_laws = _law_acronyms(text)
    named: set[int] = set()
    for m in matches:
        word = m.group(1)
        if not _could_be_a_name(word) or word in of_laws or _in_caps_line(text, m.start(), m.end()):
            continue
        if _named_before(text, m.start()):
            named.add(m.start())
        cyrillic = "А" <= word[0] <= "Я"
        cyrillic_twice = cyrillic and (uses[word] >= 2 or _of_a_body(text, m.start(), word))
        officer = len(word) >= 3 and _OFFICE_AFTER.match(text, m.end())
        if cyrillic_twice or officer or m.start() in named:
            yield Found(ORG, m.start(), m.end(), word, acronyms=(word,))
    yield from _paired(text)
    yield from _dotted(text)
    yield from _coordinated(text, matches, named)
    yield from _bracketed_lists(text)


# 'the A.F.L.', 'the C.I.O.': an acronym written with points, as older pages write it; a capitalised word
# after it makes it a person's initials or a longer name's first word ('the U.S. Army')
_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,5}[A-Z]?(?![\w]|\.\w|\.?[ \t\u00a0]+[A-Z])")


def _dotted(text: str) -> Iterator[Found]:
    """A dotted acronym after a word that shows a name ('the', 'affiliated to the'), named without its
    last point (which may end the sentence), known also undotted."""
    for m in _DOTTED.finditer(text):
        word = m.group(0).rstrip(".")
        letters = word.replace(".", "")
        if len(letters) >= 3 and _could_be_a_name(letters) and _named_before(text, m.start()):
            yield Found(ORG, m.start(), m.start() + len(word), word, acronyms=(letters,))


def _named_before(text: str, start: int) -> bool:
    """A word before the acronym shows a name, on the acronym's own line: a headline's last word
    ('... sindicato') is no article of a dateline's city below it ('AVRA, 30 Nov.')."""
    window_start = max(text.rfind("\n", 0, start) + 1, start - NAME_REACH)
    # every such word ends in a letter, an apostrophe ("l'") or a comma ('(CTRQ), UNSITRAQ'): an acronym
    # after a bracket or a quote (most of those defined) is not searched for one
    before = text[window_start:start].rstrip(" \t\u00a0")
    if not before or not (before[-1].isalpha() or before[-1] in "’',"):
        return False
    return _NAME_BEFORE.search(text, window_start, start) is not None


# several bodies' acronyms in one bracket after their names: '... del país (CTRQ y CUSR)'
_BRACKET_LIST = re.compile(
    r"\((?=[A-ZА-ЯЁ&]{2,10}(?:(?:,[ \t\u00a0]*|[ \t\u00a0]+(?:y|and|et|e|и)[ \t\u00a0]+)[A-ZА-ЯЁ&]{2,10})+\))"
    r"[^()\n]+\)"
)
_CAPS_RUN = re.compile(r"[A-ZА-ЯЁ&]{2,10}")


def _bracketed_lists(text: str) -> Iterator[Found]:
    for m in _BRACKET_LIST.finditer(text):
        for a in _CAPS_RUN.finditer(text, m.start(), m.end()):
            if _could_be_a_name(a.group(0)):
                yield Found(ORG, a.start(), a.end(), a.group(0), acronyms=(a.group(0),))


# a body's acronyms in two languages joined by a slash: "FGTB/ABVV", "CSC/ACV"
# the look-behind follows the first capital: a pattern opening with a character class is scanned fast
_PAIR = re.compile(r"([A-ZА-ЯЁ](?<![\w/-].)[A-ZА-ЯЁ]{1,7})/([A-ZА-ЯЁ]{2,8})(?![\w/-])")


_SLASH = Literals(("/",))  # every pair holds one, on one line: the lines without one are not scanned


def _paired(text: str) -> Iterator[Found]:
    for m in in_cued_lines(_PAIR, text, _SLASH):
        if (
            _could_be_a_name(m.group(1))
            and _could_be_a_name(m.group(2))
            and not _in_caps_line(text, *m.span())
        ):
            yield Found(ORG, m.start(), m.end(), m.group(0), acronyms=(m.group(1), m.group(2)))


_LIST_JOIN = re.compile(
    r"(?:,|,?[ \t\u00a0]+(?:and|et|y|e|и|or|ou|o))[ \t\u00a0]+(?:(?:the|la|le|el|l[’'])[ \t\u00a0]*)?$"
)


def _coordinated(text: str, matches: list[re.Match[str]], named: set[int]) -> Iterator[Found]:
    """'the BGIWF, SBGWF and BIGUF': acronyms coordinated with one used as a name are names too."""
    runs: list[list[re.Match[str]]] = []
    for m in matches:
        prev = runs[-1][-1] if runs else None
        if (
            prev is not None
            and m.start() - prev.end() <= 8
            and _LIST_JOIN.search(text, prev.end(), m.start())
        ):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        if len(run) > 1 and any(m.start() in named for m in run):
            for m in run:
                if _could_be_a_name(m.group(1)) and not _in_caps_line(text, m.start(), m.end()):
                    yield Found(ORG, m.start(), m.end(), m.group(1), acronyms=(m.group(1),))


@cache
def _law_word() -> re.Pattern[str]:
    words = vocab.load("org_heads")["law_words"]
    return re.compile(rf"\b(?:{'|'.join(words)})\b[^()\n]{{0,80}}$", re.IGNORECASE)


@cache
def _law_word_before() -> Gated:
    """`_law_word` behind its words: a window before a bracket holding none of them (most) is not searched,
    where the case-insensitive pattern is tried at each of its positions."""
    return gated(_law_word())


# an acronym in capitals, or written as a word as Spanish and French pages often do: "(Sutrap)", "(Fenaf)"
_DEFINED = re.compile(r"\(([A-ZА-ЯЁ](?:[A-ZА-ЯЁ&]{1,7}\d?|[a-zа-яё]{2,6}))\)")


def _law_acronyms(text: str) -> set[str]:
    """Acronyms defined for a law ('la loi sur les associations (LSA)'): no organisation."""
    return {
        m.group(1)
        for m in _DEFINED.finditer(text)
        if _law_word_before().search(text, max(0, m.start() - 80), m.start())
    }


# "((?:{NAME_WORD}|[A-Z]{2,})...)" with the first capital read before the branch: `re` scans for a pattern
# opening with a letter class at C speed, where it enters one opening with a branch at every position
_NAME_RUN = re.compile(
    rf"({CAP}(?:{NAME_WORD.removeprefix(CAP)}|(?<=[A-Z])[A-Z]+)"
    rf"(?:{SP}+(?:(?:of|for|and|the|on|in|de|des|du|la|del|y|et|&){SP}+)*"
    rf"(?:{NAME_WORD}|[A-Z]{{2,}})){{0,7}}){SP}*$"
)


def defined_names(text: str) -> Iterator[Found]:
    """'United Steelworkers (USW)', 'Arden Rights Watch (ARW)': words whose initials the acronym spells.

    Whatever defines an acronym is a body (persons have none): no head noun is needed."""
    for m in _DEFINED.finditer(text):
        acronym = m.group(1)
        if not _could_be_a_name(acronym):  # the cheap test first: the words before are not read
            continue
        run = _NAME_RUN.search(text, max(0, m.start() - 90), m.start())
        if not run:
            continue
        words = [(run.start(1) + w.start(), w.group(0)) for w in _WORD.finditer(run.group(1))]
        capitals = [(start, word) for start, word in words if word[:1].isupper()]
        for i, (start, word) in enumerate(capitals):
            initials = "".join(w[0] for _, w in capitals[i:])
            if fold(word[0]) == fold(acronym[0]) and _spells(acronym, initials) and len(capitals) - i >= 2:
                name = text[start : run.end(1)]
                if not _law_word().search(name + " ") and not is_country(name):
                    # "(Sutrap)" is also written "SUTRAP"
                    spellings = (acronym,) if acronym.isupper() else (acronym, acronym.upper())
                    yield Found(ORG, start, run.end(1), name, acronyms=spellings)
                break


def _spells(acronym: str, initials: str) -> bool:
    """Every initial is a letter of the acronym, in order ('US' in 'USW'; 'NT' not in 'TUC'; 'Único' gives
    'U')."""
    letters = iter(fold(acronym))
    return all(fold(c) in letters for c in initials)


@cache
def _instrument_acronyms() -> frozenset[str]:
    """Acronyms of the catalogue's instruments ('ICCPR', 'PIDESC') and of national codes ('ТК', 'УК'):
    a cited text, not a body."""
    catalogue = (abbr for entry in vocab.load("instruments") for abbr in entry["abbreviations"])
    return frozenset((*catalogue, *vocab.load("national_laws")["abbreviations"]))


@lru_cache(maxsize=4096)  # a document uses its acronyms again and again
def _could_be_a_name(word: str) -> bool:
    word = word.split("-", 1)[0]
    return not (
        _ROMAN.fullmatch(word) or word in _not_names() or word in _instrument_acronyms() or is_country(word)
    )


def _in_caps_line(text: str, start: int, end: int) -> bool:
    """A heading or banner in capitals ('URGENT APPEAL FOR ACTION'): its words are no names. (The span
    holds no line break: its line is the one it starts on.)"""
    return _caps_line(text, text.rfind("\n", 0, start) + 1)


@lru_cache(maxsize=256)  # a line holding several acronyms is read once (a string keeps its hash)
def _caps_line(text: str, line_start: int) -> bool:
    line_end = text.find("\n", line_start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line.upper() == line and len(_CAPS_WORD.findall(line)) >= 3  # the cheap test first
