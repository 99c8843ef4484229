"""Companies and news outlets named right after a common noun: 'the company Kestrel', 'el diario La Voz'.

Such names have no head noun and are often one word; alone they would be read as places or not at all.
The cue noun is lower case and the name capitalised (or quoted) right after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from casewatch import vocab
from casewatch.extract.literals import starts_of_literals, trie
from casewatch.extract.names.common import (
    NAME_WORD,
    SP,
    Found,
    country_adjectives,
    fold,
    folded_cities,
    is_country,
    not_name_words,
    role_words,
    strip_possessive,
    words_not_after,
)
from casewatch.extract.names.cued_lines import in_cued_lines
from casewatch.extract.names.org_words import ORG, word_sets
from casewatch.extract.names.person_given import given_names
from casewatch.extract.openings import DOCUMENT, Openings, with_openings

# 'Max-O-Lite', 'Dura-Tek': the dashed parts of one word
_NAME_PART = rf"(?:{NAME_WORD}|[A-ZА-ЯЁ][A-ZА-ЯЁ&]{{1,7}}\d*)(?:-(?:{NAME_WORD}|[A-Z]+))*"
# a number or a numbered code inside a company's name, before a word of it: 'Cartonera 3J Fénix',
# 'Metalúrgica 2 de Mayo' (a number at the end is no part of it: 'workers at Kestrel 2 years ago')
_NUMBERED = r"(?:\d{1,4}[A-Za-z]{0,2}[ \t\u00a0]+(?:de[ \t\u00a0]+)?)?"
# a name opening with an article of its own: 'El Tiempo', 'Le Matin', 'The Daily Star'
_ARTICLE = r"(?:El|La|Le|Les|Los|Las|The|L[’'])"


@cache
def _cue_words() -> tuple[str, ...]:
    return tuple(vocab.load("org_cues")["cues"])


@cache
def _plural_cues() -> frozenset[str]:
    return frozenset(vocab.load("org_cues")["plural_cues"])


def _cued_name(listed: bool = False) -> str:
    """A name after a cue; in a list 'y' joins two names, not the words of one ('Kestrel y Vanta')."""
    joint = rf"{SP}+(?:&{SP}+|de{SP}+{'' if listed else f'|y{SP}+'})?{_NUMBERED}"
    return rf"(?:{_ARTICLE}{SP}*)?{_NAME_PART}(?:{joint}{_NAME_PART}){{0,3}}"


@cache
def _next_listed() -> re.Pattern[str]:
    """The next name of a list after a plural cue: ', Vanta', ' and Dura-Tek', ' и «Тарвен»'."""
    return re.compile(
        rf"(?:,{SP}+(?:(?:and|y|et|e|и){SP}+)?|{SP}+(?:and|y|et|e|и){SP}+)"
        rf"(?:[«\"“]([^»\"”\n]{{2,60}})[»\"”]|({_cued_name(listed=True)}))(?![\w’'-])"
    )


MAX_LISTED = 6  # names listed after a plural cue
_LISTED_JOINT = re.compile(rf"{SP}+y{SP}+")


def _listed_after(text: str, m: re.Match[str]) -> Iterator[Found]:
    """'the companies Kestrel, Vanta and Dura-Tek': the names listed after the first one a plural cue
    announces; the list ends at a name that is no company's (a person's, a place)."""
    if m.group(0).split()[0].casefold() not in _plural_cues():
        return
    group = 1 if m.group(1) else 2
    first = _LISTED_JOINT.search(m.group(group))
    end = m.start(group) + first.start() if first else m.end()
    for _ in range(MAX_LISTED):
        item = _next_listed().match(text, end)
        if item is None:
            return
        group = 1 if item.group(1) else 2
        name = item.group(group)
        if _names_something_else(name) or name.split()[0] in given_names():
            return
        yield Found(ORG, item.start(group), item.end(group), name, canonical=name)
        end = item.end()


@cache
def _cued_pattern() -> re.Pattern[str]:
    cues = trie(sorted({*_cue_words(), *_plural_cues()}, key=len, reverse=True))
    name = _cued_name()
    # 'la société de nettoyage, Propreval,': the cue's own complement and a comma may come between
    # 'la ONG arcadiana Cauce', 'la empresa estatal Petral': a Romance adjective of place or kind after it
    adjective = r"[a-zà-ÿ]+(?:ana|ano|ense|esa|ola|al|ale|aise|ienne|ina)s?"
    between = rf"(?:{SP}+(?:d[’']|de{SP}+)[a-zà-ÿ]+,|,|{SP}+{adjective})?{SP}+"
    return re.compile(
        rf"(?<![\w-])(?:{cues}){between}(?:[«\"“]([^»\"”\n]{{2,60}})[»\"”]|({name}))(?![\w’'-])"
    )


@cache
def _opened_by_cues() -> Openings:
    """The rules that open with their cue word ('company', 'members of', 'leader of', 'union,', 'workers
    at'), tried only where one of their openings starts (found in the document's one Aho-Corasick pass),
    not along every line holding a cue: a company noun, 'member' or 'president' is on many lines."""
    return with_openings(_cued_pattern(), _MEMBER, _LEADER_OF, _UNION_APPOSED, _WORKPLACE, together=DOCUMENT)


# 'workers at Kestrel', 'the union at Lácteos Sur': a workplace, where 'in' would name a place; 'the
# dockers of Kestrel Shipping': after 'of' a name ending in a trade's word ('of Avra' may be a place)
_WORKFORCE = (
    *("workers", "employees", "staff", "union", "unions", "striker", "strikers", "branch", "members"),
    *("dismissals", "dockers", "miners", "drivers"),
)
# the nouns in either case, each opening with its first letter (`words_not_after`), which `re` scans for
# at C speed, where a look-behind first is tried at every position of the line
_WORKPLACE = re.compile(
    words_not_after(r"\w-", [w for n in _WORKFORCE for w in (n.capitalize(), n)])
    + rf"{SP}+(?P<at>at|of){SP}+"
    # a plural's possessive ends the name ('workers of Kestrel Power Technologies' Avran unit')
    rf"({_NAME_PART}(?:{SP}+(?:&{SP}+)?{_NUMBERED}{_NAME_PART}){{0,2}})(?![\w-]|[’']\w)"
)
_AT = re.compile(r" at | of ")


def _on_a_line_saying_at_or_of(text: str, m: re.Match[str]) -> bool:
    """A workplace is read on the lines saying ' at ' or ' of ' (spaces around): the line of one written
    with another space ('workers\u00a0at') must say one elsewhere."""
    if " at " in m.group(0) or " of " in m.group(0):
        return True
    line_end = text.find("\n", m.end())
    return (
        _AT.search(text, text.rfind("\n", 0, m.start()) + 1, len(text) if line_end < 0 else line_end)
        is not None
    )


@cache
def _industry_words() -> frozenset[str]:
    return frozenset(vocab.load("org_cues")["industry_words"])


def _a_workplace(m: re.Match[str]) -> bool:
    name = m.group(2)
    return m.group("at") == "at" or (" " in name and name.split()[-1] in _industry_words())


def cued_names(text: str) -> Iterator[Found]:
    """The capitalised or quoted name right after a company or outlet noun, or after 'workers at'."""
    for found in _cued(text):
        found = _undescribed(found)
        if found.text:
            yield found


# 'Bangladesh-based', 'Puma-supplying': a capitalised word made an adjective describes the company after it
_DESCRIPTION = re.compile(rf"[^\W\d_][\w’']*-[a-z]+(?:ing|ed|based|owned|run|led){SP}*")
_OWNER_END = re.compile(r"[’']s$")
# "Ruritania's Hotel Kestrel": the country a company is in, as its owner, is no part of the name
_COUNTRY_OWNER = re.compile(rf"([A-Z][\w-]+(?:{SP}[A-Z][\w-]+)?)[’']s{SP}+(?=[A-Z])")


def _undescribed(found: Found) -> Found:
    """The name without the description or the country's possessive before it ('Ruritania's') and the
    possessive after it ('Azim Group's')."""
    m = _DESCRIPTION.match(found.text) or _COUNTRY_OWNER.match(found.text)
    if m and m.re is _COUNTRY_OWNER and not is_country(m.group(1)):
        m = None
    owner = _OWNER_END.search(found.text) is not None
    if m is None and not owner:
        return found  # most names are neither described nor owners
    start = found.start + (m.end() if m else 0)
    end = max(start, found.end - (2 if owner else 0))
    return replace(found, start=start, end=end, text=found.text[start - found.start : end - found.start])


def _cued(text: str) -> Iterator[Found]:
    rules = _opened_by_cues()
    starts = rules.starts(text)
    for m in rules.finditer(text, 0, starts):
        group = 1 if m.group(1) else 2
        if not _names_something_else(m.group(group)):
            listed = list(_listed_after(text, m))
            joint = _LISTED_JOINT.search(m.group(group)) if listed else None
            end = m.start(group) + joint.start() if joint else m.end(group)  # 'Kestrel' of 'Kestrel y Vanta'
            name = text[m.start(group) : end]
            # a list of names a company noun announces is no list of persons: the cue names them
            yield Found(ORG, m.start(group), end, name, canonical=name if listed else None)
            yield from listed
    for m in rules.finditer(text, 4, starts):
        if _a_workplace(m) and _on_a_line_saying_at_or_of(text, m) and not _names_something_else(m.group(2)):
            yield Found(ORG, m.start(2), m.end(2), m.group(2))
    for m in rules.finditer(text, 1, starts):
        name = _before_owned_nationality(_without_country_tail(m.group(1)))
        possessive = name.endswith(("'s", "’s"))  # 'members of John's family'
        if not possessive and not _names_something_else(name) and name.split()[0] not in given_names():
            yield Found(ORG, m.start(1), m.start(1) + len(name), name)
    for m in rules.finditer(text, 2, starts):
        name = _without_country_tail(m.group(1))
        if not _names_something_else(name) and not _a_field_or_state(name):
            yield Found(ORG, m.start(1), m.start(1) + len(name), name)
    for m in rules.finditer(text, 3, starts):
        if m.group(1).split()[0] not in given_names() and not _names_something_else(m.group(1)):
            yield Found(ORG, m.start(1), m.end(1), m.group(1))
    for m in in_cued_lines(_WORKS, text, _works_cue()):
        name = _LEADING_ARTICLE.sub("", m.group(1))
        start = m.end(1) - len(name)
        if name and not _names_something_else(name):
            yield Found(ORG, start, m.end(1), name)
    for m in in_cued_lines(_TOLD, text, _told_cue()):
        group = 1 if m.group(1) else 2
        if not _names_something_else(m.group(group)):
            yield Found(ORG, m.start(group), m.end(group), m.group(group))


# a run going on after 'and' is the start of a longer name: 'the Vila Nova and Porto Alto Metalworkers' Union'
_AND_MORE = rf"{SP}+(?:and|y|et|e|&){SP}+[A-ZÀ-Þ]"
# a body its members, militants or affiliates belong to, known by a proper name alone: 'members of Force
# Nouvelle', 'un syndicaliste de Rail-Libre', 'afiliados a Solidaridad Obrera'
_MEMBER = re.compile(
    r"(?<![\w-])(?:[Mm]embers?|[Mm]ilitant(?:e)?s?|[Ss]yndicalistes?|[Mm]embres?|[Mm]iembros?|[Aa]dhérent(?:e)?s?"
    rf"|[Aa]filiad[oa]s?|[Aa]ffiliated){SP}+(?:of|de|du|del|d[’']|a|to)(?:{SP}+(?:the|la|le|el))?{SP}*"
    rf"((?>{NAME_WORD}(?:{SP}+{NAME_WORD}){{0,3}}))(?![\w’'-]|{_AND_MORE})"
)


# a union's leader named with the body, known by a proper name alone: 'presidente de Sintravaldas',
# 'leader of Kalayaan Workers'; what a minister or mayor heads is a field or a place, not such a name
_LEADER_OF = re.compile(
    r"(?<![\w-])(?:[Pp]resident[ae]?|[Pp]résidente?|[Ll]eader|[Ll]íder|[Dd]irigente|[Cc]hair(?:man|person|woman)"
    r"|[Ff]ounder|[Ff]undador[a]?|[Ff]ondat(?:eur|rice)|[Ss]ecretary[- ][Gg]eneral|[Gg]eneral [Ss]ecretary"
    r"|[Ss]ecretari[oa] [Gg]eneral|[Ss]ecrétaire [Gg]énérale?|[Ss]ecretári[oa][- ][Gg]eral)"
    # 'líder sindical de Valtrans', 'dirigeant syndical de X': the role's adjective may come between
    rf"(?:{SP}+(?:sindical|syndical|sindicales|syndicaux))?"
    rf"{SP}+(?:of|de|du|del|d[’']|do|da)(?:{SP}+(?:the|la|le|el))?{SP}*((?>{NAME_WORD}(?:-[A-ZА-ЯЁ]{{1,4}})?(?:{SP}+{NAME_WORD}){{0,3}}))"
    rf"(?![\w’'-]|{_AND_MORE})"
)
_STATE_WORDS = frozenset(
    {"republic", "república", "république", "state", "estado", "état", "nation", "board"}
)


def _a_field_or_state(name: str) -> bool:
    """'Labour', 'the Republic', 'Health and Safety': a field of work or the State, not a body's name."""
    words = [w.casefold() for w in name.split() if w.casefold() not in {"and", "y", "et"}]
    fields = word_sets()["fields"]
    return all(w in fields or w in _STATE_WORDS or w in not_name_words() for w in words)


def _without_country_tail(name: str) -> str:
    """'Voix Nouvelle Belgique': the country a body works in is no part of its name here."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and is_country(words[-1]) else name


# a union described in lower case, then its own name in apposition: "the city's bus workers' union,
# Ettehadiye Ranandegan, has"
_UNION_APPOSED = re.compile(
    r"(?<![\w-])(?:union|unions|syndicate|syndicat|sindicato|federation|association)[’']?,"
    rf"{SP}+((?>{NAME_WORD}(?:{SP}+{NAME_WORD}){{1,4}})),"
)
# a workplace named before its common noun: 'the Kestrel Shoes factory', 'the Karta retail company'
_WORKS = re.compile(
    rf"((?:{_NAME_PART}|[A-Z][\w]*&[\w]+|[A-Z]-{NAME_WORD}|[A-Z](?={SP}+[A-Z]))(?:{SP}+(?:{_NAME_PART}|&)){{0,3}})"
    rf"{SP}+(?:[a-z]+{SP}+)?(?:factory|factories|plant|mill|mine|company|facility|warehouse|plantation)(?![\w-])"
)
# the common noun as the pattern reads it, a whole word after a space: a line holding only 'companies',
# 'determine' or 'planting' is not searched
_WORKS_CUE = re.compile(
    r"[ \t\u00a0](?:factor(?:y|ies)|plant(?:ation)?|mill|mine|company|facility|warehouse)(?![\w-])"
)
_LEADING_ARTICLE = re.compile(r"^(?:(?:The|A|An|This|That|Its|Their|Another)\b[ \t\u00a0]*)+")


@cache
def _works_cue() -> Openings:
    """The common noun tried only where one starts after a space (found in the document's one Aho-Corasick
    pass), where a scan stops at every space of the text to try the nouns."""
    return with_openings(_WORKS_CUE, together=DOCUMENT)


_TOLD_CUE = re.compile(r"told|reported by|(?:ó|aron|ieron) a |é à |сообщ|переда|рассказ")


@cache
def _told_cue() -> Openings:
    """A cue opening with letters common in any text ('e', 'a'), tried only where one of its words starts
    (found in the document's one Aho-Corasick pass) rather than at every such letter."""
    return with_openings(_TOLD_CUE, together=DOCUMENT)


# a news outlet or agency that a person speaks to or that reports: 'told AFP', 'explicó a DIARIO SUR',
# 'сообщает «Интерфакс»'; only a name in capitals or in quotes, a surname there being a person's
_TOLD = re.compile(
    r"(?<![\w-])(?:told|reported by|[a-záéíóú]+(?:ó|aron|ieron) a|a déclaré à|a indiqué à|a confié à"
    r"|сообщает|сообщил|сообщила|сообщили|передает|передаёт|рассказал|рассказала)"
    rf"{SP}+(?:[«\"“]([^»\"”\n]{{2,40}})[»\"”]|([A-ZÀ-Þ]{{2,}}(?:{SP}+[A-ZÀ-Þ]{{2,}}){{0,2}}))(?![\w’'-])"
)


@cache
def _union_cued() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """'le syndicat Alliance', 'el sindicato Sintravaldas': a union noun, then its name (one to three
    capitalised words); and the nouns alone, the cue of the lines searched."""
    words = sorted(vocab.load("org_cues")["union_cues"], key=len, reverse=True)
    name = rf"{_NAME_PART}(?:{SP}+{_NAME_PART}){{0,2}}"
    # each cue opening with its first letter, the look-behind after it: scanned for at C speed
    pattern = rf"(?:{trie(words)}){SP}+(?=[A-ZА-ЯЁÀ-Þ])({name})(?![\w’'-])"
    return re.compile(pattern), tuple(words)


_WORD_CHAR = re.compile(r"[\w-]")
_GOES_ON = re.compile(rf"{SP}+(?:de|del|des|du|d[’']|of|for|y|et|and|e)(?![\w’'-])")


def union_cued(text: str) -> Iterator[Found]:
    """A union named right after a union noun; a one-word name is one even when a common noun spells it
    ('Alliance'): the noun before says it names the union."""
    pattern, cues = _union_cued()
    # the nouns found first (each with `str.find`), the name tried right at each: most are followed by none
    for start in starts_of_literals(text, cues):
        m = pattern.match(text, start) if not (start and _WORD_CHAR.match(text, start - 1)) else None
        if m is None:
            continue
        name, words = m.group(1), m.group(1).split()
        # 'the union President Jane Doe': an officer; 'el sindicato Nacional de X': a longer name goes on
        if _names_something_else(name) or any(
            w in given_names() or w.casefold() in role_words() for w in words
        ):
            continue
        if _GOES_ON.match(text, m.end(1)):
            continue
        yield Found(ORG, m.start(1), m.end(1), name, canonical=name if " " not in name else None)


_OWNED_NATIONALITY = re.compile(rf"[’']s{SP}+([A-Z][a-z]+)")


def _before_owned_nationality(name: str) -> str:
    """'members of the Kestrel Federation's Namibian affiliate': the body is the owner, before the
    possessive; the nationality after it qualifies what the body has."""
    for m in _OWNED_NATIONALITY.finditer(name):
        if m.group(1) in country_adjectives():
            return name[: m.start()]
    return name


def _names_something_else(name: str) -> bool:
    """A country, a city or a capitalised common word ('the company Board'): no company name."""
    name = strip_possessive(name)
    first = name.split()[0]
    return (
        is_country(name)
        or fold(name) in folded_cities()
        or (len(name.split()) == 1 and first.casefold() in not_name_words())
        or _PLANT_UNIT.search(name) is not None
    )


# 'the majority union at Dapora Unit II': a plant's numbered unit is a workplace, not a company
_PLANT_UNIT = re.compile(r"\b(?:Unit|Plant|Block|Shed|Line)[ \t\u00a0]+(?:[IVX]{1,4}|\d{1,3}|[A-Z])$")


# 'Arden Daily News reported', 'according to the Harbour Post': an outlet named by its press word, cued by
# reporting, needs no company noun before it
_PRESS_WORD = (
    r"(?:News|Post|Times|Herald|Tribune|Gazette|Journal|Radio|Television|TV|Press|Daily|Courier|Standard"
    r"|Observer|Guardian|Mail|Express|Telegraph|Chronicle|Star|Monitor|Record|Bulletin|Mirror|Independent"
    r"|Nation|Globe|Reporter|Dispatch|Inquirer|Sentinel|Insider|Online|Weekly|Magazine|Agency)"
)
# every match names its outlet by a press word ending a word ('National' holds none), on one line
_PRESS_CUE = re.compile(rf"{_PRESS_WORD}(?![\w’'-])")


@cache
def _press_cue() -> Openings:
    """The press words tried only where one starts (found in the document's one Aho-Corasick pass), where a
    scan stops at every capital of the text to try them."""
    return with_openings(_PRESS_CUE, together=DOCUMENT)


_OUTLET = rf"((?:{_ARTICLE}{SP}+)?(?:{_NAME_PART}{SP}+){{1,3}}{_PRESS_WORD})(?![\w’'-])"
_REPORTING = re.compile(
    rf"(?<![\w-]){_OUTLET}{SP}+(?:reported|reports|said|says|wrote|quoted|cited|revealed)\b"
    rf"|(?:[Aa]ccording{SP}+to|told|reported{SP}+by|quoted{SP}+by|(?:[Ss]peaking|spoke){SP}+to)"
    rf"{SP}+(?:the{SP}+)?{_OUTLET}"
)


def reporting_outlets(text: str) -> Iterator[Found]:
    """ "the Harbour Post reported", "told Arden Daily News": a news outlet named as a source."""
    for m in in_cued_lines(_REPORTING, text, _press_cue()):
        group = 1 if m.group(1) else 2
        name = m.group(group)
        if not _names_something_else(name):
            yield Found(ORG, m.start(group), m.end(group), name)
