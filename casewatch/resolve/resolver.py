"""Resolve a collection of entity records: block, judge candidate pairs, derive clusters."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from casewatch.model import EntityRecord, EntityType, Judgement, Verdict
from casewatch.resolve.blocking import candidate_pairs
from casewatch.resolve.cluster import clusters
from casewatch.resolve.judge import judge_profiles
from casewatch.resolve.keys import fold
from casewatch.resolve.profile import Population, Profile, profile

KEPT = "kept from an earlier resolution: "


@dataclass(frozen=True)
class Resolution:
    judgements: tuple[Judgement, ...]  # automatic judgements on candidate pairs, with evidence
    clusters: dict[str, str]  # ref -> cluster id, for every record


def signature(record: EntityRecord) -> tuple[object, ...]:
    """Records with equal signatures say exactly the same thing: judged once, joined directly. A body's
    name says it in the countries of its page ("Confederation of Labour" of two countries' pages)."""
    return (
        record.type,
        fold(record.name),
        tuple(sorted({fold(a) for a in record.aliases})),
        tuple(sorted({fold(a) for a in record.acronyms})),
        tuple(sorted({fold(r) for r in record.roles})),
        tuple(sorted(record.countries)) if record.type is EntityType.ORGANIZATION else (),
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


def held_links(auto: Iterable[Judgement], earlier: Mapping[str, str]) -> list[Judgement]:
    """The automatic SAME links of an earlier resolution that lay inside one of its clusters."""
    return [
        j
        for j in auto
        if j.verdict is Verdict.SAME and earlier.get(j.left, "") == earlier.get(j.right) is not None
    ]


def _ordered(j: Judgement) -> Judgement:
    return j if j.left <= j.right else replace(j, left=j.right, right=j.left)


class _Profiles(dict[str, Profile]):
    """Profiles by ref, made on first use (a twin record is profiled only when a link needs it)."""

    def __init__(self, records: Iterable[EntityRecord], made: Iterable[Profile]) -> None:
        super().__init__((p.record.ref, p) for p in made)
        self.records = {r.ref: r for r in records}

    def __missing__(self, ref: str) -> Profile:
        self[ref] = found = profile(self.records[ref])
        return found


def _keep(
    auto: list[Judgement], links: Sequence[Judgement], by_ref: _Profiles, population: Population
) -> list[Judgement]:
    """The automatic judgements with each earlier link held as SAME, so that a cluster only grows.

    A link no longer judged SAME (a namesake arrived, a block grew too common) keeps its earlier
    evidence, marked as kept."""
    judged = {(j.left, j.right): j for j in auto}
    for link in map(_ordered, links):
        pair = (link.left, link.right)
        if link.left not in by_ref.records or link.right not in by_ref.records:
            continue  # a record gone with its document
        now = judged.get(pair) or judge_profiles(by_ref[link.left], by_ref[link.right], population)
        if now.verdict is not Verdict.SAME:
            evidence = link.evidence if link.evidence.startswith(KEPT) else KEPT + link.evidence
            now = Judgement(link.left, link.right, Verdict.SAME, link.score, evidence)
        judged[pair] = now
    return list(judged.values())


def resolve(
    records: Sequence[EntityRecord], user: Sequence[Judgement] = (), earlier: Sequence[Judgement] = ()
) -> Resolution:
    """Judge the candidate pairs of `records` and cluster them; the same whatever their order.

    `earlier` are the links that held clusters together before (see `held_links`): each is kept,
    so adding documents never splits an actor; only a user's split does."""
    ordered = _unique(records)
    reps, twins = _representatives(ordered)
    profiles = [profile(r) for r in reps]
    population = Population.of(profiles)
    judged = [*twins, *judge_all(profiles, population)]
    if earlier:
        judged = _keep(judged, earlier, _Profiles(ordered, profiles), population)
    auto = tuple(sorted(judged, key=lambda j: (j.left, j.right)))
    held = [(j.left, j.right) for j in earlier]
    return Resolution(auto, clusters([r.ref for r in ordered], auto, user, held))
