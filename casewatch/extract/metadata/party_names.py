"""The shapes of party names: a person on a line, an organisation on a line, a title before a name."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from casewatch import vocab
from casewatch.extract.layout.lines import clean
from casewatch.extract.metadata.voice import union_bodies, well_known_ngo
from casewatch.extract.names.person_given import given_names
from casewatch.model import Part, Party

_ORG_WORDS = {
    "Rights",
    "Watch",
    "International",
    "Global",
    "Amnesty",
    "Solidarity",
    "Trade",
    "Workers",
    "Labour",
    # Russian head nouns: "Конфедерация труда ...", "Министерство юстиции"
    "Конфедерация",
    "Федерация",
    "Профсоюз",
    "Союз",
    "Ассоциация",
    "Министерство",
    "Комитет",
    "Совет",
    "Объединение",
    "Организация",
}
_FALLBACK_HEADS = [
    "Union",
    "Confederation",
    "Federation",
    "Congress",
    "Ministry",
    "Court",
    "Committee",
    "Council",
    "Commission",
    "Office",
    "Organisation",
    "Organization",
    "Centre",
    "Center",
    "Association",
    "Foundation",
    "Embassy",
    "Mission",
    "Government",
    "Institute",
    "Network",
]
_FALLBACK_TITLES = [
    "President",
    "Prime Minister",
    "Minister",
    "Deputy Minister",
    "General Secretary",
    "Secretary General",
    "Director",
    "Chairperson",
    "Chair",
    "Special Rapporteur",
]
# The start of a UN mandate's title: "Special Rapporteur on ...", "Working Group on ..."
MANDATE_TITLE = r"(?:Special Rapporteur|Independent Expert|Working Group) (?:on|in the field of|for) "
_INITIAL_FIRST = re.compile(r"^([A-Z]\.)[ \t]*([A-ZÀ-Ý][\w'’\-]+)$")
_NAME_TOKEN = re.compile(
    r"^(?:[A-ZÀ-ÝĀ-ŽА-ЯЁ][\w'’\-]*\.?|[A-ZА-ЯЁ]\.(?:-?[A-ZА-ЯЁ]\.)?|(?:de|van|von|der|da|del|al|el|bin)$)"
)
# The sending mission of a note verbale, up to where it says to whom it is accredited
EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+\.[\w.\-]+")


# ---- name shapes ------------------------------------------------------------------------------


def _shared(name: str, key: str, fallback: Iterable[str]) -> set[str]:
    """A word list from a vocabulary another step owns, with a minimal fallback while it is absent."""
    try:
        return set(vocab.load(name).get(key, [])) | set(fallback)
    except FileNotFoundError:
        return set(fallback)


def _org_heads() -> set[str]:
    return _shared("org_heads", "heads", _FALLBACK_HEADS) | _ORG_WORDS


def _honorifics() -> list[str]:
    words = _shared(
        "honorifics", "honorifics", ["Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "Prof."]
    )
    return sorted({*words, "H.E.", "H. E.", "His Excellency", "Her Excellency"}, key=len, reverse=True)


@cache
def _roles() -> frozenset[str]:
    words = _shared("person_titles", "titles_before", _FALLBACK_TITLES)
    words |= _shared("person_titles", "role_words", [])
    return frozenset(w.casefold() for w in words)


def is_role(words: str) -> bool:
    """Whether `words` are a title or role as a signature gives it ("Presidente", "General Secretary")."""
    return " ".join(words.split()).casefold() in _roles()


def _titles() -> list[str]:
    titles = _shared("person_titles", "titles_before", _FALLBACK_TITLES)
    return sorted({t for t in titles if t[:1].isupper()}, key=len, reverse=True)


def strip_honorific(name: str) -> str:
    """ "His Excellency Mr Jan Novak" -> "Jan Novak": honorifics come stacked."""
    name = name.strip()
    stripped = True
    while stripped:
        stripped = False
        for word in _honorifics():
            if name.startswith(word + " "):
                name, stripped = name[len(word) + 1 :].strip(), True
                break
    return name


_POST_NOMINALS = re.compile(r"\s+(?:QC|KC|SC|MP|MEP|PhD|LL\.M\.)$")


def person_name(line: str) -> str | None:
    """The person a short line names ("Ms Jane Doe", "Jane Doe, MA, barrister"), else None."""
    written = clean(line).split(",")[0].strip(" *#")
    name = strip_honorific(written)
    if len(name.split()) == 1 and _INITIAL_FIRST.match(written):
        # "M. Krishnan", "M.Krishnan": an initial, not the French "Monsieur", before a lone surname
        name = _INITIAL_FIRST.sub(r"\1 \2", written)
    name = _POST_NOMINALS.sub("", name)
    tokens = name.split()
    if not 2 <= len(tokens) <= 5 or any(not _NAME_TOKEN.match(t) for t in tokens):
        return None
    if set(tokens) & (_org_heads() | set(_titles()) | {"Republic", "Kingdom", "State", "Street"}):
        return None
    if all(t.isupper() and len(t) > 2 for t in tokens):
        return None
    return name


# "Pour l'Union syndicale X :", "For the Federation,", "Por la CUT", "On behalf of X": the body a person
# signs for, named by a name or an acronym
_SIGNS_FOR = re.compile(
    r"^(?:For|Pour|Por|On behalf of|Au nom de|En nombre de|От имени)\s+"
    r"(?:the\s+|l['’]|la\s+|le\s+|el\s+|les\s+)?"
    r"(?P<body>[A-ZÀ-ÝА-ЯЁ][^:,;\n]{1,100}?)\s*[:,;]?$"
)


def signed_for(line: str) -> str | None:
    """The body a line signs for ("Pour le Conseil de la Fédération X" -> "Conseil de la Fédération X"),
    else None."""
    m = _SIGNS_FOR.match(line.strip())
    return m.group("body") if m else None


def org_name(line: str) -> str | None:
    """An organisation a short line names ("Arden Rights Watch", "Global Dockers Union"), else None."""
    text = clean(line).strip(" ,;.*")
    tokens = text.split()
    if not 1 <= len(tokens) <= 12 or not text[:1].isupper() or EMAIL.search(text):
        return None
    # a letterhead in capitals ("SYLVANIAN FEDERATION OF MINERS") has the same head nouns
    words = {t.capitalize() for t in tokens} if text.isupper() and len(tokens) > 1 else set(tokens)
    if words & _org_heads():
        return text
    return None


def strip_role(line: str) -> str:
    """ "General Secretary, Sylvanian Federation of Miners" -> the organisation without the signer's title."""
    for title in _titles():
        if line.startswith(title + ",") or line.startswith(title + " of "):
            return line[len(title) :].lstrip(" ,").removeprefix("of ").strip()
    return line


def strip_title(entry: str) -> tuple[str, str | None]:
    """ "Prime Minister Doe" -> ("Doe", "Prime Minister")."""
    for title in _titles():
        if entry.startswith(title + " ") and entry[len(title) + 1 : len(title) + 2].isupper():
            rest = entry[len(title) + 1 :].strip()
            if not rest.startswith("of "):
                return rest, title
    return entry, None


# "CUT Llanquihue", "SITRA Norte": a body's acronym with its branch, the line a signature gives under the
# signer's office
_ACRONYM_BRANCH = re.compile(r"^[A-ZÀ-Ý]{2,6}(?:[ \t]+[A-ZÀ-Ý][\w'’\-]+){1,3}$")


def signed_body_lines(lines: Sequence[str]) -> list[str]:
    """The lines of a signature naming a body by acronym and branch right under an office ("Presidente")."""
    return [
        line
        for above, line in itertools.pairwise(lines)
        if is_role(above.strip(" ,.")) and _ACRONYM_BRANCH.match(line) and not line.isupper()
    ]


def signer_in_capitals(line: str) -> str | None:
    """A signer's name in capitals ("JANE ROE DOE"), opening with a given name: the name, capitalised."""
    tokens = line.split()
    if not 2 <= len(tokens) <= 4 or not line.isupper() or tokens[0].capitalize() not in given_names():
        return None
    return " ".join(t.capitalize() for t in tokens)


def part_lines(text: str, parts: Sequence[Part], kind: str) -> list[str]:
    return [
        clean(raw)
        for p in parts
        if p.kind == kind
        for raw in text[p.start : p.end].splitlines()
        if clean(raw)
    ]


@cache
def _known_bodies() -> dict[str, str]:
    """Every name and acronym of a well-known international body -> its English name."""
    index: dict[str, str] = {}
    for body in _shared_list("international_bodies"):
        for form in [body["name"], *body.get("variants", []), *body.get("acronyms", [])]:
            index.setdefault(form.casefold(), body["name"])
    return index


# A page's banner gives its body's name and the site's tagline after a dash ("IUF - Uniting Food, Farm and
# Hotel Workers World-Wide", "Arden Watch - Home Page"): the name is the part before it, where that is a
# body's own
_TAGLINE = re.compile(r"\s+[-–—|]\s+")
_ACRONYM = re.compile(r"[A-Z]{2,8}")


def untagged(name: str) -> str:
    head, *tagline = _TAGLINE.split(name, maxsplit=1)
    if not tagline:
        return name
    named = known_body(head) != head or well_known_ngo(head) == head or union_bodies(head) == [head]
    return head if named or _ACRONYM.fullmatch(head) else name


def known_body(name: str) -> str:
    """ "Confédération syndicale internationale" -> "International Trade Union Confederation"."""
    return _known_bodies().get(name.casefold(), name)


def _shared_list(name: str) -> list[dict[str, Any]]:
    try:
        data = vocab.load(name)
    except FileNotFoundError:
        return []
    return data if isinstance(data, list) else []


def governments(countries: Sequence[str]) -> list[Party]:
    table = vocab.load("countries")
    # "Venezuela, Bolivarian Republic of" is a list heading: the government is "of Venezuela"
    return [Party(f"Government of {table[c]['names'][0].split(', ')[0]}") for c in countries if c in table]
