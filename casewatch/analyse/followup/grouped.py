"""The whole follow-up computed a group of countries at a time.

A thread never crosses a country: its asks are its country's (a reviewer may move an ask into
another country's thread: countries so joined are one unit), its findings come from that
country's documents, and a dispute is one document's. So a group of countries is computed from
its own documents alone, and a refresh holds the largest group, not the collection. Within a
group, the asks decide the threads (a small part of each reading), then the cued sentences are
read a batch of documents at a time (`build.Growing`).

Threads are named by their rank over the whole collection ("t1" the earliest) and disputes
numbered in document order, as one whole computation names them: a first pass over every
group's asks finds each thread's rank and each document's number of disputes, so that each
group's rows are kept with their final names. Every reading is made (or found current) and kept
in the store before that. The follow-up reads as not built from the first group's transaction
to the last's (`store.followup_groups`).
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from casewatch.access.roles import VIEW_SCOPES
from casewatch.analyse.followup.build import Growing, thread_groups, thread_rank
from casewatch.analyse.followup.kept import kept_json, reading_of, renamed
from casewatch.analyse.followup.load import followup_docs_of
from casewatch.analyse.followup.model import Followup
from casewatch.analyse.followup.reading import Reading, read
from casewatch.analyse.followup.rows import followup_rows
from casewatch.errors import Cancelled
from casewatch.store import Store
from casewatch.store.batching import batches
from casewatch.store.followup import FollowupRows
from casewatch.store.followup_groups import Finish, GroupRows
from casewatch.store.followup_parts import Moves, ReadState
from casewatch.store.schema import scope_key

_GROUP_DOCUMENTS = 2000  # documents a group holds at most, unless one country alone holds more
_READ_AT_ONCE = 200  # whole readings held at once while a group's findings are gathered
_KEPT_AT_ONCE = 500  # readings made before they are kept in the store
_ASKS = ("document_id", "source", "date", "country", "asks")


@dataclass(frozen=True)
class _Scope:
    key: str
    labels: frozenset[str]
    shares: str | None  # the wider scope holding the same documents, whose rows it takes


def _scopes(now: Mapping[int, ReadState]) -> list[_Scope]:
    """Every label scope, widest first; one holding the same documents as a wider one shares its rows."""
    counts = Counter(state.label for state in now.values())
    found: list[_Scope] = []
    wider: tuple[_Scope, int] | None = None
    for labels in VIEW_SCOPES:
        held = sum(counts.get(label, 0) for label in labels)
        if wider is not None and labels <= wider[0].labels and held == wider[1]:
            found.append(_Scope(scope_key(labels), labels, wider[0].key))
            continue
        wider = (_Scope(scope_key(labels), labels, None), held)
        found.append(wider[0])
    return found


def country_groups(now: Mapping[int, ReadState], moves: Moves, most: int | None = None) -> list[list[str]]:
    """The countries in groups of at most `most` documents (a unit larger alone stays whole);
    the countries an ask's move joins are in one group."""
    most = _GROUP_DOCUMENTS if most is None else most
    sizes = Counter(state.country for state in now.values())
    unit = {country: country for country in sizes}

    def head(country: str) -> str:
        while unit[country] != country:
            country = unit[country]
        return country

    of_ref = {state.ref: state.country for state in now.values()}
    for ask, target in moves.items():
        ends = [of_ref.get(a.partition(":")[0]) for a in (ask, target) if a is not None]
        joined = sorted({head(c) for c in ends if c is not None})
        for country in joined[1:]:
            unit[country] = joined[0]
    units: dict[str, list[str]] = defaultdict(list)
    for country in sorted(sizes):
        units[head(country)].append(country)
    groups: list[list[str]] = []
    held = 0
    for countries in units.values():
        size = sum(sizes[c] for c in countries)
        if not groups or held + size > most:
            groups.append([])
            held = 0
        groups[-1] += countries
        held += size
    return groups


def _stopped(stop: threading.Event | None) -> None:
    if stop is not None and stop.is_set():
        raise Cancelled


def keep_readings(
    store: Store, now: Mapping[int, ReadState], stop: threading.Event | None, reuse: bool
) -> None:
    """Make sure every document has a reading kept at its signature: kept ones stand (or have
    their actors renamed), the others are read now and kept a few hundred at a time."""
    held = store.followup_reading_parts(list(now), ("basis",)) if reuse else {}
    current = {i for i, part in held.items() if part["signature"] == now[i].signature}
    stale = sorted(i for i, part in held.items() if i not in current and part["basis"] == now[i].basis)
    unread = [i for i in sorted(now) if i not in current and i not in stale]
    for chunk in batches(stale, _KEPT_AT_ONCE):
        bodies, clusters = store.followup_readings(chunk), store.clusters_of(chunk)
        fresh: dict[int, tuple[str, dict[str, Any]]] = {}
        for i in chunk:
            body = renamed(bodies[i][1], clusters)
            if body is None:  # two of its actors made one: read again
                unread.append(i)
            else:
                fresh[i] = (now[i].signature, body)
        store.keep_followup_readings(fresh)
    fresh = {}
    for doc, _label in followup_docs_of(store, sorted(unread)):
        _stopped(stop)
        state = now[doc.document_id]
        fresh[doc.document_id] = (state.signature, kept_json(read(doc), state.basis, doc.clusters))
        if len(fresh) >= _KEPT_AT_ONCE:
            store.keep_followup_readings(fresh)
            fresh = {}
    store.keep_followup_readings(fresh)


def _asks_read(store: Store, ids: Sequence[int]) -> tuple[list[Reading], dict[int, int]]:
    """The kept readings of these documents with their asks only, in id order, and how many
    disputes each holds."""
    parts = store.followup_reading_parts(ids, (*_ASKS, "disputes"))
    asks = [reading_of({**parts[i], "cued": [], "disputes": []}) for i in sorted(parts)]
    return asks, {i: len(part["disputes"]) for i, part in parts.items()}


def _in(scope: _Scope, now: Mapping[int, ReadState], readings: Iterable[Reading]) -> list[Reading]:
    return [reading for reading in readings if now[reading.document_id].label in scope.labels]


@dataclass
class _Ranks:
    """Every thread's place among all, and every document's first dispute id, per scope."""

    threads: dict[str, list[tuple[object, ...]]] = field(default_factory=lambda: defaultdict(list))
    disputes: dict[str, dict[int, int]] = field(default_factory=lambda: defaultdict(dict))  # counts, then ids

    def name(self, scope: str, rank: tuple[object, ...]) -> str:
        ranked = self.threads[scope]
        n = bisect_left(ranked, rank)
        assert ranked[n] == rank, "a thread not seen when the threads were ranked"
        return f"t{n + 1}"


def _ranks(
    store: Store,
    now: Mapping[int, ReadState],
    groups: Sequence[Sequence[int]],
    moves: Moves,
    scopes: Sequence[_Scope],
) -> _Ranks:
    found = _Ranks()
    for ids in groups:
        asks, disputes = _asks_read(store, ids)
        for scope in scopes:
            if scope.shares is None:
                chosen = _in(scope, now, asks)
                found.threads[scope.key] += [thread_rank(a) for _, a in thread_groups(chosen, moves)]
                found.disputes[scope.key].update({r.document_id: disputes[r.document_id] for r in chosen})
    for key in found.threads.keys() | found.disputes.keys():
        found.threads[key].sort()
        counts, first = found.disputes[key], 1
        for i in sorted(counts):
            counts[i], first = first, first + counts[i]
    return found


def _followups(
    store: Store,
    now: Mapping[int, ReadState],
    ids: Sequence[int],
    moves: Moves,
    scopes: Sequence[_Scope],
    stop: threading.Event | None,
) -> dict[str, Followup]:
    """The follow-up of these documents (whole countries) in every scope not sharing a wider
    one's: the threads from their asks, then their findings a batch of readings at a time."""
    asks, _ = _asks_read(store, ids)
    growing = {s.key: Growing(_in(s, now, asks), moves) for s in scopes if s.shares is None}
    del asks
    for chunk in batches(ids, _READ_AT_ONCE):
        _stopped(stop)
        readings = [reading_of(body) for _, body in store.followup_readings(chunk).values()]
        readings.sort(key=lambda r: r.document_id)
        for scope in scopes:
            if scope.shares is None:
                growing[scope.key].add(_in(scope, now, readings))
    return {key: grown.followup() for key, grown in growing.items()}


def _group_rows(
    store: Store,
    now: Mapping[int, ReadState],
    ids: Sequence[int],
    moves: Moves,
    scopes: Sequence[_Scope],
    ranks: _Ranks,
    stop: threading.Event | None,
) -> list[GroupRows]:
    """A group's follow-up in every scope, named and numbered among all, its rows made a
    thread at a time as the store keeps them."""
    followups = _followups(store, now, ids, moves, scopes, stop)
    return [
        GroupRows(
            tuple(s.key for s in scopes if scope.key in (s.key, s.shares)),
            _pieces(followups[scope.key], scope.key, ranks),
            _dispute_ids(followups[scope.key], ranks.disputes[scope.key]),
        )
        for scope in scopes
        if scope.shares is None
    ]


def followup_of_countries(
    store: Store, now: Mapping[int, ReadState], moves: Moves, stop: threading.Event | None = None
) -> dict[str, FollowupRows]:
    """The follow-up in every scope of the documents `now` (every document of some countries),
    from their kept readings, made first where they are not current. Its threads are named
    among these countries' only: the store ranks them among all (`followup_parts.patch`)."""
    keep_readings(store, now, stop, reuse=True)
    scopes = _scopes(now)
    followups = _followups(store, now, sorted(now), moves, scopes, stop)
    found: dict[str, FollowupRows] = {}
    for scope in scopes:
        found[scope.key] = found[scope.shares] if scope.shares else followup_rows(followups.pop(scope.key))
    return found


def _pieces(found: Followup, scope: str, ranks: _Ranks) -> Iterator[FollowupRows]:
    """The rows of each thread, named by its rank among all, then those of the disputes."""
    for thread in found.threads:
        named = replace(thread, id=ranks.name(scope, thread_rank(thread.asks)))
        yield followup_rows(Followup((named,), ()))
    yield followup_rows(Followup((), found.disputes))


def _dispute_ids(found: Followup, first: Mapping[int, int]) -> list[int]:
    """Each dispute's id among all: its document's first, then one more per dispute before it there."""
    ids = []
    seen: Counter[int] = Counter()
    for dispute in found.disputes:
        ids.append(first[dispute.document_id] + seen[dispute.document_id])
        seen[dispute.document_id] += 1
    return ids


def refresh_whole(
    store: Store,
    revision: int,
    now: Mapping[int, ReadState],
    moves: Moves,
    stop: threading.Event | None = None,
    *,
    reuse: bool = True,
) -> None:
    """Compute the follow-up of every scope whole, from the documents `now` and the `moves`,
    and keep it a group of countries at a time; `reuse`: take the kept readings still current."""
    keep_readings(store, now, stop, reuse)
    countries = country_groups(now, moves)
    group_of = {country: n for n, group in enumerate(countries) for country in group}
    groups: list[list[int]] = [[] for _ in countries]
    for i in sorted(now):
        groups[group_of[now[i].country]].append(i)
    scopes = _scopes(now)
    ranks = _ranks(store, now, groups, moves, scopes)
    last = len(groups) - 1
    for n, (group, ids) in enumerate(zip(countries, groups, strict=True)):
        rows = _group_rows(store, now, ids, moves, scopes, ranks, stop)
        done = Finish(revision, now, moves) if n == last else None
        store.keep_followup_group(rows, group, ids, first=n == 0, done=done)
    if not groups:
        store.keep_followup_group([], [], [], first=True, done=Finish(revision, now, moves))
