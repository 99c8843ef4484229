"""The follow-up of a collection: threads with their findings, and the disputes of each document."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from casewatch.analyse.common import date_key
from casewatch.analyse.followup.disputes import disputes_of
from casewatch.analyse.followup.model import Ask, Finding, Followup, FollowupDoc, Thread
from casewatch.analyse.followup.status import Scope, findings, in_order, scope_of, subject_family, verdict
from casewatch.analyse.followup.threads import LAW, apply_judgements, country_of, group_asks
from casewatch.analyse.followup.units import Unit, ask_anchors, units


def followup(docs: Sequence[FollowupDoc], moves: Mapping[str, str | None] | None = None) -> Followup:
    """Threads of asks (after a reviewer's `moves`), each with what later documents show of it."""
    by_id = {doc.document_id: doc for doc in docs}
    read = {doc.document_id: units(doc) for doc in docs}
    groups = apply_judgements(group_asks(docs), moves or {})
    threads = [
        _thread(f"t{n}", country, asks, docs, by_id, read)
        for n, (country, asks) in enumerate(groups, start=1)
    ]
    disputes = [d for doc in docs for d in disputes_of(doc, read[doc.document_id])]
    return Followup(tuple(threads), tuple(disputes))


def _scope(asks: Sequence[Ask], by_id: Mapping[int, FollowupDoc]) -> Scope:
    anchors: set[str] = set()
    laws: set[str] = set()
    generic = False
    for ask in asks:
        doc = by_id[ask.document_id]
        named = ask_anchors(doc, ask.start, ask.end, ask.text)
        cited = {c.key for c in doc.citations} & named
        anchors |= named
        if subject_family(ask.family) == LAW:
            laws |= cited
            generic = generic or not cited
    return scope_of(asks, frozenset(anchors), frozenset(laws), generic)


def _later(doc: FollowupDoc, country: str, first: Ask) -> bool:
    """A document that may show the fate of an ask first made in another: same country, not older."""
    if doc.document_id == first.document_id:
        return False
    same_country = not country or country in doc.meta.countries
    return same_country and (doc.meta.date is None or date_key(doc.meta.date) >= date_key(first.date))


def _thread(
    tid: str,
    country: str,
    asks: list[Ask],
    docs: Sequence[FollowupDoc],
    by_id: Mapping[int, FollowupDoc],
    read: Mapping[int, list[Unit]],
) -> Thread:
    scope = _scope(asks, by_id)
    evidence: list[Finding] = []
    statuses: list[Finding] = []
    for doc in docs:
        if not _later(doc, country, asks[0]):
            continue
        found = findings(scope, doc, read[doc.document_id])
        evidence += found
        if found:
            statuses.append(verdict(found))
    statuses = in_order(statuses)
    first = asks[0]
    return Thread(
        id=tid,
        country=country or country_of(by_id[first.document_id]),
        family=first.family,
        remedy=first.remedy,
        about=first.text,
        asks=tuple(asks),
        statuses=tuple(statuses),
        evidence=tuple(in_order(evidence)),
        latest=statuses[-1].status if statuses else "unknown",
    )
