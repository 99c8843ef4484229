"""The standard extraction pipeline, in order. Each module defines its step; this lists them."""

from __future__ import annotations

from casewatch.extract import layout
from casewatch.extract.citations import find as citations
from casewatch.extract.events import find as events
from casewatch.extract.metadata import document_date, genre, heading, parties
from casewatch.extract.metadata import fields as metadata
from casewatch.extract.names import mentions
from casewatch.extract.pipeline import Step
from casewatch.extract.requests import find as requests

STEPS: list[Step] = [
    layout.STEP,  # parts (letterhead, addressees, body, signature ...), statements
    genre.STEP,
    document_date.STEP,
    metadata.STEP,  # reference, countries, reply_due, language, title
    mentions.STEP,  # mentions, entities (persons, organisations, places)
    parties.STEP,  # senders, signatories, addressees
    heading.STEP,  # the title shown everywhere
    citations.STEP,  # citations
    events.STEP,  # events
    requests.STEP,  # requests
]
