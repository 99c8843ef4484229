"""Resolving a collection: acronym chains, order independence, user overrides, linear blocking."""

from __future__ import annotations

import random

import pytest

from casewatch.export.casefile import CaseDocument
from casewatch.model import Entity, EntityRecord, EntityType, Extraction, Judgement, Verdict
from casewatch.resolve import held_links, resolve
from casewatch.resolve.blocking import candidate_pairs
from casewatch.resolve.cluster import clusters
from casewatch.resolve.collection import resolve_documents
from casewatch.resolve.profile import profile

P, ORG = EntityType.PERSON, EntityType.ORGANIZATION


def rec(
    ref: str,
    type_: EntityType,
    name: str,
    *aliases: str,
    acronyms: tuple[str, ...] = (),
    roles: tuple[str, ...] = (),
) -> EntityRecord:
    return EntityRecord(ref, ref.split(":")[0], type_, name, aliases, acronyms, roles)


COLLECTION = [
    rec("en1:o1", ORG, "Confederation of Free Unions of Moldova", acronyms=("CFUM", "KSSM")),
    rec("en2:o1", ORG, "Confederation of Free Unions", acronyms=("CSLM",)),
    rec("ru3:o1", ORG, "КССМ"),
    rec("fr4:o1", ORG, "CSLM"),
    rec("en1:o2", ORG, "Ministry of Justice"),
    rec("en2:o2", ORG, "Ministry of Labour"),
    rec("en1:p1", P, "Ion Rotaru", roles=("union leader",)),
    rec("ru3:p1", P, "Ион Ротару"),
    rec("fr4:p1", P, "M. Rotaru"),
    rec("en2:p2", P, "Minister Vasilache", roles=("Minister of Labour",)),
    rec("en1:p3", P, "Elena Vasilache", roles=("union lawyer", "trade union member")),
    rec("ru3:p4", P, "Елена Василаке"),
]


def groups(found: dict[str, str]) -> set[frozenset[str]]:
    by_cluster: dict[str, set[str]] = {}
    for ref, cid in found.items():
        by_cluster.setdefault(cid, set()).add(ref)
    return {frozenset(refs) for refs in by_cluster.values()}


def test_acronym_chain_across_three_documents_in_different_languages() -> None:
    found = resolve(COLLECTION).clusters
    assert len({found[r] for r in ("en1:o1", "en2:o1", "ru3:o1", "fr4:o1")}) == 1


def test_expected_clusters() -> None:
    assert groups(resolve(COLLECTION).clusters) == {
        frozenset({"en1:o1", "en2:o1", "ru3:o1", "fr4:o1"}),
        frozenset({"en1:o2"}),
        frozenset({"en2:o2"}),
        frozenset({"en1:p1", "ru3:p1", "fr4:p1"}),
        frozenset({"en2:p2"}),
        frozenset({"en1:p3", "ru3:p4"}),
    }


def test_judgements_carry_evidence() -> None:
    judged = {(j.left, j.right): j for j in resolve(COLLECTION).judgements}
    assert judged[("fr4:o1", "en2:o1") if "fr4:o1" < "en2:o1" else ("en2:o1", "fr4:o1")].evidence == (
        "acronym CSLM defined as alias of 'Confederation of Free Unions' in en2"
    )
    assert judged[("en2:p2", "en1:p3") if "en2:p2" < "en1:p3" else ("en1:p3", "en2:p2")].verdict is (
        Verdict.DIFFERENT
    )


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_order_does_not_change_the_clusters(seed: int) -> None:
    shuffled = list(COLLECTION)
    random.Random(seed).shuffle(shuffled)
    assert resolve(shuffled).clusters == resolve(COLLECTION).clusters
    assert resolve(shuffled).judgements == resolve(COLLECTION).judgements


def test_user_split_holds_against_automatic_same() -> None:
    split = Judgement("en1:p1", "ru3:p1", Verdict.DIFFERENT, 1.0, "two men of that name", source="user")
    found = resolve(COLLECTION, [split]).clusters
    assert found["en1:p1"] != found["ru3:p1"]


def test_user_merge_overrides_automatic_different() -> None:
    merge = Judgement("en1:o2", "en2:o2", Verdict.SAME, 1.0, "renamed in 2019", source="user")
    found = resolve(COLLECTION, [merge]).clusters
    assert found["en1:o2"] == found["en2:o2"]


def test_split_blocks_a_chain_through_a_third_record() -> None:
    auto = [
        Judgement("a", "b", Verdict.SAME, 0.9, "x"),
        Judgement("b", "c", Verdict.SAME, 0.8, "y"),
    ]
    user = [Judgement("a", "c", Verdict.DIFFERENT, 1.0, "z", source="user")]
    found = clusters(["a", "b", "c"], auto, user)
    assert found["a"] == found["b"] != found["c"]


def test_held_links_join_before_automatic_splits() -> None:
    auto = [
        Judgement("a", "b", Verdict.SAME, 0.8, "x"),
        Judgement("b", "c", Verdict.SAME, 0.9, "y"),
        Judgement("a", "c", Verdict.DIFFERENT, 0.05, "z"),
    ]
    assert clusters(["a", "b", "c"], auto)["a"] != clusters(["a", "b", "c"], auto)["b"]
    held = clusters(["a", "b", "c"], auto, held=[("b", "a")])
    assert held["a"] == held["b"] != held["c"]


def test_earlier_link_doubted_by_a_namesake_is_kept_with_its_evidence() -> None:
    first = [rec("d1:a", P, "Anna Veselova"), rec("d2:b", P, "Ms Veselova")]
    before = resolve(first)
    links = held_links(before.judgements, before.clusters)
    after = resolve([*first, rec("d3:c", P, "Maria Veselova")], earlier=links)
    assert after.clusters["d1:a"] == after.clusters["d2:b"] != after.clusters["d3:c"]
    kept = {(j.left, j.right): j for j in after.judgements}[("d1:a", "d2:b")]
    assert kept.verdict is Verdict.SAME
    assert kept.evidence == "kept from an earlier resolution: " + (
        "surname skeleton 'veselova' names one person only in the collection"
    )
    split = Judgement("d1:a", "d2:b", Verdict.DIFFERENT, 1.0, "not her", source="user")
    undone = resolve([*first, rec("d3:c", P, "Maria Veselova")], [split], links).clusters
    assert undone["d1:a"] != undone["d2:b"]


def test_cluster_ids_are_deterministic() -> None:
    first = clusters(["b", "a"], [Judgement("a", "b", Verdict.SAME, 0.9, "x")])
    assert first == clusters(["a", "b"], [Judgement("b", "a", Verdict.SAME, 0.9, "x")])
    assert first["a"].startswith("c") and len(first["a"]) == 13


def test_resolve_documents_fills_entity_ids() -> None:
    doc_a = CaseDocument("a.txt", Extraction(entities=(Entity("e1", P, "Ion Rotaru"),)))
    doc_b = CaseDocument(
        "b.txt",
        Extraction(entities=(Entity("e1", P, "Mr Rotaru"), Entity("e2", P, "Board Member", board=True))),
    )
    out = resolve_documents([doc_a, doc_b])
    assert out[0].entity_ids["e1"] == out[1].entity_ids["e1"]
    assert set(out[1].entity_ids) == {"e1"}


SYLLABLES = [
    "ka",
    "ran",
    "mo",
    "tel",
    "si",
    "bur",
    "na",
    "gol",
    "ve",
    "dri",
    "pa",
    "sun",
    "lo",
    "mek",
    "za",
    "tor",
    "ni",
    "bal",
    "fe",
    "gru",
]
GIVEN = [
    "Amara",
    "Bogdan",
    "Chidi",
    "Dilnoza",
    "Emre",
    "Farida",
    "Goran",
    "Hana",
    "Ivo",
    "Jalil",
    "Keiko",
    "Lwazi",
    "Mirela",
    "Nodir",
    "Oyelaran",
    "Pavla",
    "Quang",
    "Rosa",
    "Sione",
    "Teodor",
]


def synthetic(n_records: int, seed: int = 5) -> list[EntityRecord]:
    """Mentions of n_records / 10 invented people, each written in three ways across documents."""
    rng = random.Random(seed)
    records = []
    for person in range(n_records // 10):
        surname = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() + rng.choice(
            ["ov", "escu", "ic"]
        )
        given = rng.choice(GIVEN)
        forms = [f"{given} {surname}", f"Mr {surname}", f"{given[0]}. {surname}"]
        records += [rec(f"d{person}-{k}:p", P, forms[k % 3]) for k in range(10)]
    return records


def pair_count(records: list[EntityRecord]) -> int:
    return sum(1 for _ in candidate_pairs([profile(r) for r in records]))


def test_candidate_pairs_grow_linearly() -> None:
    small, large = pair_count(synthetic(2_000)), pair_count(synthetic(20_000))
    assert small > 0
    assert large / small < 15  # quadratic growth would be ~100
