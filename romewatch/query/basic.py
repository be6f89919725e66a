"""Thin read functions shared by the CLI and the web app. They know no HTML and no HTTP."""

from __future__ import annotations

from typing import Any

from ..errors import NotFound
from ..store import Store


def search(store: Store, query: str, **filters: Any) -> list[dict[str, Any]]:
    """Full-text hits (see ``Store.search`` for the filters: event_type, actor, since, until, source, limit)."""
    return store.search(query, **filters)


def document_view(store: Store, doc_id: str) -> dict[str, Any]:
    """One document: metadata and text, its mentions, its entities, and its events with evidence text."""
    doc = store.get_document(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}")
    text = doc["text"]
    mentions = store.mentions(doc_id)
    for m in mentions:
        m["text"] = text[m["start"] : m["end"]]
    events = store.events(document=doc_id, include_rejected=True)
    for ev in events:
        ev["evidence_text"] = [text[s:e] for s, e in ev["evidence"]]
    entity_ids = sorted(
        {m["entity"] for m in mentions} | {i for ev in events for ids in ev["roles"].values() for i in ids}
    )
    entities = store.entities(ids=entity_ids)
    return {"document": doc, "mentions": mentions, "entities": entities, "events": events}


def list_events(store: Store, **filters: Any) -> list[dict[str, Any]]:
    """Events (see ``Store.events`` for filters), each with its entities' display names."""
    events = store.events(**filters)
    wanted = sorted({i for ev in events for ids in ev["roles"].values() for i in ids})
    names = {e["id"]: e["name"] for e in store.entities(ids=wanted)}
    for ev in events:
        ev["role_names"] = {role: [names.get(i, i) for i in ids] for role, ids in ev["roles"].items()}
    return events


def list_entities(
    store: Store, kind: str | None = None, q: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    return store.entities(kind=kind, q=q, limit=limit)
