"""Reply deadlines: documents that ask for a reply by a date, upcoming and overdue relative to today."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from casewatch.analyse.common import Pair, SourceRef, date_key, last_day, source_ref
from casewatch.analyse.replies import NO_EVIDENCE, Replies, ReplyEvidence
from casewatch.model import PartialDate


@dataclass(frozen=True)
class Deadline:
    source: SourceRef
    due: PartialDate
    days_left: int  # negative once passed, counted to the last day the due date can mean
    overdue: bool
    reply: SourceRef | None = None


@dataclass(frozen=True)
class DeadlinesView:
    upcoming: tuple[Deadline, ...]
    overdue: tuple[Deadline, ...]
    answered: tuple[Deadline, ...]
    today: date


def deadlines(pairs: Sequence[Pair], today: date, evidence: ReplyEvidence = NO_EVIDENCE) -> DeadlinesView:
    """Split every reply_due into upcoming (not passed), overdue (passed, no reply) and answered;
    a reply is what `evidence` shows of one (see `replies`)."""
    replies = Replies(evidence)
    found = []
    for row, ext in pairs:
        due = ext.meta.reply_due
        if due is None:
            continue
        answer = replies.to(row.id, ext.meta)
        reply = answer.source if answer else None
        days_left = (last_day(due) - today).days
        found.append(
            Deadline(source_ref(row, ext.meta), due, days_left, days_left < 0 and reply is None, reply)
        )
    found.sort(key=lambda d: (date_key(d.due), d.source.document_id))
    return DeadlinesView(
        upcoming=tuple(d for d in found if d.days_left >= 0),
        overdue=tuple(d for d in found if d.overdue),
        answered=tuple(d for d in found if d.days_left < 0 and d.reply is not None),
        today=today,
    )
