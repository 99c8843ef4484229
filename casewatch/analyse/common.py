"""Shared pieces of the analysis views: document references, actor lookup across documents."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from casewatch.model import DocumentMeta, Extraction, PartialDate


class DocumentRowLike(Protocol):
    """What the views need of a stored document row (the store's `DocumentRow` has these)."""

    @property
    def id(self) -> int: ...

    @property
    def sha256(self) -> str: ...

    @property
    def source(self) -> str: ...


Pair = tuple[DocumentRowLike, Extraction]
Clusters = Mapping[str, str]


@dataclass(frozen=True)
class SourceRef:
    """A document as cited by a view: enough to show and link it."""

    document_id: int
    source: str
    genre: str
    date: PartialDate | None = None
    title: str | None = None
    reference: str | None = None
    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorRef:
    """A collection-wide actor (cluster) or, when unresolved, a plain name (cluster_id None)."""

    name: str
    cluster_id: str | None = None


def source_ref(row: DocumentRowLike, meta: DocumentMeta) -> SourceRef:
    return SourceRef(
        document_id=row.id,
        source=row.source,
        genre=meta.genre.value,
        date=meta.date,
        title=meta.title,
        reference=meta.reference,
        countries=meta.countries,
    )


def entity_ref(row: DocumentRowLike, key: str) -> str:
    """The resolution stage's name for a document-local entity."""
    return f"{row.sha256[:16]}:{key}"


def date_key(value: PartialDate | None) -> tuple[int, int, int, int]:
    """Sort key: undated last, a year before its months, a month before its days."""
    if value is None:
        return (1, 0, 0, 0)
    return (0, value.year, value.month or 0, value.day or 0)


def last_day(value: PartialDate) -> date:
    """The latest day a partial date can mean ("2017-03" → 31 March 2017)."""
    if value.day is not None and value.month is not None:
        return date(value.year, value.month, value.day)
    if value.month is not None:
        following = date(value.year + value.month // 12, value.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return date(value.year, 12, 31)


def first_day(value: PartialDate) -> date:
    """The earliest day a partial date can mean ("2017-03" → 1 March 2017)."""
    return date(value.year, value.month or 1, value.day or 1)


def contains(broad: PartialDate, narrow: PartialDate) -> bool:
    """True when `narrow` lies within `broad` (2017 contains 2017-01-04)."""
    if broad.year != narrow.year:
        return False
    if broad.month is not None and broad.month != narrow.month:
        return False
    return broad.day is None or broad.day == narrow.day


def compatible(left: PartialDate | None, right: PartialDate | None) -> bool:
    """Two dates may name the same day: one is missing or one contains the other."""
    if left is None or right is None:
        return True
    return contains(left, right) or contains(right, left)


class ActorIndex:
    """Maps document-local entity keys to collection-wide actors with one preferred name each."""

    def __init__(
        self, pairs: Iterable[Pair], clusters: Clusters, names: Mapping[str, str] | None = None
    ) -> None:
        """`names`: each actor's name as the whole collection gives it, when `pairs` are only
        some of its documents (else each actor is named from `pairs`)."""
        self._clusters = clusters
        self._names: dict[str, Counter[str]] = defaultdict(Counter)
        self._local: dict[tuple[int, str], str] = {}
        self._chosen: dict[str, str] = dict(names or {})
        for row, ext in pairs:
            for entity in ext.entities:
                if entity.board:
                    continue
                cid = clusters.get(entity_ref(row, entity.key), entity_ref(row, entity.key))
                self._local[(row.id, entity.key)] = cid
                self._names[cid][entity.name] += 1

    def cluster(self, row: DocumentRowLike, key: str) -> str | None:
        return self._local.get((row.id, key))

    def name(self, cluster_id: str) -> str:
        """The cluster's most used name (then the longest): asked once per mention, made once."""
        if cluster_id not in self._chosen:
            names = self._names.get(cluster_id) or Counter({cluster_id: 1})
            self._chosen[cluster_id] = max(names, key=lambda n: (names[n], len(n), n))
        return self._chosen[cluster_id]

    def actor(self, row: DocumentRowLike, key_or_name: str) -> ActorRef:
        """An actor by local key; a string that is no key of this document is a plain name."""
        cid = self.cluster(row, key_or_name)
        if cid is None:
            return ActorRef(name=key_or_name)
        return ActorRef(name=self.name(cid), cluster_id=cid)

    def actors(self, row: DocumentRowLike, keys: Sequence[str]) -> tuple[ActorRef, ...]:
        return tuple(dict.fromkeys(self.actor(row, key) for key in keys))

    def clusters(self) -> list[str]:
        return list(self._names)
