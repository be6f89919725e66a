"""The store's tables, declared once with SQLAlchemy Core.

This is the *current* shape. ``migrations.py`` brings an older database up to it; a change here
ships together with a new migration step there.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", String(40), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),  # content-addressed (ids.document_id)
    Column("title", Text, nullable=False, default=""),
    Column("date", String(32)),
    Column("source", Text, nullable=False, default=""),
    Column("media_type", String(120), nullable=False, default="text/plain"),
    Column("language", String(16), nullable=False, default="en"),
    Column("content_hash", String(64), nullable=False, default=""),
    Column("text", Text, nullable=False),
    Column("raw", LargeBinary),
    Column("ingested_at", String(40), nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String(255), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("name", Text, nullable=False),
    Index("ix_entities_kind", "kind"),
)

entity_aliases = Table(
    "entity_aliases",
    metadata,
    Column("entity", String(255), ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("alias", Text, nullable=False),
    UniqueConstraint("entity", "alias", name="uq_entity_alias"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("entity", String(255), ForeignKey("entities.id"), nullable=False),
    Column("component", String(120), nullable=False, default=""),
    Index("ix_mentions_document", "document"),
    Index("ix_mentions_entity", "entity"),
)

events = Table(
    "events",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("document", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(40), nullable=False),
    Column("date", String(32)),
    Column("end_date", String(32)),
    Column("attributes", JSON, nullable=False, default=dict),
    Column("confidence", Float, nullable=False, default=0.5),
    Column("component", String(120), nullable=False, default=""),
    Column("version", String(40), nullable=False, default=""),
    Column("review_state", String(16), nullable=False, default="machine"),
    Column("reviewed_by", String(120)),
    Column("reviewed_at", String(40)),
    Column("original", JSON),  # the machine extraction, contract-shaped, kept beside any edit
    Index("ix_events_document", "document"),
    Index("ix_events_type", "type"),
    Index("ix_events_date", "date"),
)

event_roles = Table(
    "event_roles",
    metadata,
    Column("event", String(64), ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(40), nullable=False),
    Column("entity", String(255), ForeignKey("entities.id"), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    Index("ix_event_roles_event", "event"),
    Index("ix_event_roles_entity", "entity"),
)

evidence = Table(
    "evidence",
    metadata,
    Column("event", String(64), ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_evidence_event", "event"),
)

users = Table(
    "users",
    metadata,
    Column("name", String(120), primary_key=True),
    Column("password_hash", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("created_at", String(40), nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(40), nullable=False),
    Column("user", String(120)),
    Column("action", String(40), nullable=False),
    Column("object_type", String(40), nullable=False),
    Column("object_id", String(255), nullable=False),
    Column("before", JSON),
    Column("after", JSON),
    Column("note", Text, nullable=False, default=""),
    Index("ix_audit_object", "object_id"),
)

# added in schema version 2
demand_status = Table(
    "demand_status",
    metadata,
    Column("event", String(64), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("status", String(16), nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("source", Text, nullable=False, default=""),
    Column("set_by", String(120)),
    Column("set_at", String(40), nullable=False),
)

V1_TABLES = [
    schema_version,
    documents,
    entities,
    entity_aliases,
    mentions,
    events,
    event_roles,
    evidence,
    users,
    audit_log,
]
