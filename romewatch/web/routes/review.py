"""Review: the queue of machine-read events, and the accept / reject / restore / edit actions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from ...errors import NotFound
from ...query.names import with_names
from ...query.registers import review_counts
from ...schema import EVENT_TYPES, load_schema
from ..marking import evidence_text
from ..render import as_json, twin
from ..security import check_csrf, reviewer

router = APIRouter()
STATES = ("machine", "accepted", "edited", "rejected")


@twin(router, "/review", "review.html", summary="Review queue", tags=["review"])
def queue(
    request: Request,
    *,
    state: Annotated[str, Query(description="machine, accepted, edited or rejected")] = "machine",
    type: Annotated[str, Query(description="Only this event type")] = "",
    document: Annotated[str, Query()] = "",
    limit: Annotated[int, Query(ge=1, le=200)] = 25,
    offset: Annotated[int, Query(ge=0)] = 0,
    user: Annotated[Any, Depends(reviewer)],
) -> dict[str, Any]:
    """Events in one review state, least confident first, each with its evidence sentence."""
    if state not in STATES:
        raise ValueError(f"state must be one of {', '.join(STATES)}")
    if type and type not in EVENT_TYPES:
        raise ValueError(f"unknown event type {type!r}")
    store = request.app.state.store
    events = store.events(type=type or None, review_state=state, document=document or None)
    if state == "machine":
        events.sort(key=lambda e: (e["confidence"], e["document"]))
    total = len(events)
    page_events = with_names(store, events[offset : offset + limit])
    texts: dict[str, str] = {}
    for ev in page_events:
        if ev["document"] not in texts:
            texts[ev["document"]] = (store.get_document(ev["document"]) or {}).get("text", "")
        ev["evidence_text"] = evidence_text(texts[ev["document"]], ev, context=90)
    counts = review_counts(store, type or None)
    return {
        "state": state,
        "type": type,
        "document": document,
        "events": page_events,
        "total": total,
        "counts": counts,
        "limit": limit,
        "offset": offset,
        "event_types": list(EVENT_TYPES),
    }


# -- actions -----------------------------------------------------------------------------------


def _resolve_entity(store: Any, value: str) -> str:
    value = value.strip()
    if store.get_entity(value):
        return value
    needle = value.lower()
    for ent in store.entities(q=value, limit=50):
        if ent["name"].lower() == needle or needle in (a.lower() for a in ent.get("aliases", [])):
            return ent["id"]
    raise ValueError(f"No entity is called {value!r}; use an entity id such as state:us or an exact name.")


def _parse_attr(spec: Any, raw: str) -> Any:
    raw = raw.strip()
    if raw == "":
        return None
    if spec.is_bool:
        return raw.lower() in ("true", "yes", "1", "on")
    if spec.is_int:
        try:
            return int(raw)
        except ValueError:
            raise ValueError(f"{spec.name} must be a whole number, not {raw!r}") from None
    if spec.is_list:
        return [p.strip() for p in raw.split(",") if p.strip()]
    return raw


async def changes_from_form(request: Request, event: dict[str, Any]) -> dict[str, Any]:
    """The edit a review form asks for: only fields that differ from the stored event."""
    form = await request.form()
    store = request.app.state.store
    spec = load_schema().event_types[event["type"]]
    changes: dict[str, Any] = {}
    roles: dict[str, list[str]] = {}
    for role in spec.roles:
        ids = [_resolve_entity(store, str(v)) for v in form.getlist(f"role.{role}") if str(v).strip()]
        if ids:
            roles[role] = list(dict.fromkeys(ids))
    if roles != {r: v for r, v in event["roles"].items() if v}:
        changes["roles"] = roles
    for key in ("date", "end_date"):
        if key in form and (str(form[key]).strip() or None) != event.get(key):
            changes[key] = str(form[key]).strip() or None
    attrs: dict[str, Any] = {}
    for name, attr in spec.attributes.items():
        value = _parse_attr(attr, str(form.get(f"attr.{name}", "")))
        if value is not None:
            attrs[name] = value
    if attrs != {k: v for k, v in event["attributes"].items() if v not in (None, "", [])}:
        changes["attributes"] = attrs
    return changes


def _back(request: Request, form: Any, event_id: str) -> str:
    target = str(form.get("next") or "")
    return target if target.startswith("/") and not target.startswith("//") else f"/events/{event_id}"


@router.post("/events/{event_id}/review", include_in_schema=False, dependencies=[Depends(check_csrf)])
async def review_form(request: Request, *, event_id: str, user: Annotated[Any, Depends(reviewer)]) -> Response:
    store = request.app.state.store
    event = store.get_event(event_id)
    if event is None:
        raise NotFound(f"There is no event {event_id!r}.")
    form = await request.form()
    action = str(form.get("action", ""))
    note = str(form.get("note", "")).strip()
    changes = None
    try:
        if action == "edit":
            changes = await changes_from_form(request, event)
            if not changes:
                request.session["flash"] = "Nothing was changed."
                return RedirectResponse(_back(request, form, event_id), status_code=303)
        store.review_event(event_id, user, action, changes, note)
    except ValueError as exc:  # the form's input, not the server: say what to fix
        request.session["flash_error"] = f"Not saved: {exc}"
        return RedirectResponse(f"/events/{event_id}", status_code=303)
    verbs = {"accept": "accepted", "reject": "rejected (hidden, restorable)", "restore": "restored", "edit": "saved"}
    request.session["flash"] = f"Event {verbs.get(action, action)}."
    return RedirectResponse(_back(request, form, event_id), status_code=303)


@router.post(
    "/api/events/{event_id}/review",
    tags=["review"],
    summary="Accept, reject, restore or edit an event",
    dependencies=[Depends(check_csrf)],
)
def review_api(
    request: Request,
    *,
    event_id: str,
    action: Annotated[str, Body(embed=True, description="accept, reject, restore or edit")],
    changes: Annotated[dict[str, Any] | None, Body(embed=True, description="roles, date, end_date, attributes")] = None,
    note: Annotated[str, Body(embed=True)] = "",
    user: Annotated[Any, Depends(reviewer)],
) -> Response:
    store = request.app.state.store
    if store.get_event(event_id) is None:
        raise NotFound(f"There is no event {event_id!r}.")
    return as_json(store.review_event(event_id, user, action, changes, note))


@router.post("/events/{event_id}/demand-status", include_in_schema=False, dependencies=[Depends(check_csrf)])
async def demand_status_form(request: Request, *, event_id: str, user: Annotated[Any, Depends(reviewer)]) -> Response:
    form = await request.form()
    store = request.app.state.store
    try:
        store.set_demand_status(
            event_id,
            str(form.get("status", "")),
            str(form.get("note", "")).strip(),
            str(form.get("source", "")).strip(),
            user,
        )
    except ValueError as exc:
        request.session["flash_error"] = f"Not saved: {exc}"
    else:
        request.session["flash"] = "Demand status saved."
    return RedirectResponse(_back(request, form, event_id), status_code=303)


@router.post(
    "/api/events/{event_id}/demand-status",
    tags=["review"],
    summary="Set a demand's status",
    dependencies=[Depends(check_csrf)],
)
def demand_status_api(
    request: Request,
    *,
    event_id: str,
    status: Annotated[str, Body(embed=True, description="open, met, not_met or unknown")],
    note: Annotated[str, Body(embed=True)] = "",
    source: Annotated[str, Body(embed=True)] = "",
    user: Annotated[Any, Depends(reviewer)],
) -> Response:
    store = request.app.state.store
    if store.get_event(event_id) is None:
        raise NotFound(f"There is no event {event_id!r}.")
    return as_json(store.set_demand_status(event_id, status, note, source, user))


@twin(router, "/audit", "audit.html", summary="Recent changes", tags=["review"])
def audit(
    request: Request, *, limit: Annotated[int, Query(ge=1, le=1000)] = 100, user: Annotated[Any, Depends(reviewer)]
) -> dict[str, Any]:
    """The append-only audit log, newest first."""
    return {"entries": request.app.state.store.audit(None, limit)}
