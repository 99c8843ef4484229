"""Candidate pairs from inverted indexes on name keys, so resolution never compares all pairs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from casewatch.resolve.keys import skeleton
from casewatch.resolve.profile import Profile, prefixes

# A key shared by more records than this says nothing about identity (a very common word or
# surname): its block is left out rather than paired quadratically.
MAX_BLOCK = 200


def blocking_keys(prof: Profile) -> set[str]:
    """The index keys of one record: surname skeletons, acronyms, normalised names and prefixes."""
    keys = {f"p:{skeleton(surname)}" for person in prof.persons for surname, _given in person.parses}
    keys.update(f"a:{acronym}" for acronym in prof.acronyms | prof.derived)
    for org in prof.orgs:
        keys.add(f"o:{org.key}")
        keys.update(f"s:{' '.join(prefix)}" for prefix in (org.words, *prefixes(org)))
    keys.update(f"l:{place}" for place in prof.places)
    return {key for key in keys if not key.endswith(":")}


def index(profiles: Sequence[Profile]) -> dict[str, list[int]]:
    """Key -> positions of the records carrying it."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, prof in enumerate(profiles):
        for key in blocking_keys(prof):
            blocks[key].append(i)
    return blocks


def candidate_pairs(profiles: Sequence[Profile]) -> Iterator[tuple[int, int]]:
    """Each pair of positions (i < j) that shares at least one key, once, in a stable order."""
    seen: set[tuple[int, int]] = set()
    blocks = index(profiles)
    for key in sorted(blocks):
        members = blocks[key]
        if len(members) > MAX_BLOCK:
            continue
        for n, i in enumerate(members):
            for j in members[n + 1 :]:
                pair = (i, j) if i < j else (j, i)
                if pair not in seen:
                    seen.add(pair)
                    yield pair
