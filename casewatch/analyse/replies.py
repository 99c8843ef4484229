"""Whether a reply came, by one rule that the deadlines, the requests and the communications share.

A reply to a letter is evidence, never a guess from the country: a government reply that cites
the letter's UN reference (in any written form), or that names the letter by its date ("your
communication of 23 January 2017") without citing another code, or a row of an index of
communications that dates the government's reply to that reference.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain

from casewatch.analyse.common import DocumentRowLike, SourceRef, date_key, first_day, last_day, source_ref
from casewatch.analyse.references import (
    Cited,
    IndexRow,
    LetterDate,
    RefKey,
    index_rows,
    letter_dates_in,
    reference_key,
    references_in,
)
from casewatch.model import DocumentMeta, DocumentStatus, Genre, PartialDate
from casewatch.store import DocumentFilter, Store
from casewatch.store.facts import decode_dataclass, encode
from casewatch.store.reply_marks import Mark

BY_REFERENCE, BY_LETTER, BY_INDEX = "reference", "letter", "index"
_BATCH = 1000  # documents whose metadata and texts are read together


@dataclass(frozen=True)
class Reply:
    """The evidence that a letter was answered, and where it stands."""

    source: SourceRef  # the government's reply, or the index of communications that dates it
    date: PartialDate | None
    by: str  # reference | letter | index
    start: int
    end: int


@dataclass(frozen=True)
class Citing:
    """What one government reply cites of the letters it answers."""

    source: SourceRef
    references: tuple[Cited, ...]
    letters: tuple[LetterDate, ...]


@dataclass(frozen=True)
class IndexEntry:
    source: SourceRef
    row: IndexRow


@dataclass(frozen=True)
class ReplyEvidence:
    """Every government reply's citations, and every dated reply an index of communications lists."""

    replies: tuple[Citing, ...] = ()
    index: tuple[IndexEntry, ...] = ()


Readable = tuple[DocumentRowLike, DocumentMeta, str]  # a document, its metadata and its text


def evidence_of(docs: Iterable[Readable]) -> ReplyEvidence:
    """What government replies cite, and what the UN communications (an index among them) date."""
    replies: list[Citing] = []
    index: list[IndexEntry] = []
    for row, meta, text in docs:
        ref = source_ref(row, meta)
        if meta.genre == Genre.GOVERNMENT_REPLY:
            replies.append(Citing(ref, tuple(references_in(text)), tuple(letter_dates_in(text))))
        elif meta.genre == Genre.UN_COMMUNICATION:
            index += [IndexEntry(ref, r) for r in index_rows(text)]
    return ReplyEvidence(tuple(replies), tuple(index))


def _not_before(reply: PartialDate | None, letter: PartialDate | None) -> bool:
    """A reply dated before the letter answers another one (undated ones are given the benefit)."""
    return reply is None or letter is None or last_day(reply) >= first_day(letter)


def _same_country(left: Sequence[str], right: Sequence[str]) -> bool:
    return not left or not right or bool(set(left) & set(right))


class Replies:
    """Finds the first reply to a letter in the evidence."""

    def __init__(self, evidence: ReplyEvidence) -> None:
        self._by_key: dict[tuple[str, int, int], list[tuple[RefKey, Reply]]] = defaultdict(list)
        self._by_letter: dict[PartialDate, list[tuple[Citing, Reply]]] = defaultdict(list)
        for citing in evidence.replies:
            for cited in citing.references:
                reply = Reply(citing.source, citing.source.date, BY_REFERENCE, cited.start, cited.end)
                self._by_key[cited.key.bare].append((cited.key, reply))
            for letter in citing.letters:
                reply = Reply(citing.source, citing.source.date, BY_LETTER, letter.start, letter.end)
                self._by_letter[letter.date].append((citing, reply))
        for entry in evidence.index:
            reply = Reply(entry.source, entry.row.replied, BY_INDEX, entry.row.start, entry.row.end)
            self._by_key[entry.row.key.bare].append((entry.row.key, reply))

    def to(self, document_id: int, meta: DocumentMeta) -> Reply | None:
        """The earliest reply to this letter, or None when nothing in the evidence answers it."""
        found = self.every(document_id, meta)
        return found[0] if found else None

    def every(self, document_id: int, meta: DocumentMeta) -> list[Reply]:
        """Every reply to this letter in the evidence, earliest first (one per document)."""
        found = [*self._citing_reference(document_id, meta), *self._citing_letter(document_id, meta)]
        found.sort(key=lambda r: (date_key(r.date), r.source.document_id, r.start))
        first: dict[int, Reply] = {}
        for reply in found:
            if _not_before(reply.date, meta.date) and not (reply.by == BY_INDEX and reply.date == meta.date):
                first.setdefault(reply.source.document_id, reply)
        return list(first.values())

    def _citing_reference(self, document_id: int, meta: DocumentMeta) -> list[Reply]:
        own = reference_key(meta.reference)
        if own is None:
            return []
        return [
            reply
            for key, reply in self._by_key.get(own.bare, [])
            if reply.source.document_id != document_id and key.same(own)
        ]

    def _citing_letter(self, document_id: int, meta: DocumentMeta) -> list[Reply]:
        """Replies naming a letter of this day, about its country, citing no other letter's code."""
        if meta.date is None or meta.date.day is None:
            return []
        own = reference_key(meta.reference)
        return [
            reply
            for citing, reply in self._by_letter.get(meta.date, [])
            if citing.source.document_id != document_id
            and _same_country(meta.countries, citing.source.countries)
            and all(own is not None and c.key.same(own) for c in citing.references)
        ]


NO_EVIDENCE = ReplyEvidence()


# ---- from the store: only the government replies and UN communications are read ---------------


def readable(
    store: Store, genre: Genre, labels: frozenset[str] | None = None, *, texts: bool = True
) -> Iterator[Readable]:
    """The ok documents of one genre (of these confidentiality labels), with metadata and text
    (read in batches, so that only what is kept of them stays in memory; "" if not `texts`)."""
    where = DocumentFilter(status=DocumentStatus.OK, genre=genre, labels=labels)
    rows = {row.id: row for row in store.documents(where=where, order="id")}
    ids = list(rows)
    for start in range(0, len(ids), _BATCH):
        batch = ids[start : start + _BATCH]
        metas = store.metas(batch)
        read = store.load_texts(batch) if texts else ((i, "") for i in batch)
        for document_id, text in read:
            yield rows[document_id], metas.get(document_id, DocumentMeta()), text


def reply_evidence(store: Store, labels: frozenset[str] | None = None) -> ReplyEvidence:
    """The evidence of replies in the collection (or in the documents of these labels)."""
    return evidence_of(
        chain(
            readable(store, Genre.GOVERNMENT_REPLY, labels), readable(store, Genre.UN_COMMUNICATION, labels)
        )
    )


# ---- from the marks the store keeps of each reply (read once per version of a document) --------

_REPLY_GENRES = (Genre.GOVERNMENT_REPLY.value, Genre.UN_COMMUNICATION.value)


def _bare(key: RefKey) -> str:
    return "|".join(map(str, key.bare))


def marks_in(genre: str, text: str) -> list[Mark]:
    """What a reply (or an index of communications) says of the letters it answers."""
    if genre == Genre.GOVERNMENT_REPLY.value:
        cited = [Mark(BY_REFERENCE, _bare(c.key), None, encode(c)) for c in references_in(text)]
        named = [Mark(BY_LETTER, None, d.date.iso, encode(d)) for d in letter_dates_in(text)]
        return cited + named
    return [Mark(BY_INDEX, _bare(r.key), None, encode(r)) for r in index_rows(text)]


def read_replies(store: Store) -> int:
    """Read the replies and communications whose marks the store does not hold for their current
    version, and keep their marks; how many were read."""
    unread = store.unread_replies(_REPLY_GENRES)
    for start in range(0, len(unread), _BATCH):
        batch = dict(unread[start : start + _BATCH])
        genres = {row.id: row.genre.value for row in store.dated_documents(batch).values()}
        found = {i: (batch[i], marks_in(genres[i], text)) for i, text in store.load_texts(list(batch))}
        store.keep_reply_marks(found)
    return len(unread)


def _evidence(store: Store, ids: Sequence[int]) -> ReplyEvidence:
    """The evidence of these documents, from their kept marks."""
    rows = store.dated_documents(ids)
    metas = store.metas(ids)
    marks = store.reply_marks(ids)
    replies: list[Citing] = []
    index: list[IndexEntry] = []
    for document_id in sorted(rows):
        ref, kept = source_ref(rows[document_id], metas[document_id]), marks[document_id]
        if rows[document_id].genre == Genre.GOVERNMENT_REPLY:
            cited = tuple(decode_dataclass(Cited, m.body) for m in kept if m.kind == BY_REFERENCE)
            named = tuple(decode_dataclass(LetterDate, m.body) for m in kept if m.kind == BY_LETTER)
            replies.append(Citing(ref, cited, named))
        else:
            index += [IndexEntry(ref, decode_dataclass(IndexRow, m.body)) for m in kept if m.kind == BY_INDEX]
    return ReplyEvidence(tuple(replies), tuple(index))


class LetterReplies:
    """`Replies.to` for a few letters at a time, reading only the replies that may answer them:
    those whose kept marks cite the letter's code or name its day (of the reader's `labels`).
    Replies not read since they were saved are read first."""

    def __init__(self, store: Store, labels: frozenset[str] | None = None) -> None:
        read_replies(store)
        self.store = store
        self.labels = labels

    def to(self, document_id: int, meta: DocumentMeta) -> Reply | None:
        own = reference_key(meta.reference)
        day = meta.date.iso if meta.date is not None and meta.date.day is not None else None
        if own is None and day is None:
            return None
        bares, days = [_bare(own)] if own else [], [day] if day else []
        ids = self.store.citing_documents(bares, days, self.labels)
        return Replies(_evidence(self.store, ids)).to(document_id, meta) if ids else None
