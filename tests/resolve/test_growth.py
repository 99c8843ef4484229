"""Records arriving in any order, Latin and Cyrillic spellings mixed: clusters only grow, never split.

Extraction does not yet find persons in Russian letters, so the Cyrillic spellings are given here
as records; `tests/test_ingest_growth.py` runs the same property through the whole pipeline.
"""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from casewatch.model import EntityRecord, EntityType
from casewatch.resolve import held_links, resolve

P, ORG = EntityType.PERSON, EntityType.ORGANIZATION

SPELLINGS = {
    "aliona": [
        "Aliona Petrushevskaya",
        "Алёна Петрушевская",
        "Alena Petrushevskaia",
        "Ms Petrushevskaya",
        "Петрушевская Алёна Викторовна",
    ],
    "pyotr": ["Pyotr Kovalyov", "Пётр Ковалёв", "Petr Kovalev", "Mr Kovalev", "Ковалёв П."],
    "yerlan": ["Yerlan Seitkhanov", "Ерлан Сейтханов", "Erlan Seytkhanov", "Mr Seitkhanov"],
}
UNIONS = {
    "glass": [
        ("Glass and Ceramics Workers' Union", "GCWU"),
        ("Industrial Union of Employees of the Glass and Ceramics Sector", ""),
        ("Профсоюз работников стекольной промышленности", "ПРСП"),
        ("Glass Industry Workers' Union", "PRSP"),
    ],
    "teachers": [("Union of Teachers of Dornava", ""), ("Union of Teachers", "UTD")],
    "health": [("Union of Health Workers of Dornava", "UHWD")],
}


def _records() -> list[tuple[str, EntityRecord]]:
    out = []
    for actor, names in SPELLINGS.items():
        out += [
            (actor, EntityRecord(f"{actor}{i}:p", f"{actor}{i}", P, name)) for i, name in enumerate(names)
        ]
    for actor, forms in UNIONS.items():
        for i, (name, acronym) in enumerate(forms):
            acronyms = (acronym,) if acronym else ()
            out.append((actor, EntityRecord(f"{actor}{i}:o", f"{actor}{i}", ORG, name, acronyms, acronyms)))
    return out


RECORDS = _records()
ACTOR = {rec.ref: actor for actor, rec in RECORDS}


def grown(order: list[EntityRecord]) -> list[dict[str, str]]:
    """Clusters after each record arrives, each resolution keeping the links of the one before."""
    steps: list[dict[str, str]] = []
    links: list = []
    for n in range(1, len(order) + 1):
        found = resolve(order[:n], earlier=links)
        links = held_links(found.judgements, found.clusters)
        steps.append(found.clusters)
    return steps


def splits(before: dict[str, str], after: dict[str, str]) -> bool:
    homes: dict[str, set[str]] = {}
    for ref, cid in before.items():
        homes.setdefault(cid, set()).add(after[ref])
    return any(len(h) > 1 for h in homes.values())


def groups(found: dict[str, str]) -> set[frozenset[str]]:
    out: dict[str, set[str]] = {}
    for ref, cid in found.items():
        out.setdefault(cid, set()).add(ref)
    return {frozenset(g) for g in out.values()}


@settings(max_examples=30, deadline=None)
@given(st.permutations([rec for _, rec in RECORDS]))
def test_records_in_any_order_give_the_same_actors_and_never_split_one(order: list[EntityRecord]) -> None:
    steps = grown(order)
    assert not any(splits(a, b) for a, b in pairwise(steps))
    assert groups(steps[-1]) == groups(resolve(order).clusters)
    found = groups(steps[-1])
    assert all(len({ACTOR[ref] for ref in g}) == 1 for g in found), "two actors merged"
    persons = {ACTOR[ref] for g in found for ref in g if ref.endswith(":p")}
    assert len([g for g in found if next(iter(g)).endswith(":p")]) == len(persons), "a person split"
