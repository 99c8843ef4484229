"""Resolving batch after batch gives exactly the judgements and clusters of one whole resolution."""

from __future__ import annotations

import random
from typing import Any

import pytest
import sqlalchemy as sa

from casewatch.model import Entity, EntityRecord, EntityType, Extraction, Judgement, Verdict
from casewatch.resolve import resolve
from casewatch.resolve.incremental import keyed, record_keys
from casewatch.resolve.profile import profile
from casewatch.resolving import resolve_all, resolve_new
from casewatch.store import Store, schema

GIVEN = ["Ana", "A.", "Bela", "Dario", "D.", "Elin", "Mr", "Ms"]
SURNAMES = ["Velkova", "Velkov", "Orsini", "Tamberg", "Okonjo", "Lindqvist"]
ORGS = [
    ("Federation of Harbour Workers", "FHW"),
    ("Federation of Harbour Workers of Norland", None),
    ("Ministry of Coastal Labour", None),
    ("Coastal Labour Ministry", "MCL"),
    ("Union of Ferry Pilots", "UFP"),
    ("Union of Ferry Pilots and Mates", None),
    ("International Harbour Federation", "IHF"),
]
BARE = ["FHW", "IHF", "UFP", "MCL", "OPQ"]
ROLES = ["", "Minister of Labour", "union leader", "chairperson"]


def _person(rng: random.Random, key: str) -> Entity:
    given = rng.choice(GIVEN)
    name = f"{given} {rng.choice(SURNAMES)}"
    roles = tuple(r for r in [rng.choice(ROLES)] if r)
    return Entity(key, EntityType.PERSON, name, roles=roles)


def _org(rng: random.Random, key: str) -> Entity:
    if rng.random() < 0.25:
        return Entity(key, EntityType.ORGANIZATION, rng.choice(BARE))
    name, acronym = rng.choice(ORGS)
    acronyms = (acronym,) if acronym and rng.random() < 0.6 else ()
    return Entity(key, EntityType.ORGANIZATION, name, acronyms=acronyms)


def _extraction(rng: random.Random) -> Extraction:
    people = [_person(rng, f"p{i}") for i in range(rng.randint(0, 3))]
    orgs = [_org(rng, f"o{i}") for i in range(rng.randint(0, 3))]
    places = [Entity("l0", EntityType.PLACE, rng.choice(["Port Elna", "port elna", "Varno"]))]
    return Extraction(entities=(*people, *orgs, *places))


def _whole(store: Store) -> tuple[dict[str, str], list[tuple[Any, ...]]]:
    found = resolve(store.entity_records(), store.judgements(source="user"))
    return found.clusters, sorted((j.left, j.right, j.verdict, j.score, j.evidence) for j in found.judgements)


def _assert_as_whole(store: Store, when: str) -> None:
    """The same clusters as one whole resolution, and every judgement it makes; the store may
    also keep an earlier link no longer judged afresh (an actor only grows), never a split."""
    clusters, judgements = _held(store)
    whole_clusters, whole_judgements = _whole(store)
    assert clusters == whole_clusters, when
    assert set(whole_judgements) <= set(judgements), when
    extra = [j for j in judgements if j not in set(whole_judgements)]
    assert all(j[2] is Verdict.SAME for j in extra), when


def _held(store: Store) -> tuple[dict[str, str], list[tuple[Any, ...]]]:
    auto = store.judgements(source="auto")
    return store.clusters(), sorted((j.left, j.right, j.verdict, j.score, j.evidence) for j in auto)


@pytest.mark.parametrize("seed", [1, 2])
def test_batch_after_batch_equals_one_whole_resolution(store: Store, docs: Any, seed: int) -> None:
    rng = random.Random(seed)
    for batch in range(6):
        for n in range(rng.randint(1, 6)):
            docs.add(f"letter-{batch}-{n}.txt", f"letter {seed} {batch} {n}", _extraction(rng))
        resolved = resolve_new(store)
        assert resolved > 0
        _assert_as_whole(store, f"after batch {batch}")


def test_a_person_s_merge_is_resolved_with_what_it_reaches(store: Store, docs: Any) -> None:
    rng = random.Random(5)
    for n in range(12):
        docs.add(f"letter-{n}.txt", f"letter {n}", _extraction(rng))
    resolve_new(store)
    refs = sorted(store.clusters())
    store.add_user_judgement(Judgement(refs[0], refs[-1], Verdict.SAME, 1.0, "editor: same", "user"))
    resolve_new(store, touched=(refs[0], refs[-1]))
    _assert_as_whole(store, "after the merge")
    assert store.clusters()[refs[0]] == store.clusters()[refs[-1]]


def test_nothing_new_resolves_nothing(store: Store, docs: Any) -> None:
    docs.add("letter.txt", "a letter", _extraction(random.Random(3)))
    assert resolve_new(store) > 0
    assert resolve_new(store) == 0


def test_a_database_without_keys_is_resolved_whole_once(store: Store, docs: Any) -> None:
    rng = random.Random(9)
    for n in range(5):
        docs.add(f"letter-{n}.txt", f"letter {n}", _extraction(rng))
    whole = resolve(store.entity_records())
    store.set_clusters(whole.clusters)  # resolved as before the key index existed
    docs.add("late.txt", "a late letter", _extraction(rng))
    assert resolve_new(store) == len(store.entity_records())
    assert _held(store) == _whole(store)
    assert resolve_all(store) == len(store.entity_records())
    assert _held(store) == _whole(store)


def test_a_database_keyed_by_earlier_rules_is_keyed_again_whole_once(store: Store, docs: Any) -> None:
    rng = random.Random(11)
    for n in range(5):
        docs.add(f"letter-{n}.txt", f"letter {n}", _extraction(rng))
    resolve_new(store)
    with store.engine.begin() as conn:  # as the rules of an earlier version left it
        conn.execute(
            sa.update(schema.derived).where(schema.derived.c.name == "resolution_keys").values(revision=1)
        )
    docs.add("late.txt", "a late letter", _extraction(rng))
    assert resolve_new(store) == len(store.entity_records())
    _assert_as_whole(store, "keyed again")
    docs.add("later.txt", "a later letter", _extraction(rng))
    assert resolve_new(store) < len(store.entity_records())
    _assert_as_whole(store, "after the next batch")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (Entity("a", EntityType.PERSON, "Ana Velkova"), Entity("b", EntityType.PERSON, "Mr Velkova")),
        (
            Entity("a", EntityType.ORGANIZATION, "Union of Ferry Pilots", acronyms=("UFP",)),
            Entity("b", EntityType.ORGANIZATION, "UFP"),
        ),
        (
            Entity("a", EntityType.ORGANIZATION, "Union of Ferry Pilots"),
            Entity("b", EntityType.ORGANIZATION, "Union of Ferry Pilots and Mates"),
        ),
        (
            Entity("a", EntityType.ORGANIZATION, "Union of Ferry Pilots"),
            Entity("b", EntityType.ORGANIZATION, "UFP"),
        ),
    ],
)
def test_records_a_judgement_may_pair_share_a_key(first: Entity, second: Entity) -> None:
    from casewatch.model import EntityRecord

    def keys(ent: Entity) -> set[str]:
        record = EntityRecord(f"x:{ent.key}", "d", ent.type, ent.name, ent.aliases, ent.acronyms, ent.roles)
        return record_keys(profile(record))

    assert keys(first) & keys(second)


def test_records_saying_the_same_are_keyed_as_each_alone() -> None:
    rng = random.Random(5)
    said = [_person(rng, f"p{n}") for n in range(30)] + [_org(rng, f"o{n}") for n in range(30)]
    records = {
        f"{n:016x}:{e.key}": (
            n,
            EntityRecord(f"{n:016x}:{e.key}", f"d{n}.txt", e.type, e.name, e.aliases, e.acronyms, e.roles),
        )
        for n, e in enumerate(said * 2)
    }
    made = list(keyed(records))
    assert [(ref, doc) for ref, doc, _keys in made] == [(ref, doc) for ref, (doc, _r) in records.items()]
    assert all(keys == record_keys(profile(records[ref][1])) for ref, _doc, keys in made)
    assert len({frozenset(keys) for _ref, _doc, keys in made}) > 10  # records differ: so do their keys
