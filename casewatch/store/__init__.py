"""The store stage: documents, originals, facts and judgements in SQLite or PostgreSQL."""

from casewatch.store.db import DocumentFilter, Store
from casewatch.store.rows import DocumentRow, Failure, ProvenanceRow, SearchHit, SkippedPath

__all__ = ["DocumentFilter", "DocumentRow", "Failure", "ProvenanceRow", "SearchHit", "SkippedPath", "Store"]
