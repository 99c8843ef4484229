"""Incremental resolution: a batch re-resolves only the records its new ones can reach.

Every candidate pair shares a key, and every collection fact a judgement reads (how many people
bear a surname, how many names an acronym stands for, how many names begin with a short form)
is gathered from records that share the key it is read under. So records that share no key,
directly or through others (or a person's merge or split), are resolved independently, and
re-resolving the group a new record joins gives the same judgements and clusters as resolving
the whole collection again (tests/resolve/test_incremental.py holds the two together).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from typing import Protocol

from casewatch.model import EntityRecord, Judgement
from casewatch.resolve.blocking import blocking_keys
from casewatch.resolve.profile import Profile, prefixes, profile
from casewatch.resolve.resolver import resolve, signature


class Keyed(Protocol):
    """What incremental resolution needs of the store (see store/resolution.py)."""

    def keys_of(self, refs: Collection[str]) -> set[str]: ...
    def refs_with(self, keys: Collection[str]) -> set[str]: ...


# The version of the rules that make a record's keys (here and in the name keys they are read
# from): raised when they change, so that a database keyed by earlier rules is keyed again whole.
KEYS_VERSION = 3


def record_keys(prof: Profile) -> set[str]:
    """The keys that tie a record to every record its resolution depends on: the blocking keys,
    its names and their short forms, the acronyms its initials spell, and its signature."""
    keys = blocking_keys(prof)
    for org in prof.orgs:
        keys.update(f"w:{' '.join(words)}" for words in (org.words, *prefixes(org)))
    keys.update(f"a:{acronym}" for acronym in prof.derived)
    keys.add("s:" + hashlib.sha1(repr(signature(prof.record)).encode("utf-8")).hexdigest()[:16])
    return {key for key in keys if not key.endswith(":")}


# Distinct records whose keys `keyed` remembers at once (their keys are a few short strings).
_KEYS_REMEMBERED = 50_000


def keyed(records: Mapping[str, tuple[int, EntityRecord]]) -> Iterator[tuple[str, int, set[str]]]:
    """(ref, document id, keys) of each record, made one at a time as the index is written.

    A record's keys follow from what it says (type, names, acronyms, roles), never from its
    document: the same union or minister named in many documents is keyed once."""
    made: dict[tuple[object, ...], set[str]] = {}
    for ref, (document_id, record) in records.items():
        said = (record.type, record.name, record.aliases, record.acronyms, record.roles)
        keys = made.get(said)
        if keys is None:
            if len(made) >= _KEYS_REMEMBERED:
                made.clear()
            keys = made[said] = record_keys(profile(record))
        yield ref, document_id, keys


def _user_links(user: Iterable[Judgement]) -> dict[str, set[str]]:
    links: dict[str, set[str]] = defaultdict(set)
    for j in user:
        links[j.left].add(j.right)
        links[j.right].add(j.left)
    return links


def reach(index: Keyed, seeds: Collection[str], user: Iterable[Judgement]) -> set[str]:
    """Every ref tied to the seeds through shared keys or a person's judgement, the seeds included."""
    links = _user_links(user)
    refs, keys, frontier = set(seeds), set[str](), set(seeds)
    while frontier:
        fresh = index.keys_of(frontier) - keys
        keys |= fresh
        found = index.refs_with(fresh) | {other for ref in frontier for other in links.get(ref, ())}
        frontier = found - refs
        refs |= frontier
    return refs


def resolve_group(
    records: Iterable[EntityRecord], user: Iterable[Judgement], earlier: Iterable[Judgement] = ()
) -> tuple[tuple[Judgement, ...], Mapping[str, str]]:
    """Judgements and clusters of a closed group of records (see `reach`); `earlier`, the links
    that held its records' clusters before (both ends share a key, so they lie in the group)."""
    chosen = list(records)
    refs = {record.ref for record in chosen}
    mine = [j for j in user if j.left in refs or j.right in refs]
    kept = [j for j in earlier if j.left in refs and j.right in refs]
    resolution = resolve(chosen, mine, kept)
    return resolution.judgements, resolution.clusters
