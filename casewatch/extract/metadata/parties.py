"""Who sends, signs and receives a document: parties read from its anatomy (letterhead, addressee ...)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import Any

from casewatch import vocab
from casewatch.extract.layout import ADDRESSEE_MARK, clean
from casewatch.extract.pipeline import step
from casewatch.model import Entity, Extraction, Genre, Part, Party, Text

ILO_COMMITTEES = {
    Genre.ILO_CAS: "Conference Committee on the Application of Standards",
    Genre.ILO_CEACR: "Committee of Experts on the Application of Conventions and Recommendations",
    Genre.ILO_CFA: "Committee on Freedom of Association",
}
_MANDATE_HEADS = "Special Rapporteur|Working Group|Independent Expert|Chair-Rapporteur"
MANDATE = re.compile(
    rf"(?:{_MANDATE_HEADS}|Vice-Chair)\b.*?"
    rf"(?=\s*(?:,|;|\band)\s+(?:the\s+)?(?:{_MANDATE_HEADS})"
    r"|\s*$|\s*[.;])",
    re.I | re.S,
)
SIGNATURE_DESCRIPTION = re.compile(r"appearing to read\s*[\"'“‘]([^\"'”’]{3,60})[\"'”’]", re.I)
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
_NAME_TOKEN = re.compile(
    r"^(?:[A-ZÀ-ÝĀ-Ž][\w'’\-]*\.?|[A-Z]\.(?:-?[A-Z]\.)?|(?:de|van|von|der|da|del|al|el|bin)$)"
)
# The sending mission of a note verbale, up to where it says to whom it is accredited
MISSION = re.compile(
    r"(?:Permanent Mission of (?:the\s+)?|Mission permanente (?:de la |du |de l'|d'|des |de )"
    r"|Misión Permanente (?:de la |del |de ))[A-ZÀ-Ý][^\n,]{2,60}?"
    r"(?=\s+(?:to|auprès|ante|presents|présente|saluda)\b)"
)
# Whom a note verbale is addressed to: "presents its compliments to the Office of ...,"
COMPLIMENTS = re.compile(
    r"(?:presents its compliments to|présente ses compliments (?:à|au|aux)|saluda (?:atentamente )?(?:a|al))"
    r"\s+(?:the\s+|la\s+|l'|el\s+)?(?P<to>[A-ZÀ-Ý][^\n,;(]{3,120}?)(?=\s*(?:[,;(]|\s[-–]\s|\sand\s|\set\s|\sy\s))"
)
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+\.[\w.\-]+")


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


def _titles() -> list[str]:
    titles = _shared("person_titles", "titles_before", _FALLBACK_TITLES)
    return sorted({t for t in titles if t[:1].isupper()}, key=len, reverse=True)


def strip_honorific(name: str) -> str:
    for word in _honorifics():
        if name.startswith(word + " "):
            return name[len(word) + 1 :].strip()
    return name.strip()


def person_name(line: str) -> str | None:
    """The person a short line names ("Ms Jane Doe", "Jane Doe, MA, barrister"), else None."""
    name = strip_honorific(clean(line).split(",")[0].strip(" *#"))
    name = re.sub(r"\s+(?:QC|KC|SC|MP|MEP|PhD|LL\.M\.)$", "", name)
    tokens = name.split()
    if not 2 <= len(tokens) <= 5 or any(not _NAME_TOKEN.match(t) for t in tokens):
        return None
    if set(tokens) & (_org_heads() | set(_titles()) | {"Republic", "Kingdom", "State", "Street"}):
        return None
    if all(t.isupper() and len(t) > 2 for t in tokens):
        return None
    return name


def org_name(line: str) -> str | None:
    """An organisation a short line names ("Human Rights Watch", "IndustriALL Global Union"), else None."""
    text = clean(line).strip(" ,;.*")
    tokens = text.split()
    if not 1 <= len(tokens) <= 12 or not text[:1].isupper() or _EMAIL.search(text):
        return None
    if set(tokens) & _org_heads():
        return text
    return None


def strip_title(entry: str) -> tuple[str, str | None]:
    """ "Prime Minister Doe" -> ("Doe", "Prime Minister")."""
    for title in _titles():
        if entry.startswith(title + " ") and entry[len(title) + 1 : len(title) + 2].isupper():
            rest = entry[len(title) + 1 :].strip()
            if not rest.startswith("of "):
                return rest, title
    return entry, None


# ---- senders ------------------------------------------------------------------------------------


def _part_lines(text: str, parts: Sequence[Part], kind: str) -> list[str]:
    return [
        clean(raw)
        for p in parts
        if p.kind == kind
        for raw in text[p.start : p.end].splitlines()
        if clean(raw)
    ]


def mandate_titles(heading: str) -> list[str]:
    """Each mandate of a "Mandates of the Special Rapporteur on X and the Working Group on Y" heading."""
    heading = re.sub(r"^\s*Mandates? of (?:the\s+)?", "", clean(heading), flags=re.I)
    return [m.group(0).strip() for m in MANDATE.finditer(heading)]


def _acronyms(text: str) -> set[str]:
    return set(re.findall(r"\b[A-Z]{3,8}\b", text))


def _initials(name: str) -> str:
    connectors = {"of", "for", "and", "on", "the", "de", "des", "du", "la", "del", "y", "et"}
    return "".join(w[0] for w in name.split() if w not in connectors and w[:1].isupper())


def letterhead_org(text: str, parts: Sequence[Part]) -> str | None:
    """The issuing organisation in a letterhead: a name whose acronym the letter uses, or that it repeats."""
    acronyms = _acronyms(text)
    lines = _part_lines(text, parts, "letterhead")
    for line in lines:
        words = re.sub(r"\s*\([^)]*\)", "", line).split()  # "Name (ACRONYM)": the name without it
        for n in range(len(words), 1, -1):
            candidate = " ".join(words[:n])
            if _initials(candidate) in acronyms and org_name(candidate):
                return candidate
    return next((org for line in lines if (org := org_name(line)) and text.count(org) >= 2), None)


def ilo_or_un_senders(text: str, parts: Sequence[Part], genre: Genre) -> list[Party]:
    if genre in ILO_COMMITTEES:
        return [Party(ILO_COMMITTEES[genre])]
    heading = next((text[p.start : p.end] for p in parts if p.kind == "mandates"), None)
    titles = mandate_titles(heading) if heading else []
    if not titles:
        titles = [ln for ln in _part_lines(text, parts, "signature") if MANDATE.match(ln)]
    return [Party(t) for t in dict.fromkeys(titles)]


def senders(text: str, parts: Sequence[Part], genre: Genre, countries: Sequence[str]) -> list[Party]:
    found = ilo_or_un_senders(text, parts, genre)
    if found or genre is Genre.UN_COMMUNICATION:
        return found
    if genre is Genre.GOVERNMENT_REPLY:
        m = MISSION.search(text)
        return [Party(" ".join(m.group(0).split()))] if m else _governments(countries)
    signed = [
        org
        for line in _part_lines(text, parts, "signature")
        if (org := org_name(line)) and not person_name(line)
    ]
    if signed:  # a joint letter signs once per organisation
        return [Party(known_body(org)) for org in dict.fromkeys(signed)]
    org = letterhead_org(text, parts) or _masthead(text, genre)
    return [Party(known_body(org))] if org else []


def _masthead(text: str, genre: Genre) -> str | None:
    """A report's publisher named alone on one of its first lines ("HUMAN RIGHTS WATCH")."""
    if genre is not Genre.NGO_REPORT:
        return None
    lines = [clean(raw) for raw in text[:600].splitlines() if clean(raw)][:3]
    return next((line for line in lines if known_body(line) != line or org_name(line)), None)


@cache
def _known_bodies() -> dict[str, str]:
    """Every name and acronym of a well-known international body -> its English name."""
    index: dict[str, str] = {}
    for body in _shared_list("international_bodies"):
        for form in [body["name"], *body.get("variants", []), *body.get("acronyms", [])]:
            index.setdefault(form.casefold(), body["name"])
    return index


def known_body(name: str) -> str:
    """ "Confédération syndicale internationale" -> "International Trade Union Confederation"."""
    return _known_bodies().get(name.casefold(), name)


def _shared_list(name: str) -> list[dict[str, Any]]:
    try:
        data = vocab.load(name)
    except FileNotFoundError:
        return []
    return data if isinstance(data, list) else []


# ---- signatories --------------------------------------------------------------------------------


def _signature_people(lines: list[str]) -> Iterator[Party]:
    for i, line in enumerate(lines):
        described = SIGNATURE_DESCRIPTION.search(line)
        if described:
            yield Party(described.group(1).strip(), role="signature")
            continue
        name = person_name(line)
        if name:
            role = line.split(",", 1)[1].strip() if "," in line else None
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            yield Party(name, role=role or (nxt if nxt and not person_name(nxt) else None))


def _same_person(a: str, b: str) -> bool:
    return a.split()[-1].strip(".").lower() == b.split()[-1].strip(".").lower()


def _letterhead_holder(text: str, parts: Sequence[Part], title: str) -> Party | None:
    """The letterhead officer who holds the title a signature gives without a name."""
    lines = _part_lines(text, parts, "letterhead")
    for before, line in itertools.pairwise(lines):
        name = person_name(before)
        if name and line.lower().startswith(title.lower()):
            return Party(name, role=title)
    return None


def signatories(text: str, parts: Sequence[Part]) -> list[Party]:
    lines = _part_lines(text, parts, "signature")
    people: list[Party] = []
    for party in _signature_people(lines):
        twin = next((i for i, p in enumerate(people) if _same_person(p.name, party.name)), None)
        if twin is None:
            people.append(party)
        elif len(party.name) > len(people[twin].name):
            people[twin] = party
    if not people and lines:
        holder = _letterhead_holder(text, parts, lines[0].strip(" ,"))
        people = [holder] if holder else []
    return people


# ---- addressees ---------------------------------------------------------------------------------


def _governments(countries: Sequence[str]) -> list[Party]:
    table = vocab.load("countries")
    return [Party(f"Government of {table[c]['names'][0]}") for c in countries if c in table]


def _block_addressee(lines: list[str]) -> Iterator[Party]:
    for i, line in enumerate(lines):
        line = ADDRESSEE_MARK.sub("", line).strip(" :-")
        for inner in re.findall(r"\(([^)]{4,80})\)", line):
            if org_name(inner):
                yield Party(inner)
        if not line or _EMAIL.search(line):
            continue
        name = person_name(line)
        if name:
            yield Party(name, role=lines[i + 1] if i + 1 < len(lines) else None)
            return
        if org_name(line) and not re.search(r"\b(?:Republic|Kingdom|House|Street|St\.)\b", line):
            yield Party(org_name(line) or line)
            return


def _cc_entries(block: str) -> Iterator[str]:
    lines = [clean(raw) for raw in block.splitlines() if clean(raw)]
    entry = ""
    for line in lines:
        line = re.sub(r"^(?:cc|c\.c\.|copy to|copies to|copie à)\s*:\s*", "", line, flags=re.I)
        last = entry.split("\n")[-1]
        starts_entry = bool(person_name(line) or org_name(line))
        wraps = entry and (line[:1].islower() or ("," in entry and len(last) >= 50 and not starts_entry))
        if wraps:
            entry += "\n" + line
            continue
        if entry:
            yield entry
        entry = line
    if entry:
        yield entry


def _cc_party(entry: str) -> Party | None:
    first = entry.split("\n")[0]
    head, _, rest = first.partition(",")
    name, title = strip_title(head.strip())
    if person_name(name) or (title and name[:1].isupper()):
        return Party(person_name(name) or name, role=title or rest.strip() or None)
    if org_name(head) or re.fullmatch(r"[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,4}", head.strip()):
        return Party(head.strip(), role="cc")
    return None


def addressees(text: str, parts: Sequence[Part], genre: Genre, countries: Sequence[str]) -> list[Party]:
    if genre in ILO_COMMITTEES or genre is Genre.UN_COMMUNICATION:
        return _governments(countries)
    found: list[Party] = []
    for part in parts:
        body = text[part.start : part.end]
        if part.kind == "addressee":
            found += _block_addressee([clean(raw) for raw in body.splitlines() if clean(raw)])
        elif part.kind == "cc":
            found += [p for e in _cc_entries(body) if (p := _cc_party(e))]
    if genre is Genre.GOVERNMENT_REPLY and not found:
        m = COMPLIMENTS.search(text[:3000])
        found = [Party(" ".join(m.group("to").split()))] if m else []
    unique = {p.name: p for p in found}
    return list(unique.values())


# ---- entity links -------------------------------------------------------------------------------


def link(party: Party, entities: Sequence[Entity]) -> Party:
    """The party with the key of the document entity that carries its name."""
    folded = party.name.casefold()
    for entity in entities:
        forms = [entity.name, *entity.aliases, *entity.acronyms]
        if any(f.casefold() == folded for f in forms):
            return Party(party.name, entity.key, party.role)
    for entity in entities:
        if entity.board:
            continue
        forms = [entity.name, *entity.aliases]
        if any(folded in f.casefold() or f.casefold() in folded for f in forms if len(f) > 3):
            return Party(party.name, entity.key, party.role)
    return party


@step("parties", needs=["parts", "meta.genre", "meta.countries"], adds=[
    "meta.senders", "meta.signatories", "meta.addressees"])  # fmt: skip
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    meta, parts = ext.meta, ext.parts
    found = {
        "meta.senders": senders(text.text, parts, meta.genre, meta.countries),
        "meta.signatories": signatories(text.text, parts),
        "meta.addressees": addressees(text.text, parts, meta.genre, meta.countries),
    }
    return {key: tuple(link(p, ext.entities) for p in value) for key, value in found.items()}
