"""Full-text search with filters and highlighted snippets; the front page."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from ...schema import EVENT_TYPES
from ..render import twin
from ..security import viewer

router = APIRouter()


@twin(router, "/", "search.html", summary="Search documents", tags=["search"])
def search(
    request: Request,
    *,
    q: Annotated[str, Query(description='Words or "quoted phrases"; a trailing * matches a prefix')] = "",
    type: Annotated[str, Query(description="Only documents holding an event of this type")] = "",
    actor: Annotated[str, Query(description="Only documents with an event naming this entity (id or name)")] = "",
    since: Annotated[str, Query(description="Document date on or after (2025, 2025-03 or 2025-03-14)")] = "",
    until: Annotated[str, Query(description="Document date on or before")] = "",
    source: Annotated[str, Query(description="Source (path or URL) contains")] = "",
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    user: Annotated[Any, Depends(viewer)],
) -> dict[str, Any]:
    """Full-text hits (HTML-safe snippets with <mark>); without words, the latest documents matching the filters."""
    store = request.app.state.store
    if type and type not in EVENT_TYPES:
        raise ValueError(f"unknown event type {type!r}")
    filters = {"q": q, "type": type, "actor": actor, "since": since, "until": until, "source": source}
    hits: list[dict[str, Any]] = []
    recent: list[dict[str, Any]] = []
    if q.strip():
        hits = store.search(
            q,
            event_type=type or None,
            actor=actor or None,
            since=since or None,
            until=until or None,
            source=source or None,
            limit=limit,
        )
    elif type or actor or since or until or source:
        recent = _browse(store, type, actor, since, until, source, limit)
    else:
        recent = store.list_documents(limit=limit)
    return {
        "filters": filters,
        "hits": hits,
        "recent": recent,
        "document_count": store.count_documents(),
        "event_types": list(EVENT_TYPES),
    }


def _browse(store: Any, type: str, actor: str, since: str, until: str, source: str, limit: int) -> list[dict[str, Any]]:
    """Documents (newest first) that pass the filters, when there are no words to search for."""
    holding = None
    if type or actor:
        holding = {ev["document"] for ev in store.events(type=type or None, actor=actor or None)}
    out = []
    for doc in store.list_documents(limit=100_000):
        date = doc.get("date") or ""
        if holding is not None and doc["id"] not in holding:
            continue
        if source and source.lower() not in (doc.get("source") or "").lower():
            continue
        if since and (not date or date + "~" < since):
            continue
        if until and (not date or date > until + "~"):
            continue
        out.append(doc)
        if len(out) >= limit:
            break
    return out
