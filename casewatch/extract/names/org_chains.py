"""Organisations named by a chain of capitalised words around a head noun ('Ministry of Labour')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, lru_cache

from casewatch import vocab
from casewatch.extract.names.common import (
    NAME_WORD,
    SP,
    Found,
    country_adjectives,
    find_countries,
    honorific_regex,
    is_country,
    role_words,
    strip_possessive,
)
from casewatch.extract.names.org_abbreviations import acronyms_around
from casewatch.extract.names.org_complements import with_coordinated_complements
from casewatch.extract.names.org_words import (
    ORG,
    chain_pattern,
    head_positions,
    is_connector,
    is_generic,
    span_of,
    split_tokens,
    word_sets,
)
from casewatch.extract.names.person_given import given_names

_QUOTED = re.compile(r"^[ \t\u00a0]*[“\"«]([A-Z][^”\"»\n]{1,80})[”\"»]")
_APPOSED = re.compile(
    rf",[ \t\u00a0]+({NAME_WORD}(?:[ \t\u00a0]+(?:of|for|and|the|in)?[ \t\u00a0]*{NAME_WORD}){{1,6}})(?=,)"
)

_HYPHEN_LOWER = re.compile(r"-[a-z]")
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th|e|er|re|ème|º|ª|\.º|\.ª)?\.?")
# a numbered meeting or document is no organisation: "1st National Congress of X", "60th Report of Y"
_NUMBERED = frozenset(
    {"Congress", "Conference", "Session", "Meeting", "Report", "Summit", "Plenary", "Congreso", "Congrès",
     "Conferencia", "Conférence", "Reunión", "Réunion", "Informe", "Rapport", "Sesión"}
)  # fmt: skip


def _after_numbered(tokens: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """The organisation after 'of' in "5th Congress of the X", [] for a bare numbered meeting, else None."""
    if not _ORDINAL.fullmatch(tokens[0][1]):
        return None
    words = [w for _, w in tokens[:5]]
    if not _NUMBERED & set(words):
        return None
    of = next((i for i, (_, w) in enumerate(tokens) if w in {"of", "de", "du", "del", "des"}), None)
    return tokens[of + 1 :] if of is not None else []


_MINISTERS = frozenset({"Minister", "Ministers", "Ministre", "Ministro", "Ministra", "Secretary-of-State"})


# "the New York-based Centre for ...": a place's name made an adjective describes where the body is
_DESCRIBED_BY = re.compile(r"-(?:based|owned|run|led|backed|controlled|affiliated|headquartered)$")


def _after_description(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The words after a '-based' style description that opens the chain before its head."""
    heads = head_positions(tokens)
    last = next(
        (i for i in reversed(range(heads[0] if heads else 0)) if _DESCRIBED_BY.search(tokens[i][1])), None
    )
    return tokens if last is None else tokens[last + 1 :]


def _trim(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop leading determiners, '-affiliated' style modifiers and non-organisation openings."""
    words = word_sets()
    tokens = _after_description(tokens)
    while tokens:
        first = tokens[0][1]
        if first in words["instrument_starts"]:
            return []
        if honorific_regex().fullmatch(first) or _person_before_of(tokens):
            tokens = _after_person(tokens)
            continue
        numbered = _after_numbered(tokens)
        if numbered is not None:
            tokens = numbered
            while tokens and is_connector(tokens[0][1]):
                tokens = tokens[1:]
            continue
        opening = first in words["lead_trim"] or first in words["not_org_starts"]
        # "All Nepal Federation of ...": 'All' before a country opens a national body's name
        opening = opening and not (first == "All" and len(tokens) > 2 and is_country(tokens[1][1]))
        # "by Norway of the Freedom of Association ...": a country before "of" is not the name's head
        opening = opening or (len(tokens) > 1 and is_country(first) and tokens[1][1] == "of")
        office = _office_words(tokens)
        if opening or office or _HYPHEN_LOWER.search(first):
            minister = any(t in _MINISTERS for _, t in tokens[:office])
            tokens = tokens[max(1, office) :]
            while tokens and is_connector(tokens[0][1]):
                tokens = tokens[1:]
            # 'Minister of Labour and Public Service': what a minister is of is a portfolio, not a body,
            # unless a head opens it ('Minister of the Interior's Office' stays unnamed all the same)
            if minister and tokens and strip_possessive(tokens[0][1]) not in words["heads"]:
                return []
            continue
        break
    return tokens


def _person_before_of(tokens: list[tuple[int, str]]) -> bool:
    """ "Mark Ryan Cruz of the Regional Committee": a given name and a surname or two before "of"
    name a person of the organisation, not the organisation."""
    of = next((i for i, (_, w) in enumerate(tokens) if is_connector(w)), None)
    if of is None or not 2 <= of <= 3 or head_positions(tokens[:of]):
        return False
    return any(w in given_names() for _, w in tokens[:2]) and all(w[:1].isupper() for _, w in tokens[:of])


def _is_role_word(token: str) -> bool:
    """'President', 'Chair-Rapporteur': a person's office, not part of an organisation's name."""
    return token.casefold() in role_words() or all(p in role_words() for p in token.casefold().split("-"))


def _office_words(tokens: list[tuple[int, str]]) -> int:
    """How many words name an office before a connector ('General Secretary of', 'President of'), or 0."""
    modifiers = word_sets()["role_modifiers"]
    n = 0
    while n < len(tokens) and (_is_role_word(tokens[n][1]) or tokens[n][1] in modifiers):
        n += 1
    holds_role = any(_is_role_word(t) for _, t in tokens[:n])
    return n if holds_role and n < len(tokens) and is_connector(tokens[n][1]) else 0


def _after_person(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """'Ms Jane Doe of the Teachers Union': what follows the person's name and its connector."""
    for i, (_, token) in enumerate(tokens):
        if is_connector(token):
            rest = tokens[i:]
            while rest and is_connector(rest[0][1]):
                rest = rest[1:]
            return rest
    return []


def _cut_after_head(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """End the chain where a non-organisation word follows a head ('Trade Union Law', 'Government and')."""
    words = word_sets()
    heads = head_positions(tokens)
    if not heads or any(t in words["instrument_starts"] for _, t in tokens[: heads[0]]):
        return []
    # "Crackdown on Independent Unions", "Contempt for Trade Unions": a topic, whose head is the complement's
    if any(t in ("on", "for") for _, t in tokens[: heads[0]]):
        return []
    for i in range(heads[0] + 1, len(tokens)):
        word = strip_possessive(tokens[i][1])
        stop = (
            word in words["instrument_starts"]
            or word in words["time_words"]
            or (not is_connector(tokens[i - 1][1]) and _ends_chain(tokens, heads[0], i))
        )
        # "Government to Ban Strikes" is a headline; "Committee to Protect Journalists" a name
        stop = stop or (word == "to" and strip_possessive(tokens[i - 1][1]) not in words["purpose_heads"])
        stop = stop or (word in _GERMAN_LINKS and _ENGLISH_HEAD.search(tokens[i - 1][1]) is not None)
        # "Union of Miners and Federation of Chemists": a head right after "and" opens another organisation
        new_body = _opens_another(tokens, i) or _a_force_after_a_union(tokens, i)
        # "Council for Dockers Union and Maritime Affairs": a head inside the complement, no head after "and",
        # joins two fields of one name
        in_complement = i - 1 != heads[0] and not any(h > i for h in heads)
        in_complement = in_complement or _fields_of_a_union(tokens, i)
        if stop or new_body or (word in ("and", "und") and i - 1 in heads and not in_complement):
            tokens = tokens[:i]
            break
    return _without_dangling_nationality(tokens)


# 'Dockers Council der Nachrichtenagentur': a German article or conjunction joins German words only; after
# an English head it opens the German sentence the English name stands in
_GERMAN_LINKS = frozenset({"der", "und", "für"})
_ENGLISH_HEAD = re.compile(
    r"(?:Council|Union|Federation|Confederation|Association|Committee|Organi[sz]ation|Workers|Centre|Center"
    r"|Congress|Movement|Network|Alliance|Society|Institute|Foundation|Coalition|Ministry|Department"
    r"|Court|Commission|Office|Board|Watch)s?[’']?$"
)


def _without_dangling_nationality(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """ "Police in the Ruritanian state": a nationality after a connector opens a phrase of the sentence
    whose noun is in lower case; it completes no name."""
    while tokens and (is_connector(tokens[-1][1]) or tokens[-1][1] in _LINKS):
        tokens = tokens[:-1]
    dangling = len(tokens) > 2 and tokens[-1][1] in country_adjectives()
    if dangling and (is_connector(tokens[-2][1]) or tokens[-2][1] in _LINKS):
        return _without_dangling_nationality(tokens[:-1])
    return tokens if head_positions(tokens) else []


_LINKS = frozenset({"the", "in"})  # words of the chain's prepositions that no name ends with


def _fields_of_a_union(tokens: list[tuple[int, str]], i: int) -> bool:
    """'Public Service and Transport Workers' Union', 'Mine and Energy Workers Union': a workplace's head
    before 'and' is a field the union after it organises, when no other head stands between."""
    if strip_possessive(tokens[i - 1][1]) not in _field_heads():
        return False
    later = [h for h in head_positions(tokens) if h > i]
    unions = _union_and_force_heads()[0]
    return (
        bool(later)
        and tokens[i + 1 : i + 2] != []
        and tokens[i + 1][1] != "the"
        and (strip_possessive(tokens[later[0]][1]) in unions)
    )


@cache
def _field_heads() -> frozenset[str]:
    return frozenset(vocab.load("org_heads")["field_heads"])


@cache
def _union_and_force_heads() -> tuple[frozenset[str], frozenset[str]]:
    heads = vocab.load("org_heads")
    return frozenset(heads["union_heads"]), frozenset(heads["state_force_heads"])


def _a_force_after_a_union(tokens: list[tuple[int, str]], i: int) -> bool:
    """'... Workers Union Metropolitan Police': a union's name never runs on into a police force or a court
    with no word between them; two bodies named side by side lost their comma."""
    unions, forces = _union_and_force_heads()
    rest = [strip_possessive(t) for _, t in tokens[i:]]
    return (
        tokens[i - 1][1] in unions
        and rest[0] not in word_sets()["connectors"]
        and len(rest) >= 2
        and rest[-1] in forces
        and not any(is_connector(w) for w in rest)
    )


def _opens_another(tokens: list[tuple[int, str]], i: int) -> bool:
    """'and' then a singular head, after a word that is no head ('Chambers and Associations' is one name)."""
    if tokens[i][1] not in {"and", "&", "und", "et", "y"} or i + 1 >= len(tokens):
        return False
    after, before = tokens[i + 1][1], tokens[i - 1][1]
    heads = word_sets()["heads"]
    return after in heads and not after.endswith("s") and strip_possessive(before) not in heads


def _ends_chain(tokens: list[tuple[int, str]], head: int, i: int) -> bool:
    """A word that ends a chain after its head: 'Trade Union Law', 'Police Colonel'.

    After a preposition a title or 'Rights' belongs to the complement ('Department of Criminal Justice',
    'Commission on Human Rights')."""
    words = word_sets()
    word = strip_possessive(tokens[i][1])
    in_phrase = any(is_connector(t) for _, t in tokens[head + 1 : i])
    if in_phrase and (word in words["complement_words"] or word in words["cut_titles"]):
        return False
    return any(word in words[k] for k in ("not_org_after_head", "lead_trim", "cut_titles"))


@lru_cache(maxsize=8192)  # chains recur ("Ministry of Labour", "The"); their tokens depend on the words only
def _chain_tokens(chain: str) -> tuple[tuple[int, str], ...]:
    """The organisation words of a chain, with offsets from the chain's start."""
    return tuple(_cut_at_office(_cut_after_head(_trim(split_tokens(chain, 0)))))


_POSSESSIVE_END = re.compile(r"[’']s?$")


def _cut_at_office(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """An office within the body is no part of its name: "Commission on Human Rights' Special Rapporteur"."""
    for i, (_, token) in enumerate(tokens[:-1]):
        # "the Arden Union's Ruritanian affiliate": a nationality after the possessive tells what the body has
        # "Azim Group's Orchid and Savar factories": after a head's possessive, words with no head of their
        # own name what the body owns
        owned = (
            any(_is_role_word(t) for _, t in tokens[i + 1 :])
            or tokens[i + 1][1] in country_adjectives()
            or (i in head_positions(tokens) and not any(h > i for h in head_positions(tokens)))
        )
        if _POSSESSIVE_END.search(token) and owned:
            return tokens[: i + 1] if head_positions(tokens[: i + 1]) else []
    return tokens


# "Act No. 4688 on Public Servants' Trade Unions": what follows is the subject of a law's title
_LAW_SUBJECT = re.compile(
    r"\b(?:Law|Act|Code|Decree|Ordinance|Bill|Regulations?)(?:\s+No\.?\s*[\w./-]+)?(?:,?\s+of\s+\d{4})?"
    r"\s+(?:on|concerning|regarding|relating\s+to)\s+(?:the\s+)?$"
)
LAW_SUBJECT_REACH = 60
_SUBJECT_WORDS = ("on", "concerning", "regarding", "to", "the")  # what such a title ends with
_LAW_HEADS = ("Law", "Act", "Code", "Decree", "Ordinance", "Bill", "Regulation")  # one opens every title


def _after_a_law_title(text: str, start: int) -> bool:
    before = max(0, start - LAW_SUBJECT_REACH)
    window = text[before:start]
    # most chains follow no such word ("the" is common), nor a law's head: the pattern is not run before them
    if not window.rstrip().endswith(_SUBJECT_WORDS) or not any(head in window for head in _LAW_HEADS):
        return False
    return _LAW_SUBJECT.search(text, before, start) is not None


def chains(text: str) -> Iterator[Found]:
    for m in chain_pattern().finditer(text):
        start, offsets = m.start(), _chain_tokens(m.group(0))
        # most chains hold no head noun: they name nothing, whatever words come before them
        if not offsets or _after_a_law_title(text, start):
            continue
        while offsets:  # a chain may hold several names: "Union of Miners and Federation of Chemists"
            tokens = [(start + offset, token) for offset, token in offsets]
            if not _head_only_in_country(text[tokens[0][0] : tokens[-1][0] + len(tokens[-1][1])]):
                first, end = span_of(text, tokens)
                first = _fields_before(text, first, tokens)
                yield _extend(text, Found(ORG, first, end, text[first:end]))
            start = _next_body(text, tokens[-1][0] + len(tokens[-1][1]), m.end())
            offsets = _chain_tokens(text[start : m.end()]) if start < m.end() else ()


# "the Bus, Rail and Tram Workers' Union": the fields a name lists before its head, set off by commas, after
# an article or a preposition (what comes after 'In Valdor,' is a sentence's)
_FIELDS_BEFORE = re.compile(
    r"(?:^|[ \t\u00a0])(?:[Tt]he|of|for|and)[ \t\u00a0]+((?:[A-Z][\w’'-]+,[ \t\u00a0]+){1,4})$"
)
FIELDS_REACH = 80


def _fields_before(text: str, start: int, tokens: list[tuple[int, str]]) -> int:
    """Where a name starts that lists its fields ('Bus, Rail and Tram Workers' Union'): a chain whose words
    before the head are coordinated with 'and' opens with the last of them."""
    if text[start - 2 : start] != ", ":  # most chains follow no comma: nothing more is asked
        return start
    heads = head_positions(tokens)
    if not heads or not any(t in ("and", "&") for _, t in tokens[: heads[0]]):
        return start
    m = _FIELDS_BEFORE.search(text, max(0, start - FIELDS_REACH), start)
    if m is None or any(is_country(w.rstrip(",")) for w in m.group(1).split()):
        return start
    return m.start(1)


_AND_HEAD = re.compile(r"[ \t\u00a0]+(?:and|und|&)[ \t\u00a0]+(?=\S)")


def _next_body(text: str, end: int, chain_end: int) -> int:
    """Where another organisation begins after 'and' in the same chain, or the chain's end."""
    m = _AND_HEAD.match(text, end)
    if m and m.end() < chain_end:
        return m.end()
    rest = text[end:chain_end]
    # the force a union's name ran on into ('Metropolitan Police') is a body of its own
    if rest[:1] in " \t\u00a0" and rest.split()[-1:] and rest.split()[-1] in _union_and_force_heads()[1]:
        return chain_end - len(rest.lstrip())
    return chain_end


@lru_cache(maxsize=4096)  # a document names its organisations again and again
def _head_only_in_country(name: str) -> bool:
    """'Workers of the Republic of Ruritania': the only head word belongs to a country's name."""
    spans = find_countries(name)
    if not spans:
        return False
    words = name.split()
    if len(words) > 1 and words[-1] in word_sets()["trailing_heads"]:
        return False  # 'United States Army', 'Zambia Police Command': a country's own force or outlet
    tokens = split_tokens(name, 0)
    if any(tokens[i][1] in word_sets()["trailing_heads"] for i in head_positions(tokens)):
        return False  # 'National Railways of Ruritania': a country's own company
    chars = list(name)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return not head_positions(split_tokens("".join(chars), 0))


# "Federation of Glass, Clay, Stone and Allied Workers' Unions": a complement listing several fields
_FIELD_LIST = re.compile(
    rf"(?:,{SP}+{NAME_WORD}){{1,4}},?{SP}+(?:and|&){SP}+((?:{NAME_WORD}(?:[’']s?)?{SP}+){{0,3}}{NAME_WORD})"
    rf"(?={SP}*\(|(?![\w’'-]))"
)


def _field_list(text: str, found: Found) -> Found:
    """Carry a chain that ends inside a complement on through a comma list that ends at a head."""
    m = _FIELD_LIST.match(text, found.end)  # most chains are followed by no comma: their words are not read
    if not m:
        return found
    tokens = split_tokens(found.text, 0)
    heads = head_positions(tokens)
    if not heads or not any(is_connector(t) for _, t in tokens[heads[0] + 1 :]):
        return found
    if any(w.strip(",") in given_names() for w in m.group(0).split()):
        return found
    last = strip_possessive(m.group(1).split()[-1])
    if last not in word_sets()["heads"] and not text[m.end() : m.end() + 2].lstrip().startswith("("):
        return found
    return replace(found, end=m.end(), text=text[found.start : m.end()])


def _extend(text: str, found: Found) -> Found:
    """Add a quoted proper name after the head ('Local Trade Union "Fair Wage"') and a defined acronym."""
    found = _field_list(text, with_coordinated_complements(text, found))
    quoted = (
        _QUOTED.match(text, found.end)
        or _located(text, found)
        or _named_apposition(text, found)
        or _local_number(text, found)
        or _cause_country(text, found)
        or _run_to_acronym(text, found)
    )
    if quoted:
        found = replace(found, end=quoted.end(), text=text[found.start : quoted.end()])
    acronyms = acronyms_around(text, found.start, found.end)
    return replace(found, acronyms=acronyms) if acronyms else found


# 'Bakers Union Local 19', 'Local Union 522': a local is told from its union's other locals by its number
_LOCAL_NUMBER = re.compile(r"[ \t\u00a0]+\d{1,5}(?![\w/.-]\w)")
_LOCAL_ENDS = ("Local", "Local Union", "Local Lodge")


def _local_number(text: str, found: Found) -> re.Match[str] | None:
    return _LOCAL_NUMBER.match(text, found.end) if found.text.endswith(_LOCAL_ENDS) else None


# "Union of Workers at Kestrel University (SINTRAKU)": a name cut at 'at' or 'in' that the acronym after
# its capitalised words closes; 'and the' would join a second body
_TO_ACRONYM = re.compile(
    rf"{SP}+(?:at|in){SP}+(?:the{SP}+)?{NAME_WORD}"
    rf"(?:{SP}+(?:(?:(?:of|for|at|in)(?:{SP}+the)?|and|de|del|la){SP}+)?{NAME_WORD}){{0,8}}"
    rf"(?={SP}*\([A-ZÀ-Ý][A-ZÀ-Ý’'&-]{{1,11}}\))"
)


def _run_to_acronym(text: str, found: Found) -> re.Match[str] | None:
    if acronyms_around(text, found.start, found.end):
        return None  # most names that define an acronym close right before it
    m = _TO_ACRONYM.match(text, found.end)
    return m if m and not is_country(m.group(0).split()[-1]) else None


_IN_COUNTRY = re.compile(
    rf"[ \t\u00a0]+in[ \t\u00a0]+((?:the[ \t\u00a0]+)?{NAME_WORD}(?:[ \t\u00a0]+{NAME_WORD}){{0,3}})"
)


_STATE_OFFICES = ("Ministry", "Ministries", "Department", "Office", "Embassy", "Secretariat", "Directorate")


def _cause_country(text: str, found: Found) -> re.Match[str] | None:
    """'Campaign for Human Rights in Ruritania': a body named for a cause names the country of the cause
    too; after any other name 'in <Country>' tells where something happened."""
    # 'the Ministry for Foreign Affairs in Ruritania' is a government's office, seated in its country
    if " for " not in found.text or found.text.startswith(_STATE_OFFICES):
        return None
    m = _IN_COUNTRY.match(text, found.end)
    return m if m and is_country(m.group(1).removeprefix("the").strip()) else None


_SEAT = re.compile(rf"[ \t\u00a0]+in[ \t\u00a0]+{NAME_WORD}")


def _located(text: str, found: Found) -> re.Match[str] | None:
    """'Embassy of <Country> in <City>': a mission's seat is part of its name."""
    if not any(w in word_sets()["located_heads"] for w in found.text.split()):
        return None
    return _SEAT.match(text, found.end)


def _named_apposition(text: str, found: Found) -> re.Match[str] | None:
    """'Local Trade Union, Fair Wage of Port Employees,': a generic head then the proper name."""
    if not is_generic(found.text):
        return None
    m = _APPOSED.match(text, found.end)
    if m and not any(w in word_sets()["heads"] for w in m.group(1).split()):
        return m
    return None
