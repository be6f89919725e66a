"""Entity names and sources beside stored events: what every page shows next to a fact."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from ..store import tables as t


def entity_names(store: Any, ids: Iterable[str]) -> dict[str, dict[str, str]]:
    """id -> {id, name, kind} for the given entity ids (unknown ids keep their id as name)."""
    wanted = sorted({i for i in ids if i})
    found: dict[str, dict[str, str]] = {}
    with store.engine.connect() as conn:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = conn.execute(
                select(t.entities.c.id, t.entities.c.name, t.entities.c.kind).where(t.entities.c.id.in_(chunk))
            )
            for eid, name, kind in rows:
                found[eid] = {"id": eid, "name": name, "kind": kind}
    for eid in wanted:
        found.setdefault(eid, {"id": eid, "name": eid, "kind": eid.split(":", 1)[0]})
    return found


def with_names(store: Any, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add ``actors`` (role -> [{id, name, kind}]) beside each event's ``roles``."""
    names = entity_names(store, (i for ev in events for ids in ev["roles"].values() for i in ids))
    for ev in events:
        ev["actors"] = {role: [names[i] for i in ids] for role, ids in ev["roles"].items()}
    return events


def source_of(ev: dict[str, Any]) -> dict[str, Any]:
    return {
        "document": ev["document"],
        "title": ev.get("document_title") or ev["document"],
        "date": ev.get("document_date"),
        "event": ev["id"],
    }
