"""Candidate pairs from inverted indexes on name keys, so resolution never compares all pairs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from casewatch.resolve.keys import skeleton, unstressed
from casewatch.resolve.profile import Profile, prefixes

# A key shared by more records than this says nothing about identity (a very common word or
# surname): its block is left out rather than paired quadratically.
MAX_BLOCK = 200
MAX_EXTENSIONS = 4


def blocking_keys(prof: Profile) -> set[str]:
    """The index keys of one record: surname skeletons, acronyms, normalised names and prefixes."""
    keys = {f"p:{skeleton(surname)}" for person in prof.persons for surname, _given in person.parses}
    # a surname in its Russian and its Belarusian vowels (Korenev / Karaneu) meets in one block
    keys.update(f"u:{unstressed(key[2:])}" for key in list(keys) if len(key) >= 9)
    keys.update(f"a:{acronym}" for acronym in prof.acronyms)
    keys.update(f"o:{org.key}" for org in prof.orgs)
    keys.update(f"t:{org.trade}" for org in prof.orgs)
    keys.update(f"l:{place}" for place in prof.places)
    return {key for key in keys if not key.endswith(":")}


def index(profiles: Sequence[Profile]) -> dict[str, list[int]]:
    """Key -> positions of the records carrying it."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, prof in enumerate(profiles):
        for key in blocking_keys(prof):
            blocks[key].append(i)
    return blocks


def _block_pairs(blocks: dict[str, list[int]]) -> Iterator[tuple[int, int]]:
    for key in sorted(blocks):
        members = blocks[key]
        if len(members) <= MAX_BLOCK:
            yield from ((i, j) for n, i in enumerate(members) for j in members[n + 1 :])


def _short_form_pairs(profiles: Sequence[Profile]) -> Iterator[tuple[int, int]]:
    """A name with each longer name it begins ("Committee of Experts" / "... on the Application")."""
    exact: dict[tuple[str, ...], list[int]] = defaultdict(list)
    longer: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, prof in enumerate(profiles):
        for org in prof.orgs:
            exact[org.words].append(i)
            for prefix in prefixes(org):
                longer[prefix].add(i)
    for words in sorted(exact):
        extensions = longer.get(words, set())
        # a short form that begins many names can never be judged the same as one of them
        if 0 < len(extensions) <= MAX_EXTENSIONS:
            yield from ((i, j) for i in exact[words] for j in sorted(extensions) if i != j)


def _initials_pairs(profiles: Sequence[Profile]) -> Iterator[tuple[int, int]]:
    """A bare acronym ("ILO") with each full name whose initials spell it."""
    spelled: dict[str, list[int]] = defaultdict(list)
    for i, prof in enumerate(profiles):
        for acronym in prof.derived:
            spelled[acronym].append(i)
    for i, prof in enumerate(profiles):
        if prof.orgs:
            continue
        for acronym in sorted(prof.acronyms):
            owners = spelled.get(acronym, [])
            if len(owners) <= MAX_BLOCK:
                yield from ((i, j) for j in owners)


def candidate_pairs(profiles: Sequence[Profile]) -> Iterator[tuple[int, int]]:
    """Each pair of positions (i < j) that shares a key or a short form, once, in a stable order."""
    seen: set[tuple[int, int]] = set()
    for i, j in (*_block_pairs(index(profiles)), *_short_form_pairs(profiles), *_initials_pairs(profiles)):
        pair = (i, j) if i < j else (j, i)
        if pair not in seen:
            seen.add(pair)
            yield pair
