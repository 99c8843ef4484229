"""Collection-wide entities as people see them: clusters of records with names and documents."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from casewatch.model import EntityRecord


@dataclass(frozen=True)
class EntityRow:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...]
    documents: tuple[str, ...]


def group(records: Sequence[EntityRecord], clusters: Mapping[str, str]) -> dict[str, list[EntityRecord]]:
    groups: dict[str, list[EntityRecord]] = defaultdict(list)
    for rec in records:
        groups[clusters.get(rec.ref, rec.ref)].append(rec)
    return groups


def entity_table(records: Sequence[EntityRecord], clusters: Mapping[str, str]) -> list[EntityRow]:
    rows = []
    for cid, recs in group(records, clusters).items():
        names = Counter(r.name for r in recs)
        name = max(names, key=lambda n: (names[n], len(n)))
        # The names documents write (an acronym used stands among the aliases); a vocabulary's acronyms
        # in other languages are for matching only.
        aliases = dict.fromkeys(a for r in recs for a in (r.name, *r.aliases) if a != name)
        docs = tuple(dict.fromkeys(r.document for r in recs))
        rows.append(EntityRow(cid, recs[0].type.value, name, tuple(aliases), docs))
    return sorted(rows, key=lambda r: (-len(r.documents), r.name))


def members(records: Sequence[EntityRecord], clusters: Mapping[str, str], entity: str) -> list[EntityRecord]:
    """Records of an entity given its cluster id, or the one record given its ref."""
    return [r for r in records if clusters.get(r.ref, r.ref) == entity or r.ref == entity]


def representative(records: Sequence[EntityRecord], clusters: Mapping[str, str], entity: str) -> str | None:
    found = members(records, clusters, entity)
    exact = [r.ref for r in found if r.ref == entity]
    return exact[0] if exact else (min(r.ref for r in found) if found else None)
