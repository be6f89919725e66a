"""Documents: content-addressed rows holding original bytes and extracted text."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Connection

from ..ids import document_id, sha256_hex
from ..model import Document
from . import tables as t
from .clock import now

_META = [
    t.documents.c[name]
    for name in ("id", "title", "date", "source", "media_type", "language", "content_hash", "ingested_at")
]


def add(conn: Connection, doc: Document) -> tuple[str, bool]:
    """Insert unless a document with the same id (same content) is already stored."""
    doc_id = doc.id or document_id(doc.text)
    if conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc_id)).first():
        return doc_id, False
    conn.execute(
        insert(t.documents).values(
            id=doc_id,
            title=doc.title or "",
            date=doc.date,
            source=doc.source or "",
            media_type=doc.media_type or "text/plain",
            language=doc.language or "en",
            content_hash=doc.content_hash or sha256_hex(doc.raw or doc.text),
            text=doc.text,
            raw=doc.raw or None,
            ingested_at=now(),
        )
    )
    return doc_id, True


def get(conn: Connection, doc_id: str, with_raw: bool = False) -> dict[str, Any] | None:
    cols = [*_META, t.documents.c.text] + ([t.documents.c.raw] if with_raw else [])
    row = conn.execute(select(*cols).where(t.documents.c.id == doc_id)).mappings().first()
    return dict(row) if row else None


def as_model(row: dict[str, Any]) -> Document:
    return Document(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        date=row["date"],
        source=row["source"],
        media_type=row["media_type"],
        language=row["language"],
        content_hash=row["content_hash"],
        raw=row.get("raw") or b"",
    )


def listing(conn: Connection, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Newest documents first (by their own date, then by ingestion), with event counts."""
    counts = (
        select(t.events.c.document, func.count().label("n"))
        .where(t.events.c.review_state != "rejected")
        .group_by(t.events.c.document)
        .subquery()
    )
    query = (
        select(*_META, func.coalesce(counts.c.n, 0).label("event_count"))
        .select_from(t.documents.outerjoin(counts, counts.c.document == t.documents.c.id))
        .order_by(t.documents.c.date.desc().nulls_last(), t.documents.c.ingested_at.desc(), t.documents.c.id)
        .limit(limit)
        .offset(offset)
    )
    return [dict(r) for r in conn.execute(query).mappings()]


def count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(t.documents)).scalar() or 0)


def remove(conn: Connection, doc_id: str) -> None:
    """Delete a document and everything extracted from it (the audit log is never touched)."""
    event_ids = select(t.events.c.id).where(t.events.c.document == doc_id)
    for table in (t.event_roles, t.evidence):
        conn.execute(delete(table).where(table.c.event.in_(event_ids)))
    conn.execute(delete(t.demand_status).where(t.demand_status.c.event.in_(event_ids)))
    conn.execute(delete(t.events).where(t.events.c.document == doc_id))
    conn.execute(delete(t.mentions).where(t.mentions.c.document == doc_id))
    conn.execute(delete(t.documents).where(t.documents.c.id == doc_id))
