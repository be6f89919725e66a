"""A stored document back in the EXTRACTION.md contract shape (reviewed state, rejected left out)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from . import documents, events, filters, mentions
from . import tables as t


def document_contract(conn: Connection, doc_id: str, include_rejected: bool = False) -> dict[str, Any] | None:
    doc = documents.get(conn, doc_id)
    if doc is None:
        return None
    text = doc["text"]
    held = events.fetch(conn, filters.event_clause(conn, document=doc_id, include_rejected=include_rejected))
    spans: dict[str, set[tuple[int, int]]] = {}
    said: dict[str, set[str]] = {}
    for m in mentions.of_document(conn, doc_id):
        spans.setdefault(m["entity"], set()).add((m["start"], m["end"]))
        said.setdefault(m["entity"], set()).add(text[m["start"] : m["end"]])
    wanted = set(spans) | {i for ev in held for ids in ev["roles"].values() for i in ids}
    rows = conn.execute(select(t.entities).where(t.entities.c.id.in_(sorted(wanted)))).mappings().all()
    entities = [
        {
            "id": r["id"],
            "kind": r["kind"],
            "name": r["name"],
            "aliases": sorted(said.get(r["id"], set()) - {r["name"]}),
            "mentions": [list(s) for s in sorted(spans.get(r["id"], set()))],
        }
        for r in sorted(rows, key=lambda r: min(spans.get(r["id"], {(len(text), 0)}))[0])
    ]
    return {
        "document": {"id": doc["id"], "title": doc["title"], "date": doc["date"], "source": doc["source"]},
        "entities": entities,
        "events": [events.contract(ev) for ev in sorted(held, key=lambda e: (min(e["evidence"] or [[0]])[0], e["id"]))],
    }
