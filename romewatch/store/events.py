"""Read events back as contract-shaped dicts, with document id and review state."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.engine import Connection

from . import tables as t


def fetch(
    conn: Connection, where: ColumnElement[bool], limit: int | None = None, offset: int = 0
) -> list[dict[str, Any]]:
    query = (
        select(t.events, t.documents.c.title.label("document_title"), t.documents.c.date.label("document_date"))
        .join(t.documents, t.documents.c.id == t.events.c.document)
        .where(where)
        .order_by(t.events.c.date.desc().nulls_last(), t.events.c.document, t.events.c.id)
        .offset(offset)
    )
    if limit:
        query = query.limit(limit)
    rows = [dict(r) for r in conn.execute(query).mappings()]
    return _assemble(conn, rows)


def get(conn: Connection, event_id: str) -> dict[str, Any] | None:
    found = fetch(conn, t.events.c.id == event_id)
    return found[0] if found else None


def _assemble(conn: Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = [r["id"] for r in rows]
    roles: dict[str, dict[str, list[str]]] = {i: {} for i in ids}
    spans: dict[str, list[list[int]]] = {i: [] for i in ids}
    status: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        role_q = (
            select(t.event_roles.c.event, t.event_roles.c.role, t.event_roles.c.entity)
            .where(t.event_roles.c.event.in_(chunk))
            .order_by(t.event_roles.c.event, t.event_roles.c.role, t.event_roles.c.position)
        )
        for ev, role, ent in conn.execute(role_q):
            roles[ev].setdefault(role, []).append(ent)
        span_q = (
            select(t.evidence.c.event, t.evidence.c.start, t.evidence.c.end)
            .where(t.evidence.c.event.in_(chunk))
            .order_by(t.evidence.c.event, t.evidence.c.start)
        )
        for ev, s, e in conn.execute(span_q):
            spans[ev].append([s, e])
        for row in conn.execute(select(t.demand_status).where(t.demand_status.c.event.in_(chunk))).mappings():
            status[row["event"]] = {k: row[k] for k in ("status", "note", "source", "set_by", "set_at")}
    return [_shape(r, roles[r["id"]], spans[r["id"]], status.get(r["id"])) for r in rows]


def _shape(row: dict[str, Any], roles: dict[str, list[str]], spans: list[list[int]], status: Any) -> dict[str, Any]:
    return {
        "id": row["id"],
        "type": row["type"],
        "date": row["date"],
        "end_date": row["end_date"],
        "roles": roles,
        "attributes": dict(row["attributes"] or {}),
        "evidence": spans,
        "confidence": round(float(row["confidence"]), 3),
        "document": row["document"],
        "document_title": row["document_title"],
        "document_date": row["document_date"],
        "review_state": row["review_state"],
        "reviewed_by": row["reviewed_by"],
        "reviewed_at": row["reviewed_at"],
        "component": row["component"],
        "version": row["version"],
        "original": row["original"],
        "demand_status": status,
    }


def contract(event: dict[str, Any]) -> dict[str, Any]:
    """Just the EXTRACTION.md fields of a stored event."""
    keys = ("id", "type", "date", "end_date", "roles", "attributes", "evidence", "confidence")
    return {k: event[k] for k in keys}
