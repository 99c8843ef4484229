"""The life of a UN communication: its mandates, date, questions and reply window, whether a
reply came (by the one rule of `replies`), which questions the reply addresses, and whether it
is replied, overdue or still awaited.

Status is relative to today: replied (a reply is in the evidence, `late` when it came after the
window), overdue (the window has passed and no reply is in the collection) or awaiting. Overdue
says what the collection holds, not that no reply was ever sent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from casewatch.analyse.answers import Answer, Question, addressed, questions_of
from casewatch.analyse.common import DocumentRowLike, SourceRef, date_key, first_day, last_day, source_ref
from casewatch.analyse.replies import (
    BY_INDEX,
    Replies,
    Reply,
    ReplyEvidence,
    evidence_of,
    readable,
    reply_evidence,
)
from casewatch.model import DocumentMeta, Extraction, Genre, PartialDate
from casewatch.store import Store

REPLIED, OVERDUE, AWAITING = "replied", "overdue", "awaiting"
STATUSES = (OVERDUE, AWAITING, REPLIED)


@dataclass(frozen=True)
class Communication:
    """One UN communication in the list: what it is and whether it was answered."""

    source: SourceRef
    reference: str | None
    countries: tuple[str, ...]
    date: PartialDate | None
    mandates: tuple[str, ...]
    reply_due: PartialDate | None
    status: str  # replied | overdue | awaiting
    reply: Reply | None = None
    late: bool = False  # replied after the reply window closed
    days_overdue: int = 0


@dataclass(frozen=True)
class QuestionLife:
    question: Question
    answer: Answer | None = None


@dataclass(frozen=True)
class CommunicationLife:
    """One communication with its questions in order, each with the reply's sentence addressing it."""

    communication: Communication
    questions: tuple[QuestionLife, ...]
    replies: tuple[Reply, ...]  # every reply found, earliest first

    @property
    def addressed(self) -> int:
        return sum(q.answer is not None for q in self.questions)


def status_of(meta: DocumentMeta, reply: Reply | None, today: date) -> tuple[str, bool, int]:
    """Status, whether the reply was late, and days past the window (0 unless overdue)."""
    due = last_day(meta.reply_due) if meta.reply_due else None
    if reply is not None:
        late = due is not None and reply.date is not None and first_day(reply.date) > due
        return REPLIED, late, 0
    if due is not None and due < today:
        return OVERDUE, False, (today - due).days
    return AWAITING, False, 0


def communication(row: DocumentRowLike, meta: DocumentMeta, replies: Replies, today: date) -> Communication:
    reply = replies.to(row.id, meta)
    status, late, days = status_of(meta, reply, today)
    return Communication(
        source=source_ref(row, meta),
        reference=meta.reference,
        countries=meta.countries,
        date=meta.date,
        mandates=tuple(p.name for p in meta.senders),
        reply_due=meta.reply_due,
        status=status,
        reply=reply,
        late=late,
        days_overdue=days,
    )


def life_of(
    row: DocumentRowLike,
    ext: Extraction,
    text: str,
    replies: Replies,
    reply_text: Callable[[int], str],
    today: date,
) -> CommunicationLife:
    """The communication, and for each question the first reply's sentence that addresses it."""
    found = replies.every(row.id, ext.meta)
    questions = questions_of(ext.requests, text)
    answers: dict[int, Answer] = {}
    for reply in found:
        if reply.by == BY_INDEX:  # an index dates a reply, it does not hold its words
            continue
        for n, answer in addressed(
            questions, reply.source.document_id, reply_text(reply.source.document_id)
        ).items():
            answers.setdefault(n, answer)
    return CommunicationLife(
        communication=communication(row, ext.meta, replies, today),
        questions=tuple(QuestionLife(q, answers.get(n)) for n, q in enumerate(questions)),
        replies=tuple(found),
    )


def in_order(found: Iterable[Communication]) -> list[Communication]:
    """Latest communication first (undated last)."""
    ranked = sorted(found, key=lambda c: c.source.document_id, reverse=True)
    return sorted(ranked, key=lambda c: (c.date is None, [-part for part in date_key(c.date)[1:]]))


def communications(
    docs: Sequence[tuple[DocumentRowLike, Extraction, str]], today: date
) -> list[CommunicationLife]:
    """Every UN communication of these documents with its life: the whole analysis in memory."""
    replies = Replies(evidence_of((row, ext.meta, text) for row, ext, text in docs))
    texts = {row.id: text for row, _, text in docs}
    letters = [(row, ext, text) for row, ext, text in docs if ext.meta.genre == Genre.UN_COMMUNICATION]
    lives = [life_of(row, ext, text, replies, texts.__getitem__, today) for row, ext, text in letters]
    order = {c.source.document_id: n for n, c in enumerate(in_order(life.communication for life in lives))}
    return sorted(lives, key=lambda life: order[life.communication.source.document_id])


# ---- from the store: UN communications and government replies only, read by genre ------------


def communication_list(
    store: Store, today: date, labels: frozenset[str] | None = None, evidence: ReplyEvidence | None = None
) -> list[Communication]:
    """Every UN communication the reader may see (of these `labels`), latest first, with its status."""
    replies = Replies(evidence if evidence is not None else reply_evidence(store, labels))
    metas = [(row, meta) for row, meta, _ in readable(store, Genre.UN_COMMUNICATION, labels, texts=False)]
    return in_order(communication(row, meta, replies, today) for row, meta in metas)


def communication_life(
    store: Store, document_id: int, today: date, replies: Replies
) -> CommunicationLife | None:
    """One communication's life; None when the document is no readable UN communication."""
    found = store.extractions_of([document_id])
    if not found or found[0][1].meta.genre != Genre.UN_COMMUNICATION:
        return None
    row, ext = found[0]
    return life_of(row, ext, store.load_text(document_id), replies, store.load_text, today)
