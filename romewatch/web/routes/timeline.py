"""The timeline: events in time, one lane per event family, drawn as SVG on the server."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from ...query.timeline import timeline as build
from ...schema import EVENT_TYPES
from ..render import twin
from ..security import viewer

router = APIRouter()


@twin(router, "/timeline", "timeline.html", summary="Events in time", tags=["timeline"])
def timeline(
    request: Request,
    *,
    actor: Annotated[str, Query(description="Only events naming this entity")] = "",
    type: Annotated[list[str] | None, Query(description="Event types (repeatable)")] = None,
    since: Annotated[str, Query()] = "",
    until: Annotated[str, Query()] = "",
    reviewed: Annotated[bool, Query()] = False,
    user: Annotated[Any, Depends(viewer)],
) -> dict[str, Any]:
    """Dated events with their first/last day, family lane and a one-line summary."""
    type = type or []
    unknown = [t for t in type if t not in EVENT_TYPES]
    if unknown:
        raise ValueError(f"unknown event type(s): {', '.join(unknown)}")
    data = build(
        request.app.state.store,
        actor=actor or None,
        types=type or None,
        since=since or None,
        until=until or None,
        include_machine=not reviewed,
    )
    data["filters"] = {"actor": actor, "type": type, "since": since, "until": until, "reviewed": reviewed}
    return data
