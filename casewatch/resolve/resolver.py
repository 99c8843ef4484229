"""Resolve a collection of entity records: block, judge candidate pairs, derive clusters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from casewatch.model import EntityRecord, Judgement, Verdict
from casewatch.resolve.blocking import candidate_pairs
from casewatch.resolve.cluster import clusters
from casewatch.resolve.judge import judge_profiles
from casewatch.resolve.keys import fold
from casewatch.resolve.profile import Population, Profile, profile


@dataclass(frozen=True)
class Resolution:
    judgements: tuple[Judgement, ...]  # automatic judgements on candidate pairs, with evidence
    clusters: dict[str, str]  # ref -> cluster id, for every record


def signature(record: EntityRecord) -> tuple[object, ...]:
    """Records with equal signatures say exactly the same thing: judged once, joined directly."""
    return (
        record.type,
        fold(record.name),
        tuple(sorted({fold(a) for a in record.aliases})),
        tuple(sorted({fold(a) for a in record.acronyms})),
        tuple(sorted({fold(r) for r in record.roles})),
    )


def _unique(records: Sequence[EntityRecord]) -> list[EntityRecord]:
    by_ref: dict[str, EntityRecord] = {}
    for record in sorted(records, key=lambda r: r.ref):
        by_ref.setdefault(record.ref, record)
    return list(by_ref.values())


def _representatives(records: list[EntityRecord]) -> tuple[list[EntityRecord], list[Judgement]]:
    """One record per signature (the smallest ref), and SAME judgements tying the others to it."""
    first: dict[tuple[object, ...], EntityRecord] = {}
    twins = []
    for record in records:
        rep = first.setdefault(signature(record), record)
        if rep is not record:
            twins.append(
                Judgement(rep.ref, record.ref, Verdict.SAME, 1.0, f"identical names: '{record.name}'")
            )
    return list(first.values()), twins


def judge_all(profiles: Sequence[Profile], population: Population) -> list[Judgement]:
    return [judge_profiles(profiles[i], profiles[j], population) for i, j in candidate_pairs(profiles)]


def resolve(records: Sequence[EntityRecord], user: Sequence[Judgement] = ()) -> Resolution:
    """Judge the candidate pairs of `records` and cluster them; the same whatever their order."""
    ordered = _unique(records)
    reps, twins = _representatives(ordered)
    profiles = [profile(r) for r in reps]
    judged = judge_all(profiles, Population.of(profiles))
    auto = tuple(sorted([*twins, *judged], key=lambda j: (j.left, j.right)))
    return Resolution(auto, clusters([r.ref for r in ordered], auto, user))
