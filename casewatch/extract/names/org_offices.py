"""Organisations without a capitalised head: offices ('the police', "prosecutor's office"), Russian names.

'Peruvian police', 'the labour commissioner', 'прокуратура', 'Верховный суд', 'Межрегиональный профсоюз
«Новая смена»': in Russian only the first word of a name is capitalised, and adjectives come first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from casewatch import vocab
from casewatch.extract.literals import trie
from casewatch.extract.names.common import (
    SP,
    Found,
    country_adjectives,
    country_names,
    has_cyrillic,
    words_not_after,
)
from casewatch.extract.names.cued_lines import in_cued_lines
from casewatch.extract.names.gates import office_words
from casewatch.extract.names.org_cyrillic_case import nominative_body, points_back
from casewatch.extract.names.org_words import ORG
from casewatch.extract.names.person_cyrillic import is_given_name_form
from casewatch.extract.openings import DOCUMENT, Openings, with_openings

_CYR_ADJ_CAP = r"[А-ЯЁ][А-ЯЁа-яё-]*(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ем|ом|ую|юю|их|ых)"
_CYR_ADJ = r"[а-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ем|ом|ую|юю|их|ых)"
_CYR_GENITIVE = r"[а-яё-]+(?:а|я|ы|и|ов|ев|ей|ий|ого|его|ой|ых|их|ия|ии)"
# a noun's case endings after a head's stem ('профсоюза', 'прокуратурой'), not an adjective's ('профсоюзные')
_NOUN_END = r"(?:о|а|у|е|ы|и|ю|я|ом|ой|ою|ов|ам|ами|ах|ям|ями|ях|ей|ий|ия|ию|ие|ии|ием)?"
_QUOTED = r"(?:[ \t\u00a0]+«[^»\n]{1,60}»)?"
# a genitive complement is no pronoun and no past-tense verb ('суд его', 'конфедерация заявила')
_NOT_COMPLEMENT = (
    r"(?!(?:его|её|ее|их|ей|них|него|неё|этого|этой|этих|того|той|тех|всех|всего|которого|которой|которых"
    r"|также|более|менее|сегодня|вчера|нескольких|многих|других|некоторых|остальных|обоих|двух|трех|трёх)(?![\w-])"
    r"|[а-яё-]+(?:л|ла|ли|ло|лся|лась|лось|лись)(?![\w-]))"
)
_NOT_QUANTITY = r"(?!(?:нескольк|многи|други|некотор|остальн|всех|все|эти|таки)[а-яё]*(?![\w-]))"
# an adjective in the nominative ('Варновский', 'Городской' of the next court's name) is no genitive
_CYR_GEN_CAP = r"[А-ЯЁ][а-яё-]+(?:а|я|ы|и|ов|ев|ей|(?<!ск)(?<!цк)(?<!н)ий|ого|его|ой|ых|их|ия|ии)"
# lower-case genitive words, joined by spaces, commas or 'и', then at most two capitalised ones: 'профсоюзов
# горняков, химиков и нефтяников', 'труда России', 'Российской Федерации'
_COMPLEMENTS = (
    rf"(?:(?:,|{SP}+и)?{SP}+{_NOT_COMPLEMENT}{_CYR_GENITIVE}(?![\w-])){{0,5}}"
    rf"(?:{SP}+{_CYR_GEN_CAP}(?![\w-])){{0,2}}"
    # the kind of territory after its adjective: 'Федерация профсоюзов Тверской области'
    rf"(?:(?:(?<=ой)|(?<=ей)|(?<=ого)|(?<=его)){SP}+(?:области|края|республики|округа|района)(?![\w-]))?"
)


@cache
def _countries() -> frozenset[str]:
    return country_names() | country_adjectives()


_WORDS_BEFORE = re.compile(rf"((?:[\w’'-]+{SP}+){{1,3}})$")


def _office_start(text: str, start: int) -> int:
    """Where an office's name starts: at a country or its adjective just before it ('Peruvian police')."""
    m = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return start
    # a dateline's dash glued to the first word: "(Agency) -Avran police"
    words = [w.lstrip("-") for w in m.group(1).split()]
    for n in range(len(words), 0, -1):  # the longest country name first: 'South Sudan police'
        if " ".join(words[-n:]) in _countries():
            return start - len(m.group(1)) + m.group(1).index(words[-n])
    return start


def _a_common_noun(name: str) -> bool:
    """'la policía', 'le parquet', 'security forces': a one-word office or a plural force in lower case,
    with no country before it, is told by its common noun, as 'the police' is (that generic word is dropped
    later). A singular office ('the labour commissioner') is one authority all the same, a Russian office
    is named so ('прокуратура'), and a country before a force names it ('Peruvian police')."""
    if not name.islower() or has_cyrillic(name) or name == "police":
        return False
    return " " not in name or (name.endswith("s") and " of " not in name)


@cache
def _cyrillic() -> re.Pattern[str]:
    stems = sorted(vocab.load("org_heads")["cyrillic_heads"], key=len, reverse=True)
    heads, capitalised = trie(stems), trie([s[0].upper() + s[1:] for s in stems])
    # adjectives first ('Верховный суд'), or the head first with genitive complements ('Министерство труда')
    # toponymic adjectives are in lower case: two of them still open a name ('самарский областной суд')
    # a quantifier is no toponymic adjective: 'нескольких отраслевых организациях' names no body
    lower = rf"{_NOT_QUANTITY}{_CYR_ADJ}(?:{SP}+{_CYR_ADJ}){{1,3}}"
    adjectives = rf"(?:{_CYR_ADJ_CAP}(?:{SP}+{_CYR_ADJ}){{0,3}}|{lower})"
    before = rf"{adjectives}{SP}+(?:{heads}){_NOUN_END}(?![\w-])(?:{SP}+«[^»\n]{{1,60}}»|{_COMPLEMENTS})"
    after = (
        rf"(?:{capitalised}){_NOUN_END}(?=(?:{SP}+(?:и{SP}+)?{_NOT_COMPLEMENT}{_CYR_GENITIVE}|{SP}+{_CYR_GEN_CAP})(?![\w-]))"
        rf"{_COMPLEMENTS}{_QUOTED}"
    )
    # a head in any case then a quoted proper name: 'отдела «К»', 'профсоюз «Новая смена»'
    quoted = rf"(?:{heads}|{capitalised}){_NOUN_END}{SP}+«[^»\n]{{1,60}}»"
    return re.compile(rf"(?<![\w-])(?:{before}|{after}|{quoted})(?![\w-])")


@cache
def _head_cue() -> re.Pattern[str]:
    """The Russian head stems, in lower or upper case: only the lines holding one are searched."""
    stems = vocab.load("org_heads")["cyrillic_heads"]
    forms = {*stems, *(s[0].upper() + s[1:] for s in stems)}
    return re.compile(trie(sorted(forms, key=len, reverse=True), top=False))  # scanned at C speed, as above


@cache
def _offices_found() -> Openings:
    """The office words tried only where one starts, found in the document's one Aho-Corasick pass: the
    pattern's branches open with letters common in any text, where `re` enters one at each."""
    return with_openings(office_words().compiled, together=DOCUMENT)


def offices(text: str) -> Iterator[Found]:
    """Offices and Russian names; neither crosses a line."""
    # the matches of the office words' own `finditer`; the word start is tested here
    for m in _offices_found().finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
            continue
        start = _office_start(text, m.start())
        name = text[start : m.end()]
        if start == m.start() and _a_common_noun(name):
            continue
        yield Found(ORG, start, m.end(), name, canonical=_nominative_office(name))
    # the Russian heads are Cyrillic words: a text without a Cyrillic letter has none (most texts)
    for m in in_cued_lines(_cyrillic(), text, _head_cue()) if has_cyrillic(text) else ():
        end = _before_person(text, m.start(), m.end())
        found = Found(ORG, m.start(), end, text[m.start() : end])
        if not points_back(found) and not _of_a_kind(found.text):
            yield nominative_body(found)
    yield from local_bodies(text)


@cache
def _local_heads() -> dict[str, str]:
    """Each case form of a local authority's head noun, in lower and upper case -> its nominative."""
    forms: dict[str, str] = {}
    for nominative, cases in vocab.load("org_heads")["cyrillic_local_heads"].items():
        for form in cases:
            forms[form] = nominative
            forms[form[0].upper() + form[1:]] = nominative[0].upper() + nominative[1:]
    return forms


@cache
def _local_body() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'акимат Варнова', 'суда города Озёрска': a head, then the place in the genitive (capitalised, after
    'города' or 'области' or none); and the heads alone, each a whole word, where the pattern is tried."""
    heads = trie(sorted(_local_heads(), key=len, reverse=True))
    place = rf"{_CYR_GEN_CAP}(?:-{_CYR_GEN_CAP})?"
    # 'суд Октябрьского района Варнова', 'акимат Озёрской области': a district and its city
    area = rf"(?:{SP}+(?:района|области|края|округа)(?:{SP}+(?:города{SP}+)?{place})?)?"
    pattern = rf"({heads})(?![\w-]){SP}+(?:(?:города|области|района){SP}+)?{place}{area}(?![\w-])"
    starts = words_not_after(r"\w-", sorted(_local_heads(), key=len, reverse=True))
    return re.compile(pattern), re.compile(starts)


def local_bodies(text: str) -> Iterator[Found]:
    """A local authority or court named by its place ('акимат Варнова'), listed in the nominative."""
    pattern, cue = _local_body()
    # the heads found first (at C speed), the place tried right at each
    matches = (pattern.match(text, c.start()) for c in cue.finditer(text)) if has_cyrillic(text) else ()
    for m in (m for m in matches if m is not None):
        place = text[m.end(1) : m.end()].split()[-1]
        if is_given_name_form(place):
            continue  # 'суд Ерлана': a person's, not a place's
        name = _local_heads()[m.group(1)] + text[m.end(1) : m.end()]
        yield Found(ORG, m.start(), m.end(), m.group(0), canonical=name if name != m.group(0) else None)


@cache
def _generic_adjective() -> re.Pattern[str]:
    """One of the generic stems with an adjective's ending, the whole word: 'новый', not 'новгородский'."""
    stems = trie(sorted(vocab.load("org_heads")["cyrillic_generic_adjectives"], key=len, reverse=True))
    return re.compile(rf"(?:{stems})(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ом|ем|ую|юю|их|ых|ым|им)")


_LOWER_ADJECTIVE = re.compile(_CYR_ADJ)


@cache
def _head_stems() -> tuple[str, ...]:
    return tuple(vocab.load("org_heads")["cyrillic_heads"])


def _of_a_kind(name: str) -> bool:
    """'республиканское профсоюзное объединение': lower-case adjectives that only say what kind of body it
    is describe one; a place's adjective among them names it ('новгородский областной суд')."""
    stems = _head_stems()
    adjectives = []
    for word in name.split():
        if word.startswith(stems) or not _LOWER_ADJECTIVE.fullmatch(word):
            break  # the head ('объединение' ends as an adjective does)
        adjectives.append(word)
    return bool(adjectives) and all(_generic_adjective().fullmatch(w) for w in adjectives)


# 'в прокуратуру', 'полицией': a Russian office in another case is listed in the nominative
_CASE_ENDINGS = ("ой", "ей", "ы", "и", "у", "ю", "е")


@cache
def _offices() -> frozenset[str]:
    return frozenset(vocab.load("org_heads")["offices"])


def _nominative_office(name: str) -> str | None:
    word = name.casefold()
    if not has_cyrillic(word) or " " in word or word.endswith(("а", "я")):
        return None
    for ending in _CASE_ENDINGS:
        stem = word[: -len(ending)]
        nominatives = [n for n in (stem + "а", stem + "я") if n in _offices()]
        if word.endswith(ending) and nominatives:
            return nominatives[0]
    return None


_CAPITALISED = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+")


def _before_person(text: str, start: int, end: int) -> int:
    """'профобъединения Вячеслава Петрова': a person's name after the head is no complement of it."""
    for word in _CAPITALISED.finditer(text, start + 1, end):
        if is_given_name_form(word.group(0)):
            cut = word.start()
            while cut > start and text[cut - 1].isspace():
                cut -= 1
            return cut
    return end
