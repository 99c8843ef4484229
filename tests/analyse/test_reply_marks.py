"""What replies cite, read once per saved version and looked up per letter, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from casewatch.analyse.replies import LetterReplies, read_replies
from casewatch.model import DocumentMeta, Extraction, Genre, Label, PartialDate, Text
from casewatch.store import Store

LETTER = "REFERENCE: AL GTM 4/2021\nPlease reply within 60 days."
BY_CODE = "The Government refers to communication AL GTM 4/2021 and informs as follows."
BY_DAY = "The Government refers to your letter of 12 March 2021 and informs as follows."


def _meta(genre: Genre, day: PartialDate, reference: str | None = None) -> DocumentMeta:
    return DocumentMeta(genre, day, reference, countries=("GTM",))


def _letter(docs: Any) -> tuple[int, DocumentMeta]:
    meta = _meta(Genre.UN_COMMUNICATION, PartialDate(2021, 3, 12), "AL GTM 4/2021")
    return docs.add("letter.txt", LETTER, Extraction(meta=meta)), meta


def test_replies_are_read_once_per_saved_version(store: Store, docs: Any) -> None:
    _letter(docs)
    reply = _reply(docs, "reply.txt", BY_CODE)
    assert read_replies(store) == 2  # the letter is a communication: read for an index of replies
    assert read_replies(store) == 0
    store.save_extraction(reply, *_saved(store, reply))
    assert read_replies(store) == 1


def _saved(store: Store, document_id: int) -> tuple[Text, Extraction]:
    meta = _meta(Genre.GOVERNMENT_REPLY, PartialDate(2021, 6))
    return Text(store.load_text(document_id), "text/plain"), Extraction(meta=meta)


def _reply(docs: Any, name: str, text: str) -> int:
    return int(docs.add(name, text, Extraction(meta=_meta(Genre.GOVERNMENT_REPLY, PartialDate(2021, 5)))))


def test_a_letter_finds_its_reply_by_code(store: Store, docs: Any) -> None:
    letter, meta = _letter(docs)
    _reply(docs, "other.txt", "The Government informs as follows.")
    reply = _reply(docs, "a.txt", BY_CODE)
    found = LetterReplies(store).to(letter, meta)
    assert found is not None and (found.source.document_id, found.by) == (reply, "reference")


def test_a_letter_without_code_finds_its_reply_by_day(store: Store, docs: Any) -> None:
    meta = _meta(Genre.UN_COMMUNICATION, PartialDate(2021, 3, 12))
    letter = docs.add("letter.txt", "A letter.", Extraction(meta=meta))
    reply = _reply(docs, "b.txt", BY_DAY)
    found = LetterReplies(store).to(letter, meta)
    assert found is not None and (found.source.document_id, found.by) == (reply, "letter")


def test_a_reply_the_reader_may_not_see_answers_nothing_for_them(store: Store, docs: Any) -> None:
    letter, meta = _letter(docs)
    reply = _reply(docs, "a.txt", BY_CODE)
    store.accounts.set_label(reply, Label.RESTRICTED)
    assert LetterReplies(store, frozenset({"public", "internal"})).to(letter, meta) is None
    assert LetterReplies(store).to(letter, meta) is not None
