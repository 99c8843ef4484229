"""Reviews of extracted facts on both backends: applied to every read of the collection, kept
over re-extraction, the latest word counting."""

from __future__ import annotations

from typing import Any

from casewatch.model import Event, EventType, Extraction, FactReview, PartialDate, Request
from casewatch.store import Store

TEXT = "On 3 May 2021 the police detained the union leader. We urge the Government to release him."
EXT = Extraction(
    events=(Event(EventType.ARREST, 0, 51, TEXT[:51], date=PartialDate(2021, 5, 3)),),
    requests=(Request(("us",), ("Government",), "release him", 52, 93),),
)


def _events(store: Store) -> tuple[Event, ...]:
    return next(ext for _, ext in store.extractions()).events


def test_a_rejected_event_is_gone_from_the_collection_but_kept_in_the_record(store: Store, docs: Any) -> None:
    document_id = docs.add("a.txt", TEXT, EXT)
    store.review_fact(document_id, FactReview("event", 0, 51, "reject", by="ed"))
    assert _events(store) == ()
    assert store.load_extraction(document_id).events == EXT.events  # what was extracted stays
    assert [r.verdict for r in store.fact_reviews(document_id)] == ["reject"]


def test_a_correction_changes_type_and_date_and_the_latest_review_counts(store: Store, docs: Any) -> None:
    document_id = docs.add("a.txt", TEXT, EXT)
    store.review_fact(document_id, FactReview("event", 0, 51, "reject", by="ed"))
    fix = FactReview("event", 0, 51, "correct", (("date", "2021-05"), ("type", "harassment")), by="ed")
    store.review_fact(document_id, fix)
    (event,) = _events(store)
    assert (event.type, event.date) == (EventType.HARASSMENT, PartialDate(2021, 5))


def test_a_request_text_is_corrected(store: Store, docs: Any) -> None:
    document_id = docs.add("a.txt", TEXT, EXT)
    store.review_fact(
        document_id, FactReview("request", 52, 93, "correct", (("text", "release the leader"),))
    )
    (request,) = store.reviewed_extraction(document_id).requests
    assert request.text == "release the leader"


def test_reviews_outlive_re_extraction(store: Store, docs: Any) -> None:
    document_id = docs.add("a.txt", TEXT, EXT)
    store.review_fact(document_id, FactReview("event", 0, 51, "reject", by="ed"))
    store.save_extraction(document_id, docs_text(TEXT), EXT)  # extracted again, same facts
    assert _events(store) == ()


def docs_text(text: str) -> Any:
    from casewatch.model import Text

    return Text(text, "text/plain")


def test_a_correction_sets_who_acts_and_who_undergoes(store: Store, docs: Any) -> None:
    document_id = docs.add("a.txt", TEXT, EXT)
    fix = FactReview("event", 0, 51, "correct", (("actors", "o1 p2"), ("targets", "")), by="ed")
    store.review_fact(document_id, fix)
    (event,) = _events(store)
    assert (event.actors, event.targets) == (("o1", "p2"), ())
