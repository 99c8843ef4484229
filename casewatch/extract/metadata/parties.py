"""Who sends, signs and receives a document: signatories here, parties linked to the document's entities."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from casewatch.extract.layout.signed_end import OFFICE_ALONE, OFFICE_CELL, TITLE_ONLY
from casewatch.extract.metadata.addressees import addressees
from casewatch.extract.metadata.page_parties import reported_signatories
from casewatch.extract.metadata.party_names import (
    part_lines,
    person_name,
    signed_body_lines,
    signer_in_capitals,
)
from casewatch.extract.metadata.self_voice import signer_over_body
from casewatch.extract.metadata.senders import senders
from casewatch.extract.names.person_given import given_names
from casewatch.extract.pipeline import step
from casewatch.model import Entity, Extraction, Part, Party, Text

SIGNATURE_DESCRIPTION = re.compile(r"appearing to read\s*[\"'“‘]([^\"'”’]{3,60})[\"'”’]", re.I)


# ---- signatories --------------------------------------------------------------------------------


# Two signers side by side: a gap of columns between them ("Jane Doe      John Roe")
_COLUMN_GAP = re.compile(r" {3,}|\t+")


# A signer's initials run into a surname in capitals: "M.N.DOE", "A. B. DOE"
_INITIALS_CAPITALS = re.compile(r"((?:[A-Z]\.[ \t]?){1,3})[ \t]?([A-Z][A-Z'’-]{2,})")


def _bracketed(cell: str) -> str:
    """A name in brackets under a signature, "(J. Doe)", "(J.K.DOE)": the name, its surname capitalised."""
    if cell.startswith("(") and cell.endswith(")"):
        cell = cell[1:-1].strip()
    m = _INITIALS_CAPITALS.fullmatch(cell)
    return f"{m.group(1).replace(' ', '')} {m.group(2).capitalize()}" if m else cell


def _side_by_side(line: str) -> list[str]:
    """The signers one line names side by side: split at a column gap, or before a given name that opens a
    second whole name once the first is whole ("Jane Doe John Roe")."""
    line = _bracketed(line.strip())
    if _COLUMN_GAP.search(line):
        return [_bracketed(cell) for cell in _COLUMN_GAP.split(line) if cell]
    tokens = line.split()
    for i in range(2, len(tokens) - 1) if 4 <= len(tokens) <= 6 else ():
        first, second = " ".join(tokens[:i]), " ".join(tokens[i:])
        if tokens[i] in given_names() and person_name(first) and person_name(second):
            return [first, second]
    return [line]


# A full stop a signer puts after the name ("J. Doe.") is no part of it; an initial's stays
_NAME_STOP = re.compile(r"(?<=[^\W\d_]{2})\.$")


def _signature_people(lines: list[str]) -> Iterator[Party]:
    lines = [_NAME_STOP.sub("", cell) for line in lines for cell in _side_by_side(line)]
    bodies = signed_body_lines(lines)  # "CUT Norte" under "Presidente" is the body signed for
    lines = [signer_in_capitals(line) or line for line in lines if line not in bodies]
    for i, line in enumerate(lines):
        described = SIGNATURE_DESCRIPTION.search(line)
        if described:
            yield Party(described.group(1).strip(), role="signature")
            continue
        # "Le Secrétaire Général", "Circle Secretary" are capitalised as a name is, but name only the office
        office = OFFICE_ALONE.match(line) or OFFICE_CELL.match(line) or TITLE_ONLY.match(line)
        name = None if office else person_name(line)
        if name:
            role = line.split(",", 1)[1].strip() if "," in line else None
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            yield Party(name, role=role or (nxt if nxt and not person_name(nxt) else None))


def _same_person(a: str, b: str) -> bool:
    return a.split()[-1].strip(".").lower() == b.split()[-1].strip(".").lower()


def _letterhead_holder(text: str, parts: Sequence[Part], title: str) -> Party | None:
    """The letterhead officer who holds the title a signature gives without a name."""
    lines = part_lines(text, parts, "letterhead")
    for before, line in itertools.pairwise(lines):
        name = person_name(before)
        if name and line.lower().startswith(title.lower()):
            return Party(name, role=title)
    return None


def signatories(text: str, parts: Sequence[Part]) -> list[Party]:
    # a sender's head line ("Jane Doe, General Secretary, Federation of X, City, date") names the signer
    lines = part_lines(text, parts, "signature") + part_lines(text, parts, "sender")
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
    if lines:
        return people
    signer = signer_over_body(text)
    named = person_name(signer) if signer else None
    return [Party(named, role="signature")] if named else reported_signatories(text)


# ---- entity links -------------------------------------------------------------------------------


def link(party: Party, entities: Sequence[Entity]) -> Party:
    """The party with the key of the document entity that carries its name."""
    return Linker(entities).link(party)


class Linker:
    """The document's entity names folded once, for all its parties: the first entity one of whose forms
    is the party's name, else the first (not a board) one of whose names holds it or is held by it."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.exact: dict[str, Entity] = {}
        for entity in entities:
            for form in (entity.name, *entity.aliases, *entity.acronyms):
                self.exact.setdefault(form.casefold(), entity)
        self.near = [
            (entity, [f.casefold() for f in (entity.name, *entity.aliases) if len(f) > 3])
            for entity in entities
            if not entity.board
        ]

    def link(self, party: Party) -> Party:
        folded = party.name.casefold()
        entity = self.exact.get(folded)
        if entity is None:
            entity = next(
                (e for e, forms in self.near if any(folded in f or f in folded for f in forms)), None
            )
        return party if entity is None else Party(party.name, entity.key, party.role)


@step("parties", needs=["parts", "meta.genre", "meta.countries"], adds=[
    "meta.senders", "meta.signatories", "meta.addressees"])  # fmt: skip
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    meta, parts = ext.meta, ext.parts
    found = {
        "meta.senders": senders(text.text, parts, meta.genre, meta.countries),
        "meta.signatories": signatories(text.text, parts),
        "meta.addressees": addressees(text.text, parts, meta.genre, meta.countries),
    }
    linker = Linker(ext.entities)
    return {key: tuple(linker.link(p) for p in value) for key, value in found.items()}
