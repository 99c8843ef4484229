"""Views the analysis stage computes from the collection and keeps in the store, per label scope.

Grouping every report of every event, and ranking every actor, needs the whole collection,
which takes long on a large one; so it is done after each write batch (ingest, merge, split)
and the result stored, and pages read a slice of it. A batch computes again only what its
documents reach (`view_scope`: the actors they name, the timeline entries their events may
join, their requests) and ranks the kept rows and the new ones together, so the stored views
equal one whole computation whatever order the documents arrived in. `casewatch rebuild`
recomputes everything whole; the follow-up keeps its own revision and refreshes per country.

A view is computed once per label scope (the labels a role sees, `roles.VIEW_SCOPES`) from the
documents of those labels only: a fact, a name's spelling, a count or a source that only a
document outside the scope carries is not in it. A scope holding the same documents as a wider
one (no document of the labels it lacks) shares that one's result instead of recomputing it.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Mapping

from casewatch.access.roles import VIEW_SCOPES
from casewatch.analyse.followup.stored import refresh_followup
from casewatch.analyse.replies import read_replies
from casewatch.analyse.view_rows import SOURCES_KEPT, plain, scope_views, timeline_row
from casewatch.analyse.view_scope import VIEW_FIELDS, Batch, scope_patch
from casewatch.store import Store
from casewatch.store.followup_parts import ReadState
from casewatch.store.schema import scope_key
from casewatch.store.view_patch import Patches

__all__ = ["SOURCES_KEPT", "VIEW_FIELDS", "plain", "refresh_views", "scope_views", "timeline_row"]
_ATTEMPTS = 3  # refreshes that find the views moved by another one meanwhile, before one whole


def _held(counts: Mapping[str, int], labels: frozenset[str]) -> int:
    return sum(counts.get(label, 0) for label in labels)


def patches(batch: Batch) -> Patches:
    """Every scope's patch, widest first. A narrower scope holding the wider one's documents
    shares its patch when it held them before too, else becomes a copy of its views."""
    found = Patches(whole=batch.whole)
    wider: tuple[frozenset[str], str] | None = None
    for labels in VIEW_SCOPES:
        scope = scope_key(labels)
        if (
            wider is not None
            and labels <= wider[0]
            and _held(batch.counts_now, labels) == _held(batch.counts_now, wider[0])
        ):
            if batch.whole or _held(batch.counts_held, labels) != _held(batch.counts_held, wider[0]):
                found.copies[scope] = wider[1]
            elif wider[1] in found.scoped:
                found.scoped[scope] = found.scoped[wider[1]]
            else:
                found.unchanged.append(scope)
            continue
        wider = (labels, scope)
        patch = scope_patch(batch, labels, scope)
        if patch is None:
            found.unchanged.append(scope)
        else:
            found.scoped[scope] = patch
    return found


def _refresh(
    store: Store, stop: threading.Event | None, whole: bool
) -> tuple[int | None, Mapping[int, ReadState], set[int]]:
    """One refresh of the stored timeline, actors and requests; the revision they stand at (None
    when another refresh moved them meanwhile), the documents' states it read (every one when
    `whole`, else those of the changed documents), and the documents it found changed."""
    revision = store.revision()  # read first: a write meanwhile leaves the result marked behind
    if whole:
        now: Mapping[int, ReadState] = store.followup_read_now(whole=True)
        held: Mapping[int, ReadState] = {}
        changed = set(now)
        counts: tuple[dict[str, int], dict[str, int]] = (_counts(now), {})
    else:  # the states of the documents the views must read again only, and counts per label
        store.bring_states_up_to_date()
        changed, now, held = store.views_moved()
        counts = store.label_counts()
    clusters = store.clusters() if whole else {}  # else those of the documents read (`Batch.pairs`)
    batch = Batch(store, clusters, now, held, changed, whole, stop, counts_now=counts[0])
    batch.counts_held = counts[1]
    done = store.apply_view_patches(patches(batch), now, held, revision)
    return (revision if done else None), now, changed


def _counts(states: Mapping[int, ReadState]) -> dict[str, int]:
    return dict(Counter(state.label for state in states.values()))


def refresh_views(store: Store, stop: threading.Event | None = None, *, everything: bool = False) -> int:
    """Bring the timeline, the actor list and the requests of every label scope up to the
    store (whole when `everything` is asked or nothing is held), and the follow-up when it is
    behind; the length of the timeline of every document."""
    whole = everything or store.views_built_from() is None or not store.views_hold_any()
    revision: int | None = None
    changed: set[int] = set()
    for attempt in range(_ATTEMPTS):
        read_whole = whole or attempt == _ATTEMPTS - 1
        revision, now, found = _refresh(store, stop, read_whole)
        changed |= found
        if revision is not None:
            break
    assert revision is not None  # a whole refresh always writes
    if everything or (store.followup_built_from() or -1) < revision:  # its own mark: only when behind
        # the states the views were refreshed from, read after `revision`: not read a second time
        refresh_followup(store, revision, stop, everything, now if read_whole else None)
    if changed:  # a reply read anew only when a document came, went or changed
        read_replies(store)  # what the new replies cite, so the overview's deadlines need no text
    store.settle_tallies()  # the batch's changes to the overview's counts, folded in
    return store.count_timeline(scope=scope_key(VIEW_SCOPES[0]))
