"""Resolution of the stored collection: after each batch only what its new records reach, the
whole collection on demand (`casewatch rebuild`); the stored views follow either way."""

from __future__ import annotations

from collections.abc import Collection

from casewatch.resolve import resolve
from casewatch.resolve.incremental import KEYS_VERSION, keyed, reach, resolve_group
from casewatch.store import Store
from casewatch.store.resolution import Resolving


def resolve_new(store: Store, touched: Collection[str] = ()) -> int:
    """Resolve the records no cluster holds yet, and the `touched` refs (a pair a person has just
    judged), with every record they reach; the same clusters as `resolve_all`. How many records
    were resolved again."""
    with store.resolving() as txn:
        if not txn.has_keys(KEYS_VERSION):
            return _resolve_all(txn, rekey=True)
        new = txn.unresolved()
        if not new and not touched:
            return 0
        txn.add_keys(keyed(new), KEYS_VERSION)
        total = txn.count_records()
        if len(new) >= total / 2:  # most records are new (a first ingest): all at once
            return _resolve_all(txn, rekey=False)
        user = txn.user_judgements()
        refs = reach(txn, {*new, *touched}, user)
        if len(refs) >= total / 2:  # a group that common is read faster whole: the same result
            return _resolve_all(txn, rekey=False)
        judgements, clusters = resolve_group(txn.records(refs), user, txn.held(refs))
        txn.replace(refs, judgements, clusters)
        return len(refs)


def resolve_all(store: Store) -> int:
    """Resolve the whole collection again (its key index rebuilt too); how many records."""
    with store.resolving() as txn:
        return _resolve_all(txn, rekey=True)


def _resolve_all(txn: Resolving, *, rekey: bool) -> int:
    records = txn.all_records()
    if rekey:
        txn.add_keys(keyed(records), KEYS_VERSION, every=True)
    # the links that held the earlier clusters are kept: adding documents never splits an actor
    earlier = txn.held()
    resolution = resolve([record for _doc, record in records.values()], txn.user_judgements(), earlier)
    txn.replace_all(resolution.judgements, resolution.clusters)
    return len(records)


def resolve_collection(store: Store, *, whole: bool = False, touched: Collection[str] = ()) -> None:
    """Resolution after a write batch (user merges and splits are kept), then the stored views
    that depend on it. `touched`: refs a person has just judged (see `resolve_new`)."""
    from casewatch.analyse.derived import refresh_views

    with store.one_at_a_time():  # two ingests' view refreshes must not interleave
        if whole:
            resolve_all(store)
        else:
            resolve_new(store, touched)
        refresh_views(store)  # the stored views follow the new facts and clusters
