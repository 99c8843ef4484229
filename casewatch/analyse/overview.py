"""The collection at a glance: counts, countries, latest documents, deadlines, instruments, actors."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import cast

from casewatch.analyse.actors import actor_list
from casewatch.analyse.common import Clusters, Pair, SourceRef, date_key, last_day, source_ref
from casewatch.analyse.deadlines import Deadline, deadlines
from casewatch.analyse.replies import NO_EVIDENCE, LetterReplies, ReplyEvidence
from casewatch.model import DocumentMeta, EntityType, PartialDate
from casewatch.store import Store
from casewatch.store import overview as figures
from casewatch.store.overview import ActorTally, DatedDocument
from casewatch.store.rows import ActorRow


@dataclass(frozen=True)
class Tally:
    """A name and how many documents (or facts) it occurs in."""

    name: str
    count: int


@dataclass(frozen=True)
class YearTally:
    """How many events of one type are dated in one year."""

    year: str
    type: str
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
    top_actors: tuple[ActorRow, ...]
    today: date
    events_by_year: tuple[YearTally, ...] = ()


def _tallies(counter: Counter[str], limit: int | None = None) -> tuple[Tally, ...]:
    ranked = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    return tuple(Tally(name, count) for name, count in ranked[:limit])


def overview(
    pairs: Sequence[Pair],
    clusters: Clusters,
    today: date,
    *,
    failed: int = 0,
    limit: int = 10,
    evidence: ReplyEvidence = NO_EVIDENCE,
) -> Overview:
    """Counts and top lists; `failed` is the number of documents that could not be read, `evidence`
    what shows the replies to letters with a deadline."""
    countries: Counter[str] = Counter(c for _, ext in pairs for c in set(ext.meta.countries))
    genres: Counter[str] = Counter(ext.meta.genre.value for _, ext in pairs)
    instruments: Counter[str] = Counter(k for _, ext in pairs for k in {c.key for c in ext.citations})
    latest = sorted(
        pairs, key=lambda p: (date_key(p[1].meta.date)[0], _neg(date_key(p[1].meta.date)), -p[0].id)
    )
    actors = actor_list(_without_places(pairs), clusters)
    due = deadlines(pairs, today, evidence)
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
        events_by_year=_years(
            Counter((ev.date.iso[:4], ev.type.value) for _, x in pairs for ev in x.events if ev.date)
        ),
    )


def _without_places(pairs: Sequence[Pair]) -> list[Pair]:
    """The documents with their persons and organisations only: a place is where things happen, not
    who acts, so the overview's actors leave places out (the actors pages list them by type)."""
    return [
        (row, replace(ext, entities=tuple(e for e in ext.entities if e.type is not EntityType.PLACE)))
        for row, ext in pairs
    ]


def _years(counter: Counter[tuple[str, str]]) -> tuple[YearTally, ...]:
    return tuple(YearTally(year, kind, n) for (year, kind), n in sorted(counter.items()))


def _neg(key: tuple[int, int, int, int]) -> tuple[int, ...]:
    return tuple(-part for part in key[1:])


def overview_of_store(
    store: Store,
    today: date,
    *,
    limit: int = 10,
    labels: frozenset[str] | None = None,
    actors: tuple[int, Sequence[ActorRow]] | None = None,
) -> Overview:
    """The same Overview as `overview`, from aggregate queries: no collection load; of the
    documents of these confidentiality `labels` only (None: all), as if no other were held.
    `actors` (how many, and the first `limit`) come from the stored actor list when given: it
    ranks the same actors without counting every name of the collection again."""
    kept = store.overview_figures(labels)  # one read of the counts the database keeps
    counts, tallies = figures.stored_fact_counts(kept), figures.stored_tallies(kept)
    if actors is None:
        actors = store.count_actors(labels), _top_actors(store.top_actors(limit, labels), limit)
    upcoming, overdue = _deadlines(store, today, limit, labels)
    latest = store.latest_documents(limit, labels)
    metas = store.metas([row.id for row in latest])
    return Overview(
        documents=counts["documents"],
        failed=counts["failed"],
        events=counts["events"],
        requests=counts["requests"],
        citations=counts["citations"],
        actors=actors[0],
        countries=_tallies(Counter(tallies["countries"])),
        genres=_tallies(Counter(tallies["genres"])),
        latest=tuple(source_ref(row, metas[row.id]) for row in latest),
        upcoming=upcoming,
        overdue=overdue,
        instruments=_tallies(Counter(tallies["instruments"]), limit),
        top_actors=tuple(actors[1][:limit]),
        today=today,
        events_by_year=tuple(YearTally(*row) for row in figures.stored_years(kept)),
    )


def _column_meta(row: DatedDocument) -> DocumentMeta:
    """What deadlines read of a document, from its columns (the title comes later, for those shown)."""
    return DocumentMeta(row.genre, row.date, row.reference, countries=row.countries, reply_due=row.reply_due)


def _deadlines(
    store: Store, today: date, limit: int, labels: frozenset[str] | None
) -> tuple[tuple[Deadline, ...], tuple[Deadline, ...]]:
    """`deadlines(...).upcoming[:limit]` and `.overdue[:limit]`, reading the asking documents in
    deadline order only as far as those need (the whole view looks at every one), and for each
    only the replies that may answer it; a reply the reader may not see is no reply for them."""
    replies = LetterReplies(store, labels)
    upcoming: list[Deadline] = []
    for row in itertools.islice(store.asking_documents(today.isoformat(), due=False, labels=labels), limit):
        meta = _column_meta(row)
        due = cast(PartialDate, meta.reply_due)
        answer = replies.to(row.id, meta)
        reply = answer.source if answer else None
        upcoming.append(Deadline(source_ref(row, meta), due, (last_day(due) - today).days, False, reply))
    overdue: list[Deadline] = []
    for row in store.asking_documents(today.isoformat(), due=True, labels=labels):
        if len(overdue) == limit:
            break
        meta, due = _column_meta(row), cast(PartialDate, row.reply_due)
        if replies.to(row.id, meta) is None:
            overdue.append(Deadline(source_ref(row, meta), due, (last_day(due) - today).days, True, None))
    shown = {ref.document_id for d in (*upcoming, *overdue) for ref in (d.source, d.reply) if ref}
    rows = store.dated_documents(shown)
    return _titled(store, rows, tuple(upcoming)), _titled(store, rows, tuple(overdue))


def _titled(
    store: Store, rows: dict[int, DatedDocument], found: tuple[Deadline, ...]
) -> tuple[Deadline, ...]:
    """The deadlines with their documents' titles (kept in the meta column, read for these only)."""
    ids = {ref.document_id for d in found for ref in (d.source, d.reply) if ref}
    metas = store.metas(ids)

    def titled(ref: SourceRef) -> SourceRef:
        return source_ref(rows[ref.document_id], metas[ref.document_id])

    return tuple(replace(d, source=titled(d.source), reply=d.reply and titled(d.reply)) for d in found)


def _top_actors(found: Sequence[ActorTally], limit: int) -> tuple[ActorRow, ...]:
    summaries = [
        ActorRow(
            a.cluster_id,
            max(a.names, key=lambda n: (a.names[n], len(n), n)),
            a.types.most_common(1)[0][0],
            a.documents,
            a.events,
        )
        for a in found
    ]
    summaries.sort(key=lambda s: (-s.documents, -s.events, s.name.casefold()))
    return tuple(summaries[:limit])
