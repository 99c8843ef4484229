"""The standard extraction pipeline, in order. Each module defines its step; this lists them."""

from __future__ import annotations

from casewatch.extract import (
    citations,
    document_date,
    events,
    genre,
    layout,
    mentions,
    metadata,
    parties,
    requests,
)
from casewatch.extract.pipeline import Step

STEPS: list[Step] = [
    layout.STEP,  # parts (letterhead, addressees, body, signature ...), statements
    genre.STEP,
    document_date.STEP,
    metadata.STEP,  # reference, countries, reply_due, language, title
    mentions.STEP,  # mentions, entities (persons, organisations, places)
    parties.STEP,  # senders, signatories, addressees
    citations.STEP,  # citations
    events.STEP,  # events
    requests.STEP,  # requests
]
