"""The stored follow-up brought up to the store: per country (the countries a write reaches),
or whole (`grouped`: a group of countries at a time) on demand or when it is not built."""

from __future__ import annotations

import threading
from collections.abc import Collection, Mapping

from casewatch.access.roles import VIEW_SCOPES
from casewatch.analyse.common import date_key
from casewatch.analyse.followup.grouped import followup_of_countries, refresh_whole
from casewatch.model import PartialDate
from casewatch.store import Store
from casewatch.store.followup import ThreadRow
from casewatch.store.followup_parts import HeldState, ReadState
from casewatch.store.schema import scope_key


def refresh_followup(
    store: Store,
    revision: int,
    stop: threading.Event | None = None,
    everything: bool = False,
    now: Mapping[int, ReadState] | None = None,
) -> int:
    """Bring the stored threads and disputes (with the reviewers' moves) of every label scope up
    to the store, each from the documents of its labels only; the thread count of the widest.
    Only the countries whose documents (or moves) changed since the last refresh are computed
    again, unless `everything` is asked or the follow-up is not built (never computed, or a
    whole refresh was cut off before its last group: see `grouped`); of their documents, only
    those that changed are read again (the others' readings are kept), unless `everything`.
    `now`: the documents' states as read after `revision` (else read here)."""
    moves = store.thread_moves()
    if everything or store.followup_built_from() is None or not store.followup_holds_any():
        if now is None:  # read before the documents: a write meanwhile shows next time
            now = store.followup_read_now(whole=everything)
        refresh_whole(store, revision, now, moves, stop, reuse=not everything)
        return store.count_threads(scope=scope_key(VIEW_SCOPES[0]))
    if now is not None:  # every document's state given
        held = store.followup_held()
        changed = changed_documents(held.documents, now)
        countries = reached_countries(changed, held, now, moves)
    else:  # the states as the views' refresh left them: those of the changed documents only
        changed, changed_now = store.followup_moved()
        held = store.followup_held_of(changed)
        asks = (ask for pair in (*moves.items(), *held.moves.items()) for ask in pair if ask)
        refs = {ask.partition(":")[0] for ask in asks}
        countries = reached_countries(changed, held, changed_now, moves, store.countries_of_refs(refs))
        now = {**store.states_in(countries), **changed_now} if countries else changed_now
    if not countries:
        store.mark_followup_current(revision)
    else:
        reached = {i: state for i, state in now.items() if state.country in countries}
        scoped = followup_of_countries(store, reached, moves, stop)
        store.patch_followup(scoped, countries, changed, revision, now=now, moves=moves, rank=thread_rank)
    return store.count_threads(scope=scope_key(VIEW_SCOPES[0]))


def changed_documents(held: Mapping[int, ReadState], now: Mapping[int, ReadState]) -> set[int]:
    """Documents new, gone, or changed in anything their reading depends on."""
    gone = held.keys() - now.keys()
    return gone | {i for i, state in now.items() if i not in held or held[i].signature != state.signature}


def reached_countries(
    changed: Collection[int],
    held: HeldState,
    now: Mapping[int, ReadState],
    moves: Mapping[str, str | None],
    country_of_ref: Mapping[str, str] | None = None,
) -> set[str]:
    """The countries whose threads must be computed again: those of the changed documents (as
    they were and as they are), those of the asks a new or withdrawn move names, and, through
    every move, the countries of the asks it joins (a moved ask leaves one country's threads
    for another's)."""
    countries = {s.country for i in changed for s in (held.documents.get(i), now.get(i)) if s is not None}
    if country_of_ref is None:  # `now` holds every document
        country_of_ref = {state.ref: state.country for state in now.values()}

    def country(ask: str | None) -> str | None:
        return None if ask is None else country_of_ref.get(ask.partition(":")[0])

    for ask in {a for a in {*moves, *held.moves} if moves.get(a, "?") != held.moves.get(a, "?")}:
        countries |= {
            c for c in (country(ask), country(moves.get(ask)), country(held.moves.get(ask))) if c is not None
        }
    grown = True
    while grown:  # through every move, until no country is added
        grown = False
        for ask, target in moves.items():
            ends = {c for c in (country(ask), country(target)) if c is not None}
            if ends & countries and not ends <= countries:
                countries |= ends
                grown = True
    return countries


def thread_rank(row: ThreadRow) -> tuple[object, ...]:
    """Where a stored thread ranks among all: as `threads.group_asks` orders them, by the date of
    its first ask, then that ask's document and id."""
    first = row.body["requests"][0]
    day = PartialDate.parse(first["date"]) if first.get("date") else None
    return (date_key(day), first["document_id"], first["ask"])
