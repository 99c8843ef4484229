"""Clusters derived from judgements: union-find over SAME edges, with DIFFERENT as cannot-links."""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from casewatch.model import Judgement, Verdict


def cluster_id(refs: Iterable[str]) -> str:
    """Deterministic id of a cluster: a short hash of its smallest record ref."""
    return "c" + hashlib.sha1(min(refs).encode("utf-8")).hexdigest()[:12]


def _pair_of(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _pair(j: Judgement) -> tuple[str, str]:
    return _pair_of(j.left, j.right)


@dataclass
class _Forest:
    """Union-find whose components remember which refs they must never be joined with."""

    parent: dict[str, str]
    members: dict[str, set[str]] = field(default_factory=dict)  # roots of components of 2+ refs
    apart: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, refs: Iterable[str]) -> _Forest:
        return cls(dict.fromkeys(refs, ""))

    def find(self, ref: str) -> str:
        root = ref
        while self.parent[root]:
            root = self.parent[root]
        while self.parent[ref] and self.parent[ref] != root:
            self.parent[ref], ref = root, self.parent[ref]
        return root

    def component(self, root: str) -> set[str]:
        return self.members.get(root) or {root}

    def keep_apart(self, a: str, b: str) -> None:
        self.apart.setdefault(self.find(a), set()).add(b)
        self.apart.setdefault(self.find(b), set()).add(a)

    def may_join(self, ra: str, rb: str) -> bool:
        small, big = sorted((ra, rb), key=lambda r: len(self.apart.get(r, ())))
        return not any(self.find(ref) == big for ref in self.apart.get(small, ()))

    def join(self, a: str, b: str, force: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not force and not self.may_join(ra, rb):
            return False
        if len(self.component(ra)) < len(self.component(rb)):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] = self.component(ra) | self.members.pop(rb, {rb})
        if rb in self.apart:
            self.apart.setdefault(ra, set()).update(self.apart.pop(rb))
        return True


def _effective_user(user: Sequence[Judgement]) -> dict[tuple[str, str], Verdict]:
    """A person's latest word on each pair."""
    verdicts: dict[tuple[str, str], Verdict] = {}
    for j in user:
        if j.verdict is not Verdict.UNSURE:
            verdicts[_pair(j)] = j.verdict
    return verdicts


def _apply_user(forest: _Forest, decided: dict[tuple[str, str], Verdict]) -> None:
    for (a, b), verdict in sorted(decided.items()):
        if verdict is Verdict.DIFFERENT and a in forest.parent and b in forest.parent:
            forest.keep_apart(a, b)
    for (a, b), verdict in sorted(decided.items()):
        if verdict is Verdict.SAME and a in forest.parent and b in forest.parent:
            forest.join(a, b)  # refused only when it would break a user split


def _apply_held(
    forest: _Forest, held: Collection[tuple[str, str]], decided: dict[tuple[str, str], Verdict]
) -> None:
    for a, b in sorted(_pair_of(a, b) for a, b in held):
        if (a, b) not in decided and a in forest.parent and b in forest.parent:
            forest.join(a, b)  # refused only when it would break a user split


def _apply_auto(forest: _Forest, auto: Sequence[Judgement], decided: dict[tuple[str, str], Verdict]) -> None:
    """Sure automatic splits first, then automatic merges, strongest first."""
    auto_apart = sorted(_pair(j) for j in auto if j.verdict is Verdict.DIFFERENT and j.score <= 0.1)
    for a, b in auto_apart:
        if (a, b) not in decided and forest.find(a) != forest.find(b):
            forest.keep_apart(a, b)
    same = sorted((j for j in auto if j.verdict is Verdict.SAME), key=lambda j: (-j.score, *_pair(j)))
    for j in same:
        pair = _pair(j)
        if decided.get(pair, Verdict.SAME) is Verdict.SAME:
            forest.join(*pair)


def clusters(
    refs: Iterable[str],
    auto: Sequence[Judgement],
    user: Sequence[Judgement] = (),
    held: Collection[tuple[str, str]] = (),
) -> dict[str, str]:
    """ref -> cluster id. User splits always hold; user merges override automatic DIFFERENT.

    `held` pairs were in one cluster before: they are joined before any automatic split, so a
    record added later can never pull apart what was one actor (only a user split can)."""
    forest = _Forest.of(refs)
    decided = _effective_user(user)
    _apply_user(forest, decided)
    _apply_held(forest, held, decided)
    _apply_auto(forest, auto, decided)
    ids = {root: cluster_id(members) for root, members in forest.members.items()}
    return {
        ref: ids.get(root) or cluster_id((root,)) for ref in forest.parent for root in (forest.find(ref),)
    }
