"""Save one document's machine extraction without ever touching what people reviewed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from ..model import Event, ExtractionResult
from . import documents, entities
from . import tables as t


def save(conn: Connection, result: ExtractionResult, component: str, version: str) -> dict[str, int]:
    """Upsert machine events by id; drop machine events no longer produced; keep reviewed ones.

    Returns counts: added, updated, kept (reviewed, left alone), removed.
    """
    result.to_contract()  # raises if an event names an entity that was not emitted
    doc = result.document
    documents.add(conn, doc)
    entities.upsert(conn, result.entities)
    entities.replace_mentions(conn, doc.id, result.entities, component)

    existing = dict(
        conn.execute(select(t.events.c.id, t.events.c.review_state).where(t.events.c.document == doc.id)).all()
    )
    taken = set(conn.execute(select(t.events.c.id).where(t.events.c.id.in_([e.id for e in result.events]))).scalars())
    counts = {"added": 0, "updated": 0, "kept": 0, "removed": 0}
    produced: set[str] = set()
    for ev in result.events:
        if ev.id in produced:
            continue
        produced.add(ev.id)
        state = existing.get(ev.id)
        if state is None and ev.id in taken:  # same id under another document: leave it be
            counts["kept"] += 1
        elif state is None:
            conn.execute(insert(t.events).values(**_row(ev, doc.id, component, version)))
            _write_parts(conn, ev)
            counts["added"] += 1
        elif state == "machine":
            conn.execute(update(t.events).where(t.events.c.id == ev.id).values(**_row(ev, doc.id, component, version)))
            _clear_parts(conn, [ev.id])
            _write_parts(conn, ev)
            counts["updated"] += 1
        else:
            counts["kept"] += 1
    stale = [eid for eid, state in existing.items() if state == "machine" and eid not in produced]
    if stale:
        _clear_parts(conn, stale)
        conn.execute(delete(t.demand_status).where(t.demand_status.c.event.in_(stale)))
        conn.execute(delete(t.events).where(t.events.c.id.in_(stale)))
        counts["removed"] = len(stale)
    return counts


def _row(ev: Event, doc_id: str, component: str, version: str) -> dict[str, Any]:
    return {
        "id": ev.id,
        "document": doc_id,
        "type": ev.type,
        "date": ev.date,
        "end_date": ev.end_date,
        "attributes": dict(ev.attributes),
        "confidence": float(ev.confidence),
        "component": ev.component or component,
        "version": ev.version or version,
        "review_state": "machine",
        "original": ev.to_contract(),
    }


def _clear_parts(conn: Connection, event_ids: list[str]) -> None:
    for table in (t.event_roles, t.evidence):
        conn.execute(delete(table).where(table.c.event.in_(event_ids)))


def _write_parts(conn: Connection, ev: Event) -> None:
    write_roles(conn, ev.id, ev.roles)
    spans = [{"event": ev.id, "start": int(s), "end": int(e)} for s, e in ev.evidence]
    if spans:
        conn.execute(insert(t.evidence), spans)


def write_roles(conn: Connection, event_id: str, roles: dict[str, list[str]]) -> None:
    rows = [
        {"event": event_id, "role": role, "entity": ent, "position": pos}
        for role, ids in roles.items()
        for pos, ent in enumerate(ids)
    ]
    if rows:
        conn.execute(insert(t.event_roles), rows)
