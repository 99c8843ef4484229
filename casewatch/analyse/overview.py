"""The collection at a glance: counts, countries, latest documents, deadlines, instruments, actors."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from casewatch.analyse.actors import ActorSummary, actor_list
from casewatch.analyse.common import Clusters, Pair, SourceRef, date_key, source_ref
from casewatch.analyse.deadlines import Deadline, deadlines


@dataclass(frozen=True)
class Tally:
    """A name and how many documents (or facts) it occurs in."""

    name: str
    count: int


@dataclass(frozen=True)
class Overview:
    documents: int
    failed: int
    events: int
    requests: int
    citations: int
    actors: int
    countries: tuple[Tally, ...]
    genres: tuple[Tally, ...]
    latest: tuple[SourceRef, ...]
    upcoming: tuple[Deadline, ...]
    overdue: tuple[Deadline, ...]
    instruments: tuple[Tally, ...]
    top_actors: tuple[ActorSummary, ...]
    today: date


def _tallies(counter: Counter[str], limit: int | None = None) -> tuple[Tally, ...]:
    ranked = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    return tuple(Tally(name, count) for name, count in ranked[:limit])


def overview(
    pairs: Sequence[Pair], clusters: Clusters, today: date, *, failed: int = 0, limit: int = 10
) -> Overview:
    """Counts and top lists; `failed` is the number of documents that could not be read."""
    countries: Counter[str] = Counter(c for _, ext in pairs for c in set(ext.meta.countries))
    genres: Counter[str] = Counter(ext.meta.genre.value for _, ext in pairs)
    instruments: Counter[str] = Counter(k for _, ext in pairs for k in {c.key for c in ext.citations})
    latest = sorted(
        pairs, key=lambda p: (date_key(p[1].meta.date)[0], _neg(date_key(p[1].meta.date)), -p[0].id)
    )
    actors = actor_list(pairs, clusters)
    due = deadlines(pairs, today)
    return Overview(
        documents=len(pairs),
        failed=failed,
        events=sum(len(ext.events) for _, ext in pairs),
        requests=sum(len(ext.requests) for _, ext in pairs),
        citations=sum(len(ext.citations) for _, ext in pairs),
        actors=len(actors),
        countries=_tallies(countries),
        genres=_tallies(genres),
        latest=tuple(source_ref(row, ext.meta) for row, ext in latest[:limit]),
        upcoming=due.upcoming[:limit],
        overdue=due.overdue[:limit],
        instruments=_tallies(instruments, limit),
        top_actors=tuple(actors[:limit]),
        today=today,
    )


def _neg(key: tuple[int, int, int, int]) -> tuple[int, ...]:
    return tuple(-part for part in key[1:])
