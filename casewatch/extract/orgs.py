"""Organisation names by rule: international bodies, head-noun chains, acronyms, courts with a place."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from casewatch import vocab
from casewatch.extract.names import CAP, NAME_WORD, Found, fold, not_name_words, strip_possessive

ORG = "organization"
_ORG_WORD = rf"{CAP}[\w&\-]*(?:[’']s?(?![\w]))?"
_ACR = r"[A-Z][A-Za-z&\-]*[A-Z]"
_ACR_DEF = re.compile(rf"^[”\"’]?[ \t]*\([ \t]*({_ACR}(?:[ \t]*/[ \t]*{_ACR})*)[ \t]*\)")
_ACR_BEFORE = re.compile(rf"(?<![\w-])({_ACR})[ \t]*\($")
_QUOTED = re.compile(r"^[ \t]*[“\"«]([A-Z][^”\"»\n]{1,80})[”\"»]")
_COURT = re.compile(
    rf"(?<![\w-])(?:an?|the)[ \t]+((?:[a-z][a-z-]+[ \t]+){{0,3}}court)[ \t]+(?:in|of)[ \t]+({NAME_WORD})"
)


def _heads() -> dict[str, Any]:
    data: dict[str, Any] = vocab.load("org_heads")
    return data


@cache
def _chain_pattern() -> re.Pattern[str]:
    conn = "|".join(
        re.escape(c) for c in _heads()["connectors"] if c not in {"the", "la", "le", "los", "las"}
    )
    arts = r"(?:[ \t]+(?:the|la|le|los|las|les))?"
    sep = rf"(?:[ \t]+(?:(?:{conn}){arts}(?:[ \t]+|[ \t]*\n[ \t]*))?)"
    return re.compile(rf"(?<![\w’'-]){_ORG_WORD}(?:{sep}{_ORG_WORD})*")


@cache
def _word_sets() -> dict[str, frozenset[str]]:
    data = _heads()
    keys = ("heads", "not_org_starts", "instrument_starts", "not_org_after_head", "lead_trim", "connectors")
    sets = {k: frozenset(data[k]) for k in keys}
    sets["generic"] = frozenset(fold(g) for g in data["generic_alone"])
    sets["lowercase_heads"] = frozenset(data["lowercase_heads"])
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
    alternation = "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))
    return index, re.compile(rf"(?<![\w-])(?:{alternation})(?![\w])")


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


def _tokens(chain: str, offset: int) -> list[tuple[int, str]]:
    return [(offset + m.start(), m.group(0)) for m in re.finditer(r"\S+", chain)]


def _is_connector(token: str) -> bool:
    return token in _word_sets()["connectors"]


def _trim(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop leading determiners, '-affiliated' style modifiers and non-organisation openings."""
    words = _word_sets()
    while tokens:
        first = tokens[0][1]
        if first in words["instrument_starts"]:
            return []
        if first in words["lead_trim"] or re.search(r"-[a-z]", first) or first in words["not_org_starts"]:
            tokens = tokens[1:]
            while tokens and _is_connector(tokens[0][1]):
                tokens = tokens[1:]
            continue
        break
    return tokens


def _cut_after_head(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """End the chain where a non-organisation word directly follows a head ('Trade Union Law')."""
    words = _word_sets()
    heads = [i for i, (_, t) in enumerate(tokens) if strip_possessive(t) in words["heads"]]
    if not heads:
        return []
    for i in range(heads[0] + 1, len(tokens)):
        word = strip_possessive(tokens[i][1])
        if not _is_connector(tokens[i - 1][1]) and (
            word in words["not_org_after_head"] or word in words["lead_trim"]
        ):
            tokens = tokens[:i]
            break
    while tokens and _is_connector(tokens[-1][1]):
        tokens = tokens[:-1]
    return tokens


def _span_text(text: str, tokens: list[tuple[int, str]]) -> tuple[int, int]:
    start = tokens[0][0]
    last_start, last = tokens[-1]
    end = last_start + len(last.rstrip("’'")) if last.endswith(("’", "'")) else last_start + len(last)
    return start, end


def _chains(text: str) -> Iterator[Found]:
    for m in _chain_pattern().finditer(text):
        tokens = _cut_after_head(_trim(_tokens(m.group(0), m.start())))
        if tokens:
            start, end = _span_text(text, tokens)
            yield _extend(text, Found(ORG, start, end, text[start:end]))


def _extend(text: str, found: Found) -> Found:
    """Add a quoted proper name after the head ('Local Trade Union "Decent Work"') and a defined acronym."""
    quoted = _QUOTED.match(text, found.end)
    if quoted:
        found = replace(found, end=quoted.end(), text=text[found.start : quoted.end()])
    acronyms = _acronyms_around(text, found.start, found.end)
    return replace(found, acronyms=acronyms) if acronyms else found


def _acronyms_around(text: str, start: int, end: int) -> tuple[str, ...]:
    after = _ACR_DEF.match(text[end : end + 60])
    if after:
        return tuple(a.strip() for a in after.group(1).split("/"))
    before = _ACR_BEFORE.search(text[max(0, start - 20) : start])
    if before and text[end : end + 1] == ")":
        return (before.group(1),)
    return ()


def _lowercase_headed(text: str) -> Iterator[Found]:
    """'Healthcare and Social Development union': capitalised words then a lower-case head noun."""
    heads = "|".join(re.escape(h) for h in sorted(_word_sets()["lowercase_heads"], key=len, reverse=True))
    for m in re.finditer(rf"((?:{NAME_WORD})(?:[ \t]+(?:and[ \t]+)?{NAME_WORD})+)[ \t]+(?:{heads})\b", text):
        words = m.group(1).replace(" and ", " ").split()
        if all(w.casefold() not in not_name_words() or w in {"Social", "Workers"} for w in words[:1]):
            yield Found(ORG, m.start(), m.end(), m.group(0))


def _courts(text: str) -> Iterator[Found]:
    """'an economic court in <City>' and later mentions of the same court phrase."""
    for m in _COURT.finditer(text):
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
    return fold(re.sub(r"^(?:the|The)\s+", "", name)) in _word_sets()["generic"]


def find_orgs(text: str) -> list[Found]:
    """Organisation candidates; generic head phrases are kept only when they define an acronym."""
    found = [*_international(text), *_chains(text), *_lowercase_headed(text), *_courts(text)]
    index, _ = _bodies()
    out = []
    for f in found:
        if is_generic(f.text) and not f.acronyms and not f.canonical:
            continue
        entry = index.get(fold(re.sub(r"^(?:ILO|UN|ILO’s|ILO's)\s+", "", f.text)))
        out.append(
            replace(f, canonical=entry["name"], acronyms=(*f.acronyms, *entry["acronyms"])) if entry else f
        )
    return out


def acronym_mentions(text: str, orgs: Sequence[Found]) -> list[Found]:
    """Standalone uses of acronyms defined in this document."""
    defined = {a for f in orgs if not f.canonical for a in f.acronyms}
    out = []
    for acronym in defined:
        for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w])", text):
            out.append(Found(ORG, m.start(), m.end(), acronym, acronyms=(acronym,)))
    return out
