"""A reviewer's judgement on the threads: one request moved into another request's thread, or
set apart in a thread of its own. Kept like an entity merge (store `thread_judgements`),
applied after every recomputation, so it survives new documents and re-ingest."""

from __future__ import annotations

from casewatch.errors import NotFound, message
from casewatch.store import Store
from casewatch.store.followup import ThreadRow


def asks_of(row: ThreadRow) -> dict[str, dict[str, object]]:
    """A thread's requests by ask id."""
    return {str(a["ask"]): a for a in row.body["requests"]}


def move_request(store: Store, ask: str, target: str | None, by: str) -> str | None:
    """Move `ask` into the thread of the ask `target` (None: a thread of its own), audit it and
    recompute the stored views. Returns the thread the ask stands in afterwards, if shown."""
    from casewatch.analyse.derived import refresh_views

    store.move_ask(ask, target, by)
    store.accounts.audit(by, "thread_move", ask, to=target or "")
    refresh_views(store)
    return thread_of(store, ask)


def thread_of(store: Store, ask: str) -> str | None:
    """The id of the thread holding `ask` now (thread ids follow the order of first asks, so they
    can change when threads are recomputed)."""
    for row in store.thread_page(limit=1_000_000):
        if ask in asks_of(row):
            return row.thread
    return None


def target_of(store: Store, thread_id: str, ask: str, to_thread: str | None) -> str | None:
    """Check a move asked on a thread's page: `ask` is one of the thread's requests and
    `to_thread` another thread of the same country. Returns the target ask (a request of that
    thread), or None for a thread of its own."""
    here = store.thread(thread_id)
    if here is None or ask not in asks_of(here):
        raise NotFound(message("unknown_ask", ask=ask, thread=thread_id))
    if not to_thread:
        return None
    there = store.thread(to_thread)
    if there is None or there.country != here.country or there.thread == here.thread:
        raise NotFound(message("unknown_thread", thread=to_thread, country=here.country))
    return next(iter(asks_of(there)))
