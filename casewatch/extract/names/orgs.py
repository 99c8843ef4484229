"""Organisation names by rule: international bodies, head-noun chains, acronyms, courts with a place."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from typing import Any

from casewatch import vocab
from casewatch.extract.literals import in_lines, trie
from casewatch.extract.names.common import (
    CAP,
    NAME_WORD,
    SP,
    Found,
    find_countries,
    fold,
    honorific_regex,
    is_country,
    not_name_words,
    role_words,
    strip_possessive,
)

ORG = "organization"
_ORG_WORD = rf"(?:{CAP}[\w&\-]*(?:[’']s?(?![\w]))?|\d+(?:st|nd|rd|th))"
_ACR = rf"{CAP}[\w&\-]*{CAP}"
_ACR_DEF = re.compile(
    rf"^[”\"’]?[ \t\u00a0]*\([ \t\u00a0]*({_ACR}(?:[ \t\u00a0]*/[ \t\u00a0]*{_ACR})*)[ \t\u00a0]*\)"
)
_ACR_BEFORE = re.compile(rf"(?<![\w-])({_ACR})[ \t\u00a0]*\($")
_QUOTED = re.compile(r"^[ \t\u00a0]*[“\"«]([A-Z][^”\"»\n]{1,80})[”\"»]")
_APPOSED = re.compile(
    rf",[ \t\u00a0]+({NAME_WORD}(?:[ \t\u00a0]+(?:of|for|and|the|in)?[ \t\u00a0]*{NAME_WORD}){{1,6}})(?=,)"
)
_QUOTED_UNION = re.compile(
    rf"[“\"]([A-Z][^”\"\n]{{2,80}})[”\"]{SP}+"
    r"(?:local |independent |primary |national |sectoral )?(?:trade )?union\b"
)
_COURT_WORD = re.compile("court")
_COURT = re.compile(
    rf"(?<![\w-])(?:[Aa]n?|[Tt]he){SP}+((?:[a-z][a-z-]+{SP}+){{0,3}}court){SP}+(?:in|of){SP}+({NAME_WORD})"
)


def _heads() -> dict[str, Any]:
    data: dict[str, Any] = vocab.load("org_heads")
    return data


@cache
def _chain_pattern() -> re.Pattern[str]:
    # "and" joins words ("Ministry of Labour and Social Protection"), never "and the" (two names)
    prepositions = (
        r"(?:of|for|on|de|des|du|del|der|für)(?:[ \t\u00a0]+(?:the|la|le|los|las|les))?|in[ \t\u00a0]+the"
    )
    sep = (
        rf"(?:[ \t\u00a0]+(?:(?:{prepositions}|and|&|y|et|und)(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*))?)"
    )
    return re.compile(rf"(?<![\w’'-]){_ORG_WORD}(?:{sep}{_ORG_WORD})*")


@cache
def _word_sets() -> dict[str, frozenset[str]]:
    data = _heads()
    keys = (
        "heads",
        "trailing_heads",
        "leading_heads",
        "located_heads",
        "not_org_starts",
        "instrument_starts",
        "not_org_after_head",
        "lead_trim",
        "connectors",
        "role_modifiers",
    )
    sets = {k: frozenset(data[k]) for k in keys}
    sets["generic"] = frozenset(fold(g) for g in data["generic_alone"])
    sets["lowercase_heads"] = frozenset(data["lowercase_heads"])
    fields = vocab.load("org_fields")
    sets["complement_words"] = frozenset(fields["complement_words"])
    sets["cut_titles"] = frozenset(fields["cut_titles"])
    sets["fields"] = frozenset(fields["fields"])
    return sets


@cache
def _bodies() -> tuple[dict[str, dict[str, Any]], re.Pattern[str]]:
    """International bodies: folded name or acronym -> entry, and one pattern for all their forms."""
    index: dict[str, dict[str, Any]] = {}
    forms: list[str] = []
    for entry in vocab.load("international_bodies"):
        for name in (entry["name"], *entry["variants"], *entry["acronyms"]):
            index.setdefault(name if name in entry["acronyms"] else fold(name), entry)
            forms.append(name)
    alternation = trie(sorted(set(forms), key=len, reverse=True))
    return index, re.compile(rf"(?<![\w-])(?:{alternation})(?![\w]|\.\w)")


def _body_found(start: int, text: str, entry: dict[str, Any]) -> Found:
    return Found(
        ORG, start, start + len(text), text, canonical=entry["name"], acronyms=tuple(entry["acronyms"])
    )


def _international(text: str) -> Iterator[Found]:
    index, pattern = _bodies()
    for m in pattern.finditer(text):
        entry = index.get(m.group(0)) or index.get(fold(m.group(0)))
        if entry:
            yield _body_found(m.start(), m.group(0), entry)


_TOKEN = re.compile(r"\S+")
_HYPHEN_LOWER = re.compile(r"-[a-z]")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_BODY_PREFIX = re.compile(r"^(?:ILO|UN|ILO’s|ILO's)\s+")


def _tokens(chain: str, offset: int) -> list[tuple[int, str]]:
    return [(offset + m.start(), m.group(0)) for m in _TOKEN.finditer(chain)]


def _is_connector(token: str) -> bool:
    return token in _word_sets()["connectors"]


def _trim(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop leading determiners, '-affiliated' style modifiers and non-organisation openings."""
    words = _word_sets()
    while tokens:
        first = tokens[0][1]
        if first in words["instrument_starts"]:
            return []
        if honorific_regex().fullmatch(first):
            tokens = _after_person(tokens)
            continue
        opening = first in words["lead_trim"] or first in words["not_org_starts"]
        office = _office_words(tokens)
        if opening or office or _HYPHEN_LOWER.search(first):
            tokens = tokens[max(1, office) :]
            while tokens and _is_connector(tokens[0][1]):
                tokens = tokens[1:]
            continue
        break
    return tokens


def _is_role_word(token: str) -> bool:
    """'President', 'Chair-Rapporteur': a person's office, not part of an organisation's name."""
    return token.casefold() in role_words() or all(p in role_words() for p in token.casefold().split("-"))


def _office_words(tokens: list[tuple[int, str]]) -> int:
    """How many words name an office before a connector ('General Secretary of', 'President of'), or 0."""
    modifiers = _word_sets()["role_modifiers"]
    n = 0
    while n < len(tokens) and (_is_role_word(tokens[n][1]) or tokens[n][1] in modifiers):
        n += 1
    holds_role = any(_is_role_word(t) for _, t in tokens[:n])
    return n if holds_role and n < len(tokens) and _is_connector(tokens[n][1]) else 0


def _after_person(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """'Ms Jane Doe of the Teachers Union': what follows the person's name and its connector."""
    for i, (_, token) in enumerate(tokens):
        if _is_connector(token):
            rest = tokens[i:]
            while rest and _is_connector(rest[0][1]):
                rest = rest[1:]
            return rest
    return []


def _head_positions(tokens: list[tuple[int, str]]) -> list[int]:
    words = _word_sets()
    last = len(tokens) - 1
    return [
        i
        for i, (_, t) in enumerate(tokens)
        if strip_possessive(t) in words["heads"]
        or (i == last > 0 and t in words["trailing_heads"] and not _is_connector(tokens[i - 1][1]))
        or (i == 0 < last and t in words["leading_heads"] and any(_is_connector(x) for _, x in tokens))
    ]


def _cut_after_head(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """End the chain where a non-organisation word follows a head ('Trade Union Law', 'Government and')."""
    words = _word_sets()
    heads = _head_positions(tokens)
    if not heads or any(t in words["instrument_starts"] for _, t in tokens[: heads[0]]):
        return []
    if any(t == "on" for _, t in tokens[: heads[0]]):  # "Crackdown on Independent Unions": a topic
        return []
    for i in range(heads[0] + 1, len(tokens)):
        word = strip_possessive(tokens[i][1])
        stop = word in words["instrument_starts"] or (
            not _is_connector(tokens[i - 1][1]) and _ends_chain(tokens, heads[0], i)
        )
        if stop or (word == "and" and i - 1 in heads):
            tokens = tokens[:i]
            break
    while tokens and _is_connector(tokens[-1][1]):
        tokens = tokens[:-1]
    return tokens if _head_positions(tokens) else []


def _ends_chain(tokens: list[tuple[int, str]], head: int, i: int) -> bool:
    """A word that ends a chain after its head: 'Trade Union Law', 'Police Colonel'.

    After a preposition a title or 'Rights' belongs to the complement ('Department of Criminal Justice',
    'Commission on Human Rights')."""
    words = _word_sets()
    word = strip_possessive(tokens[i][1])
    in_phrase = any(_is_connector(t) for _, t in tokens[head + 1 : i])
    if in_phrase and word in words["complement_words"] | words["cut_titles"]:
        return False
    return any(word in words[k] for k in ("not_org_after_head", "lead_trim", "cut_titles"))


def _span_text(text: str, tokens: list[tuple[int, str]]) -> tuple[int, int]:
    start = tokens[0][0]
    last_start, last = tokens[-1]
    return start, last_start + len(strip_possessive(last))


@lru_cache(maxsize=8192)  # chains recur ("Ministry of Labour", "The"); their tokens depend on the words only
def _chain_tokens(chain: str) -> tuple[tuple[int, str], ...]:
    """The organisation words of a chain, with offsets from the chain's start."""
    return tuple(_cut_after_head(_trim(_tokens(chain, 0))))


# "Act No. 4688 on Public Servants' Trade Unions": what follows is the subject of a law's title
_LAW_SUBJECT = re.compile(
    r"\b(?:Law|Act|Code|Decree|Ordinance|Bill|Regulations?)(?:\s+No\.?\s*[\w./-]+)?(?:,?\s+of\s+\d{4})?"
    r"\s+(?:on|concerning|regarding|relating\s+to)\s+(?:the\s+)?$"
)
LAW_SUBJECT_REACH = 60


def _chains(text: str) -> Iterator[Found]:
    for m in _chain_pattern().finditer(text):
        if _LAW_SUBJECT.search(text, max(0, m.start() - LAW_SUBJECT_REACH), m.start()):
            continue
        tokens = [(m.start() + offset, token) for offset, token in _chain_tokens(m.group(0))]
        if tokens and not _head_only_in_country(text[tokens[0][0] : tokens[-1][0] + len(tokens[-1][1])]):
            start, end = _span_text(text, tokens)
            yield _extend(text, Found(ORG, start, end, text[start:end]))


@lru_cache(maxsize=4096)  # a document names its organisations again and again
def _head_only_in_country(name: str) -> bool:
    """'Workers of the Russian Federation': the only head word belongs to a country's name."""
    spans = find_countries(name)
    if not spans:
        return False
    chars = list(name)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return not _head_positions(_tokens("".join(chars), 0))


def _extend(text: str, found: Found) -> Found:
    """Add a quoted proper name after the head ('Local Trade Union "Decent Work"') and a defined acronym."""
    found = _with_coordinated_complements(text, found)
    quoted = _QUOTED.match(text, found.end) or _located(text, found) or _named_apposition(text, found)
    if quoted:
        found = replace(found, end=quoted.end(), text=text[found.start : quoted.end()])
    acronyms = _acronyms_around(text, found.start, found.end)
    return replace(found, acronyms=acronyms) if acronyms else found


# ", Science and Culture" after "Union of Workers in Education": complements of one head, the last after "and"
_ITEM_WORDS = rf"{NAME_WORD}(?:{SP}+{NAME_WORD}){{0,2}}"
_COMPLEMENTS = re.compile(
    rf"(?:{SP}+(?:in|of|for|on){SP}+({_ITEM_WORDS}))?((?:,{SP}+{_ITEM_WORDS}){{1,6}}),?{SP}+(?:and|&){SP}+"
    rf"({_ITEM_WORDS})"
)


def _with_coordinated_complements(text: str, found: Found) -> Found:
    """'Federation of Trade Unions of Food, Agriculture and Tobacco Workers': the comma is inside the name.

    Only when the name ends in a complement after a preposition and every coordinated item is a plain
    capitalised phrase: no article, head noun, country, acronym or person-like pair
    ('the CGT, the CFDT and FO', 'Union of Teachers, Union of Miners and ...' stay apart)."""
    m = _COMPLEMENTS.match(text, found.end)
    if not m or not _ends_in_complement(found.text, m.group(1)):
        return found
    items = [m.group(1) or "", *m.group(2).split(",")[1:], m.group(3)]
    words = " ".join(items).split()
    if not all(_plain_complement(item.strip()) for item in items if item) or not _names_a_field(words):
        return found
    end = _last_conjunct_end(text, m.start(3), m.end())
    return replace(found, end=end, text=text[found.start : end])


def _last_conjunct_end(text: str, start: int, end: int) -> int:
    """Where the conjunct after 'and' ends: its chain may go on ('Tobacco Workers of Zimbabwe')."""
    chain = _chain_pattern().match(text, start)
    tail = _tokens(chain.group(0), start) if chain else []
    while tail and _is_connector(tail[-1][1]):
        tail.pop()
    return _span_text(text, tail)[1] if tail else end


def _names_a_field(words: list[str]) -> bool:
    """Some coordinated word is a common noun ('Education', 'Agriculture'): no list of places."""
    fields = _word_sets()["fields"]
    return any(w.casefold() in not_name_words() or w.casefold() in fields for w in words)


def _ends_in_complement(name: str, extra: str | None) -> bool:
    """The last word follows a preposition ('... of Food'), or a complement is added ('in Education')."""
    tokens = name.split()
    if extra:
        return True
    return (
        len(tokens) >= 3
        and tokens[-2] in {"of", "for", "in", "on"}
        and not _head_positions(_tokens(tokens[-1], 0))
    )


def _plain_complement(item: str) -> bool:
    """'Science', 'Social Protection', 'Tobacco Workers': no head, country, acronym or bare two-name pair."""
    words = item.split()
    sets = _word_sets()
    if not words or words[0] in sets["lead_trim"] | sets["not_org_starts"] | sets["instrument_starts"]:
        return False
    if _head_positions(_tokens(item, 0)):
        return False
    if (
        is_country(item)
        or any(is_country(w) for w in words)
        or any(w.isupper() and len(w) > 1 for w in words)
    ):
        return False
    # two or three capitalised words none of which is a common word: likely a person ('Ana Quispe')
    return len(words) == 1 or _names_a_field(words)


def _located(text: str, found: Found) -> re.Match[str] | None:
    """'Embassy of <Country> in <City>': a mission's seat is part of its name."""
    if not any(w in _word_sets()["located_heads"] for w in found.text.split()):
        return None
    return re.compile(rf"[ \t\u00a0]+in[ \t\u00a0]+{NAME_WORD}").match(text, found.end)


def _named_apposition(text: str, found: Found) -> re.Match[str] | None:
    """'Local Trade Union, Decent Work of Sector Employees,': a generic head then the proper name."""
    if not is_generic(found.text):
        return None
    m = _APPOSED.match(text, found.end)
    if m and not any(w in _word_sets()["heads"] for w in m.group(1).split()):
        return m
    return None


def _quoted_unions(text: str) -> Iterator[Found]:
    """'the "Decent Work for sector workers" local trade union': a quoted name before a lower-case head."""
    for m in _QUOTED_UNION.finditer(text):
        yield Found(ORG, m.start(), m.end(), m.group(0))


def _acronyms_around(text: str, start: int, end: int) -> tuple[str, ...]:
    after = _ACR_DEF.match(text[end : end + 60])
    if after:
        return tuple(a.strip() for a in after.group(1).split("/"))
    before = _ACR_BEFORE.search(text[max(0, start - 20) : start])
    if before and text[end : end + 1] == ")":
        return (before.group(1),)
    return ()


@cache
def _lowercase_headed_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern, and the head nouns one of which each of its matches (all on one line) holds."""
    heads = "|".join(re.escape(h) for h in sorted(_word_sets()["lowercase_heads"], key=len, reverse=True))
    pattern = rf"((?:{NAME_WORD})(?:[ \t\u00a0]+(?:and[ \t\u00a0]+)?{NAME_WORD})+)[ \t\u00a0]+(?:{heads})\b"
    return re.compile(pattern), re.compile(heads)


def _lowercase_headed(text: str) -> Iterator[Found]:
    """'Healthcare and Social Development union': capitalised words then a lower-case head noun."""
    pattern, heads = _lowercase_headed_pattern()
    for m in in_lines(pattern, text, heads):
        sets = _word_sets()
        tokens = _tokens(m.group(1), m.start())
        while tokens and tokens[0][1] in sets["lead_trim"]:
            tokens = tokens[1:]
        opening = not tokens or tokens[0][1] in sets["not_org_starts"] | sets["instrument_starts"]
        if not opening and not _head_positions(tokens) and not is_country(tokens[0][1]) and len(tokens) > 1:
            yield Found(ORG, tokens[0][0], m.end(), text[tokens[0][0] : m.end()])


def _courts(text: str) -> Iterator[Found]:
    """'an economic court in <City>' and later mentions of the same court phrase."""
    for m in in_lines(_COURT, text, _COURT_WORD):  # a court phrase is on one line
        if m.group(2).casefold() in not_name_words():
            continue
        name = text[m.start(1) : m.end()]
        yield Found(ORG, m.start(1), m.end(), name, canonical=name)
        phrase = m.group(1).split()[-2:]
        if len(phrase) == 2:
            for echo in re.finditer(
                rf"(?<![\w-]){re.escape(' '.join(phrase))}(?![\w-])", text, re.IGNORECASE
            ):
                yield Found(ORG, echo.start(), echo.end(), echo.group(0), canonical=name)


def is_generic(name: str) -> bool:
    """'the Committee', 'Government's', 'Trade Unions': a head phrase that names no one organisation."""
    bare = strip_possessive(_LEADING_THE.sub("", name))
    words = _word_sets()
    return fold(bare) in words["generic"] or (
        " " not in bare and bare in words["heads"] | words["trailing_heads"]
    )


def find_orgs(text: str) -> list[Found]:
    """Organisation candidates; generic head phrases are kept only when they define an acronym."""
    found = [
        *_international(text),
        *_chains(text),
        *_lowercase_headed(text),
        *_courts(text),
        *_quoted_unions(text),
    ]
    index, _ = _bodies()
    out = []
    for f in found:
        if is_generic(f.text) and not f.acronyms and not f.canonical:
            continue
        entry = index.get(fold(_BODY_PREFIX.sub("", f.text)))
        out.append(
            replace(f, canonical=entry["name"], acronyms=(*f.acronyms, *entry["acronyms"])) if entry else f
        )
    return out


def acronym_mentions(text: str, orgs: Sequence[Found]) -> list[Found]:
    """Standalone uses of acronyms defined in this document."""
    defined = sorted({a for f in orgs if not f.canonical for a in f.acronyms}, key=len, reverse=True)
    if not defined:
        return []
    firsts = {re.escape(a[:1]) for a in defined}
    first = "" if "" in firsts else f"(?=[{''.join(sorted(firsts))}])"  # one test rules most positions out
    alternation = "|".join(re.escape(a) for a in defined)
    pattern = re.compile(rf"{first}(?<![\w-])(?:{alternation})(?![\w])")
    return [
        Found(ORG, m.start(), m.end(), m.group(0), acronyms=(m.group(0),)) for m in pattern.finditer(text)
    ]
