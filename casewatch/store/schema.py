"""The tables of the case database, declared once with SQLAlchemy Core (current shape).

Fact tables mirror the model dataclasses: one column per dataclass field, named like it
(tuples as JSON lists, a PartialDate as partial ISO text plus `<field>_precision`), plus
`document_id` and `seq`, the fact's position in its Extraction tuple.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from casewatch.model import Label

metadata = sa.MetaData()

TIMESTAMP = sa.DateTime(timezone=True)
JSON_LIST = sa.JSON(none_as_null=True)


def _document_fk() -> sa.Column[int]:
    return sa.Column(
        "document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    )


def _fact_table(name: str, *columns: sa.Column[Any]) -> sa.Table:
    return sa.Table(
        name,
        metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        _document_fk(),
        sa.Column("seq", sa.Integer, nullable=False),
        *columns,
        sa.UniqueConstraint("document_id", "seq"),
    )


def _offsets() -> tuple[sa.Column[int], sa.Column[int]]:
    return sa.Column("start", sa.Integer, nullable=False), sa.Column("end", sa.Integer, nullable=False)


def _partial_date(name: str) -> tuple[sa.Column[str], sa.Column[str]]:
    return sa.Column(name, sa.Text), sa.Column(f"{name}_precision", sa.Text)


originals = sa.Table(
    "originals",
    metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sha256", sa.String(64), sa.ForeignKey("originals.sha256"), nullable=False, unique=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("media_type", sa.Text),
    sa.Column("parent_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="SET NULL"), index=True),
    sa.Column("status", sa.String(16), nullable=False, index=True),
    sa.Column("error", sa.Text),
    sa.Column("text", sa.Text),
    sa.Column("encoding", sa.Text),
    sa.Column("pages", sa.Integer),
    sa.Column("genre", sa.Text, index=True),
    *_partial_date("date"),
    sa.Column("reference", sa.Text),
    sa.Column("language", sa.Text),
    sa.Column("countries", JSON_LIST),
    sa.Column("reply_due", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("meta", sa.JSON(none_as_null=True)),
    sa.Column("created_at", TIMESTAMP, nullable=False),
    sa.Column("updated_at", TIMESTAMP, nullable=False),
    # public | internal | restricted (access/roles.py): who may see the document and its facts
    sa.Column("confidentiality", sa.String(16), nullable=False, server_default="internal"),
    # Which ingest is reading the document now ("host:pid:token"), and since when; NULL when none.
    sa.Column("claimed_by", sa.Text),
    sa.Column("claimed_at", TIMESTAMP),
)

# One row per place a document was found: the same file seen again only moves `last_seen`.
provenance = sa.Table(
    "provenance",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _document_fk(),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("ingested_by", sa.Text, nullable=False),  # who saw it last
    sa.Column("first_seen", TIMESTAMP, nullable=False),
    sa.Column("last_seen", TIMESTAMP, nullable=False),
    sa.Index("ix_provenance_document", "document_id"),
    sa.Index("ux_provenance_sighting", "document_id", "path", unique=True),
)

# Paths an ingest saw but did not read into a document (a hidden file, a named pipe, a link out
# of the folder, an attachment over a limit), with why: `casewatch failures` lists them.
skipped_paths = sa.Table(
    "skipped_paths",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("path", sa.Text, nullable=False, unique=True),
    sa.Column("outcome", sa.String(16), nullable=False),  # skipped | failed
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("ingested_by", sa.Text, nullable=False),
    sa.Column("first_seen", TIMESTAMP, nullable=False),
    sa.Column("last_seen", TIMESTAMP, nullable=False),
)

parts = _fact_table(
    "parts", sa.Column("kind", sa.Text, nullable=False), *_offsets(), sa.Column("label", sa.Text)
)

mentions = _fact_table(
    "mentions",
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    *_offsets(),
    sa.Column("entity", sa.Text),
)

doc_entities = _fact_table(
    "doc_entities",
    sa.Column("key", sa.Text, nullable=False),
    sa.Column("type", sa.Text, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("aliases", JSON_LIST),
    sa.Column("acronyms", JSON_LIST),
    sa.Column("roles", JSON_LIST),
    sa.Column("board", sa.Boolean, nullable=False),
)

citations = _fact_table(
    "citations",
    sa.Column("key", sa.Text, nullable=False),
    sa.Column("provisions", JSON_LIST),
    *_offsets(),
    sa.Column("title", sa.Text),
)

events = _fact_table(
    "events",
    sa.Column("type", sa.Text, nullable=False, index=True),
    *_offsets(),
    sa.Column("quote", sa.Text, nullable=False),
    *_partial_date("date"),
    sa.Column("date_text", sa.Text),
    sa.Column("actors", JSON_LIST),
    sa.Column("targets", JSON_LIST),
    sa.Column("place", sa.Text),
    sa.Column("trigger", sa.Text),
    sa.Column("forum", JSON_LIST),
    sa.Column("reporter", JSON_LIST),
)

requests = _fact_table(
    "requests",
    sa.Column("issuers", JSON_LIST),
    sa.Column("addressees", JSON_LIST),
    sa.Column("text", sa.Text, nullable=False),
    *_offsets(),
    *_partial_date("deadline"),
    sa.Column("deadline_text", sa.Text),
)

statements = _fact_table(
    "statements",
    sa.Column("speaker", sa.Text, nullable=False),
    sa.Column("group", sa.Text, nullable=False),
    *_offsets(),
    sa.Column("country", sa.Text),
)

judgements = sa.Table(
    "judgements",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("left_ref", sa.Text, nullable=False),
    sa.Column("right_ref", sa.Text, nullable=False),
    sa.Column("verdict", sa.String(16), nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("evidence", sa.Text, nullable=False),
    sa.Column("source", sa.String(8), nullable=False, index=True),
    sa.Column("created_at", TIMESTAMP, nullable=False),
)

entity_clusters = sa.Table(
    "entity_clusters",
    metadata,
    sa.Column("ref", sa.Text, primary_key=True),
    _document_fk(),
    sa.Column("key", sa.Text, nullable=False),
    sa.Column("cluster_id", sa.Text, nullable=False, index=True),
    sa.Index("ix_entity_clusters_document", "document_id"),
)

# The index incremental resolution finds a new record's neighbours by: each record's keys
# (folded surname, acronym, name key, signature ...), filled when the record is first resolved.
resolution_keys = sa.Table(
    "resolution_keys",
    metadata,
    sa.Column("ref", sa.Text, primary_key=True),
    sa.Column("key", sa.Text, primary_key=True),
    _document_fk(),
    sa.Index("ix_resolution_keys_key", "key"),
    sa.Index("ix_resolution_keys_document", "document_id"),
)


def scope_key(labels: Iterable[str]) -> str:
    """How stored views name the labels they were computed from: sorted, comma-separated."""
    return ",".join(sorted(labels))


EVERYTHING = scope_key(Label)  # the scope of a reader who sees every document


def scope_column() -> sa.Column[str]:
    """The label scope a stored view's row was computed in (`scope_key`): each
    scope is computed from the documents of its labels only, and a reader reads their own."""
    return sa.Column("scope", sa.String(64), nullable=False)


# The timeline as the analysis stage computed it: one row per event (however many documents
# report it), numbered in date order, with its filter values beside it. Derived data: it is
# rebuilt from the facts, and `derived` says from which store revision.
timeline_entries = sa.Table(
    "timeline_entries",
    metadata,
    scope_column(),
    sa.Column("id", sa.Integer, nullable=False, autoincrement=False),  # rank in date order
    sa.Column("type", sa.Text, nullable=False),
    sa.Column("body", sa.JSON, nullable=False),
    # where the entry sorts, as text (store/derived.py `entry_key`): a page asked for "after" an
    # entry starts after that place, however the ranks moved since; byte order on PostgreSQL too
    sa.Column("key", sa.Text().with_variant(sa.Text(collation="C"), "postgresql")),
    sa.PrimaryKeyConstraint("scope", "id"),
    sa.Index("ix_timeline_entries_type", "scope", "type", "id"),
    sa.Index("ix_timeline_entries_key", "scope", "key"),
    sa.Index("ix_timeline_entries_type_key", "scope", "type", "key"),
)

timeline_facets = sa.Table(
    "timeline_facets",
    metadata,
    scope_column(),
    sa.Column("facet", sa.String(16), nullable=False),  # "country" or "actor"
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("entry_id", sa.Integer, nullable=False),
    sa.Column("label", sa.Text),  # how the value is shown (an actor's name)
    sa.PrimaryKeyConstraint("scope", "facet", "value", "entry_id"),
    sa.ForeignKeyConstraint(
        ["scope", "entry_id"], ["timeline_entries.scope", "timeline_entries.id"], ondelete="CASCADE"
    ),
)

# The actor list as the analysis stage computed it, ranked (most involved first).
actor_summaries = sa.Table(
    "actor_summaries",
    metadata,
    scope_column(),
    sa.Column("id", sa.Integer, nullable=False, autoincrement=False),  # rank
    sa.Column("cluster_id", sa.Text, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("type", sa.Text, nullable=False),
    sa.Column("documents", sa.Integer, nullable=False),
    sa.Column("events", sa.Integer, nullable=False),
    # where the actor first appears (document, then its place among that document's actors):
    # equally involved actors of the same name rank so, as a whole computation meets them
    sa.Column("first_document", sa.Integer, nullable=False, server_default="0"),
    sa.Column("first_position", sa.Integer, nullable=False, server_default="0"),
    sa.PrimaryKeyConstraint("scope", "id"),
)

derived = sa.Table(
    "derived",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("revision", sa.BigInteger, nullable=False),  # the store revision it was computed from
)

# One row whose value every write of the Store increases, so readers can tell cheaply whether
# anything changed (the web app keys its cached views on it).
revision = sa.Table(
    "revision",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("value", sa.BigInteger, nullable=False),
)

# ---- access: accounts, sessions, API tokens, the audit log ------------------------------------

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False, unique=True),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("disabled", sa.Boolean, nullable=False, default=False),
    sa.Column("failed_logins", sa.Integer, nullable=False, default=0),
    sa.Column("locked_until", TIMESTAMP),
    sa.Column("created_at", TIMESTAMP, nullable=False),
)

# Sessions and API tokens are kept as hashes of their secret: a copy of the database opens nothing.
sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column(
        "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("created_at", TIMESTAMP, nullable=False),
    sa.Column("last_seen", TIMESTAMP, nullable=False),
)

api_tokens = sa.Table(
    "api_tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column(
        "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("created_at", TIMESTAMP, nullable=False),
    sa.Column("revoked", sa.Boolean, nullable=False, default=False),
)

# Append-only and hash-chained (see access/audit.py); `at` is ISO text so it hashes the same on
# every backend.
audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("at", sa.Text, nullable=False),
    sa.Column("actor", sa.Text, nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("subject", sa.Text, nullable=False),
    sa.Column("detail", sa.Text, nullable=False),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
)

# Persons at risk: an entity holding any of these records is left out of redacted exports.
# Records, not clusters, are kept: a later merge carries the protection along with them.
protected_refs = sa.Table(
    "protected_refs",
    metadata,
    sa.Column("ref", sa.Text, primary_key=True),
    sa.Column("by", sa.Text, nullable=False),
    sa.Column("at", TIMESTAMP, nullable=False),
)

# Reviews of extracted facts, by document content hash and span: they outlive re-extraction.
fact_reviews = sa.Table(
    "fact_reviews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sha256", sa.String(64), nullable=False, index=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("verdict", sa.String(16), nullable=False),
    sa.Column("changes", sa.Text, nullable=False),
    sa.Column("by", sa.Text, nullable=False),
    sa.Column("at", TIMESTAMP, nullable=False),
)

ACCESS_TABLES = (users, sessions, api_tokens, audit_log, protected_refs, fact_reviews)

migrations = sa.Table(
    "migrations",
    metadata,
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("applied_at", TIMESTAMP, nullable=False),
)

# Fact tables in the order of the Extraction fields they hold.
FACT_TABLES: dict[str, sa.Table] = {
    "parts": parts,
    "mentions": mentions,
    "entities": doc_entities,
    "citations": citations,
    "events": events,
    "requests": requests,
    "statements": statements,
}
