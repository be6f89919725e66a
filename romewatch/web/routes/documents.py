"""Documents: the list, one document with its mentions and events, and one event with its history."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from ...errors import NotFound
from ...query.names import entity_names, with_names
from ..marking import evidence_text
from ..render import as_json, twin, wants_json
from ..security import admin, check_csrf, current_user, rank, user_field, viewer

router = APIRouter()


def _can_review(request: Request) -> bool:
    return rank(user_field(current_user(request), "role")) >= rank("reviewer")


@twin(router, "/documents", "documents.html", summary="List documents", tags=["documents"])
def documents(
    request: Request,
    *,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
    user: Annotated[Any, Depends(viewer)],
) -> dict[str, Any]:
    """Documents, newest first, with how many live events each holds."""
    store = request.app.state.store
    return {
        "documents": store.list_documents(limit=limit, offset=offset),
        "total": store.count_documents(),
        "limit": limit,
        "offset": offset,
    }


@twin(router, "/documents/{doc_id}", "document.html", summary="One document", tags=["documents"])
def document(request: Request, *, doc_id: str, user: Annotated[Any, Depends(viewer)]) -> dict[str, Any]:
    """Text, entity mentions and the events read from it (rejected ones too, for reviewers)."""
    store = request.app.state.store
    doc = store.get_document(doc_id)
    if doc is None:
        raise NotFound(f"There is no document {doc_id!r}.")
    events = with_names(store, store.events(document=doc_id, include_rejected=_can_review(request)))
    events.sort(key=lambda e: (min((s for s, _ in e["evidence"]), default=10**9), e["type"]))
    mentions = store.mentions(doc_id)
    entities: dict[str, dict[str, Any]] = {}
    for m in mentions:
        ent = entities.setdefault(m["entity"], {"id": m["entity"], "name": m["name"], "kind": m["kind"], "mentions": 0})
        ent["mentions"] += 1
    return {
        "document": doc,
        "mentions": mentions,
        "events": events,
        "entities": sorted(entities.values(), key=lambda e: (-e["mentions"], e["name"])),
    }


@twin(router, "/events/{event_id}", "event.html", summary="One event with its evidence and audit log", tags=["review"])
def event(request: Request, *, event_id: str, user: Annotated[Any, Depends(viewer)]) -> dict[str, Any]:
    """The event, the sentence it was read from, the machine's original, and every change made to it."""
    store = request.app.state.store
    ev = store.get_event(event_id)
    if ev is None:
        raise NotFound(f"There is no event {event_id!r}.")
    with_names(store, [ev])
    doc = store.get_document(ev["document"]) or {"text": ""}
    audit = store.audit(event_id)
    ids = {
        i
        for entry in audit
        for side in (entry.get("before"), entry.get("after"))
        if isinstance(side, dict)
        for ids in (side.get("roles") or {}).values()
        for i in ids
    }
    original_ids = {i for ids in ((ev.get("original") or {}).get("roles") or {}).values() for i in ids}
    suggestions = {
        m["entity"]: {"id": m["entity"], "name": m["name"], "kind": m["kind"]} for m in store.mentions(ev["document"])
    }
    return {
        "event": ev,
        "evidence": evidence_text(doc["text"], ev),
        "audit": audit,
        "names": entity_names(store, ids | original_ids),
        "suggestions": sorted(suggestions.values(), key=lambda e: e["name"]),
    }


@router.post(
    "/documents/{doc_id}/delete",
    tags=["documents"],
    summary="Delete a document (admin)",
    dependencies=[Depends(check_csrf)],
)
def delete_document(request: Request, *, doc_id: str, user: Annotated[Any, Depends(admin)]) -> Response:
    request.app.state.store.delete_document(doc_id, user)
    if wants_json(request):
        return as_json({"deleted": doc_id})
    request.session["flash"] = "Document deleted; the audit log keeps a record of it."
    return RedirectResponse("/documents", status_code=303)


@router.delete(
    "/api/documents/{doc_id}",
    tags=["documents"],
    summary="Delete a document and its events (admin)",
    dependencies=[Depends(check_csrf)],
)
def delete_document_api(request: Request, *, doc_id: str, user: Annotated[Any, Depends(admin)]) -> Response:
    request.app.state.store.delete_document(doc_id, user)
    return as_json({"deleted": doc_id})
