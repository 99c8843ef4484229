"""The collection's timeline: every event in date order, one row per event however many documents report it.

Two reports are taken as the same event when they have the same type, share a participant
(actor or target in the same cluster) and their dates are compatible (one is missing or one
contains the other; when both are known they must at least share the year). Reports without
participants merge only on an identical day. Disagreements between sources (dates, money,
years of prison) are kept side by side as conflicts, never resolved.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from casewatch.analyse.common import (
    ActorIndex,
    ActorRef,
    Clusters,
    Pair,
    SourceRef,
    compatible,
    date_key,
    source_ref,
)
from casewatch.model import Event, PartialDate

_MONEY = re.compile(
    r"(?:[$€£]\s?\d[\d,.\s]*\d|\d[\d,.\s]*\d?\s?(?:million |billion )?"
    r"(?:tenge|dollars?|USD|euros?|EUR|roubles?|rubles?|RUB|pounds?|GBP|francs?|CHF|pesos?|rupees?|lira|won|yen))",
    re.IGNORECASE,
)
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
_PRISON = re.compile(
    rf"\b(\d+(?:\.\d+)?|{_NUMBER_WORDS})(?:\s|-)(?:and a half\s)?(years?|months?)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class EventSource:
    """One document's report of an event, with its own date and quote."""

    source: SourceRef
    quote: str
    anchor: str  # the fact's id in the document reader: "f-e3"
    date: PartialDate | None = None
    date_text: str | None = None


@dataclass(frozen=True)
class TimelineEntry:
    id: str
    type: str
    date: PartialDate | None
    actors: tuple[ActorRef, ...]
    targets: tuple[ActorRef, ...]
    place: str | None
    sources: tuple[EventSource, ...]
    conflicts: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    forum: tuple[ActorRef, ...] = ()  # the court or committee that decided or heard it
    reporters: tuple[ActorRef, ...] = ()  # who told of it


@dataclass(frozen=True)
class Timeline:
    entries: tuple[TimelineEntry, ...]
    types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    actors: tuple[ActorRef, ...] = ()


@dataclass
class _Report:
    """One event as stated in one document, with its participants resolved to clusters."""

    event: Event
    source: SourceRef
    anchor: str
    actors: tuple[ActorRef, ...]
    targets: tuple[ActorRef, ...]
    forum: tuple[ActorRef, ...] = ()
    reporters: tuple[ActorRef, ...] = ()
    participants: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        named = (*self.actors, *self.targets)
        self.participants = frozenset(a.cluster_id or a.name.casefold() for a in named)


@dataclass
class _Group:
    """Reports of one event; what a newcomer is checked against is kept up to date as they join."""

    reports: list[_Report] = field(default_factory=list)
    participants: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)

    def add(self, report: _Report) -> None:
        self.reports.append(report)
        self.participants |= report.participants
        if report.event.date is not None:
            self.years.add(report.event.date.year)

    def accepts(self, report: _Report) -> bool:
        first = self.reports[0]
        if first.event.type != report.event.type:
            return False
        date = report.event.date
        if date is not None and not self.years <= {date.year}:
            return False
        if self.participants or report.participants:
            return not self.participants.isdisjoint(report.participants)
        return first.event.date is not None and first.event.date == date


def reports(pairs: Sequence[Pair], index: ActorIndex) -> list[_Report]:
    found = []
    for row, ext in pairs:
        ref = source_ref(row, ext.meta)
        for i, event in enumerate(ext.events):
            actors = index.actors(row, event.actors)
            targets = index.actors(row, event.targets)
            forum, reporters = index.actors(row, event.forum), index.actors(row, event.reporter)
            found.append(_Report(event, ref, f"f-e{i}", actors, targets, forum, reporters))
    return found


def _keys(report: _Report) -> set[tuple[str, str]]:
    """Index keys under which a report can find the groups that may accept it."""
    kind = report.event.type.value
    if report.participants:
        return {(kind, p) for p in report.participants}
    return {(kind, f"@{report.event.date.iso if report.event.date else ''}")}


def group_reports(found: Sequence[_Report]) -> list[_Group]:
    """Greedy grouping in date order: each report joins the first group that accepts it.

    Groups are indexed by (type, participant) so a large collection is not compared pairwise.
    """
    groups: list[_Group] = []
    index: dict[tuple[str, str], list[int]] = {}
    for report in sorted(found, key=lambda r: (date_key(r.event.date), r.source.document_id, r.anchor)):
        keys = _keys(report)
        candidates = sorted({i for key in keys for i in index.get(key, ())})
        chosen = next((i for i in candidates if groups[i].accepts(report)), None)
        if chosen is None:
            chosen = len(groups)
            groups.append(_Group())
        groups[chosen].add(report)
        for key in keys:
            if chosen not in index.setdefault(key, []):
                index[key].append(chosen)
    return groups


def report_keys(report: _Report) -> frozenset[str]:
    """The grouping keys of a report as text ("arrest:<participant>"), as a store keeps them."""
    return frozenset(f"{kind}:{value}" for kind, value in _keys(report))


@dataclass(frozen=True)
class Grouped:
    """One event's entry (not yet numbered), its first report's name ("document:anchor"), and
    the grouping keys and documents of its reports: what a later batch's reports may join."""

    entry: TimelineEntry
    name: str
    keys: frozenset[str]
    documents: frozenset[int]


def entry_groups(found: Sequence[_Report]) -> list[Grouped]:
    """The entries these reports make (`group_reports`), in no particular order. Reports that
    share no key with any other report outside `found` group as they would among all."""
    grouped = []
    for group in group_reports(found):
        first = group.reports[0]
        keys = frozenset(k for r in group.reports for k in report_keys(r))
        documents = frozenset(r.source.document_id for r in group.reports)
        grouped.append(
            Grouped(_entry(0, group.reports), f"{first.source.document_id}:{first.anchor}", keys, documents)
        )
    return grouped


def _amounts(pattern: re.Pattern[str], quote: str) -> tuple[str, ...]:
    return tuple(sorted({" ".join(m.group(0).lower().split()) for m in pattern.finditer(quote)}))


def conflicts(group: Sequence[_Report]) -> tuple[str, ...]:
    """What the sources disagree on: dates that cannot be the same day, sums, prison terms."""
    found = []
    # each distinct date once: an act many documents tell groups thousands of reports of a few dates,
    # and every pair of reports would be compared
    dates = list(dict.fromkeys(r.event.date for r in group if r.event.date is not None))
    if any(not compatible(a, b) for a in dates for b in dates):
        found.append("dates differ: " + " / ".join(dict.fromkeys(d.iso for d in dates)))
    for label, pattern in (("amounts differ", _MONEY), ("terms differ", _PRISON)):
        stated = [_amounts(pattern, r.event.quote) for r in group]
        distinct = {s for s in stated if s}
        if len(distinct) > 1:
            found.append(f"{label}: " + " / ".join(", ".join(s) for s in sorted(distinct)))
    return tuple(found)


def _best_date(group: Sequence[_Report]) -> PartialDate | None:
    """The most precise date reported; on a conflict the earliest of the most precise."""
    dates = [r.event.date for r in group if r.event.date is not None]
    precision = {"day": 0, "month": 1, "year": 2}
    return min(dates, key=lambda d: (precision[d.precision], date_key(d)), default=None)


def _entry(number: int, group: Sequence[_Report]) -> TimelineEntry:
    sources = tuple(
        EventSource(r.source, r.event.quote, r.anchor, r.event.date, r.event.date_text) for r in group
    )
    place = next((r.event.place for r in group if r.event.place), None)
    return TimelineEntry(
        id=f"ev-{number}",
        type=group[0].event.type.value,
        date=_best_date(group),
        actors=tuple(dict.fromkeys(a for r in group for a in r.actors)),
        targets=tuple(dict.fromkeys(a for r in group for a in r.targets)),
        place=place,
        sources=sources,
        conflicts=conflicts(group),
        countries=tuple(dict.fromkeys(c for r in group for c in r.source.countries)),
        forum=tuple(dict.fromkeys(a for r in group for a in r.forum)),
        reporters=tuple(dict.fromkeys(a for r in group for a in r.reporters)),
    )


def _wanted(entry: TimelineEntry, country: str | None, type_: str | None, actor: str | None) -> bool:
    if country and country not in entry.countries:
        return False
    if type_ and entry.type != type_:
        return False
    return not actor or any(a.cluster_id == actor for a in (*entry.actors, *entry.targets))


def timeline(
    pairs: Sequence[Pair],
    clusters: Clusters,
    *,
    country: str | None = None,
    type: str | None = None,
    actor: str | None = None,
) -> Timeline:
    """All events of the collection merged across sources, optionally filtered."""
    index = ActorIndex(pairs, clusters)
    groups = group_reports(reports(pairs, index))
    groups.sort(key=lambda g: date_key(_best_date(g.reports)))
    entries = [_entry(n, g.reports) for n, g in enumerate(groups, start=1)]
    return filtered(_whole(entries), country=country, type=type, actor=actor)


def filtered(
    whole: Timeline, *, country: str | None = None, type: str | None = None, actor: str | None = None
) -> Timeline:
    """The timeline's entries that match the filters; the filter choices stay those of the whole."""
    return replace(whole, entries=tuple(e for e in whole.entries if _wanted(e, country, type, actor)))


def _whole(entries: Sequence[TimelineEntry]) -> Timeline:
    return Timeline(
        entries=tuple(entries),
        types=tuple(sorted({e.type for e in entries})),
        countries=tuple(sorted({c for e in entries for c in e.countries})),
        actors=tuple(
            sorted(
                {a for e in entries for a in (*e.actors, *e.targets) if a.cluster_id},
                key=lambda a: a.name.casefold(),
            )
        ),
    )
